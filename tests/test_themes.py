"""Theme data files and remembered settings, without Textual."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from journal import themes
from journal.settings import load_settings, save_settings, settings_path, update_settings

BUILTIN = ("stridelog-dark", "stridelog-light", "high-contrast")


@pytest.fixture(autouse=True)
def _config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "config"
    monkeypatch.setenv("STRIDELOG_CONFIG_DIR", str(folder))
    return folder


def test_builtin_themes_are_complete() -> None:
    names = themes.available_themes()
    assert names[0] == themes.DEFAULT_THEME
    assert set(BUILTIN) <= set(names)
    for name in BUILTIN:
        data = themes.load_theme_data(name)
        assert data.name == name
        assert set(data.colors) >= set(themes.COLOR_FIELDS) - {"boost"}
        assert set(data.severity) == {"info", "warning", "alert"}
        assert len(data.chart_series) >= themes.MIN_SERIES
        assert data.reference.startswith("#")
    assert themes.load_theme_data("stridelog-light").dark is False
    assert themes.load_theme_data("high-contrast").tcss_path is not None


def test_unknown_theme_falls_back_to_default() -> None:
    data = themes.load_theme_data("no-such-theme")
    assert data.name == themes.DEFAULT_THEME


def test_user_theme_is_listed_and_broken_ones_are_reported(_config: Path) -> None:
    folder = _config / "themes"
    folder.mkdir(parents=True)
    source = (themes.builtin_dir() / "stridelog-light.toml").read_text()
    (folder / "dusk.toml").write_text(source.replace('"stridelog-light"', '"dusk"'))
    (folder / "broken.toml").write_text('name = "broken"\n[colors]\nprimary = "teal"\n')
    assert "dusk" in themes.available_themes()
    assert themes.load_theme_data("dusk").colors["primary"] == "#0F7B86"
    assert "broken" not in themes.available_themes()
    _, problems = themes.load_all_themes()
    assert any("broken.toml" in p and "colors.primary" in p for p in problems)
    assert themes.load_theme_data("broken").name == themes.DEFAULT_THEME


def test_theme_validation_messages() -> None:
    good = {"name": "x", "colors": {"primary": "#112233"}}
    assert themes.parse_theme(good).severity["alert"]  # filled from the colours
    with pytest.raises(themes.ThemeError, match="unknown field 'primry'"):
        themes.parse_theme({"name": "x", "colors": {"primary": "#112233", "primry": "#000000"}})
    with pytest.raises(themes.ThemeError, match="at least 5"):
        themes.parse_theme({**good, "chart": {"series": ["#000000"]}})
    with pytest.raises(themes.ThemeError, match="name"):
        themes.parse_theme({"name": "Bad Name", "colors": {"primary": "#112233"}})


def test_settings_round_trip_private_and_tolerant(_config: Path) -> None:
    assert load_settings().theme == themes.DEFAULT_THEME  # no file yet
    update_settings(theme="high-contrast", later_key=1)
    path = settings_path()
    assert path.parent == _config
    assert os.stat(path).st_mode & 0o777 == 0o600
    assert load_settings().theme == "high-contrast"
    assert themes.saved_theme_name() == "high-contrast"
    settings = load_settings()
    save_settings(settings)
    assert load_settings().extra == {"later_key": 1}  # unknown keys survive
    path.write_text("{not json")
    assert load_settings().theme == themes.DEFAULT_THEME  # damaged file: defaults


def test_theme_loader_does_not_import_textual() -> None:
    code = (
        "import sys, journal.themes as t; t.load_theme_data('high-contrast'); "
        "print('textual' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
