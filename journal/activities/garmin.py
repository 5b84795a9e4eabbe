"""Garmin Connect's data export: FIT files in nested zips, activity summaries as JSON.

The FIT files (``DI_CONNECT/DI-Connect-Uploaded-Files/*.zip``) give the sessions; the summaries
(``DI_CONNECT/DI-Connect-Fitness/*_summarizedActivities.json``) give each activity's id and name,
and the activities that have no file (entered by hand on Garmin Connect). In the summaries
durations are milliseconds, distances centimetres, start times epoch milliseconds.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import orjson

from journal.activities.containers import Container
from journal.activities.parallel import Parser
from journal.activities.record import (
    Activity,
    FileResult,
    Hostile,
    Unreadable,
    local_start,
    make_activity,
)

ACTIVITY_SUFFIXES = (".fit", ".fit.gz", ".gpx", ".gpx.gz", ".tcx", ".tcx.gz")
SAME_START = dt.timedelta(seconds=60)


def _summary_rows(data: bytes) -> list[dict[str, Any]]:
    doc = orjson.loads(data)
    rows: list[dict[str, Any]] = []
    for block in doc if isinstance(doc, list) else [doc]:
        if isinstance(block, dict):
            rows += [r for r in block.get("summarizedActivitiesExport", []) if isinstance(r, dict)]
    return rows


def summary_activity(row: dict[str, Any]) -> Activity:
    gmt, loc = row.get("startTimeGmt"), row.get("startTimeLocal")
    if not isinstance(gmt, int | float):
        raise Unreadable("no startTimeGmt")
    utc = dt.datetime.fromtimestamp(gmt / 1000, dt.UTC)
    offset = dt.timedelta(milliseconds=loc - gmt) if isinstance(loc, int | float) else None
    ms = row.get("duration") or row.get("movingDuration") or row.get("elapsedDuration")
    cm = row.get("distance")
    return make_activity(
        source=f"garmin:{row.get('activityId')}",
        sport=str(row.get("activityType") or row.get("sportType") or ""),
        start=local_start(utc, offset),
        seconds=ms / 1000 if isinstance(ms, int | float) else None,
        meters=cm / 100 if isinstance(cm, int | float) else None,
        avg_hr=row.get("avgHr") if isinstance(row.get("avgHr"), int | float) else None,
        name=str(row.get("name") or ""),
    )


def read_garmin(box: Container, parser: Parser) -> list[FileResult]:
    results: list[FileResult] = []
    summaries: list[Activity] = []
    for name in box.files():
        if name.endswith("summarizedActivities.json"):
            try:
                rows = _summary_rows(box.read(name))
            except (orjson.JSONDecodeError, Unreadable) as err:
                results.append(FileResult(name=box.join(name), error=str(err)))
                continue
            for row in rows:
                try:
                    summaries.append(summary_activity(row))
                except Unreadable as err:
                    results.append(
                        FileResult(
                            name=box.join(name),
                            error=f"activity {row.get('activityId')}: {err}",
                        )
                    )
    files = _walk_files(box, parser, results)
    by_minute: dict[int, list[tuple[FileResult, int]]] = {}
    for r in files:
        for i, a in enumerate(r.activities):
            by_minute.setdefault(int(a.start.timestamp() // 60), []).append((r, i))
    for s in summaries:
        minute = int(s.start.timestamp() // 60)
        candidates = [c for m in (minute - 1, minute, minute + 1) for c in by_minute.get(m, [])]
        match = next(
            (
                (r, i)
                for r, i in candidates
                if abs(r.activities[i].start - s.start) <= SAME_START
                and abs(r.activities[i].duration_min - s.duration_min)
                <= max(1.0, 0.1 * s.duration_min)
            ),
            None,
        )
        if match:  # the file's session, known by the summary's stable id and name
            r, i = match
            r.activities[i] = dataclasses.replace(
                r.activities[i], source=s.source, name=s.name or r.activities[i].name
            )
        else:
            results.append(FileResult(name=f"{box.label}: {s.source}", activities=[s]))
    return results + files


def _walk_files(box: Container, parser: Parser, results: list[FileResult]) -> list[FileResult]:
    """Activity files at any depth of nested zips, parsed across cores."""
    names = box.files()
    wanted = [n for n in names if n.lower().endswith(ACTIVITY_SUFFIXES)]
    out: list[FileResult] = []

    def jobs():
        for n in wanted:
            try:
                yield box.join(n), box.read(n)
            except Hostile:
                raise
            except Unreadable as err:
                results.append(FileResult(name=box.join(n), error=str(err)))
                parser.finished(n)

    parser.expect(len(wanted))
    out += parser.parse_all(jobs(), len(wanted))
    for n in names:
        if n.lower().endswith(".zip"):
            with box.nested(n) as inner:
                out += _walk_files(inner, parser, results)
    return out
