"""The Import screen: read an archive, see the summary, write it, see the runs waiting for RPE."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from journal.store import Journal
from journal.tui.app import create_app
from journal.tui.widgets.form import Field

from .helpers.activity_files import StravaActivity, write_strava_zip
from .helpers.pilot import settle

TODAY = dt.date(2026, 11, 20)
START = dt.datetime(2026, 10, 1, 7, tzinfo=dt.UTC)


async def test_import_screen_previews_then_writes(tmp_path: Path) -> None:
    data = tmp_path / "data"
    Journal.open(data).add(_day())
    acts = [
        StravaActivity(40 + i, START + dt.timedelta(days=i), 1800, 6000,
                       rpe=None if i else 7)
        for i in range(30)
    ]  # fmt: skip
    archive = write_strava_zip(tmp_path / "strava.zip", acts)
    app = create_app(data, today=TODAY)
    async with app.run_test(size=(110, 36)) as pilot:
        await settle(pilot, app, rounds=4)
        await pilot.press("f8")
        await pilot.pause()
        screen = app.screen
        screen.query_one("#import-path", Field).text = str(archive)
        await pilot.press("ctrl+o")
        await settle(pilot, app, rounds=4)
        result = str(screen.query_one("#import-result").content)
        assert "Dry run, nothing written: 30 run(s) would be added" in result
        assert len(Journal.open(data).days()) == 1  # nothing written by the preview
        await pilot.press("ctrl+s")
        await settle(pilot, app, rounds=4)
        result = str(screen.query_one("#import-result").content)
        assert "Imported: 30 run(s) added" in result and "29 run(s) waiting for your RPE" in result
    runs = [r for d in Journal.open(data).days() for r in d.runs]
    assert len(runs) == 30 and sum(r.rpe is None for r in runs) == 29


def _day():  # type: ignore[no-untyped-def]
    from journal.model import parse_day

    return parse_day({"date": TODAY.isoformat(), "fatigue": 3})
