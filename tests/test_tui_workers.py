"""Results of background analyses arriving late or together, as on a slow 50-year journal.

A runner who cycles the Trends window twice sees the window they chose, not the one whose
analysis happened to finish last; two analyses finishing at once never crash the screen.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Collapsible, Select

import journal.stored_analysis as stored_analysis
from journal.demo import write_demo
from journal.store import Journal
from journal.tui.app import create_app
from journal.tui.screens import trends

from .helpers.pilot import settle

TODAY = dt.date(2026, 11, 20)
SIZE = (100, 34)


async def test_trends_shows_the_window_chosen_last(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The analysis of a window left behind finishes last; the screen keeps the newer one."""
    write_demo(tmp_path / "data", 400, TODAY)
    real = stored_analysis.analyze_journal
    newer_done = threading.Event()
    calls: list[dt.date] = []

    def slow_first(journal: Any, start: Any, end: Any, **kw: Any) -> Any:
        calls.append(start)
        if len(calls) == 1:  # the window left behind: finishes after the newer one
            newer_done.wait(10)
            return real(journal, start, end, **kw)
        try:
            return real(journal, start, end, **kw)
        finally:
            newer_done.set()

    app = create_app(tmp_path / "data", today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("f4")
        await settle(pilot, app)
        monkeypatch.setattr(stored_analysis, "analyze_journal", slow_first)
        await pilot.press("ctrl+w")  # 12 weeks: its analysis is slow
        await pilot.pause(0.6)  # under way
        await pilot.press("ctrl+w")  # a year: chosen last
        await settle(pilot, app)
        await pilot.pause(0.3)
        await settle(pilot, app)
        screen = app.screen
        assert len(calls) == 2
        assert screen.query_one("#window", Select).value == 365
        shown = screen.analysis  # type: ignore[attr-defined]
        assert (shown.end - shown.start).days + 1 == 365
        status = str(screen.query_one("#trends-status").content)
        assert f"{shown.start:%d %b %Y}" in status


async def test_trends_analyses_a_burst_of_window_changes_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Trends opens with one analysis, and ctrl+w typed five times fast analyses the window it
    lands on, not each one side by side (on 50 years each analysis is seconds of work)."""
    write_demo(tmp_path / "data", 120, TODAY)
    real = stored_analysis.analyze_journal
    calls: list[dt.date] = []

    def counted(journal: Any, start: Any, end: Any, **kw: Any) -> Any:
        calls.append(start)
        return real(journal, start, end, **kw)

    monkeypatch.setattr(stored_analysis, "analyze_journal", counted)
    monkeypatch.setattr(trends, "WINDOW_SETTLE_S", 1.0)  # a slow test machine types slowly
    app = create_app(tmp_path / "data", today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("f4")
        await settle(pilot, app)
        assert len(calls) == 1  # opening Trends analyses its first window once
        await pilot.press(*["ctrl+w"] * 5)  # 12 weeks, a year, everything, 4 weeks, 12 weeks
        screen: Any = app.screen
        assert "analysing" in str(screen.query_one("#trends-status").content)  # not 4 weeks'
        await settle(pilot, app)
        assert screen.query_one("#window", Select).value == 84
        assert len(calls) == 2
        assert (screen.analysis.end - screen.analysis.start).days + 1 == 84


async def test_trends_survives_two_analyses_at_once(tmp_path: Path) -> None:
    """Two results reaching the screen together draw one legend, not a crash."""
    write_demo(tmp_path / "data", 120, TODAY)
    app = create_app(tmp_path / "data", today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("f4")
        await settle(pilot, app)
        screen: Any = app.screen
        analysis = screen.analysis
        assert analysis is not None
        await asyncio.gather(screen._analysed(analysis), screen._analysed(analysis))
        await settle(pilot, app)
        assert app.return_code is None  # still running
        assert len(screen.query("#legend")) == 1
        flags = list(screen.query(Collapsible).filter(".flag"))
        assert len(flags) == len(analysis.flags)


async def test_import_previews_the_path_read_last(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Read one archive, then another before the first is read: the preview and ctrl+s are
    the second's, never the first's arriving late."""
    from journal.activities import importer
    from journal.tui.widgets.form import Field

    from .helpers.activity_files import StravaActivity, write_strava_zip

    start = dt.datetime(2026, 10, 1, 7, tzinfo=dt.UTC)
    first = write_strava_zip(
        tmp_path / "first.zip",
        [StravaActivity(10 + i, start + dt.timedelta(days=i), 1800, 6000) for i in range(5)],
    )
    second = write_strava_zip(
        tmp_path / "second.zip",
        [StravaActivity(60 + i, start + dt.timedelta(days=i), 1800, 6000) for i in range(2)],
    )
    real = importer.prepare
    release = threading.Event()

    def slow(journal: Any, paths: Any, **kw: Any) -> Any:
        if paths[0] == first:
            time.sleep(0.5)  # still reading when the second path is asked for
        else:
            release.wait(10)  # the second read waits while the runner presses ctrl+s
        return real(journal, paths, **kw)

    monkeypatch.setattr(importer, "prepare", slow)
    app = create_app(tmp_path / "data", today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("f8")
        await pilot.pause()
        screen: Any = app.screen
        path = screen.query_one("#import-path", Field)
        path.text = str(first)
        await pilot.press("ctrl+o")
        await pilot.pause(0.05)
        path.text = str(second)
        await pilot.press("ctrl+o")
        await pilot.pause(1.0)  # the first read is done; the second is under way
        await pilot.press("ctrl+s")  # nothing read for the path shown yet: nothing to write
        release.set()
        await settle(pilot, app)
        result = str(screen.query_one("#import-result").content)
        assert "2 run(s) would be added" in result
        await pilot.press("ctrl+s")
        await settle(pilot, app)
    runs = [r for d in Journal.open(tmp_path / "data").days() for r in d.runs]
    assert len(runs) == 2
