"""Snapshots of every screen on a fixture journal, in two themes.

Deterministic by construction: a fixed "today", the demo journal's fixed seed, a fixed home
folder (the export path), no cursor blink, and no toasts. Regenerate with
``pytest tests/test_tui_snapshots.py --snapshot-update`` after an intended change.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from journal.tui.app import StridelogApp, create_app
from journal.tui.still import settle

TODAY = dt.date(2026, 11, 20)
SIZE = (100, 34)
THEMES = ("stridelog-dark", "stridelog-light")


@pytest.fixture(autouse=True)
def _deterministic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STRIDELOG_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("HOME", "/home/runner")
    monkeypatch.delenv("STRIDELOG_DATA_DIR", raising=False)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from journal.demo import write_demo

    folder = tmp_path_factory.mktemp("demo")
    write_demo(folder, 120, TODAY)
    return folder


@pytest.fixture
def demo_app(demo_template: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    from journal.store import copy_journal

    def make(theme: str) -> StridelogApp:
        copy_journal(demo_template, tmp_path / "data")
        return create_app(tmp_path / "data", today=TODAY, theme=theme)

    return make


def steady(*keys: str):  # type: ignore[no-untyped-def]
    """run_before: load everything, press ``keys``, settle again, hide cursors and toasts."""

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)

    return run_before


SCREENS = {
    "checkin": (),
    "history": ("f3",),
    "trends": ("f4", "ctrl+e"),
    "export": ("f6",),
    "profile": ("f7",),
    "help": ("f1",),
}


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("screen", list(SCREENS))
def test_screen_snapshot(snap_compare, demo_app, screen: str, theme: str) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(demo_app(theme), terminal_size=SIZE, run_before=steady(*SCREENS[screen]))


def test_checkin_at_80x24(snap_compare, demo_app) -> None:  # type: ignore[no-untyped-def]
    """The smallest supported terminal: the side panel moves under the form."""
    assert snap_compare(demo_app("high-contrast"), terminal_size=(80, 24), run_before=steady())


def test_checkin_at_120x36(snap_compare, demo_app) -> None:  # type: ignore[no-untyped-def]
    """A common terminal size: the side panel beside the form, with today's status."""
    assert snap_compare(demo_app("stridelog-dark"), terminal_size=(120, 36), run_before=steady())
