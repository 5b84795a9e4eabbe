"""The export (every day, or a range), from a cache of its parts kept beside the day index.

The export of a whole journal is the stored days indented by 2 (12 MB at ten years) and the
analysis sections of all of them; formatting the days and analysing ten years is most of its
cost, and both are the same while the month files are. So the cache holds each month's days
exactly as they appear in the export (encoded and indented), and the formatted analysis
sections of the last few periods exported, with the stamps of every month they were computed
from; an export whose months and profile are unchanged writes a fresh header and these bytes,
reading no month file (a range: only the months it cuts) and running no analysis. A month
whose stamp changed is decoded and formatted again; the sections are computed again when any
month, the profile or the code changed.

It is a cache: deleting it changes no result (the bytes are those of
:func:`journal.exchange.dumps` of :func:`journal.exchange.build_export`, a test compares);
a damaged one (checked by size and CRC-32) is ignored and written again. Written atomically
but not fsynced (a crash that leaves it torn leaves it failing its checks), 0600, encrypted
with the journal, skipped where the folder is read-only. Exports that may hold a float with a
positive exponent (written by orjson, see :func:`journal.exchange.dumps`), and those without
notes, take the ordinary path.

No ``from __future__ import annotations``: msgspec would compile the annotation strings of
these structs on every export (~9 ms; see :mod:`journal.model`).
"""

import contextlib
import datetime as dt
import os
import zlib
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import msgspec

from journal.code_digest import source_digest
from journal.store import Journal, layout
from journal.store.codec import write_cache
from journal.store.errors import StoreError
from journal.store.journal import _Moved

VERSION = 1
# the code the cached bytes come from: a change to any of these invalidates them
_MONTH_SOURCES = ("model.py", "exchange.py", "stored_export.py")
_SECTION_SOURCES = (
    "analysis",
    "nutrition.py",
    "load_estimate.py",
    "stored_analysis.py",
    "stored_hits.py",
    "store/index.py",
    "entry.py",  # distances and weights in the flags' titles
    "textsafe.py",  # imported by model.py and exchange.py (their messages)
)
_HEAD_SIZE = 8  # the header's length, little-endian, before it
_DAYS_OPEN = b'{\n  "days": [\n'  # what encloses one month's days when formatted alone
_DAYS_CLOSE = b"\n  ]\n}"

Chunk = bytes | memoryview


class _Month(msgspec.Struct, array_like=True):
    name: str
    stamp: tuple[int, int, int]
    count: int
    first: int  # date ordinals of its first and last day
    last: int
    offset: int  # its days' bytes in the body
    size: int
    crc: int


class _Sections(msgspec.Struct, array_like=True):
    key: bytes  # the code and the profile they were computed with
    start: int  # the export's period, date ordinals
    end: int
    stamps: dict[str, tuple[int, int, int]]  # every month file's, when computed
    offset: int
    size: int
    crc: int


class _Header(msgspec.Struct):
    version: int
    key: bytes  # the code the months' bytes were formatted by
    months: list[_Month]
    sections: list[_Sections]  # of a few periods, the latest first


_decoder = msgspec.msgpack.Decoder(_Header)
_encoder = msgspec.msgpack.Encoder()


def _digest(names: tuple[str, ...]) -> bytes:
    return f"{VERSION}.{msgspec.__version__}.{source_digest(names)}".encode()


@cache
def _month_key() -> bytes:
    return _digest(_MONTH_SOURCES)


@cache
def _section_code() -> bytes:
    return _digest(_MONTH_SOURCES + _SECTION_SOURCES)


class _Cached:
    """The cache file as read: its header and body (empty when missing or damaged)."""

    def __init__(self, journal: Journal) -> None:
        self.path = journal.data_dir / layout.EXPORT_FILE
        self.months: dict[str, _Month] = {}
        self.sections: list[_Sections] = []
        self.body = memoryview(b"")
        with contextlib.suppress(OSError, msgspec.DecodeError, layout.Damaged, ValueError):
            raw = _read(journal, self.path)
            size = int.from_bytes(raw[:_HEAD_SIZE], "little")
            header = _decoder.decode(raw[_HEAD_SIZE : _HEAD_SIZE + size])  # empty: DecodeError
            if header.version != VERSION:
                return
            self.body = memoryview(raw)[_HEAD_SIZE + size :]
            if header.key == _month_key():
                self.months = {m.name: m for m in header.months if self._sound(m)}
            self.sections = [p for p in header.sections if self._sound(p)]

    def _sound(self, part: _Month | _Sections) -> bool:
        end = part.offset + part.size
        return end <= len(self.body) and zlib.crc32(self.body[part.offset : end]) == part.crc

    def part(self, part: _Month | _Sections) -> memoryview:
        return self.body[part.offset : part.offset + part.size]


def _read(journal: Journal, path: Path) -> bytes | memoryview:
    """The cache's bytes; a plain journal's mapped, not copied (12 MB at ten years: ~8 ms).

    Mapping is safe as the file is only ever replaced (a new inode), never changed in place."""
    if journal._codec.encrypted:
        return journal._codec.decode(path, path.read_bytes())
    import mmap

    fd = os.open(path, os.O_RDONLY)
    try:
        return memoryview(mmap.mmap(fd, 0, prot=mmap.PROT_READ))  # ValueError: empty
    finally:
        os.close(fd)


def _month_bytes(days: list[Any]) -> bytes | None:
    """A month's days as the export holds them; None if one may hold a positive exponent."""
    from journal.exchange import _has_positive_exponent

    raw = msgspec.json.encode({"days": days})
    if _has_positive_exponent(raw):
        return None
    return msgspec.json.format(raw, indent=2)[len(_DAYS_OPEN) : -len(_DAYS_CLOSE)]


def _formatted(doc: dict[str, Any]) -> bytes | None:
    from journal.exchange import _has_positive_exponent

    raw = msgspec.json.encode(doc)
    return None if _has_positive_exponent(raw) else msgspec.json.format(raw, indent=2)


class _View:
    """The months of one consistent view of the journal, as the export holds their days."""

    def __init__(self) -> None:
        self.stamps: dict[str, layout.Stamp | None] = {}  # every month file's, by name
        self.whole: dict[str, tuple[_Month, Chunk]] = {}  # whole months read, cacheable
        self.parts: list[Chunk] = []  # the export's days, month by month
        self.first = self.last = self.count = 0  # ordinals of its first and last day
        self.fresh = False  # a whole month was formatted again
        self.plain = True  # no day may hold a positive exponent

    def add(self, part: Chunk, count: int, first: int, last: int) -> None:
        self.parts.append(part)
        self.first = self.first or first
        self.last, self.count = last, self.count + count


def _read_view(journal: Journal, cached: _Cached, lo: int, hi: int) -> _View:
    """The days from ``lo`` to ``hi`` (ordinals) in the export's bytes: whole months from the
    cache where their stamps match, others (and months the range cuts) decoded and formatted."""
    view = _View()
    folder = journal.days_dir
    if folder is None or journal._legacy is not None:
        return view
    first = layout.month_of(dt.date.fromordinal(lo)) if lo > 1 else ""
    last = layout.month_of(dt.date.fromordinal(hi)) if hi < _NO_END else "9999-99"
    for name in journal._month_names():
        st = view.stamps[name] = layout.stamp(folder / f"{name}.json")
        if not first <= name <= last or not view.plain:
            continue
        known = cached.months.get(name)
        if known is not None and known.stamp == st and lo <= known.first and known.last <= hi:
            view.whole[name] = (known, cached.part(known))
            view.add(cached.part(known), known.count, known.first, known.last)
            continue
        month = journal._month(name)
        if month is None or month.stamp is None or not month.days:
            if not folder.is_dir():
                raise _Moved
            continue
        days = month.ordered
        inside = [d for d in days if lo <= d.date.toordinal() <= hi]
        if not inside:
            continue
        formatted = _month_bytes(inside)
        if formatted is None:
            view.plain = False  # the ordinary path writes this export; the stamps go on
            continue
        lo_day, hi_day = inside[0].date.toordinal(), inside[-1].date.toordinal()
        if len(inside) == len(days):
            crc = zlib.crc32(formatted)
            entry = _Month(name, month.stamp, len(days), lo_day, hi_day, 0, 0, crc)
            view.whole[name] = (entry, formatted)
            view.fresh = True
        view.add(formatted, len(inside), lo_day, hi_day)
    return view


_NO_END = 10**9
_KEEP_SECTIONS = 4  # windows whose sections are kept (all days, a year, ...), latest first


def _stamps_now(journal: Journal) -> dict[str, layout.Stamp | None]:
    folder = journal.days_dir
    if folder is None:
        return {}
    return {n: layout.stamp(folder / f"{n}.json") for n in journal._month_names()}


def _unchanged(journal: Journal, stamps: dict[str, layout.Stamp | None], key: bytes) -> bool:
    """Whether the months and the profile are still those of ``stamps`` and ``key``; a days
    folder removed meanwhile (two imports) or a journal now locked (encrypted) is a change."""
    try:
        return _stamps_now(journal) == stamps and _sections_key(journal) == key
    except (_Moved, StoreError):
        return False


def _sections_key(journal: Journal) -> bytes:
    """The analyzer's code and the profile (what the sections depend on besides the days)."""
    return _section_code() + b"|" + msgspec.json.encode(journal.profile())


def export_range(
    journal: Journal,
    start: dt.date | None,
    end: dt.date | None,
    head: Callable[[dt.date, dt.date], dict[str, Any]],
    sections: Callable[[Journal, dt.date, dt.date], dict[str, Any] | None],
) -> tuple[list[Chunk], int] | None:
    """The export of ``start``..``end`` (default: the first and last day logged), with notes,
    as chunks of bytes, and the number of days; None where the ordinary path must write it
    (no days in the range, a single-file journal, a positive exponent).

    ``head(from, to)`` is the document before its days (generated now), ``sections`` the
    analysis sections of ``from``..``to`` (None without the analyzer: the ordinary path)."""
    cached = _Cached(journal)
    lo = start.toordinal() if start else 1
    hi = end.toordinal() if end else _NO_END
    view: _View = journal._stable(lambda: _read_view(journal, cached, lo, hi))
    if not view.plain and view.fresh:
        _write(journal, cached, view, None, b"")  # the months before the one it cannot hold
    if not view.parts or not view.plain:
        return None
    period = (start or dt.date.fromordinal(view.first), end or dt.date.fromordinal(view.last))
    window = (period[0].toordinal(), period[1].toordinal())
    key = _sections_key(journal)
    tail: Chunk | None = None
    for known in cached.sections:
        if known.key == key and (known.start, known.end) == window:
            if known.stamps == view.stamps:
                tail = cached.part(known)
            break
    fresh_tail = None
    if tail is None:
        computed = sections(journal, *period)
        fresh_tail = None if computed is None else _formatted(computed)
        if fresh_tail is None:
            return None
        tail = fresh_tail
    top = _formatted(head(*period))
    if top is None:
        return None
    if view.fresh or fresh_tail is not None:
        # the analysis read its own view: keep its sections only if nothing changed meanwhile
        sound = fresh_tail is None or _unchanged(journal, view.stamps, key)
        new = _Sections(key, *window, view.stamps, 0, 0, 0) if sound else None  # type: ignore[arg-type]
        _write(journal, cached, view, new, tail)
    days: list[Chunk] = []
    for part in view.parts:
        days += (part, b",\n")
    days[-1] = b"\n  ],\n"
    return [top[:-2], b',\n  "days": [\n', *days, tail[2:], b"\n"], view.count


def _write(
    journal: Journal, cached: _Cached, view: _View, new: _Sections | None, tail: Chunk
) -> None:
    """Keep every month whose bytes are still right and the sections still right, ``new``
    (when given) first."""
    if None in view.stamps.values() or not journal._can_write():
        return
    kept = {
        n: (m, cached.part(m)) for n, m in cached.months.items() if m.stamp == view.stamps.get(n)
    }
    kept |= view.whole
    months, body, offset = [], [], 0
    for name in sorted(kept):
        month, part = kept[name]
        months.append(msgspec.structs.replace(month, offset=offset, size=len(part)))
        body.append(part)
        offset += len(part)
    windows = [] if new is None else [(new, tail)]
    for old in cached.sections:
        same = (old.key, old.start, old.end) == (new.key, new.start, new.end) if new else False
        if old.stamps == view.stamps and not same:
            windows.append((old, cached.part(old)))
    sections = []
    for entry, part in windows[:_KEEP_SECTIONS]:
        crc = zlib.crc32(part)
        sections.append(msgspec.structs.replace(entry, offset=offset, size=len(part), crc=crc))
        body.append(part)
        offset += len(part)
    header = _encoder.encode(_Header(VERSION, _month_key(), months, sections))
    parts = [len(header).to_bytes(_HEAD_SIZE, "little"), header, *body]
    with contextlib.suppress(OSError):
        write_cache(journal.path, cached.path, journal._codec, parts, durable=False)
