"""The small records the store hands out and keeps: results, reports, decoded months.

Plain msgspec structs rather than dataclasses: a dataclass is generated (``exec``) at import,
a cost every ``stridelog add`` would pay.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import msgspec

from journal.model import Day, Profile
from journal.store.layout import Stamp


def date_id(iso_date: str) -> int:
    """The TinyDB doc id of a date: its ordinal, so ids never collide."""
    return dt.date.fromisoformat(iso_date).toordinal()


class MonthDays:
    """The decoded days of one month file and the stamp of the file they came from."""

    __slots__ = ("_ordered", "days", "stamp")

    def __init__(self, stamp: Stamp | None, days: dict[int, Day]) -> None:
        self.stamp = stamp
        self.days = days
        self._ordered: list[Day] | None = None

    @property
    def ordered(self) -> list[Day]:
        if self._ordered is None:
            self._ordered = [self.days[k] for k in sorted(self.days)]
        return self._ordered


class ImportResult(msgspec.Struct):
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    kept: int = 0
    profile_set: bool = False


class CheckReport(msgspec.Struct):
    path: Path
    exists: bool
    days: int
    first: dt.date | None
    last: dt.date | None
    schema_version: int
    size_bytes: int
    backups: list[Path] = []
    problems: list[str] = []


class Txn(msgspec.Struct):
    """The changes of one write, committed together."""

    puts: dict[int, Day] = {}
    deletes: set[int] = set()
    profile: Profile | None = None
