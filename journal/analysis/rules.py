"""The training, recovery and medical rules of DESIGN §4 over the dense per-date arrays.

Each rule walks the anchor days ``ctx.lo..ctx.hi`` and yields :class:`Hit` objects; reading
before ``lo`` is allowed (history), reading after ``hi`` is not. A day not logged is ``None``
for sleep, fatigue, resting HR and weight, and never counts as a low or high value.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from journal.analysis import thresholds as T
from journal.analysis.flags import Hit
from journal.analysis.metrics import LoadArrays
from journal.analysis.series import Dense
from journal.model import Profile


@dataclass(slots=True)
class Context:
    dense: Dense
    load: LoadArrays
    profile: Profile
    lo: int  # first anchor index (may be before the report window, to merge long flags)
    hi: int  # last anchor index (the window's end)
    first: int  # index of the first logged day

    def iso(self, i: int) -> str:
        return self.dense.date(i).isoformat()


def r1(x: float) -> float:
    return round(x, 1)


def r2(x: float) -> float:
    return round(x, 2)


# --- training ----------------------------------------------------------------------------------


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
        sev = "alert" if ratio > T.RUN_SPIKE_ALERT else "warning"
        yield Hit(
            "run_spike",
            sev,
            i,
            i,
            {
                "longest_run_km": r2(km),
                "previous_longest_km": r2(prev),
                "ratio": r2(ratio),
                "increase_pct": r1((ratio - 1) * 100),
            },
        )


def load_spike(ctx: Context) -> Iterator[Hit]:
    acwr = ctx.load.acwr
    for i in range(ctx.lo, ctx.hi + 1):
        a = acwr[i]
        if a is not None and a > T.LOAD_SPIKE_ACWR:
            yield Hit(
                "load_spike",
                "info",
                i,
                i,
                {
                    "acwr": r2(a),
                    "acute_load": r1(ctx.load.acute[i]),
                    "chronic_load": r1(ctx.load.chronic[i]),
                    "threshold": T.LOAD_SPIKE_ACWR,
                },
            )


def monotony(ctx: Context) -> Iterator[Hit]:
    arr = ctx.load
    win = T.MONOTONY_DAYS
    for i in range(ctx.lo, ctx.hi + 1):
        m = arr.monotony[i]
        if m is None or m <= T.MONOTONY_MAX:
            continue
        yield Hit(
            "monotony",
            "warning",
            i - win + 1,
            i,
            {
                "monotony": r2(m),
                "mean_load": r1(arr.mono_mean[i]),
                "sd_load": r1(arr.mono_sd[i]),
                "weekly_load": r1(arr.mono_mean[i] * win),
                "strain": round(arr.strain[i] or 0.0),
            },
        )


def no_rest(ctx: Context) -> Iterator[Hit]:
    trained = ctx.dense.trained
    streak = 0
    for i in range(ctx.first, ctx.hi + 1):
        streak = streak + 1 if trained[i] else 0
        if streak >= T.NO_REST_DAYS and i >= ctx.lo:
            yield Hit("no_rest", "info", i - streak + 1, i, {"days_without_rest": streak})


# --- recovery ----------------------------------------------------------------------------------


def fatigue_rising(ctx: Context) -> Iterator[Hit]:
    f = ctx.dense.fatigue
    trained = ctx.dense.trained
    rise = T.FATIGUE_RISING_DAYS
    win = T.FATIGUE_MEAN_DAYS
    for i in range(ctx.lo, ctx.hi + 1):
        if f[i] is None:
            continue
        if i - rise >= 0:
            vals = f[i - rise : i + 1]
            if None not in vals and all(a < b for a, b in itertools.pairwise(vals)):
                n_trained = sum(trained[i - rise + 1 : i + 1])
                if n_trained >= T.FATIGUE_RISING_TRAINED:
                    yield Hit(
                        "fatigue_rising",
                        "warning",
                        i - rise,
                        i,
                        {"fatigue": vals, "days_rising": rise, "days_trained": n_trained},
                    )
                    continue
        lo = max(ctx.first, i - win + 1)
        vals = [v for v in f[lo : i + 1] if v is not None]
        if len(vals) >= T.FATIGUE_MEAN_MIN_VALUES:
            mean = sum(vals) / len(vals)
            if mean >= T.FATIGUE_MEAN_MAX:
                start = next(j for j in range(lo, i + 1) if f[j] is not None)
                yield Hit(
                    "fatigue_rising",
                    "warning",
                    start,
                    i,
                    {"mean_fatigue_7d": r1(mean), "days_logged": len(vals)},
                )


def extreme_fatigue(ctx: Context) -> Iterator[Hit]:
    f = ctx.dense.fatigue
    win = T.EXTREME_FATIGUE_WINDOW
    for i in range(ctx.lo, ctx.hi + 1):
        if f[i] is None or f[i] < T.EXTREME_FATIGUE:
            continue
        lo = max(0, i - win + 1)
        extreme = [j for j in range(lo, i + 1) if (f[j] or 0) >= T.EXTREME_FATIGUE]
        if len(extreme) >= T.EXTREME_FATIGUE_DAYS:
            yield Hit(
                "extreme_fatigue",
                "alert",
                extreme[0],
                i,
                {
                    "fatigue": {ctx.iso(j): f[j] for j in range(lo, i + 1) if f[j] is not None},
                    "days_9_or_10": len(extreme),
                },
            )


def sleep_debt(ctx: Context) -> Iterator[Hit]:
    s = ctx.dense.sleep_h
    win = T.SLEEP_MEAN_DAYS
    short = T.SLEEP_SHORT_NIGHTS
    for i in range(ctx.lo, ctx.hi + 1):
        if s[i] is None:
            continue
        run = s[i - short + 1 : i + 1] if i - short + 1 >= 0 else []
        if len(run) == short and all(h is not None and h < T.SLEEP_SHORT_H for h in run):
            yield Hit(
                "sleep_debt",
                "warning",
                i - short + 1,
                i,
                {"nights_under_6h": [r2(h) for h in run if h is not None]},
            )
            continue
        lo = max(ctx.first, i - win + 1)
        nights = [(j, h) for j in range(lo, i + 1) if (h := s[j]) is not None]
        if len(nights) >= T.SLEEP_MEAN_MIN_NIGHTS:
            mean = sum(h for _, h in nights) / len(nights)
            if mean < T.SLEEP_MEAN_MIN_H:
                yield Hit(
                    "sleep_debt",
                    "warning",
                    nights[0][0],
                    i,
                    {"mean_sleep_h_7d": r2(mean), "nights_logged": len(nights)},
                )


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
                yield Hit(
                    "resting_hr_up",
                    "info",
                    up[0],
                    j,
                    {
                        "resting_hr": hr,
                        "median_30d": r1(med),
                        "above_median_bpm": r1(hr - med),
                        "days_elevated": len(up),
                    },
                )


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
    w = ctx.dense.weight
    back = T.WEIGHT_LOSS_DAYS
    for i in range(ctx.lo, ctx.hi + 1):
        now = w[i]
        if now is None:
            continue
        prior = [(v, j) for j in range(max(0, i - back), i) if (v := w[j]) is not None]
        if not prior:
            continue
        top, j = max(prior)  # the highest weight, the latest day it was seen
        loss = (top - now) / top * 100
        if loss > T.WEIGHT_LOSS_PCT:
            yield Hit(
                "weight_loss",
                "warning",
                j,
                i,
                {
                    "weight_kg": now,
                    "highest_kg": top,
                    "highest_on": ctx.iso(j),
                    "loss_pct": r1(loss),
                },
            )


def cycle_absent(ctx: Context) -> Iterator[Hit]:
    if not ctx.profile.tracks_cycle:
        return
    dense = ctx.dense
    periods = [i for i in range(ctx.first, ctx.hi + 1) if (d := dense.days[i]) and d.period]
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
    k = 0
    last: int | None = None
    for i in range(ctx.first, ctx.hi + 1):
        while k < len(periods) and periods[k] <= i:
            last = periods[k]
            k += 1
        if i < ctx.lo or dense.days[i] is None:
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
    resting_hr_up,
    illness_training,
    bone_pain,
    weight_loss,
    cycle_absent,
)
