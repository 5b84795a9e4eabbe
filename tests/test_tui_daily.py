"""Pilot tests of the daily polish: footer keys, `?` for help, History flags, Trends words,
Export and Profile, on real journals written to temporary folders."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest
from textual.widgets import Button, DataTable, Input, Select
from textual.widgets._footer import FooterKey

from journal.model import parse_profile
from journal.store import Journal
from journal.tui.app import create_app
from journal.tui.screens.common import ConfirmScreen, HelpScreen
from journal.tui.screens.history import by_severity, flags_text

from .test_tui import TODAY, demo_dir, demo_template, settle  # noqa: F401  (fixtures)


@pytest.fixture(autouse=True)
def _private_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STRIDELOG_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("STRIDELOG_DATA_DIR", raising=False)


@pytest.mark.parametrize("size", [(80, 24), (120, 36), (200, 50)])
async def test_footer_shows_quit_and_help_at_every_width(
    demo_dir: Path,  # noqa: F811
    size: tuple[int, int],
) -> None:
    app = create_app(demo_dir, today=TODAY)
    async with app.run_test(size=size) as pilot:
        await settle(pilot, app)
        for key in ("f2", "f3", "f4", "f5", "f6", "f7"):
            await pilot.press(key)
            await settle(pilot, app)
            keys = list(app.screen.query(FooterKey))
            shown = {k.key: k for k in keys}
            assert keys[0].key == "ctrl+q" and keys[1].key == "f1"  # first, never cut
            for footer_key in keys:  # nothing runs past the right edge
                assert footer_key.region.right <= size[0], (key, footer_key.key)
            if size[0] >= 200:
                assert {"f2", "f3", "f4", "f5", "f6", "f7"} <= set(shown)


async def _help_from(pilot, app, widget) -> bool:  # type: ignore[no-untyped-def]
    widget.focus()
    await pilot.pause()
    assert app.focused is widget
    await pilot.press("question_mark")
    await pilot.pause()
    opened = isinstance(app.screen, HelpScreen)
    if opened:
        await pilot.press("escape")
        await pilot.pause()
    return opened


async def test_question_mark_opens_help_from_every_non_text_widget(demo_dir: Path) -> None:  # noqa: F811
    app = create_app(demo_dir, today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot, app)
        await pilot.press("f3")
        await settle(pilot, app)
        assert await _help_from(pilot, app, app.screen.query_one(DataTable))
        await pilot.press("f4")
        await settle(pilot, app)
        assert await _help_from(pilot, app, app.screen.query_one("#window", Select))
        await pilot.press("f6")
        await settle(pilot, app)
        assert await _help_from(pilot, app, app.screen.query_one("#write-export", Button))
        assert await _help_from(pilot, app, app.screen.query_one("#export-notes Checkbox"))
        # in a text field `?` is a character like any other
        path = app.screen.query_one("#export-path Input", Input)
        path.focus()
        await pilot.pause()
        await pilot.press("end", "question_mark")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)
        assert path.value.endswith("?")


def test_flag_cell_fits_worst_first() -> None:
    def flag(fid: str, severity: str) -> object:
        from journal.analysis.flags import Flag

        day = dt.date(2026, 11, 1)
        return Flag(fid, "training", severity, day, day, fid, {}, "", "")

    flags = [flag("monotony", "info"), flag("sleep_debt", "warning"), flag("no_rest", "info")]
    assert by_severity(flags)[0].id == "sleep_debt"
    assert flags_text(flags, 60) == "sleep debt, monotony, no rest day"
    assert flags_text(flags, 16) == "sleep debt +2"
    narrow = flags_text(flags, 8)
    assert len(narrow) <= 8 and narrow.endswith("+2")


async def test_history_shows_short_titles_and_the_days_flags_in_full(demo_dir: Path) -> None:  # noqa: F811
    app = create_app(demo_dir, today=TODAY)
    async with app.run_test(size=(200, 50)) as pilot:
        await settle(pilot, app)
        await pilot.press("f3")
        await settle(pilot, app)
        screen = app.screen
        table = screen.query_one(DataTable)
        flagged = [d for d in screen._shown if screen._flags.get(d.date)]  # type: ignore[attr-defined]
        assert flagged, "the demo journal has flagged days"
        row = screen._shown.index(flagged[0])  # type: ignore[attr-defined]
        table.move_cursor(row=row)
        await pilot.pause()
        cell = str(table.get_cell(flagged[0].date.isoformat(), "flags"))
        flags = screen._flags[flagged[0].date]  # type: ignore[attr-defined]
        assert "_" not in cell  # words, not ids
        detail = str(screen.query_one("#history-detail").content)
        for flag in flags:
            assert flag.title in detail


async def test_trends_names_each_metric_with_unit_and_meaning(demo_dir: Path) -> None:  # noqa: F811
    from journal.analysis.glossary import GLOSSARY

    app = create_app(demo_dir, today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot, app)
        await pilot.press("f4")
        await settle(pilot, app)
        from rich.console import Console

        console = Console(width=120, record=True, file=open(os.devnull, "w"))  # noqa: SIM115
        console.print(app.screen.query_one("#metrics").content)
        metrics = console.export_text()
        for words in ("load vs usual", "fitness", "AU/day", "7-day distance", "km"):
            assert words in metrics
        legend = str(app.screen.query_one("#legend-text").content)
        assert "load vs usual (ACWR, ratio): " + GLOSSARY["ACWR"] in legend
        assert "form (TSB, AU/day)" in legend and "energy availability" in legend


async def test_imperial_profile_sees_miles_and_pounds_in_the_tui(tmp_path: Path) -> None:
    data = tmp_path / "data"
    journal = Journal.open(data)
    journal.set_profile(parse_profile({"units": "imperial", "weight_kg": 68.0389}))
    journal.add(
        __import__("journal.model", fromlist=["parse_day"]).parse_day(
            {"date": "2026-11-19", "runs": [{"duration_min": 55, "rpe": 6, "distance_km": 9.978}]}
        )
    )
    app = create_app(data, today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot, app)
        await pilot.press("f3")
        await settle(pilot, app)
        table = app.screen.query_one(DataTable)
        assert (
            str(table.columns[next(iter(k for k in table.columns if k.value == "km"))].label)
            == "mi"
        )
        assert str(table.get_cell("2026-11-19", "km")) == "6.2"
        await pilot.press("f7")
        await settle(pilot, app)
        weight = app.screen.query_one("#weight-field")
        assert weight.text == "150" and "lb" in str(weight.query_one(".field-label").content)
        weight.text = "140"
        await pilot.press("ctrl+s")
        await settle(pilot, app)
    assert Journal.open(data).profile().weight_kg == pytest.approx(63.503, abs=0.01)


async def test_imperial_trends_and_profile_speak_miles_pounds_feet(tmp_path: Path) -> None:
    from textual.widgets import Collapsible, Static

    from .helpers.imperial import imperial_journal

    data = tmp_path / "data"
    imperial_journal(data, height_cm=177.8)
    app = create_app(data, today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot, app)
        await pilot.press("f4")
        await settle(pilot, app)
        titles = [str(c.title) for c in app.screen.query(Collapsible).results()]
        spike = next(t for t in titles if "Run of" in t)
        assert "Run of 10 mi, 101.1 % longer than your longest (4.97 mi)" in spike
        weight = next(t for t in titles if "Body weight" in t)
        assert "143.3 lb, from 154.3 lb" in weight
        bodies = " ".join(str(s.content) for s in app.screen.query(".flag-body").results(Static))
        assert "longest run mi: 10" in bodies and "median lb: 143.3" in bodies
        assert " km" not in " ".join(titles) + bodies and "median kg" not in bodies
        await pilot.press("f7")
        await settle(pilot, app)
        height = app.screen.query_one("#height-field")
        assert height.text == "5'10\"" and "ft in" in str(height.query_one(".field-label").content)
        height.text = "6'0\""
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        assert Journal.open(data).profile().height_cm == pytest.approx(182.9)
        units = next(f for f in app.screen.query("SelectField") if f.key == "units")
        units.set_value("metric")  # the same body, now in centimetres and kilograms
        await settle(pilot, app)
        assert height.text == "182.9" and "height cm" in str(
            height.query_one(".field-label").content
        )
        assert app.screen.query_one("#weight-field").text == "70"


async def test_export_asks_before_replacing_and_previews_in_words(
    demo_dir: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    out = tmp_path / "out.json"
    out.write_text("the runner's own file")
    app = create_app(demo_dir, today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot, app)
        await pilot.press("f6")
        await settle(pilot, app)
        app.screen.query_one("#export-path Input", Input).value = str(out)
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await settle(pilot, app)
        assert out.read_text() == "the runner's own file"
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        await pilot.press("y")
        await settle(pilot, app)
        preview = str(app.screen.query_one("#export-preview-text").content)
        assert "Weeks" in preview and "Flags" in preview and "{" not in preview
        assert "metric, named in every field" in preview
    assert json.loads(out.read_text())["format"]
    assert os.stat(out).st_mode & 0o777 == 0o600


async def test_export_screen_buttons_open_import_and_write_the_report(
    demo_dir: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    app = create_app(demo_dir, today=TODAY)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot, app)
        await pilot.press("f6")
        await settle(pilot, app)
        app.screen.query_one("#export-path Input", Input).value = str(tmp_path / "x.json")
        await pilot.click("#write-report")
        await settle(pilot, app)
        assert list(tmp_path.glob("stridelog-report-*.html"))
        await pilot.click("#go-import")
        await settle(pilot, app)
        assert app.current_mode == "activities"


def test_a_flags_period_is_told_in_words() -> None:
    from journal.tui.screens.trends import span_text

    span = {"days": 16, "hits": 10, "worst": 1.6, "latest": 1.1, "latest_on": "2026-10-29"}
    assert span_text(span) == "16 days, flagged on 10; worst 1.6, latest 1.1 (29 Oct)"
    assert span_text({"days": 20, "hits": 20}) == "20 days, flagged on 20"


async def test_a_new_journal_says_where_days_come_from(tmp_path: Path) -> None:
    from textual.widgets import Static

    app = create_app(tmp_path / "data", today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        await pilot.press("f3")
        await settle(pilot, app)
        count = str(app.screen.query_one("#history-count", Static).content)
        assert count == "No days recorded yet: a day starts in the check-in (f2)."
