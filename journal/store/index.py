"""A small derived index of per-day numbers, for reading years of history cheaply.

One column of floats per number (load, distance, ratings, sleep, resting HR, weight, intake
totals, period; NaN where a day has none), one row per logged day, kept per month and stamped
with the month file's identity, with what the RPE estimator learns from the month. Columns
are packed arrays (one blob per month, joined only for the columns asked for), so 50 years
load in milliseconds without creating a Python object per value. A month whose file changed
is rebuilt from its days; the cache file is rewritten only then, never fsynced, and skipped
where the folder is read-only. It is a cache: deleting it changes no result.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import math
import os
from array import array
from typing import TYPE_CHECKING

import msgspec

from journal.load_estimate import Parts, Tally, parts_of
from journal.model import NUTRIENT_KEYS, Day
from journal.store import layout

if TYPE_CHECKING:
    from collections.abc import Callable

    from journal.nutrition import Intake
    from journal.store.journal import Journal

NAN = math.nan
DAY_COLUMNS: tuple[str, ...] = (
    "load",
    "distance_km",
    "duration_min",
    "fatigue",
    "soreness",
    "stress",
    "sleep_h",
    "sleep_quality",
    "resting_hr",
    "weight_kg",
    "period",
    "intake_logged",
)
# the day's intake as day_intake computes it from the stored meal resolution: totals, the
# coverage of each nutrient, the meals and the words matched (bump INDEX_VERSION when
# day_intake changes what it computes)
COVERAGE: tuple[str, ...] = tuple(f"coverage_{k}" for k in NUTRIENT_KEYS)
INTAKE_COLUMNS: tuple[str, ...] = ("meals", "words_matched", "words_unmatched")
COLUMNS: tuple[str, ...] = DAY_COLUMNS + NUTRIENT_KEYS + COVERAGE + INTAKE_COLUMNS
INDEX_VERSION = 5
# per calendar day of a month, what the analysis reads from the first logged day on: the load
# and weight (8-byte floats, 0.0 and NaN on a day not logged) and trained and period (a byte
# each); a month's ``calendar`` is these four blocks, so years of history join month by month
CALENDAR_BYTES = 8 + 8 + 1 + 1
_NAN_DAY = array("d", [NAN]).tobytes()


class _IndexMonth(msgspec.Struct, array_like=True):
    stamp: tuple[int, int, int]
    ordinals: bytes  # array("q")
    columns: bytes  # array("d"): the columns of COLUMNS one after the other
    rated: msgspec.Raw  # a _Rated, decoded only when an estimate is needed
    # the sessions of each day with an unrated one, to rebuild its estimated load
    estimated: list[tuple[int, list[Parts]]] = []
    calendar: bytes = b""  # the blocks of CALENDAR_BYTES for each day of the month

    def first_last(self) -> tuple[int, int] | None:
        if not self.ordinals:
            return None
        days = memoryview(self.ordinals).cast("q")
        return days[0], days[-1]


class _Rated(msgspec.Struct, array_like=True):
    """What the RPE estimator learns from a month: the rated sessions as (kind, band, rpe,
    count), and the rated runs' heart rates and RPEs as (value, count)."""

    sessions: list[tuple[str, int, int, int]] = []
    hr: list[tuple[int, int]] = []
    hr_rpe: list[tuple[int, int]] = []


class _IndexFile(msgspec.Struct):
    version: int
    months: dict[str, _IndexMonth]


_decoder = msgspec.msgpack.Decoder(_IndexFile)
_rated_decoder = msgspec.msgpack.Decoder(_Rated)
_encoder = msgspec.msgpack.Encoder()


class DayIndex:
    """Per-day numbers over a range: ``ordinals`` (date ordinals, ascending) and a column of
    floats per name in :data:`COLUMNS`, NaN where the day has no value.

    ``tally`` and ``estimated`` hold what the RPE estimator needs from these days: the rated
    sessions of the months that hold them (whole months), and by date ordinal the sessions of
    each day with an unrated one.
    """

    def __init__(self, parts: list[_IndexMonth], lo: int = 0, hi: int | None = None) -> None:
        self._parts = parts
        ordinals = array("q")
        for part in parts:
            ordinals.frombytes(part.ordinals)
        hi = len(ordinals) if hi is None else hi
        self._lo, self._hi = lo, hi
        self.ordinals = ordinals if (lo, hi) == (0, len(ordinals)) else ordinals[lo:hi]
        self._columns: dict[str, array] = {}
        # the stamp of each month file read ("YYYY-MM"; None: not a file of the month layout)
        self.stamps: dict[str, layout.Stamp | None] = {}

    def __len__(self) -> int:
        return len(self.ordinals)

    def dates(self) -> list[dt.date]:
        return [dt.date.fromordinal(o) for o in self.ordinals]

    def column(self, name: str) -> array:
        """One column, joined on first use from the months that hold the days kept."""
        col = self._columns.get(name)
        if col is None:
            k = COLUMNS.index(name)
            col = array("d")
            row = 0  # the first row of the part
            first = None  # the first row joined
            for part in self._parts:
                size = len(part.ordinals)  # 8 bytes a day in both arrays
                rows = size // 8
                if row < self._hi and row + rows > self._lo:
                    first = row if first is None else first
                    col.frombytes(memoryview(part.columns)[k * size : (k + 1) * size])
                row += rows
            first = first or 0
            if (self._lo - first, self._hi - first) != (0, len(col)):
                col = col[self._lo - first : self._hi - first]
            self._columns[name] = col
        return col

    @property
    def columns(self) -> dict[str, array]:
        return {name: self.column(name) for name in COLUMNS}

    def value(self, name: str, date: dt.date) -> float | None:
        i = bisect.bisect_left(self.ordinals, date.toordinal())
        if i < len(self.ordinals) and self.ordinals[i] == date.toordinal():
            v = self.column(name)[i]
            return None if math.isnan(v) else v
        return None

    def last_known(self, name: str, before: dt.date) -> tuple[dt.date, float] | None:
        """The latest value of ``name`` strictly before ``before`` (e.g. the last weight)."""
        col = self.column(name)
        i = bisect.bisect_left(self.ordinals, before.toordinal()) - 1
        while i >= 0:
            if not math.isnan(col[i]):
                return dt.date.fromordinal(self.ordinals[i]), col[i]
            i -= 1
        return None

    def calendar(self) -> Calendar | None:
        """Load, weight, trained and period for every calendar date from the first day kept
        to the last, joined month by month (no Python step per day)."""
        if not self.ordinals:
            return None
        lo, hi = self.ordinals[0], self.ordinals[-1]
        blocks: tuple[list[bytes | memoryview], ...] = ([], [], [], [])
        loads, weights, trained, period = blocks
        origin = pos = 0  # the first ordinal joined, the next one expected
        for part in self._kept():
            first = dt.date.fromordinal(int.from_bytes(part.ordinals[:8], "little", signed=True))
            start = first.toordinal() - first.day + 1
            if not origin:
                origin = pos = start
            if start > pos:  # whole months not logged
                gap = start - pos
                loads.append(bytes(8 * gap))
                weights.append(_NAN_DAY * gap)
                trained.append(bytes(gap))
                period.append(bytes(gap))
            n = len(part.calendar) // CALENDAR_BYTES
            view = memoryview(part.calendar)
            loads.append(view[: 8 * n])
            weights.append(view[8 * n : 16 * n])
            trained.append(view[16 * n : 17 * n])
            period.append(view[17 * n :])
            pos = start + n
        a, b = lo - origin, hi - origin + 1
        load, weight = array("d"), array("d")
        load.frombytes(memoryview(b"".join(loads))[8 * a : 8 * b])
        weight.frombytes(memoryview(b"".join(weights))[8 * a : 8 * b])
        return Calendar(lo, load, weight, b"".join(trained)[a:b], b"".join(period)[a:b])

    def span(self, first: dt.date | None, last: dt.date | None) -> DayIndex:
        """The days from ``first`` to ``last`` (None: no limit)."""
        return _clip(self, first, last)

    def _kept(self) -> list[_IndexMonth]:
        if not self.ordinals:
            return []
        first, last = self.ordinals[0], self.ordinals[-1]
        return [
            p
            for p in self._parts
            if (span := p.first_last()) and first <= span[1] and span[0] <= last
        ]

    @property
    def tally(self) -> Tally:
        tally = Tally()
        for part in self._kept():
            rated = _rated_decoder.decode(part.rated)
            for kind, band, rpe, n in rated.sessions:
                counts = tally.by_key.setdefault((kind, band), {})
                counts[rpe] = counts.get(rpe, 0) + n
            for into, pairs in ((tally.hr, rated.hr), (tally.hr_rpe, rated.hr_rpe)):
                for value, n in pairs:
                    into[value] = into.get(value, 0) + n
        return tally

    def intakes(self) -> Callable[[Day], Intake]:
        """``day_intake`` of a day with meals, read from the index where it holds the day
        (as many meals, so the same document), else computed."""
        from journal.nutrition import Intake, day_intake

        at = {o: k for k, o in enumerate(self.ordinals)}
        totals = [(key, self.column(key)) for key in NUTRIENT_KEYS]
        coverage = [(key, self.column(c)) for key, c in zip(NUTRIENT_KEYS, COVERAGE, strict=True)]
        meals = self.column("meals")
        matched, unmatched = self.column("words_matched"), self.column("words_unmatched")

        def intake(day: Day) -> Intake:
            k = at.get(day.date.toordinal())
            n = len(day.meals)
            if k is None or meals[k] != n or not n:
                return day_intake(day)
            return Intake(
                totals={key: v for key, col in totals if (v := col[k]) == v},  # NaN: none
                coverage={key: col[k] for key, col in coverage},
                logged=True,
                meals=n,
                words_matched=matched[k],
                words_unmatched=unmatched[k],
            )

        return intake

    @property
    def estimated(self) -> dict[int, list[Parts]]:
        if not self.ordinals:
            return {}
        first, last = self.ordinals[0], self.ordinals[-1]
        return {o: p for part in self._kept() for o, p in part.estimated if first <= o <= last}


class Calendar(msgspec.Struct, frozen=True):
    """:meth:`DayIndex.calendar`: one entry per date from ``first`` (an ordinal) on."""

    first: int
    load: array
    weight: array
    trained: bytes
    period: bytes

    def no_weight(self) -> bool:
        """No weight on any date (one compare of the bytes, not one a day)."""
        return self.weight.tobytes() == _NAN_DAY * len(self.weight)


def _calendar_of(days: list[Day]) -> bytes:
    """The month's calendar blocks (see :data:`CALENDAR_BYTES`) from its days."""
    if not days:
        return b""
    first = days[0].date.replace(day=1)
    n = ((first + dt.timedelta(days=31)).replace(day=1) - first).days
    load = array("d", bytes(8 * n))
    weight = array("d", _NAN_DAY * n)
    trained, period = bytearray(n), bytearray(n)
    for day in days:
        k = day.date.day - 1
        load[k] = day.load
        weight[k] = _num(day.weight_kg)
        trained[k] = day.duration_min > 0  # a session lasts more than 0 minutes
        period[k] = _num(day.period) == 1.0
    return load.tobytes() + weight.tobytes() + bytes(trained) + bytes(period)


def _num(v: float | None) -> float:
    return NAN if v is None else float(v)


def _rows(days: list[Day]) -> _IndexMonth:
    from journal.nutrition import day_intake

    cols = {name: array("d") for name in COLUMNS}
    tally = Tally()
    estimated: list[tuple[int, list[Parts]]] = []
    for day in days:
        intake = day_intake(day)
        values = (
            day.load,
            day.distance_km,
            day.duration_min,
            _num(day.fatigue),
            _num(day.soreness),
            _num(day.stress),
            _num(day.sleep.hours if day.sleep else None),
            _num(day.sleep.quality if day.sleep else None),
            _num(day.resting_hr),
            _num(day.weight_kg),
            _num(day.period),
            float(intake.logged),
        )
        for name, v in zip(DAY_COLUMNS, values, strict=True):
            cols[name].append(v)
        for key, cov in zip(NUTRIENT_KEYS, COVERAGE, strict=True):
            cols[key].append(_num(intake.totals.get(key)))
            cols[cov].append(_num(intake.coverage.get(key)))
        cols["meals"].append(len(day.meals))
        cols["words_matched"].append(intake.words_matched)
        cols["words_unmatched"].append(intake.words_unmatched)
        sessions = (*day.runs, *day.cross_training)
        for s in sessions:
            tally.add(s)
        if any(s.rpe is None for s in sessions):
            estimated.append((day.date.toordinal(), [parts_of(s) for s in sessions]))
    ordinals = array("q", (d.date.toordinal() for d in days))
    return _IndexMonth(
        (0, 0, 0),
        ordinals.tobytes(),
        b"".join(cols[name].tobytes() for name in COLUMNS),
        msgspec.Raw(
            _encoder.encode(
                _Rated(
                    [(k, b, rpe, n) for (k, b), c in tally.by_key.items() for rpe, n in c.items()],
                    list(tally.hr.items()),
                    list(tally.hr_rpe.items()),
                )
            )
        ),
        estimated,
        _calendar_of(days),
    )


def read_index(journal: Journal, start: dt.date | None, end: dt.date | None) -> DayIndex:
    first = layout.month_of(start) if start else ""
    last = layout.month_of(end) if end else "9999-99"
    names = [n for n in journal._month_names() if first <= n <= last]
    days_dir = journal.days_dir
    path = journal.data_dir / layout.INDEX_FILE
    cache: dict[str, _IndexMonth] = {}
    if days_dir is not None:
        with contextlib.suppress(OSError, msgspec.DecodeError, layout.Damaged):
            stored = _decoder.decode(journal._codec.decode(path, path.read_bytes()))
            if stored.version == INDEX_VERSION:
                cache = stored.months
    parts: list[_IndexMonth] = []
    stamps: dict[str, layout.Stamp | None] = {}
    changed = False
    folder = os.fspath(days_dir) if days_dir is not None else None
    for name in names:
        st = layout.stamp(os.path.join(folder, name + ".json")) if folder else None
        stamps[name] = st
        entry = cache.get(name)
        if entry is None or st is None or entry.stamp != st:
            month = journal._month(name)
            entry = _rows(month.ordered if month else [])
            if st is not None:
                entry.stamp = st
                cache[name] = entry
                changed = True
        parts.append(entry)
    if changed and journal._can_write():
        from journal.store.codec import write_cache

        live = set(journal._month_names())
        keep = {k: v for k, v in cache.items() if k in live}
        with contextlib.suppress(OSError):
            raw = _encoder.encode(_IndexFile(INDEX_VERSION, keep))
            write_cache(journal.path, path, journal._codec, raw)
    index = DayIndex(parts)
    index.stamps = stamps
    return _clip(index, start, end)


def read_span(
    journal: Journal,
    end: dt.date | None,
    plan: Callable[[DayIndex], tuple[dt.date, dt.date]],
) -> tuple[DayIndex, list[Day]]:
    """The index up to ``end`` and the days of the range ``plan`` picks from it, read on one
    consistent view (again if a writer committed meanwhile)."""

    def read() -> tuple[DayIndex, list[Day]]:
        index = read_index(journal, None, end)
        first, last = plan(index)
        return index, journal.days(first, last)

    return journal._stable(read)


def _clip(index: DayIndex, start: dt.date | None, end: dt.date | None) -> DayIndex:
    """The days of ``index`` from ``start`` to ``end``, over only the months that hold them, so
    a span's columns cost its months, not the journal's (the recent weeks of 50 years)."""
    lo = bisect.bisect_left(index.ordinals, start.toordinal()) if start else 0
    hi = bisect.bisect_right(index.ordinals, end.toordinal()) if end else len(index.ordinals)
    if lo == 0 and hi == len(index.ordinals):
        return index
    lo, hi = index._lo + lo, index._lo + hi  # rows of index._parts joined
    parts: list[_IndexMonth] = []
    row, base = 0, 0
    for part in index._parts:
        rows = len(part.ordinals) // 8
        if row < hi and row + rows > lo:
            if not parts:
                base = row
            parts.append(part)
        row += rows
    clipped = DayIndex(parts, lo - base, hi - base) if parts else DayIndex([])
    clipped.stamps = index.stamps
    return clipped
