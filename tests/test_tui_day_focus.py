"""The cursor stays in the form when the day changes: the keys typed after alt+← or alt+→
land in the new day's form, in the day's own field the cursor was in (fatigue, sleep, notes),
or from a run or meal row in the first field, where a day starts; ctrl+s saves them on that
day. Before, the focus was lost and every key typed after the move went nowhere."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual.widgets import Input

from journal.model import parse_day
from journal.store import Journal
from journal.tui.app import create_app

from .helpers.pilot import settle
from .test_tui_typing_order import SIZE, TODAY, type_at_once

YESTERDAY = TODAY - dt.timedelta(days=1)


def _yesterday_ran(data: Path) -> None:
    journal = Journal.open(data)
    journal.put(
        parse_day(
            {
                "date": YESTERDAY.isoformat(),
                "runs": [{"distance_km": 5, "duration_min": 30, "rpe": 3}],
                "fatigue": 4,
            }
        )
    )


async def test_keys_typed_after_moving_a_day_land_in_that_days_form(tmp_path: Path) -> None:
    data = tmp_path / "data"
    app = create_app(data, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)  # the cursor starts in today's first run's km
        type_at_once(app, ["alt+left", *"8.2", "tab", *"45:00", "tab", "5", "ctrl+s"])
        await settle(pilot, app)
        assert app.focused is not None
    day = Journal.open(data).get(YESTERDAY)
    assert day is not None and day.runs
    assert (day.runs[0].distance_km, day.runs[0].duration_min, day.runs[0].rpe) == (8.2, 45, 5)
    assert Journal.open(data).get(TODAY) is None


async def test_the_cursor_keeps_the_days_own_field_and_leaves_a_row_for_the_first(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    _yesterday_ran(data)
    app = create_app(data, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        fatigue = [f for f in app.screen.query(".field") if getattr(f, "key", None) == "fatigue"]
        fatigue[0].query_one(Input).focus()  # a field of the day's own, with no id
        await pilot.pause()
        type_at_once(app, ["alt+left", "ctrl+u", "6", "ctrl+s"])
        await settle(pilot, app)
        assert app.screen.date == YESTERDAY  # type: ignore[attr-defined]
        rows = app.screen.query_one("#list-runs").children
        hr = [f for f in rows[0].query(".field") if getattr(f, "key", None) == "avg_hr"]
        hr[0].query_one(Input).focus()  # a run's field: each day has its own runs
        await pilot.pause()
        type_at_once(app, ["alt+right", "alt+left", "ctrl+u", "7", "ctrl+s"])
        await settle(pilot, app)
    day = Journal.open(data).get(YESTERDAY)
    assert day is not None
    assert day.fatigue == 6
    assert (day.runs[0].distance_km, day.runs[0].avg_hr) == (7, None)  # the first field
