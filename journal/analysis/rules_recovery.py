"""The recovery rules, judged against the runner's own baseline (:mod:`.baseline`).

Sleep, fatigue and the habit notes; resting HR against its own 30-day median. A day not logged
is ``None`` and never counts as a low or high value.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator
from functools import partial
from typing import Any

from journal.analysis import thresholds as T
from journal.analysis.baseline import Compare
from journal.analysis.context import Context, r1, r2
from journal.analysis.flags import Hit


def _first_value(values: list[Any], lo: int, hi: int, test: Any = None) -> int:
    """The first day in ``lo..hi`` with a value (passing ``test`` when given), else ``hi``."""
    return next(
        (
            j
            for j in range(max(0, lo), hi + 1)
            if values[j] is not None and (test is None or test(values[j]))
        ),
        hi,
    )


def _fatigue_ev(c: Compare) -> dict[str, Any]:
    return {
        "mean_fatigue_7d": r1(c.recent),
        "days_logged": c.recent_n,
        "baseline_fatigue": r1(c.mean),
        "baseline_sd": r2(c.sd),
        "limit": r1(c.mean + c.sd),
    }


def fatigue_rising(ctx: Context) -> Iterator[Hit]:
    f = ctx.dense.fatigue
    trained = ctx.dense.trained
    rise = T.FATIGUE_RISING_DAYS
    roll = ctx.base.fatigue
    for i in range(ctx.lo, ctx.hi + 1):
        if f[i] is None:
            continue
        if i - rise >= 0 and f[i - 1] is not None and f[i - 1] < f[i]:  # type: ignore[operator]
            vals = f[i - rise : i + 1]
            if None not in vals and all(a < b for a, b in itertools.pairwise(vals)):
                n_trained = sum(trained[i - rise + 1 : i + 1])
                c = roll.compare(i)
                top = T.FATIGUE_HABIT if c is None else c.mean + 2 * c.sd
                if n_trained >= T.FATIGUE_RISING_TRAINED and (f[i] or 0) >= top:
                    ev = {"fatigue": vals, "days_rising": rise, "days_trained": n_trained}
                    yield Hit("fatigue_rising", "warning", i - rise, i, ev, float(f[i] or 0))
                    continue
        e = roll.excess(i)
        if e is not None and e >= 0 and (c := roll.compare(i)) is not None:
            # the span starts at the first day above the runner's normal in the window
            start = _first_value(f, i - T.RECENT_DAYS + 1, i, lambda v, m=c.mean: v > m)
            yield Hit("fatigue_rising", "warning", start, i, partial(_fatigue_ev, c), c.recent)


def extreme_fatigue(ctx: Context) -> Iterator[Hit]:
    f = ctx.dense.fatigue
    win = T.EXTREME_FATIGUE_WINDOW
    roll = ctx.base.fatigue
    span = T.FATIGUE_PERSISTENT_DAYS
    above: set[int] = set()
    for j in range(max(0, ctx.lo - span + 1), ctx.hi + 1):
        if f[j] is not None and (e := roll.excess(j)) is not None and e >= 0:
            above.add(j)
    for i in range(ctx.lo, ctx.hi + 1):
        if f[i] is None:
            continue
        if f[i] >= T.EXTREME_FATIGUE:  # type: ignore[operator]
            lo = max(0, i - win + 1)
            extreme = [j for j in range(lo, i + 1) if (f[j] or 0) >= T.EXTREME_FATIGUE]
            if len(extreme) >= T.EXTREME_FATIGUE_DAYS:
                ev = {
                    "fatigue": {ctx.iso(j): f[j] for j in range(lo, i + 1) if f[j] is not None},
                    "days_9_or_10": len(extreme),
                }
                yield Hit("extreme_fatigue", "alert", extreme[0], i, ev)
                continue
        if i not in above:
            continue
        logged = [j for j in range(max(0, i - span + 1), i + 1) if f[j] is not None]
        if len(logged) >= span * 2 // 3 and all(j in above for j in logged):
            c = roll.compare(i)
            assert c is not None
            vals = [f[j] or 0 for j in logged]
            ev = {
                "days_above": i - logged[0] + 1,
                "mean_fatigue": r1(sum(vals) / len(vals)),
                "baseline_fatigue": r1(c.mean),
                "days_logged": len(logged),
            }
            yield Hit("extreme_fatigue", "warning", logged[0], i, ev)


def _sleep_ev(c: Compare) -> dict[str, Any]:
    return {
        "mean_sleep_h_7d": r2(c.recent),
        "nights_logged": c.recent_n,
        "baseline_sleep_h": r2(c.mean),
        "baseline_sd_h": r2(c.sd),
        "below_baseline_h": r1(c.mean - c.recent),
    }


def sleep_debt(ctx: Context) -> Iterator[Hit]:
    s = ctx.dense.sleep_h
    roll = ctx.base.sleep
    for i in range(ctx.lo, ctx.hi + 1):
        if s[i] is None:
            continue
        d = roll.deficit(i)  # >= 0: an hour or more, and 1 SD or more, under the baseline
        if d is None or d < 0 or (c := roll.compare(i)) is None:
            continue
        # the span starts at the first night under the runner's normal in the window
        start = _first_value(s, i - T.RECENT_DAYS + 1, i, lambda v, m=c.mean - c.sd: v < m)
        yield Hit("sleep_debt", "warning", start, i, partial(_sleep_ev, c), c.mean - c.recent)


def habits(ctx: Context) -> Iterator[Hit]:
    """Short sleep and high fatigue as habits: info, at most once in 30 days each.

    Judged on the last day of each 30-day block counted from the first logged day, so the
    notes fall on the same days whatever window is asked for.
    """
    every = T.HABIT_EVERY_DAYS
    k = max(0, -(-(ctx.lo - ctx.first - every + 1) // every))
    for i in range(ctx.first + k * every + every - 1, ctx.hi + 1, every):
        lo = i - T.HABIT_DAYS + 1
        n, mean, _ = ctx.base.sleep.stats(lo, i)
        if n >= T.BASELINE_MIN_VALUES and mean < T.SLEEP_HABIT_H:
            ev = {"mean_sleep_h": r2(mean), "nights": n}
            yield Hit("short_sleep_habit", "info", i, i, ev)
        n, mean, _ = ctx.base.fatigue.stats(lo, i)
        if n >= T.BASELINE_MIN_VALUES and mean >= T.FATIGUE_HABIT:
            ev = {"mean_fatigue": r1(mean), "days_logged": n}
            yield Hit("high_fatigue_habit", "info", i, i, ev)


def baseline_building(ctx: Context) -> Iterator[Hit]:
    """Days with sleep or fatigue logged whose own baseline does not exist yet."""
    s, f = ctx.dense.sleep_h, ctx.dense.fatigue
    need = T.BASELINE_MIN_VALUES
    for i in range(ctx.lo, ctx.hi + 1):
        counts = []
        # a day the rules already compared (memoised) has its baseline: no count needed
        if s[i] is not None and not ctx.base.sleep.judged(i):
            counts.append(ctx.base.sleep.base_count(i))
        if f[i] is not None and not ctx.base.fatigue.judged(i):
            counts.append(ctx.base.fatigue.base_count(i))
        if counts and min(counts) < need:
            yield Hit("baseline_building", "info", i, i, {"values": min(counts)})


def resting_hr_up(ctx: Context) -> Iterator[Hit]:
    rhr = ctx.dense.rhr
    days = T.RHR_MEDIAN_DAYS
    j0 = max(ctx.first, ctx.lo - T.RHR_WINDOW + 1)
    # the sorted readings of days j-30..j-1, kept as j advances
    window = sorted(v for v in rhr[max(0, j0 - days) : j0] if v is not None)
    elevated: dict[int, tuple[int, float]] = {}
    for j in range(j0, ctx.hi + 1):
        v = rhr[j]
        if v is not None and len(window) >= T.RHR_MEDIAN_MIN_VALUES:
            n = len(window)
            med = window[n // 2] if n % 2 else (window[n // 2 - 1] + window[n // 2]) / 2
            if v - med >= T.RHR_RISE_BPM:
                elevated[j] = (v, med)
        if v is not None:
            bisect.insort(window, v)
        if j - days >= 0 and (old := rhr[j - days]) is not None:
            del window[bisect.bisect_left(window, old)]
        if j >= ctx.lo and j in elevated:
            up = [k for k in range(j - T.RHR_WINDOW + 1, j + 1) if k in elevated]
            if len(up) >= T.RHR_DAYS:
                hr, med = elevated[j]
                ev = {
                    "resting_hr": hr,
                    "median_30d": r1(med),
                    "above_median_bpm": r1(hr - med),
                    "days_elevated": len(up),
                    "note": "may be a watch's overnight value",
                }
                yield Hit("resting_hr_up", "info", up[0], j, ev, hr - med)
