"""The export of every day, from a cache of its parts kept beside the day index.

The export of a whole journal is the stored days indented by 2 (12 MB at ten years) and the
analysis sections of all of them; formatting the days and analysing ten years is most of its
cost, and both are the same while the month files are. So the cache holds each month's days
exactly as they appear in the export (encoded and indented), and the formatted analysis
sections with the stamps of every month they were computed from; an export whose months and
profile are unchanged writes a fresh header and these bytes, reading no month file and running
no analysis. A month whose stamp changed is decoded and formatted again; the sections are
computed again when any month, the profile or the code changed.

It is a cache: deleting it changes no result (the bytes are those of
:func:`journal.exchange.dumps` of :func:`journal.exchange.build_export`, a test compares);
a damaged one (checked by size and CRC-32) is ignored and written again. Written atomically
but not fsynced (a crash that leaves it torn leaves it failing its checks), 0600, encrypted
with the journal, skipped where the folder is read-only. Exports that may hold
a float with a positive exponent (written by orjson, see :func:`journal.exchange.dumps`), a
range, or no notes, take the ordinary path.

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

from journal.store import Journal, layout
from journal.store.journal import _Moved

VERSION = 1
# the code the cached bytes come from: a change to any of these invalidates them
_MONTH_SOURCES = ("model.py", "stored_export.py")
_SECTION_SOURCES = (
    "analysis",
    "nutrition.py",
    "load_estimate.py",
    "stored_analysis.py",
    "stored_hits.py",
    "store/index.py",
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
    start: int
    end: int
    stamps: dict[str, tuple[int, int, int]]  # every month file's, when computed
    offset: int
    size: int
    crc: int


class _Header(msgspec.Struct):
    version: int
    key: bytes  # the code the months' bytes were formatted by
    months: list[_Month]
    sections: _Sections | None


_decoder = msgspec.msgpack.Decoder(_Header)
_encoder = msgspec.msgpack.Encoder()


def _digest(names: tuple[str, ...]) -> bytes:
    root = Path(__file__).parent
    crc, size = 0, 0
    for name in names:
        path = root / name
        files = [path]
        if not name.endswith(".py"):
            files = sorted(path / n for n in os.listdir(path) if n.endswith(".py"))
        for file in files:
            raw = file.read_bytes()
            crc, size = zlib.crc32(raw, crc), size + len(raw)
    return f"{VERSION}.{msgspec.__version__}.{crc:08x}.{size}".encode()


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
        self.sections: _Sections | None = None
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
            if header.sections is not None and self._sound(header.sections):
                self.sections = header.sections

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
    """Every month of one consistent view of the journal, as the export holds its days."""

    def __init__(self) -> None:
        self.months: list[_Month] = []
        self.parts: list[Chunk] = []
        self.fresh = False  # a month was formatted again
        self.plain = True  # no day may hold a positive exponent


def _read_view(journal: Journal, cached: _Cached) -> _View:
    view = _View()
    folder = journal.days_dir
    if folder is None or journal._legacy is not None:
        return view
    for name in journal._month_names():
        st = layout.stamp(folder / f"{name}.json")
        known = cached.months.get(name)
        if known is not None and st is not None and tuple(known.stamp) == st:
            view.months.append(known)
            view.parts.append(cached.part(known))
            continue
        month = journal._month(name)
        if month is None or month.stamp is None or not month.days:
            if not folder.is_dir():
                raise _Moved
            continue
        days = month.ordered
        formatted = _month_bytes(days)
        if formatted is None:
            view.plain = False
            return view
        first, last = days[0].date.toordinal(), days[-1].date.toordinal()
        crc = zlib.crc32(formatted)
        view.months.append(_Month(name, month.stamp, len(days), first, last, 0, 0, crc))
        view.parts.append(formatted)
        view.fresh = True
    return view


def _stamps(journal: Journal, months: list[_Month]) -> dict[str, tuple[int, int, int]] | None:
    """The stamps of the month files now, or None if they are not those of ``months``."""
    folder = journal.days_dir
    if folder is None or journal._month_names() != [m.name for m in months]:
        return None
    now = {m.name: layout.stamp(folder / f"{m.name}.json") for m in months}
    if any(now[m.name] != tuple(m.stamp) for m in months):
        return None
    return {m.name: tuple(m.stamp) for m in months}  # type: ignore[misc]


def export_all(
    journal: Journal,
    head: Callable[[dt.date, dt.date], dict[str, Any]],
    sections: Callable[[Journal, dt.date, dt.date], dict[str, Any] | None],
) -> tuple[list[Chunk], int] | None:
    """The export of every day, as chunks of bytes, and the number of days; None where the
    ordinary path must write it (no days, a single-file journal, a positive exponent).

    ``head(first, last)`` is the document before its days (generated now), ``sections`` the
    analysis sections of ``first``..``last`` (None without the analyzer: the ordinary path)."""
    cached = _Cached(journal)
    view: _View = journal._stable(lambda: _read_view(journal, cached))
    if not view.months or not view.plain:
        return None
    first = dt.date.fromordinal(view.months[0].first)
    last = dt.date.fromordinal(view.months[-1].last)
    stamps = {m.name: tuple(m.stamp) for m in view.months}
    key = _section_code() + b"|" + msgspec.json.encode(journal.profile())
    tail: Chunk | None = None
    known = cached.sections
    if (
        known is not None
        and known.key == key
        and (known.start, known.end) == (first.toordinal(), last.toordinal())
        and {n: tuple(s) for n, s in known.stamps.items()} == stamps
    ):
        tail = cached.part(known)
    fresh_tail = None
    if tail is None:
        computed = sections(journal, first, last)
        fresh_tail = None if computed is None else _formatted(computed)
        if fresh_tail is None:
            return None
        tail = fresh_tail
    top = _formatted(head(first, last))
    if top is None:
        return None
    if view.fresh or fresh_tail is not None:
        still = _stamps(journal, view.months) if fresh_tail is not None else stamps
        _write(journal, cached, view, key, (first, last), tail, still)
    days: list[Chunk] = []
    for part in view.parts:
        days += (part, b",\n")
    days[-1] = b"\n  ],\n"
    count = sum(m.count for m in view.months)
    return [top[:-2], b',\n  "days": [\n', *days, tail[2:], b"\n"], count


def _write(
    journal: Journal,
    cached: _Cached,
    view: _View,
    key: bytes,
    period: tuple[dt.date, dt.date],
    tail: Chunk,
    stamps: dict[str, Any] | None,
) -> None:
    """Keep the months' bytes and the sections (when ``stamps`` says they are of these months:
    the analysis reads its own view of the journal, which a writer may have changed)."""
    if not journal._can_write():
        return
    months, body, offset = [], [], 0
    for month, part in zip(view.months, view.parts, strict=True):
        months.append(msgspec.structs.replace(month, offset=offset, size=len(part)))
        body.append(part)
        offset += len(part)
    sections = None
    if stamps is not None:
        start, end = period[0].toordinal(), period[1].toordinal()
        crc = zlib.crc32(tail)
        sections = _Sections(key, start, end, stamps, offset, len(tail), crc)
        body.append(tail)
    header = _encoder.encode(_Header(VERSION, _month_key(), months, sections))
    parts = [len(header).to_bytes(_HEAD_SIZE, "little"), header, *body]
    from journal.files import write_private_atomic

    codec = journal._codec
    with contextlib.suppress(OSError):
        data = codec.encode(b"".join(parts)) if codec.encrypted else parts
        write_private_atomic(cached.path, data, durable=False)
