"""The analysis of a stored journal: whole days near the window, the day index before it.

``trends`` and the export's analysis sections read through here, so their cost follows the
window asked for and what changed since the last analysis (the rule hits of unchanged months
are cached); the result is that of :func:`journal.analysis.analyze` over every day.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
from contextlib import AbstractContextManager
from typing import Any

from journal.analysis.core import (
    MERGE_LOOKBACK_DAYS,
    SETTLE_DAYS,
    Analysis,
    Known,
    resolve_window_of,
)
from journal.analysis.history import analyze_span, documents_for_rules, documents_from
from journal.analysis.report import sections_of
from journal.store import Journal
from journal.store.index import DayIndex, read_span
from journal.stored_carry import keep_carry, read_carry
from journal.stored_hits import MonthHits


def analyze_journal(
    journal: Journal,
    start: dt.date | None = None,
    end: dt.date | None = None,
    *,
    units: str = "metric",
    whole: bool = False,
    lock: AbstractContextManager[Any] | None = None,
) -> Analysis:
    """Every flag overlapping ``start``..``end`` and the key metrics as of ``end`` (default
    window and ``units`` as :func:`journal.analysis.analyze`).

    ``whole``: the analysis holds every day of the window (the export's weekly summary and
    nutrition read it), not only the days the rules and today's metrics need. ``lock``: held
    while the journal is read (an app's, whose other threads save), not while analysing.
    """
    plans: list[tuple[dt.date, dt.date, dt.date, Known]] = []

    def plan(index: DayIndex) -> tuple[dt.date, dt.date]:
        last = dt.date.fromordinal(index.ordinals[-1]) if len(index) else None
        first, end_ = resolve_window_of(last, start, end)
        lo = first - dt.timedelta(days=MERGE_LOOKBACK_DAYS)  # the first anchor evaluated
        if len(index):
            lo = max(lo, dt.date.fromordinal(index.ordinals[0]))
        cached.check(index, end_)
        hits, fresh = cached.known(lo, end_)
        read_from = documents_from(first)
        if not whole and fresh > lo:
            read_from = max(read_from, documents_for_rules(fresh - dt.timedelta(SETTLE_DAYS)))
        ords = index.ordinals
        logged = bisect.bisect_right(ords, end_.toordinal())
        logged -= bisect.bisect_left(ords, first.toordinal())
        plans.append((first, end_, read_from, Known(hits, fresh, logged)))
        return read_from, end_

    with lock or contextlib.nullcontext():
        profile = journal.profile()
        cached = MonthHits(journal, profile)
        carry = read_carry(journal)
        index, days = read_span(journal, end, plan)
    first, last, read_from, known = plans[-1]
    history = index.span(None, read_from - dt.timedelta(days=1))
    intake = index.span(read_from, last).intakes()
    out = analyze_span(
        days,
        history,
        profile,
        first,
        last,
        intake,
        units=units,
        read_from=read_from,
        known=known,
        whole_series=whole,
        carry=carry,
    )
    cached.keep(index, out, last)
    keep_carry(journal, carry, out.load.carry if out.load else None)
    return out


def export_sections_of(journal: Journal, start: dt.date, end: dt.date) -> dict[str, Any]:
    """The export's ``summary``, ``nutrition``, ``flags``, ``glossary`` and ``disclaimer``."""
    analysis = analyze_journal(journal, start, end, whole=True)
    return sections_of(analysis, journal.profile(), start, end)
