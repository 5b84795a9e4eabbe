"""The small records the store hands out and keeps: results, reports, decoded months."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

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


@dataclass
class ImportResult:
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    kept: int = 0
    profile_set: bool = False


@dataclass
class CheckReport:
    path: Path
    exists: bool
    days: int
    first: dt.date | None
    last: dt.date | None
    schema_version: int
    size_bytes: int
    backups: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


@dataclass
class Txn:
    """The changes of one write, committed together."""

    puts: dict[int, Day] = field(default_factory=dict)
    deletes: set[int] = field(default_factory=set)
    profile: Profile | None = None
