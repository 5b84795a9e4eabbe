"""Apple Health ``export.xml``: the ``<Workout>`` elements, streamed so memory stays flat.

Exports reach gigabytes (every heart-rate sample is a ``<Record>``), so the file is read in
chunks and only the workouts are parsed; memory stays flat whatever the size. Two workout
forms exist: before iOS 16 distance and energy are attributes of ``<Workout>``; since iOS 16
they are child ``<WorkoutStatistics>`` elements (with the average heart rate).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from journal.activities.record import Activity, Hostile, Unreadable, make_activity
from journal.activities.xmlsafe import parse

PREFIX = "HKWorkoutActivityType"
SPORTS = {"Running": "running", "Cycling": "cycling", "Swimming": "swimming", "Walking": "walking"}
DISTANCE_TYPES = (
    "HKQuantityTypeIdentifierDistanceWalkingRunning",
    "HKQuantityTypeIdentifierDistanceCycling",
    "HKQuantityTypeIdentifierDistanceSwimming",
)
TO_METERS = {"km": 1000.0, "m": 1.0, "mi": 1609.344, "yd": 0.9144, "ft": 0.3048, "cm": 0.01}
TO_SECONDS = {"min": 60.0, "s": 1.0, "hr": 3600.0, "h": 3600.0}


def _date(text: str | None) -> dt.datetime | None:
    """``2016-11-14 07:25:41 -0700``: local time with its offset, as the phone recorded it."""
    if not text:
        return None
    try:
        return dt.datetime.strptime(text.strip(), "%Y-%m-%d %H:%M:%S %z")
    except ValueError:
        return None


def _float(text: str | None) -> float | None:
    try:
        return float(text) if text else None
    except ValueError:
        return None


def _sport(kind: str) -> str:
    name = kind.removeprefix(PREFIX)
    if name in SPORTS:
        return SPORTS[name]
    # "TraditionalStrengthTraining" -> "traditional strength training"
    words = "".join(f" {c.lower()}" if c.isupper() else c for c in name).strip()
    return words.replace(" ", "_") or "other"


def _workout(el: Any, source_file: str) -> Activity:
    start = _date(el.get("startDate"))
    end = _date(el.get("endDate"))
    if start is None:
        raise Unreadable(f"a workout without a readable startDate ({el.get('startDate')!r})")
    seconds = None
    if (d := _float(el.get("duration"))) is not None:
        seconds = d * TO_SECONDS.get(el.get("durationUnit") or "min", 60.0)
    elif end is not None:
        seconds = (end - start).total_seconds()
    meters = None
    if (dist := _float(el.get("totalDistance"))) is not None:
        meters = dist * TO_METERS.get(el.get("totalDistanceUnit") or "km", 1000.0)
    hr = None
    for child in el:
        if child.tag != "WorkoutStatistics":
            continue
        kind = child.get("type") or ""
        if kind in DISTANCE_TYPES and meters is None:
            total = _float(child.get("sum"))
            if total is not None:
                meters = total * TO_METERS.get(child.get("unit") or "km", 1000.0)
        elif kind == "HKQuantityTypeIdentifierHeartRate":
            hr = _float(child.get("average"))
    kind = el.get("workoutActivityType") or ""
    return make_activity(
        source=f"apple-health:{el.get('startDate')}",
        sport=_sport(kind),
        start=start,
        seconds=seconds,
        meters=meters,
        avg_hr=hr,
        name=_sport(kind).replace("_", " "),
    )


_START = re.compile(rb"<Workout[\s>/]")
_ELEMENT = re.compile(rb"<([A-Za-z_][\w.:-]*)")
_END = b"</Workout>"
CHUNK = 1 << 20
MAX_PROLOGUE = 1 << 20  # the DTD of a real export is ~10 KB
MAX_WORKOUT_BYTES = 64 << 20  # a workout with its inline route; bounds memory per workout


def _check_prologue(head: bytes) -> int:
    """Where the body starts, after refusing entity declarations and a root that is not Apple's."""
    if re.search(rb"<!ENTITY", head, re.I):
        raise Hostile("the XML declares entities; refused for safety (no entity is expanded)")
    pos = 0
    if (doctype := head.find(b"<!DOCTYPE")) >= 0:
        bracket, close = head.find(b"[", doctype), head.find(b">", doctype)
        pos = head.find(b"]>", doctype) + 2 if 0 <= bracket < close else close + 1
    m = _ELEMENT.search(head, pos)
    if m is None or m.group(1) != b"HealthData":
        raise Unreadable("not an Apple Health export (no <HealthData> root)")
    return m.end()


def iter_workouts(stream: BinaryIO, name: str) -> Iterator[Activity | Unreadable]:
    """Each workout of the export (or why one was refused), in file order, streaming.

    Only the ``<Workout>`` elements are parsed (with defusedxml, one at a time); the millions of
    ``<Record>`` samples around them are skipped at byte level, which reads a 2 GB export in
    seconds where building an element for every sample (``iterparse``) takes minutes. Entity
    declarations are refused outright, so nothing is ever expanded.
    """
    buf = b""
    while b"<HealthData" not in buf and len(buf) < MAX_PROLOGUE:
        chunk = stream.read(CHUNK)
        if not chunk:
            break
        buf += chunk
    pos = _check_prologue(buf[: buf.find(b"<HealthData") + 200 if b"<HealthData" in buf else None])
    eof = False
    while True:
        m = _START.search(buf, pos)
        if m is None:
            if eof:
                return
            pos = max(pos, len(buf) - 16)  # a tag may straddle two chunks
            buf = buf[pos:]
            pos = 0
            chunk = stream.read(CHUNK)
            eof = not chunk
            buf += chunk
            continue
        start = m.start()
        gt = buf.find(b">", start)
        end = buf.find(_END, start)
        if gt >= 0 and buf[gt - 1 : gt] == b"/" and (end < 0 or gt < end):
            block, pos = buf[start : gt + 1], gt + 1
        elif end >= 0:
            block, pos = buf[start : end + len(_END)], end + len(_END)
        elif eof:
            yield Unreadable("the export is cut short inside a workout; workouts before it kept")
            return
        elif len(buf) - start > MAX_WORKOUT_BYTES:
            raise Unreadable(f"a workout larger than {MAX_WORKOUT_BYTES >> 20} MB; refused")
        else:
            buf, pos = buf[start:], 0
            chunk = stream.read(CHUNK)
            eof = not chunk
            buf += chunk
            continue
        try:
            yield _workout(parse(block), name)
        except Hostile:
            raise
        except Unreadable as err:
            yield err
