"""A small derived index of per-day numbers, for reading years of history cheaply.

One column of floats per number (load, distance, ratings, sleep, resting HR, weight, intake
totals, period; NaN where a day has none), one row per logged day, kept per month and stamped
with the month file's identity. Columns are packed arrays, so 50 years load in milliseconds
without creating a Python object per value. A month whose file changed is rebuilt from its
days; the cache file is rewritten only then, never fsynced, and skipped where the folder is
read-only. It is a cache: deleting it changes no result.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import math
from array import array
from typing import TYPE_CHECKING

import msgspec

from journal.model import NUTRIENT_KEYS, Day
from journal.store import layout

if TYPE_CHECKING:
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
COLUMNS: tuple[str, ...] = DAY_COLUMNS + NUTRIENT_KEYS  # intake totals, as day_intake sums them
INDEX_VERSION = 1


class _IndexMonth(msgspec.Struct, array_like=True):
    stamp: tuple[int, int, int]
    ordinals: bytes  # array("q")
    columns: dict[str, bytes]  # array("d") per name of COLUMNS


class _IndexFile(msgspec.Struct):
    version: int
    months: dict[str, _IndexMonth]


_decoder = msgspec.msgpack.Decoder(_IndexFile)
_encoder = msgspec.msgpack.Encoder()


class DayIndex:
    """Per-day numbers over a range: ``ordinals`` (date ordinals, ascending) and a column of
    floats per name in :data:`COLUMNS`, NaN where the day has no value."""

    def __init__(self, ordinals: array, columns: dict[str, array]) -> None:
        self.ordinals = ordinals
        self.columns = columns

    def __len__(self) -> int:
        return len(self.ordinals)

    def dates(self) -> list[dt.date]:
        return [dt.date.fromordinal(o) for o in self.ordinals]

    def column(self, name: str) -> array:
        return self.columns[name]

    def value(self, name: str, date: dt.date) -> float | None:
        i = bisect.bisect_left(self.ordinals, date.toordinal())
        if i < len(self.ordinals) and self.ordinals[i] == date.toordinal():
            v = self.columns[name][i]
            return None if math.isnan(v) else v
        return None

    def last_known(self, name: str, before: dt.date) -> tuple[dt.date, float] | None:
        """The latest value of ``name`` strictly before ``before`` (e.g. the last weight)."""
        col = self.columns[name]
        i = bisect.bisect_left(self.ordinals, before.toordinal()) - 1
        while i >= 0:
            if not math.isnan(col[i]):
                return dt.date.fromordinal(self.ordinals[i]), col[i]
            i -= 1
        return None


def _num(v: float | None) -> float:
    return NAN if v is None else float(v)


def _rows(days: list[Day]) -> _IndexMonth:
    from journal.nutrition import day_intake

    cols = {name: array("d") for name in COLUMNS}
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
        for key in NUTRIENT_KEYS:
            cols[key].append(_num(intake.totals.get(key)))
    ordinals = array("q", (d.date.toordinal() for d in days))
    return _IndexMonth((0, 0, 0), ordinals.tobytes(), {k: v.tobytes() for k, v in cols.items()})


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
    changed = False
    for name in names:
        st = layout.stamp(days_dir / f"{name}.json") if days_dir else None
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
        from journal.files import write_private_atomic

        live = set(journal._month_names())
        keep = {k: v for k, v in cache.items() if k in live}
        with contextlib.suppress(OSError):
            raw = _encoder.encode(_IndexFile(INDEX_VERSION, keep))
            write_private_atomic(path, journal._codec.encode(raw))
    return _clip(_join(parts), start, end)


def _join(parts: list[_IndexMonth]) -> DayIndex:
    ordinals = array("q")
    columns = {name: array("d") for name in COLUMNS}
    for part in parts:
        ordinals.frombytes(part.ordinals)
        for name in COLUMNS:
            columns[name].frombytes(part.columns[name])
    return DayIndex(ordinals, columns)


def _clip(index: DayIndex, start: dt.date | None, end: dt.date | None) -> DayIndex:
    lo = bisect.bisect_left(index.ordinals, start.toordinal()) if start else 0
    hi = bisect.bisect_right(index.ordinals, end.toordinal()) if end else len(index.ordinals)
    if lo == 0 and hi == len(index.ordinals):
        return index
    return DayIndex(index.ordinals[lo:hi], {k: v[lo:hi] for k, v in index.columns.items()})
