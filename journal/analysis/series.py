"""One dense per-date array of the journal, built once, so every rolling window is a slice.

Index ``i`` is ``origin + i days``. A date without a stored day is *not logged*: it counts as
no training for load (as every training platform does), and has ``None`` for sleep, fatigue,
resting HR and weight — nothing is invented for it.

The days before those read as documents may come from the store's day index instead
(``history``): only the numbers read from the first logged day on (load, training, weight,
period) are filled there; every rule reads the rest within a bounded look-back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from itertools import compress
from typing import TYPE_CHECKING

import msgspec

from journal.load_estimate import RpeEstimator
from journal.model import Day
from journal.nutrition import Intake, day_intake

if TYPE_CHECKING:
    from journal.store.index import DayIndex

ONE_DAY = dt.timedelta(days=1)


class Dense(msgspec.Struct):
    origin: dt.date
    first_logged: dt.date | None
    days: list[Day | None]
    load: list[float]
    trained: list[bool]
    distance: list[float]
    duration: list[float]
    runs: list[int]
    longest_run: list[float]
    fatigue: list[int | None]
    soreness: list[int | None]
    stress: list[int | None]
    sessions: list[int]
    sleep_h: list[float | None]
    rhr: list[int | None]
    weight: list[float | None]
    last_weight: list[int]  # index of the latest day at or before i with a weight, or -1
    period: list[bool]
    intake: Callable[[Day], Intake] = day_intake  # a day's intake (a cache may give it)

    def __len__(self) -> int:
        return len(self.load)

    def index(self, date: dt.date) -> int:
        return (date - self.origin).days

    def date(self, i: int) -> dt.date:
        return self.origin + dt.timedelta(days=i)

    @property
    def first_index(self) -> int | None:
        """Index of the first logged day (history starts there), or None."""
        return None if self.first_logged is None else self.index(self.first_logged)


def build(
    days: Sequence[Day],
    start: dt.date,
    end: dt.date,
    history: DayIndex | None = None,
    intake: Callable[[Day], Intake] = day_intake,
) -> Dense:
    """Dense arrays from the first logged day (or ``start``) to ``end``; later days ignored.

    ``history``: the index of every logged day before the first of ``days`` (whole months).
    """
    kept = [d for d in days if d.date <= end]
    first = min((d.date for d in kept), default=None)
    if history is not None and len(history):
        before = dt.date.fromordinal(history.ordinals[0])
        first = before if first is None else min(first, before)
    origin = min(first, start) if first is not None else start
    n = max(0, (end - origin).days + 1)
    slots: list[Day | None] = [None] * n
    load = [0.0] * n
    trained = [False] * n
    distance = [0.0] * n
    duration = [0.0] * n
    runs = [0] * n
    longest = [0.0] * n
    fatigue: list[int | None] = [None] * n
    soreness: list[int | None] = [None] * n
    stress: list[int | None] = [None] * n
    sessions = [0] * n
    sleep_h: list[float | None] = [None] * n
    rhr: list[int | None] = [None] * n
    weight: list[float | None] = [None] * n
    period = [False] * n
    # a run not yet rated counts at an estimate from all the runner's rated sessions, not 0;
    # built only when some session is not rated
    estimators: list[RpeEstimator] = []

    def estimator() -> RpeEstimator:
        if not estimators:
            tally = history.tally if history is not None else None
            estimators.append(RpeEstimator.from_days(kept, tally))
        return estimators[0]

    for d in kept:
        i = (d.date - origin).days
        slots[i] = d
        dist = dur = best = 0.0
        for r in d.runs:
            dur += r.duration_min
            km = r.distance_km or 0.0
            dist += km
            if km > best:
                best = km
        for c in d.cross_training:
            dur += c.duration_min
        # the one definition of a day's training load; a session the runner has not rated yet
        # counts at the estimate from their own similar sessions, never as zero
        load[i] = d.load if not d.load_estimated else estimator().day_load(d)
        sessions[i] = len(d.runs) + len(d.cross_training)
        trained[i] = bool(d.runs or d.cross_training)
        distance[i] = dist
        duration[i] = dur
        runs[i] = len(d.runs)
        longest[i] = best
        fatigue[i] = d.fatigue
        soreness[i] = d.soreness
        stress[i] = d.stress
        sleep_h[i] = d.sleep.hours if d.sleep is not None else None
        rhr[i] = d.resting_hr
        weight[i] = d.weight_kg
        period[i] = bool(d.period)
    if history is not None:
        _fill(history, origin, estimator, load, trained, weight, period)
    last_weight = [-1] * n
    seen = -1
    for i in range(n):
        if weight[i] is not None:
            seen = i
        last_weight[i] = seen
    return Dense(
        origin=origin,
        first_logged=first,
        days=slots,
        load=load,
        trained=trained,
        distance=distance,
        duration=duration,
        runs=runs,
        longest_run=longest,
        fatigue=fatigue,
        soreness=soreness,
        stress=stress,
        sessions=sessions,
        sleep_h=sleep_h,
        rhr=rhr,
        weight=weight,
        last_weight=last_weight,
        period=period,
        intake=intake,
    )


def _fill(
    history: DayIndex,
    origin: dt.date,
    estimator: Callable[[], RpeEstimator],
    load: list[float],
    trained: list[bool],
    weight: list[float | None],
    period: list[bool],
) -> None:
    """The numbers read from the first logged day on, for the days only in the index, copied
    from its calendar (the dates not logged hold no load, no weight and no period)."""
    cal = history.calendar()
    if cal is None:
        return
    o0 = origin.toordinal()
    i0 = cal.first - o0
    i1 = i0 + len(cal.load)
    load[i0:i1] = cal.load
    trained[i0:i1] = map(bool, cal.trained)
    for o, parts in history.estimated.items():
        load[o - o0] = estimator().load_of(parts)
    weights = cal.weight
    if not cal.no_weight():
        for k in compress(range(len(weights)), map(float.__eq__, weights, weights)):
            weight[i0 + k] = weights[k]  # a NaN is no weight
    if 1 in cal.period:
        for k in compress(range(len(cal.period)), cal.period):
            period[i0 + k] = True
