"""Corrections typed at speed land as typed: a backspace, ctrl+u or an arrow is applied before
the character typed after it, in every kind of text field (Textualize/textual#6605)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual import events

from journal.store import Journal
from journal.tui.app import StridelogApp, create_app

from .helpers.pilot import settle

TODAY = dt.date(2026, 11, 20)
SIZE = (100, 34)
NAMED = {"backspace", "tab", "ctrl+u", "left", "home", "ctrl+n", "ctrl+s", "enter"}


def type_at_once(app: StridelogApp, keys: list[str]) -> None:
    """Queue every key before the app handles any, as a burst from the terminal arrives."""
    for key in keys:
        app.post_message(events.Key(key, None if key in NAMED else key))


async def test_corrections_typed_fast_are_saved_as_typed(tmp_path: Path) -> None:
    app = create_app(tmp_path / "data", today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        run = [*"10.5", "backspace", "8", "tab", *"55:00", "ctrl+u", *"51:30", "tab", "7"]
        meal = ["ctrl+n", *"bx", "backspace", *"anana", *(["left"] * 6), *"a "]
        type_at_once(app, [*run, *meal, "ctrl+s"])
        await settle(pilot, app)
    day = Journal.open(tmp_path / "data").get(TODAY)
    assert day is not None
    run = day.runs[0]
    assert (run.distance_km, run.duration_min, run.rpe) == (10.8, 51.5, 7)
    assert [m.text for m in day.meals] == ["a banana"]


async def test_go_to_date_typed_fast_opens_the_day_typed(tmp_path: Path) -> None:
    app = create_app(tmp_path / "data", today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("ctrl+g")
        await settle(pilot, app)
        type_at_once(app, ["ctrl+u", *"2026-11-1x", "backspace", "5", "enter"])
        await settle(pilot, app)
        assert app.screen.date == dt.date(2026, 11, 15)  # type: ignore[attr-defined]


async def test_notes_typed_fast_are_saved_as_typed(tmp_path: Path) -> None:
    app = create_app(tmp_path / "data", today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        app.screen.query_one("#notes").focus()
        await pilot.pause()
        type_at_once(app, [*"shim", "backspace", *"n sore", "home", *"left ", "ctrl+s"])
        await settle(pilot, app)
    day = Journal.open(tmp_path / "data").get(TODAY)
    assert day is not None and day.notes == "left shin sore"
