"""A fast first pass over a FIT file that decodes only the session and activity messages.

A watch writes a ``record`` message every second; fitdecode decodes every one of them (about
0.15 s for a 45-minute run, minutes for a 1,000-file archive), but an import needs only the few
summary messages at the end. This pass walks the record headers, skips every other message by
the size its definition gives, and reads the summary fields with ``struct``. Anything unusual
(a damaged or misaligned file, relative timestamps, a field of an unexpected size) raises
:class:`NotSimple` and the caller reads the file with fitdecode instead, which handles it and
says what was wrong.
"""

from __future__ import annotations

import datetime as dt
import struct
from typing import Any

from fitdecode import profile

FIT_EPOCH = dt.datetime(1989, 12, 31, tzinfo=dt.UTC)
FILE_ID, SESSION, ACTIVITY = 0, 18, 34
WANTED = {
    SESSION: {253: "timestamp", 2: "start_time", 5: "sport", 6: "sub_sport",
              7: "total_elapsed_time", 8: "total_timer_time", 9: "total_distance",
              16: "avg_heart_rate", 193: "workout_rpe"},
    ACTIVITY: {253: "timestamp", 5: "local_timestamp"},
}  # fmt: skip
SCALE = {"total_elapsed_time": 1000.0, "total_timer_time": 1000.0, "total_distance": 100.0}
TIMES = ("timestamp", "start_time", "local_timestamp")
BASE_SIZES = {
    0x00: 1, 0x01: 1, 0x02: 1, 0x83: 2, 0x84: 2, 0x85: 4, 0x86: 4, 0x07: 1,
    0x88: 4, 0x89: 8, 0x0A: 1, 0x8B: 2, 0x8C: 4, 0x0D: 1, 0x8E: 8, 0x8F: 8, 0x90: 8,
}  # fmt: skip
_SPORTS = profile.MESSAGE_TYPES[SESSION].fields[5].type.enum
_SUB_SPORTS = profile.MESSAGE_TYPES[SESSION].fields[6].type.enum
_INVALID = {1: 0xFF, 2: 0xFFFF, 4: 0xFFFFFFFF}


class NotSimple(Exception):
    """The file needs the full decoder (fitdecode)."""


def _decode(raw: bytes, size: int, big: bool) -> int | None:
    if size not in _INVALID:
        raise NotSimple(f"field of {size} bytes")
    value = int.from_bytes(raw, "big" if big else "little")
    return None if value == _INVALID[size] else value


def summary(data: bytes) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(sessions, activities) as field dicts in fitdecode's names and units."""
    sessions: list[dict[str, Any]] = []
    activities: list[dict[str, Any]] = []
    pos = 0
    while pos + 12 <= len(data):  # chained FIT files follow one another
        header = data[pos]
        if header not in (12, 14) or data[pos + 8 : pos + 12] != b".FIT":
            if pos == 0:
                raise NotSimple("no FIT header")
            break
        (size,) = struct.unpack_from("<I", data, pos + 4)
        end = pos + header + size
        if end + 2 > len(data):
            raise NotSimple("truncated")
        _messages(data, pos + header, end, sessions, activities)
        pos = end + 2
    return sessions, activities


def _messages(
    data: bytes, pos: int, end: int, sessions: list[dict[str, Any]], acts: list[dict[str, Any]]
) -> None:
    defs: dict[int, tuple[int, bool, list[tuple[int, int, int]], int]] = {}
    while pos < end:
        h = data[pos]
        pos += 1
        if h & 0x80:  # compressed timestamp header: a data message of local type 0-3
            local, definition = (h >> 5) & 0x3, False
        else:
            local, definition = h & 0x0F, bool(h & 0x40)
        if definition:
            big = data[pos + 1] == 1
            (global_num,) = struct.unpack_from(">H" if big else "<H", data, pos + 2)
            n = data[pos + 4]
            pos += 5
            fields = []
            total = 0
            for _ in range(n):
                num, fsize, base = data[pos], data[pos + 1], data[pos + 2]
                unit = BASE_SIZES.get(base)
                if unit is None or fsize % unit:
                    raise NotSimple("misaligned field definition")
                fields.append((num, fsize, base))
                total += fsize
                pos += 3
            if h & 0x20:  # developer fields: skipped by size
                ndev = data[pos]
                pos += 1
                total += sum(data[pos + 3 * i + 1] for i in range(ndev))
                pos += 3 * ndev
            defs[local] = (global_num, big, fields, total)
            continue
        if local not in defs:
            raise NotSimple("data before its definition")
        global_num, big, fields, total = defs[local]
        if global_num in WANTED and pos + total <= end:
            names = WANTED[global_num]
            msg: dict[str, Any] = {}
            at = pos
            for num, fsize, base in fields:
                name = names.get(num)
                if name is not None:
                    if fsize != BASE_SIZES[base]:
                        raise NotSimple("an array where a single value belongs")
                    value = _decode(data[at : at + fsize], fsize, big)
                    if value is not None:
                        msg[name] = value
                at += fsize
            (sessions if global_num == SESSION else acts).append(_render(msg))
        pos += total
    if pos != end:
        raise NotSimple("message crosses the end of the data")


def _render(msg: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in msg.items():
        if name in TIMES:
            if value < 0x10000000:  # relative to the device's power-on: needs the full decoder
                raise NotSimple("relative timestamp")
            out[name] = FIT_EPOCH + dt.timedelta(seconds=value)
        elif name == "sport":
            out[name] = _SPORTS.get(value, str(value))
        elif name == "sub_sport":
            out[name] = _SUB_SPORTS.get(value, str(value))
        else:
            out[name] = value / SCALE.get(name, 1.0)
    return out
