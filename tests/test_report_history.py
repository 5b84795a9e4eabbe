"""The visit report shows the flags `trends` shows for the same weeks, read from the whole
history (not only the 400 days before the period): a period last logged two years ago is
counted from that day in both."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import subprocess
from pathlib import Path

from journal.model import Day, Profile, Run, Sleep
from journal.store import Journal

END = dt.date(2026, 11, 20)
LAST_PERIOD = END - dt.timedelta(days=700)


def write_journal(folder: Path) -> None:
    days = []
    for k in range(760, -1, -1):
        date = END - dt.timedelta(days=k)
        runs = [] if date.weekday() == 0 else [Run(duration_min=45, rpe=4, distance_km=8.0)]
        period = True if LAST_PERIOD - dt.timedelta(days=3) <= date <= LAST_PERIOD else None
        days.append(Day(date=date, runs=runs, sleep=Sleep(hours=7.8), fatigue=3, period=period))
    profile = Profile(sex="female", birth_year=1994, weight_kg=58.0, tracks_cycle=True)
    Journal.open(folder).put_many(days, profile=profile)


def run(exe: str, folder: Path, *args: str) -> str:
    out = subprocess.run(
        [exe, "--data-dir", str(folder), *args], capture_output=True, text=True, check=True
    )
    return out.stdout


def test_the_report_counts_from_a_period_logged_long_before_its_history(
    stridelog_exe: str, tmp_path: Path
) -> None:
    folder = tmp_path / "journal"
    write_journal(folder)
    page_path = tmp_path / "visit.html"
    run(stridelog_exe, folder, "report", "--to", str(END), "-o", str(page_path))
    page = page_path.read_text(encoding="utf-8")
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())
    first = END - dt.timedelta(days=END.weekday()) - dt.timedelta(weeks=11)
    trends = json.loads(
        run(stridelog_exe, folder, "trends", "--json", "--from", str(first), "--to", str(END))
    )
    (absent,) = [f for f in trends["flags"] if f["id"] == "cycle_absent"]
    assert absent["evidence"]["last_period"] == LAST_PERIOD.isoformat()
    assert absent["title"] in text  # "No period logged for 700 days", as trends says
