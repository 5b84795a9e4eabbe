"""The analysis of a window at a cost that follows the window, not the journal's age.

The rules read whole day documents only a bounded time before the window (the merge look-back
plus :data:`HISTORY_DAYS`); what they read from the first logged day on (the load model's
EWMAs, the rest-day streak, the last known weight, the cycle, the RPE estimates) comes from a
per-day index of the days before that (the store's day index). The result is the same as
:func:`journal.analysis.core.analyze` over every day (a test compares them).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from journal.analysis import thresholds as T
from journal.analysis.baseline import LOOKBACK
from journal.analysis.core import MERGE_LOOKBACK_DAYS, Analysis, Known, analyze_dense
from journal.analysis.metrics import Carry
from journal.analysis.series import build
from journal.model import Day, Profile
from journal.nutrition import Intake, day_intake

if TYPE_CHECKING:
    from journal.store.index import DayIndex

# How far before the first anchor any rule reads a day's document, with room to spare: the
# baselines, the strain history, the runner's own complete days, the resting-HR median, the
# weight medians, the longest run of 30 days.
HISTORY_DAYS = 30 + max(
    LOOKBACK,
    T.STRAIN_HISTORY_DAYS + 2 * T.MONOTONY_DAYS,
    T.COMPLETE_HISTORY_DAYS + T.NUTRITION_DAYS,
    T.RHR_MEDIAN_DAYS + T.RHR_WINDOW,
    T.WEIGHT_LOSS_DAYS + T.WEIGHT_MEDIAN_DAYS,
    T.RUN_SPIKE_LOOKBACK_DAYS,
    T.BONE_PAIN_WINDOW,
)


def documents_from(start: dt.date) -> dt.date:
    """The first day whose document the analysis of a window starting ``start`` reads:
    the first of a month, so the index covers whole months before it."""
    first = start - dt.timedelta(days=MERGE_LOOKBACK_DAYS + HISTORY_DAYS)
    return first.replace(day=1)


def analyze_span(
    days: Sequence[Day],
    history: DayIndex,
    profile: Profile,
    start: dt.date,
    end: dt.date,
    intake: Callable[[Day], Intake] = day_intake,
    *,
    units: str = "metric",
    read_from: dt.date | None = None,
    known: Known | None = None,
    whole_series: bool = True,
    carry: Carry | None = None,
) -> Analysis:
    """:func:`~journal.analysis.core.analyze` of ``start``..``end`` given the days from
    ``read_from`` (default :func:`documents_from` (``start``)) to ``end`` and the index of
    every day before them; ``known``, ``whole_series``, ``carry`` as :func:`analyze_dense`."""
    dense = build(days, start, end, history, intake)
    keep = max(0, dense.index(read_from or documents_from(start)))
    return analyze_dense(
        dense,
        profile,
        start,
        end,
        keep,
        units=units,
        known=known,
        whole_series=whole_series,
        carry=carry,
    )


def documents_for_rules(first_anchor: dt.date) -> dt.date:
    """The first day whose document rules evaluated from ``first_anchor`` on read."""
    return documents_from(first_anchor + dt.timedelta(days=MERGE_LOOKBACK_DAYS))
