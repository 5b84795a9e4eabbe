"""The training, recovery and medical rules over the dense per-date arrays.

Each rule walks the anchor days ``ctx.lo..ctx.hi`` and yields :class:`Hit` objects; reading
before ``lo`` is allowed (history), reading after ``hi`` is not. A day not logged is ``None``
for sleep, fatigue, resting HR and weight, and never counts as a low or high value.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from functools import lru_cache, partial
from typing import Any

from journal.analysis import thresholds as T
from journal.analysis.context import Context, r1, r2
from journal.analysis.flags import Hit
from journal.analysis.rules_recovery import (
    baseline_building,
    extreme_fatigue,
    fatigue_rising,
    habits,
    resting_hr_up,
    sleep_debt,
)

# --- training ----------------------------------------------------------------------------------


def _runs_with_distance(ctx: Context, lo: int, hi: int) -> int:
    days = ctx.dense.days
    return sum(1 for j in range(max(0, lo), hi) if (d := days[j]) for r in d.runs if r.distance_km)


def run_spike(ctx: Context) -> Iterator[Hit]:
    longest = ctx.dense.longest_run
    back = T.RUN_SPIKE_LOOKBACK_DAYS
    for i in range(max(ctx.lo, ctx.first + back), ctx.hi + 1):
        km = longest[i]
        if km <= 0:
            continue
        prev = max(longest[i - back : i])
        if prev <= 0 or km <= prev * T.RUN_SPIKE_WARNING:
            continue
        ratio = km / prev
        n_runs = _runs_with_distance(ctx, i - back, i)
        if n_runs < T.RUN_SPIKE_MIN_RUNS:
            sev = "info"  # one earlier short run is no basis for a warning
        else:
            sev = "alert" if ratio > T.RUN_SPIKE_ALERT else "warning"
        pct = r1((ratio - 1) * 100)
        ev = {
            "longest_run_km": r2(km),
            "previous_longest_km": r2(prev),
            "ratio": r2(ratio),
            "increase_pct": pct,
            "runs_with_distance_30d": n_runs,
        }
        yield Hit("run_spike", sev, i, i, ev, pct)


def _window_sum(values: list[int], lo: int, hi: int) -> int:
    return sum(values[max(0, lo) : hi + 1])


def _wellness_ev(ctx: Context, i: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in ctx.base.wellness_down(i):
        roll = getattr(ctx.base, name)
        c = roll.compare(i)
        if c is not None:
            out[name] = {"mean_7d": r1(c.recent), "baseline": r1(c.mean)}
    return out


def _load_spike_ev(ctx: Context, i: int, sessions: int, down: list[str]) -> dict[str, Any]:
    return {
        "acwr": r2(ctx.load.acwr[i] or 0.0),
        "acute_load": r1(ctx.load.acute[i]),
        "chronic_load": r1(ctx.load.chronic[i]),
        "unit": "AU (RPE × minutes)",
        "sessions_28d": sessions,
        "threshold": T.LOAD_SPIKE_ACWR,
        "wellness_down": _wellness_ev(ctx, i) if down else {},
    }


def load_spike(ctx: Context) -> Iterator[Hit]:
    acwr = ctx.load.acwr
    sessions = ctx.dense.sessions
    days = T.LOAD_SPIKE_HISTORY_DAYS
    for i in range(ctx.lo, ctx.hi + 1):
        a = acwr[i]
        if a is None or a <= T.LOAD_SPIKE_ACWR:
            continue
        n = _window_sum(sessions, i - days + 1, i)
        if n < T.LOAD_SPIKE_MIN_SESSIONS:
            continue
        down = ctx.base.wellness_down(i)
        sev = "warning" if down else "info"
        yield Hit("load_spike", sev, i, i, partial(_load_spike_ev, ctx, i, n, down), a)


def _strain_limit(ctx: Context, i: int) -> float | None:
    """Mean + 1 SD of the runner's own daily strain over the days before this week."""
    strain = ctx.load.strain
    hi = i - T.MONOTONY_DAYS
    vals = [x for x in strain[max(0, hi - T.STRAIN_HISTORY_DAYS + 1) : hi + 1] if x is not None]
    if len(vals) < T.STRAIN_MIN_VALUES:
        return None
    mean = sum(vals) / len(vals)
    sd = (sum((x - mean) ** 2 for x in vals) / len(vals)) ** 0.5
    return mean + sd


def _monotony_ev(ctx: Context, i: int, limit: float | None, down: list[str]) -> dict[str, Any]:
    arr = ctx.load
    return {
        "wellness_down": _wellness_ev(ctx, i) if down else {},
        "monotony": r2(arr.monotony[i] or 0.0),
        "mean_load": r1(arr.mono_mean[i]),
        "sd_load": r1(arr.mono_sd[i]),
        "weekly_load": r1(arr.mono_mean[i] * T.MONOTONY_DAYS),
        "strain": round(arr.strain[i] or 0.0),
        "usual_strain_limit": None if limit is None else round(limit),
        "unit": "AU (RPE × minutes)",
    }


def monotony(ctx: Context) -> Iterator[Hit]:
    arr = ctx.load
    win = T.MONOTONY_DAYS
    for i in range(ctx.lo, ctx.hi + 1):
        m = arr.monotony[i]
        if m is None or m <= T.MONOTONY_MAX:
            continue
        limit = _strain_limit(ctx, i)
        strain = arr.strain[i] or 0.0
        down = ctx.base.wellness_down(i) if limit is not None and strain > limit else []
        sev = "warning" if down else "info"
        ev = partial(_monotony_ev, ctx, i, limit, down)
        yield Hit("monotony", sev, i - win + 1, i, ev, m)


def no_rest(ctx: Context) -> Iterator[Hit]:
    trained = ctx.dense.trained
    # the streak of training days that runs into the first anchor, counted backwards
    streak = 0
    while ctx.lo - 1 - streak >= ctx.first and trained[ctx.lo - 1 - streak]:
        streak += 1
    for i in range(max(ctx.first, ctx.lo), ctx.hi + 1):
        streak = streak + 1 if trained[i] else 0
        if streak >= T.NO_REST_DAYS and i >= ctx.lo:
            yield Hit("no_rest", "info", i - streak + 1, i, {"days_without_rest": streak}, streak)


# --- medical -----------------------------------------------------------------------------------


def illness_training(ctx: Context) -> Iterator[Hit]:
    dense = ctx.dense
    for i in range(ctx.lo, ctx.hi + 1):
        day = dense.days[i]
        if day is None or day.illness is None or not dense.trained[i]:
            continue
        ill = day.illness
        max_rpe = max(s.rpe or 0 for s in (*day.runs, *day.cross_training))
        if ill.fever or (ill.symptoms and max_rpe >= T.ILLNESS_HARD_RPE):
            yield Hit(
                "illness_training",
                "alert",
                i,
                i,
                {
                    "fever": ill.fever,
                    "symptoms": list(ill.symptoms),
                    "max_rpe": max_rpe,
                    "load": r1(dense.load[i]),
                },
            )


@lru_cache(maxsize=1)
def _bone_re() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(map(re.escape, T.BONE_SITES)) + r")\w*", re.I)


def is_bone_site(site: str) -> bool:
    """Whether a pain site names a bone-stress site (shin, metatarsal, hip, pelvis, heel...)."""
    return _bone_re().search(site) is not None


def bone_pain(ctx: Context) -> Iterator[Hit]:
    dense = ctx.dense
    win = T.BONE_PAIN_WINDOW
    lo = max(0, ctx.lo - win)
    bone: dict[int, list[str]] = {}
    for i in range(lo, ctx.hi + 1):
        day = dense.days[i]
        if day is None or not day.pain:
            continue
        sites = [p.site for p in day.pain if p.score > 0 and is_bone_site(p.site)]
        if sites:
            bone[i] = sites
        if i < ctx.lo:
            continue
        if sites:
            days = [j for j in range(i - win + 1, i + 1) if j in bone]
            if len(days) >= T.BONE_PAIN_DAYS:
                names = list(dict.fromkeys(s for j in days for s in bone[j]))
                yield Hit(
                    "bone_pain",
                    "alert",
                    days[0],
                    i,
                    {
                        "sites": names,
                        "days_with_pain": len(days),
                        "max_score": max(
                            p.score
                            for j in days
                            for p in dense.days[j].pain  # type: ignore[union-attr]
                        ),
                    },
                )
        worst = max(day.pain, key=lambda p: p.score)
        if worst.score >= T.PAIN_SEVERE:
            if dense.trained[i]:
                anchor = i
            elif i + 1 <= ctx.hi and dense.trained[i + 1]:
                anchor = i + 1
            else:
                continue
            yield Hit(
                "bone_pain",
                "alert",
                i,
                anchor,
                {
                    "site": worst.site,
                    "score": worst.score,
                    "trained_on": ctx.iso(anchor),
                    "bone_stress_site": is_bone_site(worst.site),
                },
            )


def weight_loss(ctx: Context) -> Iterator[Hit]:
    """7-day medians of 3+ readings each, so one mistyped weight never counts."""
    w = ctx.dense.weight
    back, span = T.WEIGHT_LOSS_DAYS, T.WEIGHT_MEDIAN_DAYS
    lo = max(0, ctx.lo - back)
    med: dict[int, tuple[float, int]] = {}
    for i in range(lo, ctx.hi + 1):
        vals = sorted(v for v in w[max(0, i - span + 1) : i + 1] if v is not None)
        if len(vals) >= T.WEIGHT_MIN_READINGS:
            k = len(vals)
            m = vals[k // 2] if k % 2 else (vals[k // 2 - 1] + vals[k // 2]) / 2
            med[i] = (m, k)
    for i in range(ctx.lo, ctx.hi + 1):
        if w[i] is None or i not in med:
            continue
        now, n_now = med[i]
        prior = [(med[j][0], j) for j in range(i - back, i - span + 1) if j in med]
        if not prior:
            continue
        top, j = max(prior)
        loss = (top - now) / top * 100
        if loss > T.WEIGHT_LOSS_PCT:
            ev = {
                "median_kg": r2(now),
                "readings": n_now,
                "highest_median_kg": r2(top),
                "highest_on": ctx.iso(j),
                "loss_pct": r1(loss),
            }
            yield Hit("weight_loss", "warning", j, i, ev, loss)


def cycle_absent(ctx: Context) -> Iterator[Hit]:
    if not ctx.profile.tracks_cycle:
        return
    dense = ctx.dense
    periods = list(itertools.compress(range(ctx.first, ctx.hi + 1), dense.period[ctx.first :]))
    onsets = [i for k, i in enumerate(periods) if k == 0 or periods[k - 1] != i - 1]
    for a, b in itertools.pairwise(onsets):
        if b >= ctx.lo and b - a > T.CYCLE_LONG_DAYS:
            yield Hit(
                "cycle_absent",
                "alert",
                a,
                b,
                {"cycle_days": b - a, "cycle_start": ctx.iso(a), "next_start": ctx.iso(b)},
            )
    begin = max(ctx.first, ctx.lo)
    k = bisect.bisect_left(periods, begin)  # the periods before the first anchor
    last: int | None = periods[k - 1] if k else None
    for i in range(begin, ctx.hi + 1):
        while k < len(periods) and periods[k] <= i:
            last = periods[k]
            k += 1
        if dense.days[i] is None:
            continue
        since = i - (last if last is not None else ctx.first)
        if since >= T.CYCLE_ABSENT_DAYS:
            yield Hit(
                "cycle_absent",
                "alert",
                (last + 1) if last is not None else ctx.first,
                i,
                {
                    "days_since_period": since,
                    "last_period": ctx.iso(last) if last is not None else None,
                },
            )


RULES = (
    run_spike,
    load_spike,
    monotony,
    no_rest,
    fatigue_rising,
    extreme_fatigue,
    sleep_debt,
    habits,
    baseline_building,
    resting_hr_up,
    illness_training,
    bone_pain,
    weight_loss,
    cycle_absent,
)
