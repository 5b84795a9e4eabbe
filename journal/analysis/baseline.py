"""Personal baselines: the runner's own normal for sleep, fatigue, soreness, stress, resting HR.

A recent window (the last 7 days) is judged against the baseline: the 42 days before that
window, so a change does not dilute its own yardstick. The baseline judges nothing until it
holds 14 values, and its SD has a floor so a very steady runner is not flagged for tiny
changes. Prefix sums make every window O(1).

Why own-history and not population norms: Walsh 2021 (BJSM consensus on athletes' sleep) argues
for an individualised approach; Saw 2016 and Hooper & Mackinnon 1995 find self-reported wellness
against the athlete's own baseline the most sensitive marker.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

from journal.analysis import thresholds as T
from journal.analysis.series import Dense


@dataclass(frozen=True, slots=True)
class Compare:
    """The recent window against the baseline on one day."""

    recent: float  # mean of the last 7 days
    recent_n: int
    mean: float  # baseline mean
    sd: float  # baseline SD, floored
    n: int  # values in the baseline

    @property
    def z(self) -> float:
        return (self.recent - self.mean) / self.sd


class Rolling:
    """Recent-window and baseline statistics of one daily series with gaps (``None``)."""

    def __init__(self, values: Sequence[float | int | None], sd_floor: float) -> None:
        self.values = values
        self.sd_floor = sd_floor
        cnt = [0 if v is None else 1 for v in values]
        s = [0.0 if v is None else float(v) for v in values]
        self._n = [0, *accumulate(cnt)]
        self._s = [0.0, *accumulate(s)]
        self._q = [0.0, *accumulate(x * x for x in s)]

    def stats(self, lo: int, hi: int) -> tuple[int, float, float]:
        """(count, mean, population SD) of values in ``lo..hi`` inclusive (clipped)."""
        lo = max(lo, 0)
        hi = min(hi, len(self.values) - 1)
        if hi < lo:
            return 0, 0.0, 0.0
        n = self._n[hi + 1] - self._n[lo]
        if not n:
            return 0, 0.0, 0.0
        s = self._s[hi + 1] - self._s[lo]
        q = self._q[hi + 1] - self._q[lo]
        mean = s / n
        return n, mean, math.sqrt(max(0.0, q / n - mean * mean))

    def base_count(self, i: int) -> int:
        b_hi = i - T.RECENT_DAYS
        return self.stats(b_hi - T.BASELINE_DAYS + 1, b_hi)[0]

    def compare(self, i: int) -> Compare | None:
        """Day ``i``'s recent window against its baseline, or None when either is too thin."""
        rn, rmean, _ = self.stats(i - T.RECENT_DAYS + 1, i)
        if rn < T.RECENT_MIN_VALUES:
            return None
        b_hi = i - T.RECENT_DAYS
        n, mean, sd = self.stats(b_hi - T.BASELINE_DAYS + 1, b_hi)
        if n < T.BASELINE_MIN_VALUES:
            return None
        return Compare(rmean, rn, mean, max(sd, self.sd_floor), n)


@dataclass(slots=True)
class Baselines:
    sleep: Rolling
    fatigue: Rolling
    soreness: Rolling
    stress: Rolling
    rhr: Rolling

    def wellness_down(self, i: int) -> list[str]:
        """Which signals are worse than the runner's normal on day ``i`` (names, in words)."""
        out = []
        c = self.sleep.compare(i)
        if c is not None and c.mean - c.recent >= max(T.SLEEP_DROP_H, c.sd):
            out.append("sleep")
        for name, roll in (
            ("fatigue", self.fatigue),
            ("soreness", self.soreness),
            ("stress", self.stress),
        ):
            c = roll.compare(i)
            if c is not None and c.recent - c.mean >= c.sd:
                out.append(name)
        return out


def baselines(d: Dense) -> Baselines:
    """Rolling baselines over the dense per-date arrays."""
    return Baselines(
        sleep=Rolling(d.sleep_h, T.SLEEP_SD_FLOOR),
        fatigue=Rolling(d.fatigue, T.RATING_SD_FLOOR),
        soreness=Rolling(d.soreness, T.RATING_SD_FLOOR),
        stress=Rolling(d.stress, T.RATING_SD_FLOOR),
        rhr=Rolling(d.rhr, 2.0),
    )
