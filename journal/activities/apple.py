"""Apple Health ``export.xml``: the ``<Workout>`` elements, streamed so memory stays flat.

Exports reach gigabytes (every heart-rate sample is a ``<Record>``), so the file is read with
``iterparse`` and every finished top-level element is dropped at once. Two workout forms exist:
before iOS 16 distance and energy are attributes of ``<Workout>``; since iOS 16 they are child
``<WorkoutStatistics>`` elements (with the average heart rate).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any, BinaryIO

import defusedxml

from journal.activities.record import Activity, Hostile, Unreadable, make_activity
from journal.activities.xmlsafe import iterparse

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


def iter_workouts(stream: BinaryIO, name: str) -> Iterator[Activity | Unreadable]:
    """Each workout of the export (or why one was refused), in file order, streaming."""
    depth = 0
    root: Any = None
    seen_root = False
    try:
        for event, el in iterparse(stream, ("start", "end")):
            if event == "start":
                depth += 1
                if root is None:
                    root = el
                    if el.tag != "HealthData":
                        raise Unreadable(f"not an Apple Health export (root <{el.tag}>)")
                    seen_root = True
                continue
            depth -= 1
            if depth != 1:
                continue
            if el.tag == "Workout":
                try:
                    yield _workout(el, name)
                except Unreadable as err:
                    yield err
            root.clear()  # drop the finished record and everything in it
    except defusedxml.DefusedXmlException as err:
        raise Hostile(f"the XML uses entities or external references; refused ({err})") from None
    except SyntaxError as err:  # ParseError, also for a file cut short
        if not seen_root:
            raise Unreadable(f"not well-formed XML ({err})") from None
        yield Unreadable(f"the export is cut short or damaged ({err}); workouts before it kept")
