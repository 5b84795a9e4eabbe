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

import msgspec

from journal.analysis import thresholds as T
from journal.analysis.series import Dense


class Compare(msgspec.Struct, frozen=True):
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
        # compare() of every day as flat lists (built on first use); _bn[k] == 0: not judged
        self._recent: list[float] = []
        self._rn: list[int] = []
        self._mean: list[float] = []
        self._sd: list[float] = []
        self._bn: list[int] = []

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
        k = self._k(i)
        if k < 0:
            return None
        return Compare(self._recent[k], self._rn[k], self._mean[k], self._sd[k], self._bn[k])

    def judged(self, i: int) -> bool:
        """Whether day ``i`` has both a recent window and a baseline (no allocation)."""
        return self._k(i) >= 0

    def excess(self, i: int) -> float | None:
        """How far the recent mean is above baseline mean + 1 SD (negative: within)."""
        k = self._k(i)
        return None if k < 0 else self._recent[k] - self._mean[k] - self._sd[k]

    def deficit(self, i: int) -> float | None:
        """How far the recent mean is under the baseline mean, less max(``SLEEP_DROP_H``, SD)."""
        k = self._k(i)
        if k < 0:
            return None
        sd = self._sd[k]
        return self._mean[k] - self._recent[k] - (sd if sd > T.SLEEP_DROP_H else T.SLEEP_DROP_H)

    def _k(self, i: int) -> int:
        """Index into the per-day arrays, or -1 when day ``i`` is not judged."""
        if not self._bn:
            self._compare_all()
        k = i - self.start
        return k if 0 <= k < len(self._bn) and self._bn[k] else -1

    def _compare_all(self) -> None:
        """Every day's comparison in one pass over the prefix sums (rules ask for most days).

        Kept as flat lists of numbers, not one object per day: on a journal of thousands of
        days, per-day objects cost more in garbage collection than the arithmetic.
        """
        if not self._n:
            self._build()
        pn, ps, pq = self._n, self._s, self._q
        rd, bd = T.RECENT_DAYS, T.BASELINE_DAYS
        rmin, bmin, floor = T.RECENT_MIN_VALUES, T.BASELINE_MIN_VALUES, self.sd_floor
        sqrt = math.sqrt
        size = len(pn) - 1
        recent, rns, means, sds, bns = (
            [0.0] * size,
            [0] * size,
            [0.0] * size,
            [0.0] * size,
            [0] * size,
        )
        for k in range(size):
            r0 = k - rd + 1 if k >= rd - 1 else 0
            rn = pn[k + 1] - pn[r0]
            if rn < rmin:
                continue
            b1 = k - rd + 1  # exclusive end of the baseline window
            b0 = b1 - bd if b1 >= bd else 0
            n = pn[b1] - pn[b0] if b1 > 0 else 0
            if n < bmin:
                continue
            mean = (ps[b1] - ps[b0]) / n
            var = (pq[b1] - pq[b0]) / n - mean * mean
            sd = sqrt(var) if var > 0 else 0.0
            recent[k] = (ps[k + 1] - ps[r0]) / rn
            rns[k] = rn
            means[k] = mean
            sds[k] = sd if sd > floor else floor
            bns[k] = n
        self._recent, self._rn, self._mean, self._sd, self._bn = recent, rns, means, sds, bns


class Baselines(msgspec.Struct):
    sleep: Rolling
    fatigue: Rolling
    soreness: Rolling
    stress: Rolling
    rhr: Rolling

    def wellness_down(self, i: int) -> list[str]:
        """Which signals are worse than the runner's normal on day ``i`` (names, in words)."""
        out = []
        d = self.sleep.deficit(i)
        if d is not None and d >= 0:
            out.append("sleep")
        for name, roll in (
            ("fatigue", self.fatigue),
            ("soreness", self.soreness),
            ("stress", self.stress),
        ):
            e = roll.excess(i)
            if e is not None and e >= 0:
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
