"""The analysis ``trends`` prints, as it runs with click or without (:mod:`.quick`)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from journal.store import Journal
from journal.store.layout import collector_paused


def trends_result(
    journal: Journal, start: dt.date | None, end: dt.date | None, *, as_json: bool
) -> tuple[dict[str, Any], str]:
    """The analysis of ``start``..``end`` as JSON, and the units it names distances in: the
    JSON is for programs, metric like the export; the lines are the runner's units."""
    from journal.stored_analysis import analyze_journal

    units = "metric" if as_json else journal.profile().units
    with collector_paused():  # a large result, dropped at once: nothing to collect
        return analyze_journal(journal, start, end, units=units).to_json(), units
