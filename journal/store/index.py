"""A small derived index of per-day numbers, for reading years of history cheaply.

One row per logged day (load, distance, ratings, sleep, resting HR, weight, intake totals,
period), grouped by month and stamped with the month file's identity. A month whose file
changed is rebuilt from its days; the cache file is rewritten only then, never fsynced, and
skipped where the folder is read-only. It is a cache: deleting it changes no result.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from typing import TYPE_CHECKING

import msgspec

from journal.model import Day
from journal.store import layout

if TYPE_CHECKING:
    from journal.store.journal import Journal


class DayRow(msgspec.Struct, array_like=True, frozen=True):
    """The numbers of one day that history-wide rules read (a date ordinal keys it)."""

    ordinal: int
    load: float
    distance_km: float
    duration_min: float
    fatigue: int | None
    soreness: int | None
    stress: int | None
    sleep_h: float | None
    sleep_quality: int | None
    resting_hr: int | None
    weight_kg: float | None
    intake_logged: bool
    intake: dict[str, float]
    period: bool | None

    @property
    def date(self) -> dt.date:
        return dt.date.fromordinal(self.ordinal)


class _IndexMonth(msgspec.Struct, array_like=True):
    stamp: tuple[int, int, int]
    rows: list[DayRow]


_decoder = msgspec.msgpack.Decoder(dict[str, _IndexMonth])
_encoder = msgspec.msgpack.Encoder()


def row_of(day: Day) -> DayRow:
    from journal.nutrition import day_intake

    intake = day_intake(day)
    return DayRow(
        ordinal=day.date.toordinal(),
        load=day.load,
        distance_km=day.distance_km,
        duration_min=day.duration_min,
        fatigue=day.fatigue,
        soreness=day.soreness,
        stress=day.stress,
        sleep_h=day.sleep.hours if day.sleep else None,
        sleep_quality=day.sleep.quality if day.sleep else None,
        resting_hr=day.resting_hr,
        weight_kg=day.weight_kg,
        intake_logged=intake.logged,
        intake=dict(intake.totals),
        period=day.period,
    )


def read_index(journal: Journal, start: dt.date | None, end: dt.date | None) -> list[DayRow]:
    first = layout.month_of(start) if start else ""
    last = layout.month_of(end) if end else "9999-99"
    names = [n for n in journal._month_names() if first <= n <= last]
    days_dir = journal.days_dir
    if days_dir is None:  # a single-file journal read without converting: nothing to cache
        return _clip([row_of(d) for n in names for d in journal._month(n).ordered], start, end)  # type: ignore[union-attr]
    path = journal.data_dir / layout.INDEX_FILE
    try:
        cache = _decoder.decode(path.read_bytes())
    except (OSError, msgspec.DecodeError):
        cache = {}
    rows: list[DayRow] = []
    changed = False
    for name in names:
        st = layout.stamp(days_dir / f"{name}.json")
        entry = cache.get(name)
        if entry is None or entry.stamp != st:
            month = journal._month(name)
            built = [row_of(d) for d in month.ordered] if month else []
            entry = _IndexMonth(st or (0, 0, 0), built)
            cache[name] = entry
            changed = True
        rows.extend(entry.rows)
    if changed and journal._can_write():
        from journal.files import write_private_atomic

        with contextlib.suppress(OSError):
            write_private_atomic(path, _encoder.encode(cache))
    return _clip(rows, start, end)


def _clip(rows: list[DayRow], start: dt.date | None, end: dt.date | None) -> list[DayRow]:
    lo = start.toordinal() if start else 0
    hi = end.toordinal() if end else 10**9
    return [r for r in rows if lo <= r.ordinal <= hi]
