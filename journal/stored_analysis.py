"""The analysis of a stored journal: whole days near the window, the day index before it.

``trends`` and the export's analysis sections read through here, so their cost follows the
window asked for; the result is that of :func:`journal.analysis.analyze` over every day.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from journal.analysis.core import Analysis, resolve_window_of
from journal.analysis.history import analyze_span, documents_from
from journal.analysis.report import sections_of
from journal.store import Journal
from journal.store.index import DayIndex, read_span


def analyze_journal(
    journal: Journal,
    start: dt.date | None = None,
    end: dt.date | None = None,
    *,
    units: str = "metric",
) -> Analysis:
    """Every flag overlapping ``start``..``end`` and the key metrics as of ``end`` (default
    window and ``units`` as :func:`journal.analysis.analyze`)."""
    window: list[tuple[dt.date, dt.date]] = []

    def plan(index: DayIndex) -> tuple[dt.date, dt.date]:
        last = dt.date.fromordinal(index.ordinals[-1]) if len(index) else None
        window.append(resolve_window_of(last, start, end))
        return documents_from(window[-1][0]), window[-1][1]

    index, days = read_span(journal, end, plan)
    first, last = window[-1]
    read_from = documents_from(first)
    history = index.span(None, read_from - dt.timedelta(days=1))
    intake = index.span(read_from, last).intakes()
    return analyze_span(days, history, journal.profile(), first, last, intake, units=units)


def export_sections_of(journal: Journal, start: dt.date, end: dt.date) -> dict[str, Any]:
    """The export's ``summary``, ``nutrition``, ``flags``, ``glossary`` and ``disclaimer``."""
    return sections_of(analyze_journal(journal, start, end), journal.profile(), start, end)
