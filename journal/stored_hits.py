"""The rule hits of whole months, kept beside the day index, so an analysis of years runs the
rules only over the months that changed.

A hit depends only on the days up to its anchor, the profile and the analyzer, and is the
same whatever window found it (a test compares), so the hits anchored in a month stay right
while that month's file and every earlier month's keep their stamps (the day index's) and
the profile and the analyzer's code are unchanged. Each hit is kept with its evidence built.
Written only when something new was found, never fsynced, skipped where the folder is
read-only, encrypted with the journal. It is a cache: deleting it changes no result.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from functools import cache
from typing import Any

import msgspec

from journal.analysis.core import Analysis
from journal.analysis.flags import Hit
from journal.code_digest import source_digest
from journal.model import Profile
from journal.store import Journal, layout
from journal.store.index import INDEX_VERSION, DayIndex

VERSION = 1
# the code a hit is computed by: a change to any of these files invalidates every hit
_SOURCES = ("analysis", "nutrition.py", "load_estimate.py", "model.py")


class _Hit(msgspec.Struct, array_like=True):
    id: str
    severity: str
    start: int  # date ordinals
    anchor: int
    evidence: dict[str, Any]
    value: float | None


class _HitsFile(msgspec.Struct):
    version: int
    key: bytes  # the analyzer's code and the profile the hits were found with
    stamps: dict[str, layout.Stamp]  # every month file's stamp when they were found
    months: dict[str, msgspec.Raw]  # "YYYY-MM" -> the month's hits (list[_Hit]), by anchor


_decoder = msgspec.msgpack.Decoder(_HitsFile)
_month_decoder = msgspec.msgpack.Decoder(list[_Hit])
_encoder = msgspec.msgpack.Encoder()


@cache
def analyzer_code() -> bytes:
    """A digest of the analyzer's source."""
    return f"{VERSION}.{INDEX_VERSION}.{source_digest(_SOURCES)}".encode()


def _next_month(date: dt.date) -> dt.date:
    return (date.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


class MonthHits:
    """The hits cached for a journal, and what is still right of them."""

    def __init__(self, journal: Journal, profile: Profile) -> None:
        self.journal = journal
        self.path = journal.data_dir / layout.HITS_FILE
        self.stored: _HitsFile | None = None
        self.valid_before = ""  # months before this name are right ("": none)
        self.writable = journal._can_write()
        self.base_key = analyzer_code() + b"|" + msgspec.json.encode(profile)  # analysed with
        self.key = self.base_key
        if journal.days_dir is None:
            return
        with contextlib.suppress(OSError, msgspec.DecodeError, layout.Damaged):
            raw = journal._codec.decode(self.path, self.path.read_bytes())
            self.stored = _decoder.decode(raw)

    def check(self, index: DayIndex, end: dt.date) -> None:
        """Find the months still right for an analysis ending ``end``, given the stamps the
        index (up to ``end``) read.

        An unrated session's load is estimated from the runner's rated sessions up to the
        window's end, so where one is, hits found by an analysis ending elsewhere may differ:
        they are kept for that end only."""
        self.key = self.base_key
        if index.estimated:
            self.key += b"|" + end.isoformat().encode()
        stored, now = self.stored, index.stamps
        self.valid_before = ""
        if stored is None or stored.version != VERSION or stored.key != self.key:
            return
        if None in now.values():
            return
        names = sorted(set(now) | set(stored.stamps))
        changed = [n for n in names if now.get(n) != tuple(stored.stamps.get(n) or ())]
        self.valid_before = changed[0] if changed else "9999-99"

    def known(self, lo: dt.date, end: dt.date) -> tuple[list[Hit], dt.date]:
        """The cached hits anchored from ``lo`` on, and the first date with none cached.

        Whole months from ``lo``'s on, each right and cached, up to ``end``'s month."""
        hits: list[Hit] = []
        month = lo.replace(day=1)
        months = self.stored.months if self.stored is not None else {}
        lo_ord, end_ord = lo.toordinal(), end.toordinal()
        while month <= end:
            name = layout.month_of(month)
            raw = months.get(name)
            if raw is None or name >= self.valid_before:
                break
            hits.extend(
                Hit(h.id, h.severity, h.start, h.anchor, h.evidence, h.value)
                for h in _month_decoder.decode(raw)
                if lo_ord <= h.anchor <= end_ord
            )
            month = _next_month(month)
        return hits, min(max(lo, month), end + dt.timedelta(days=1))

    def keep(self, index: DayIndex, analysis: Analysis, end: dt.date) -> None:
        """Cache the whole months ``analysis`` found every hit of, up to ``end``."""
        dense = analysis.dense
        if dense is None or dense.first_logged is None or None in index.stamps.values():
            return
        o = dense.origin.toordinal()
        complete = dense.date(analysis.complete_from)
        if analysis.complete_from <= (dense.first_index or 0):
            complete = dense.first_logged.replace(day=1)  # nothing is anchored before it
        elif complete.day != 1:
            complete = _next_month(complete)
        found: dict[str, list[_Hit]] = {}
        month = complete
        while _next_month(month) <= end + dt.timedelta(days=1):
            found[layout.month_of(month)] = []
            month = _next_month(month)
        if not found:
            return
        for h in analysis.hits:
            into = found.get(layout.month_of(dense.date(h.anchor)))
            if into is not None:
                ev = h.built()
                into.append(_Hit(h.id, h.severity, h.start + o, h.anchor + o, ev, h.value))
        self._write(index, found)

    def _write(self, index: DayIndex, found: dict[str, list[_Hit]]) -> None:
        stored = self.stored
        months: dict[str, msgspec.Raw] = {}
        if stored is not None and self.valid_before:
            months = {n: r for n, r in stored.months.items() if n < self.valid_before}
        fresh = {n: hits for n, hits in found.items() if n not in months}
        if not fresh or not self.writable:
            return
        months |= {n: msgspec.Raw(_encoder.encode(hits)) for n, hits in fresh.items()}
        doc = _HitsFile(VERSION, self.key, dict(index.stamps), dict(sorted(months.items())))
        from journal.store.codec import write_cache

        with contextlib.suppress(OSError):
            j = self.journal
            write_cache(j.path, self.path, j._codec, _encoder.encode(doc))
