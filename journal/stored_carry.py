"""The load model's running sums at the first of a month, kept beside the day index, so an
analysis of a few weeks does not run decades of EWMAs again.

The sums are taken up only where the daily loads before them hash the same and the analyzer's
code is unchanged (:class:`journal.analysis.metrics.Carry`), so the numbers are those of a run
from the first logged day. Written only when the sums moved (about once a month), never
fsynced, skipped where the folder is read-only, encrypted with the journal. It is a cache:
deleting it changes no result.
"""

from __future__ import annotations

import contextlib

import msgspec

from journal.analysis.metrics import Carry
from journal.store import Journal, layout
from journal.store.codec import write_cache
from journal.stored_hits import analyzer_code

VERSION = 1


class _CarryFile(msgspec.Struct):
    version: int
    key: bytes  # the analyzer's code the sums were found with
    carry: Carry


_decoder = msgspec.msgpack.Decoder(_CarryFile)
_encoder = msgspec.msgpack.Encoder()


def read_carry(journal: Journal) -> Carry | None:
    """The sums kept for this journal, if any (damaged or older ones are not used)."""
    if journal.days_dir is None:
        return None
    path = journal.data_dir / layout.CARRY_FILE
    with contextlib.suppress(OSError, msgspec.DecodeError, layout.Damaged):
        stored = _decoder.decode(journal._codec.decode(path, path.read_bytes()))
        if stored.version == VERSION and stored.key == analyzer_code():
            return stored.carry
    return None


def keep_carry(journal: Journal, old: Carry | None, new: Carry | None) -> None:
    """Keep ``new`` if it is not what was read."""
    if new is None or new == old or journal.days_dir is None or not journal._can_write():
        return
    raw = _encoder.encode(_CarryFile(VERSION, analyzer_code(), new))
    path = journal.data_dir / layout.CARRY_FILE
    with contextlib.suppress(OSError):
        write_cache(journal.path, path, journal._codec, raw)
