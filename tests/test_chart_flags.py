"""The load chart marks the flags ``trends`` finds for the same days, history included."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from click.testing import CliRunner

from journal import charts
from journal.cli import main
from journal.model import Profile
from journal.store import Journal

from .test_analysis import LAST, d, days_of, plan, with_totals

NO_WEIGHT = Profile(sex="female", birth_year=1992, body_fat_pct=21.0)  # weight never given


def test_a_weight_logged_long_before_the_chart_still_counts(data_dir: Path) -> None:
    """Energy availability needs a body weight: here the only one was logged ten months before
    the charted weeks (none since, none in the profile). ``trends`` uses it and raises
    energy_low; the chart must mark the same flag, not judge the charted days alone."""
    docs = plan()
    with_totals(docs, 42, LAST, kcal=1600.0)
    for doc in docs:
        del doc["weight_kg"]
    early = {"date": (d(0) - dt.timedelta(days=300)).isoformat(), "weight_kg": 61.0}
    journal = Journal.open(data_dir)
    journal.put_many(days_of([early, *docs]), profile=NO_WEIGHT)
    start, end = d(LAST - 27), d(LAST)

    args = ["trends", "--from", start.isoformat(), "--to", end.isoformat(), "--json"]
    out = CliRunner().invoke(main, args)
    assert out.exit_code == 0, out.output
    shown = json.loads(out.output)["flags"]
    marked = [flag.to_json() for flag in charts.flags_for(journal, start, end)]
    assert marked == shown  # the same flags, evidence and all
    assert "energy_low" in {flag["id"] for flag in marked}
