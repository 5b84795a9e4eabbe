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
    """Recent-window and baseline statistics of one daily series with gaps (``None``).

    Only indices from ``start`` on are summed (the analysis never looks further back);
    ``compare`` is computed for every day in one pass, as the rules ask about most days.
    """

    def __init__(
        self, values: Sequence[float | int | None], sd_floor: float, start: int = 0
    ) -> None:
        self.values = values
        self.sd_floor = sd_floor
        self.start = max(0, start)
        self._n: list[int] = []  # prefix sums, built on first use (not every series is asked)
        self._s: list[float] = []
        self._q: list[float] = []
        self._cmp: list[Compare | None] = []  # compare() of every day, built on first use

    def _build(self) -> None:
        c = 0
        s = q = 0.0
        pn, ps, pq = [0], [0.0], [0.0]
        for v in self.values[self.start :]:
            if v is not None:
                c += 1
                s += v
                q += v * v
            pn.append(c)
            ps.append(s)
            pq.append(q)
        self._n, self._s, self._q = pn, ps, pq

    def _span(self, lo: int, hi: int) -> tuple[int, int]:
        if not self._n:
            self._build()
        return max(lo, self.start) - self.start, min(hi, len(self.values) - 1) - self.start + 1

    def count(self, lo: int, hi: int) -> int:
        a, b = self._span(lo, hi)
        return self._n[b] - self._n[a] if b > a else 0

    def stats(self, lo: int, hi: int) -> tuple[int, float, float]:
        """(count, mean, population SD) of values in ``lo..hi`` inclusive (clipped)."""
        a, b = self._span(lo, hi)
        if b <= a:
            return 0, 0.0, 0.0
        n = self._n[b] - self._n[a]
        if not n:
            return 0, 0.0, 0.0
        mean = (self._s[b] - self._s[a]) / n
        q = self._q[b] - self._q[a]
        return n, mean, math.sqrt(max(0.0, q / n - mean * mean))

    def base_count(self, i: int) -> int:
        b_hi = i - T.RECENT_DAYS
        return self.count(b_hi - T.BASELINE_DAYS + 1, b_hi)

    def compare(self, i: int) -> Compare | None:
        """Day ``i``'s recent window against its baseline, or None when either is too thin."""
        if not self._cmp:
            self._compare_all()
        k = i - self.start
        return self._cmp[k] if 0 <= k < len(self._cmp) else None

    def _compare_all(self) -> None:
        """Every day's comparison in one pass over the prefix sums (rules ask for most days)."""
        if not self._n:
            self._build()
        pn, ps, pq = self._n, self._s, self._q
        rd, bd = T.RECENT_DAYS, T.BASELINE_DAYS
        rmin, bmin, floor = T.RECENT_MIN_VALUES, T.BASELINE_MIN_VALUES, self.sd_floor
        sqrt = math.sqrt
        out: list[Compare | None] = []
        for k in range(len(pn) - 1):
            r0 = k - rd + 1 if k >= rd - 1 else 0
            rn = pn[k + 1] - pn[r0]
            c = None
            if rn >= rmin:
                b1 = k - rd + 1  # exclusive end of the baseline window
                b0 = b1 - bd if b1 >= bd else 0
                n = pn[b1] - pn[b0] if b1 > 0 else 0
                if n >= bmin:
                    mean = (ps[b1] - ps[b0]) / n
                    var = (pq[b1] - pq[b0]) / n - mean * mean
                    sd = sqrt(var) if var > 0 else 0.0
                    c = Compare((ps[k + 1] - ps[r0]) / rn, rn, mean, sd if sd > floor else floor, n)
            out.append(c)
        self._cmp = out


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


# How far before the first judged day the baselines are summed: the baseline and recent
# windows, the persistent-fatigue span and the habit notes' month.
LOOKBACK = T.RECENT_DAYS + T.BASELINE_DAYS + T.FATIGUE_PERSISTENT_DAYS + T.HABIT_DAYS


def baselines(d: Dense, lo: int = 0) -> Baselines:
    """Rolling baselines over the dense per-date arrays, for days judged from ``lo`` on."""
    start = lo - LOOKBACK
    return Baselines(
        sleep=Rolling(d.sleep_h, T.SLEEP_SD_FLOOR, start),
        fatigue=Rolling(d.fatigue, T.RATING_SD_FLOOR, start),
        soreness=Rolling(d.soreness, T.RATING_SD_FLOOR, start),
        stress=Rolling(d.stress, T.RATING_SD_FLOOR, start),
        rhr=Rolling(d.rhr, 2.0, start),
    )
