"""The files of a journal folder and their typed shapes.

::

    journal.json            root: meta (schema, layout, current days folder) and profile
    journal.json.lock       the writer lock
    days.000007/2026-11.json one TinyDB file per month: {"days": {"<date ordinal>": day}}
    backups/journal-DATE/   a daily snapshot of the above, by hard link
    day-index.msgpack       caches: per-day numbers and calendars, the rule hits of whole
    month-hits.msgpack        months, the load model's sums at a month, the export's days
    load-carry.msgpack        and sections; deleting any of them changes nothing
    export-cache.bin

A write of one month replaces that month's file atomically. A write that spans months (an
import, the migration, a profile set by an import) writes a new ``days.N`` folder (unchanged
months hard-linked) and then replaces ``journal.json``, which names it: one atomic rename
commits all of it, and a reader that resolved the old folder keeps a consistent old view.

No ``from __future__ import annotations``: msgspec would compile the annotation strings of
these structs on every start-up (see :mod:`journal.model`).
"""

import contextlib
import datetime as dt
import gc
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any, Literal

import msgspec

from journal.model import Day, Profile

LAYOUT = "months"
GEN_PREFIX = "days."
GEN_RE = r"^days\.(\d{6})$"  # patterns, compiled on first use (re's cache): not at start-up
MONTH_RE = r"^(\d{4})-(\d{2})\.json$"
INDEX_FILE = "day-index.msgpack"
HITS_FILE = "month-hits.msgpack"  # the rule hits of whole months (journal/stored_hits.py)
CARRY_FILE = "load-carry.msgpack"  # the load model's sums at a month (journal/stored_carry.py)
EXPORT_FILE = "export-cache.bin"  # the export's days and sections (journal/stored_export.py)
CACHE_FILES = (INDEX_FILE, HITS_FILE, CARRY_FILE, EXPORT_FILE)

Stamp = tuple[int, int, int]


def month_of(date: dt.date) -> str:
    return f"{date.year:04d}-{date.month:02d}"


def gen_name(number: int) -> str:
    return f"{GEN_PREFIX}{number:06d}"


def stamp(path: str | os.PathLike[str]) -> Stamp | None:
    """Identity of a file's content: inode, mtime and size (a replace gives a new inode).

    ctime is left out on purpose: the daily backup's hard link changes it, not the bytes.
    """
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_mtime_ns, st.st_size)


class Meta(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    schema_version: Annotated[int, msgspec.Meta(ge=0)]
    layout: Literal["months"] | None = None
    days: Annotated[str, msgspec.Meta(pattern=r"^days\.\d{6}$")] | None = None


class RootFile(msgspec.Struct, forbid_unknown_fields=True):
    """journal.json; ``days`` only in the single-file layout written before months."""

    meta: dict[Literal["1"], Meta] = {}
    profile: dict[Literal["1"], Profile] = {}
    days: dict[int, Any] | None = None


class MonthFile(msgspec.Struct, forbid_unknown_fields=True):
    days: dict[int, Day] = {}


class LegacyDays(msgspec.Struct):
    days: dict[int, Day] = {}


_root_decoder = msgspec.json.Decoder(RootFile)
_month_decoder = msgspec.json.Decoder(MonthFile)
_legacy_decoder = msgspec.json.Decoder(LegacyDays)


class Damaged(ValueError):
    """A file of the journal that is not what Stridelog wrote; ``str()`` says why."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(reason)
        self.path = path


def _reason(err: msgspec.DecodeError) -> str:
    if isinstance(err, msgspec.ValidationError):
        return f"not the shape of a Stridelog journal: {err}"
    return f"not valid JSON: {err}"


def decode_root(path: Path, raw: bytes) -> RootFile:
    if not raw.strip():
        raise Damaged(path, "the file is empty")
    try:
        root = _root_decoder.decode(raw)
    except msgspec.DecodeError as err:
        raise Damaged(path, _reason(err)) from None
    if not root.meta and root.days is None:
        raise Damaged(path, "not a Stridelog journal: it has neither a meta nor a days table")
    meta = root.meta.get("1")
    if meta is not None and meta.layout == LAYOUT and (meta.days is None or root.days is not None):
        raise Damaged(path, "not the shape of a Stridelog journal: meta and tables disagree")
    return root


def _check_days(path: Path, days: dict[int, Day], month: str | None) -> None:
    for key, day in days.items():
        if day.date.toordinal() != key:
            raise Damaged(path, f"document {key} holds the date {day.date}, not its own")
        if month is not None and month_of(day.date) != month:
            raise Damaged(path, f"the day {day.date} is not in the month {month}")


def decode_month(path: Path, raw: bytes, month: str) -> dict[int, Day]:
    """The typed days of one month file, validated like any input (date keys included).

    The caller holds the garbage collector off while it decodes many months (see
    :func:`collector_paused`): thousands of new objects otherwise set off full collections.
    """
    if not raw.strip():
        raise Damaged(path, "the file is empty")
    try:
        days = _month_decoder.decode(raw).days
    except msgspec.DecodeError as err:
        raise Damaged(path, _reason(err)) from None
    _check_days(path, days, month)
    return days


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def decode_legacy_days(path: Path, raw: bytes) -> dict[int, Day]:
    """Every day of a single-file journal (the layout before months), validated."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        days = _legacy_decoder.decode(raw).days
    except msgspec.DecodeError as err:
        raise Damaged(path, _reason(err)) from None
    finally:
        if was_enabled:
            gc.enable()
    _check_days(path, days, None)
    return days


def list_months(gen_dir: Path) -> list[str]:
    """Month names (``YYYY-MM``) of a days folder, sorted; FileNotFoundError if it is gone."""
    is_month = re.compile(MONTH_RE).match  # once a listing, not once a file (600 at 50 years)
    return sorted(n[:-5] for n in os.listdir(gen_dir) if is_month(n))


def list_generations(data_dir: Path) -> list[int]:
    try:
        names = os.listdir(data_dir)
    except FileNotFoundError:
        return []
    return sorted(int(m.group(1)) for n in names if (m := re.match(GEN_RE, n)))
