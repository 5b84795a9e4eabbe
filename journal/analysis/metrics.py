"""Training-load metrics: session-RPE load, EWMA ACWR, monotony, strain, CTL/ATL/TSB, weeks.

All of them run over one dense per-date array (:mod:`journal.analysis.series`), from the first
logged day on, so the history before a report window is always taken into account.
"""

from __future__ import annotations

import datetime as dt
import math
from array import array
from collections.abc import Sequence

import msgspec

from journal.analysis import thresholds as T
from journal.analysis.series import Dense, build
from journal.model import Day

try:  # hashlib's own BLAKE2, without the ~10 ms import of OpenSSL that hashlib brings
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b


class LoadPoint(msgspec.Struct, frozen=True):
    """One day of the load model. ``tsb`` is yesterday's CTL − yesterday's ATL."""

    date: dt.date
    load: float
    ctl: float
    atl: float
    tsb: float
    acute: float
    chronic: float
    acwr: float | None
    monotony: float | None
    strain: float | None

    def to_json(self) -> dict[str, object]:
        def r(x: float | None, nd: int = 2) -> float | None:
            return None if x is None else round(x, nd)

        return {
            "date": self.date.isoformat(),
            "load": r(self.load, 1),
            "ctl": r(self.ctl, 1),
            "atl": r(self.atl, 1),
            "tsb": r(self.tsb, 1),
            "acute": r(self.acute, 1),
            "chronic": r(self.chronic, 1),
            "acwr": r(self.acwr),
            "monotony": r(self.monotony),
            "strain": r(self.strain, 0),
        }


class WeekPoint(msgspec.Struct, frozen=True):
    """One Monday-to-Sunday week (only the days inside the asked range count)."""

    week_start: dt.date
    distance_km: float
    duration_min: float
    load: float
    runs: int
    longest_run_km: float


def daily_loads(days: Sequence[Day], start: dt.date, end: dt.date) -> list[tuple[dt.date, float]]:
    """(date, session-RPE load) for every calendar date in range; 0 for days not logged."""
    if end < start:
        return []
    dense = build(days, start, end)
    lo = dense.index(start)
    return [(dense.date(i), dense.load[i]) for i in range(lo, len(dense))]


def monotony_of(window: Sequence[float]) -> tuple[float | None, float, float]:
    """(monotony, mean, population SD) of daily loads; monotony None when there was no load.

    An SD of 0 with load > 0 (the same session every day) counts as the threshold's cap.
    """
    n = len(window)
    mean = sum(window) / n
    if mean <= 0:
        return None, 0.0, 0.0
    var = sum((x - mean) ** 2 for x in window) / n
    sd = math.sqrt(var)
    if sd <= 1e-9 * mean:
        return T.MONOTONY_SD_ZERO, mean, 0.0
    return mean / sd, mean, sd


class Carry(msgspec.Struct, frozen=True, array_like=True):
    """The load model's running sums before the date ``at`` (an ordinal, the first of a
    month) of a journal first logged on ``first`` whose daily loads up to ``at`` hash to
    ``digest``: the years of EWMAs before a window need not run again while they hold."""

    first: int
    at: int
    digest: bytes
    fit: float
    tired: float
    acute: float
    chronic: float


def _loads_digest(load: list[float], lo: int, hi: int) -> bytes:
    return blake2b(array("d", load[lo:hi]).tobytes(), digest_size=16).digest()


class LoadArrays(msgspec.Struct):
    """The load model as parallel arrays over a :class:`Dense` (internal, fast); ``carry``:
    the running sums at the first of the month where the kept arrays begin."""

    ctl: list[float]
    atl: list[float]
    tsb: list[float]
    acute: list[float]
    chronic: list[float]
    acwr: list[float | None]
    monotony: list[float | None]
    mono_mean: list[float]
    mono_sd: list[float]
    strain: list[float | None]
    carry: Carry | None = None

    def point(self, dense: Dense, i: int) -> LoadPoint:
        """The model on day ``i`` of ``dense``."""
        return LoadPoint(
            date=dense.date(i),
            load=dense.load[i],
            ctl=self.ctl[i],
            atl=self.atl[i],
            tsb=self.tsb[i],
            acute=self.acute[i],
            chronic=self.chronic[i],
            acwr=self.acwr[i],
            monotony=self.monotony[i],
            strain=self.strain[i],
        )


def load_arrays(
    dense: Dense, from_index: int = 0, keep_from: int = 0, carry: Carry | None = None
) -> LoadArrays:
    """Compute every load metric once over the dense array.

    The EWMAs always run from the first logged day; monotony and strain (plain 7-day
    windows) are only computed from ``from_index`` on, where they will be read. Before
    ``keep_from`` (at most ``from_index``) the EWMAs run but are not kept (left 0 / None):
    the caller reads nothing there. ``carry``: the sums of an earlier run, taken up where
    they still hold (the same arithmetic, so the same numbers).
    """
    n = len(dense)
    load = dense.load
    first = dense.first_index
    ctl = [0.0] * n
    atl = [0.0] * n
    tsb = [0.0] * n
    acute = [0.0] * n
    chronic = [0.0] * n
    acwr: list[float | None] = [None] * n
    mono: list[float | None] = [None] * n
    mono_mean = [0.0] * n
    mono_sd = [0.0] * n
    strain: list[float | None] = [None] * n
    if first is None:
        return LoadArrays(ctl, atl, tsb, acute, chronic, acwr, mono, mono_mean, mono_sd, strain)
    la = 2.0 / (T.ACUTE_N + 1)
    lc = 2.0 / (T.CHRONIC_N + 1)
    seed_window = load[first : first + T.EWMA_SEED_DAYS]
    seed = sum(seed_window) / len(seed_window)
    a = c = seed
    fit = tired = 0.0
    win = T.MONOTONY_DAYS
    skip = max(first, min(keep_from, from_index, n))
    ctl_days, atl_days, ka, kc = T.CTL_DAYS, T.ATL_DAYS, 1 - la, 1 - lc
    # the sums are carried at the first of skip's month (so they hold a month of runs)
    o, first_ord = dense.origin.toordinal(), dense.origin.toordinal() + first
    month = dense.date(skip).replace(day=1).toordinal() - o
    month = month if month >= first + T.EWMA_SEED_DAYS else -1
    begin, kept = first, None
    if carry is not None and carry.first == first_ord and month >= carry.at - o >= begin:
        k = carry.at - o
        if k >= first + T.EWMA_SEED_DAYS and _loads_digest(load, first, k) == carry.digest:
            begin, fit, tired, a, c = k, carry.fit, carry.tired, carry.acute, carry.chronic
            kept = carry if k == month else None
    for end in (month, skip) if begin <= month else (skip,):
        for x in load[begin:end]:  # the same arithmetic as below, in the same order
            fit += (x - fit) / ctl_days
            tired += (x - tired) / atl_days
            a = la * x + ka * a
            c = lc * x + kc * c
        begin = end
        if end == month and kept is None:
            kept = Carry(first_ord, o + month, _loads_digest(load, first, month), fit, tired, a, c)
    for i in range(skip, n):
        x = load[i]
        tsb[i] = fit - tired
        fit += (x - fit) / T.CTL_DAYS
        tired += (x - tired) / T.ATL_DAYS
        ctl[i] = fit
        atl[i] = tired
        a = la * x + (1 - la) * a
        c = lc * x + (1 - lc) * c
        acute[i] = a
        chronic[i] = c
        hist = i - first + 1
        if hist >= T.LOAD_SPIKE_HISTORY_DAYS and c > 0:
            acwr[i] = a / c
        if hist >= win and i >= from_index:
            m, mean, sd = monotony_of(load[i - win + 1 : i + 1])
            if m is not None:
                mono[i] = m
                mono_mean[i] = mean
                mono_sd[i] = sd
                strain[i] = mean * win * m
    return LoadArrays(ctl, atl, tsb, acute, chronic, acwr, mono, mono_mean, mono_sd, strain, kept)


def load_model(days: Sequence[Day], start: dt.date, end: dt.date) -> list[LoadPoint]:
    """The load model for every date from ``start`` to ``end``, history before ``start`` read.

    ACWR is None until 28 days of history exist; monotony and strain until 7 days exist and
    whenever the 7-day load is 0.
    """
    if end < start:
        return []
    dense = build(days, start, end)
    lo = dense.index(start)
    arr = load_arrays(dense, lo)
    return [arr.point(dense, i) for i in range(lo, len(dense))]


def monday(date: dt.date) -> dt.date:
    return date - dt.timedelta(days=date.weekday())


def weeks_of(dense: Dense, start: dt.date, end: dt.date) -> list[tuple[dt.date, int, int]]:
    """(week_start, first index, last index + 1) of each Monday week, clipped to the range."""
    out = []
    wk = monday(start)
    while wk <= end:
        lo = max(dense.index(start), dense.index(wk))
        hi = min(dense.index(end), dense.index(wk) + 6) + 1
        out.append((wk, lo, hi))
        wk += dt.timedelta(days=7)
    return out


def weekly_mileage(days: Sequence[Day], start: dt.date, end: dt.date) -> list[WeekPoint]:
    """Distance, time, load, runs and longest run per Monday week from ``start`` to ``end``."""
    if end < start:
        return []
    dense = build(days, start, end)
    return [
        WeekPoint(
            week_start=wk,
            distance_km=round(sum(dense.distance[lo:hi]), 3),
            duration_min=round(sum(dense.duration[lo:hi]), 3),
            load=round(sum(dense.load[lo:hi]), 3),
            runs=sum(dense.runs[lo:hi]),
            longest_run_km=max(dense.longest_run[lo:hi], default=0.0),
        )
        for wk, lo, hi in weeks_of(dense, start, end)
    ]
