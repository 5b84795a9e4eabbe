"""Strava's bulk export: ``activities.csv`` (names, types, RPE) plus the files in ``activities/``.

The CSV's traps: duplicate header names (the first ``Distance`` is km, a later one metres; two
``Elapsed Time``), dates like ``Feb 6, 2013, 12:11:14 PM`` in UTC, a column count that changes
between years, and headers in the account's language. An activity's file gives its local start
and heart rate; the CSV gives its id, name, sport and "Perceived Exertion". A manual activity has
no file and comes from the CSV alone.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
from dataclasses import dataclass

from journal.activities.containers import Container
from journal.activities.parallel import Parser
from journal.activities.record import (
    FileResult,
    Hostile,
    Unreadable,
    local_start,
    make_activity,
    normal_sport,
)

_MONTH_NAMES = "jan feb mar apr may jun jul aug sep oct nov dec"
MONTHS = {m: i for i, m in enumerate(_MONTH_NAMES.split(" "), 1)}
TYPES = {"run": "running", "trail run": "trail_running", "virtual run": "treadmill_running"}


@dataclass
class Row:
    id: str
    start: dt.datetime | None
    name: str
    sport: str
    seconds: float | None
    meters: float | None
    avg_hr: float | None
    rpe: float | None
    filename: str


def parse_date(text: str) -> dt.datetime | None:
    """``Feb 6, 2013, 12:11:14 PM`` (UTC) without depending on the machine's locale."""
    try:
        month_day, year, clock = (p.strip() for p in text.split(","))
        month, day = month_day.split()
        hms, ampm = clock.split()
        h, m, s = (int(x) for x in hms.split(":"))
        if ampm.upper() == "PM" and h != 12:
            h += 12
        elif ampm.upper() == "AM" and h == 12:
            h = 0
        return dt.datetime(int(year), MONTHS[month[:3].lower()], int(day), h, m, s, tzinfo=dt.UTC)
    except (ValueError, KeyError):
        pass
    try:  # some exports use ISO dates
        t = dt.datetime.fromisoformat(text.strip())
        return t if t.tzinfo else t.replace(tzinfo=dt.UTC)
    except ValueError:
        return None


def _num(text: str | None) -> float | None:
    if text is None or not text.strip():
        return None
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def read_csv(data: bytes) -> list[Row] | None:
    """The rows, or None when the headers are not Strava's English ones."""
    reader = csv.reader(io.StringIO(data.decode("utf-8-sig", errors="replace")))
    headers = next(reader, [])
    cols: dict[str, list[int]] = {}
    for i, h in enumerate(headers):
        cols.setdefault(h.strip(), []).append(i)
    if "Activity ID" not in cols or "Activity Date" not in cols:
        return None

    def get(row: list[str], name: str, which: int = 0) -> str | None:
        idx = cols.get(name, [])
        if len(idx) <= which:
            return None
        return row[idx[which]] if idx[which] < len(row) else None

    rows = []
    for row in reader:
        if not row or not (get(row, "Activity ID") or "").strip():
            continue
        meters = _num(get(row, "Distance", 1))  # the second "Distance" is in metres
        if meters is None and (km := _num(get(row, "Distance"))) is not None:
            meters = km * 1000
        seconds = _num(get(row, "Moving Time")) or _num(get(row, "Elapsed Time"))
        kind = (get(row, "Activity Type") or "").strip()
        rows.append(
            Row(
                id=(get(row, "Activity ID") or "").strip(),
                start=parse_date(get(row, "Activity Date") or ""),
                name=(get(row, "Activity Name") or "").strip(),
                sport=TYPES.get(kind.lower(), kind),
                seconds=seconds,
                meters=meters,
                avg_hr=_num(get(row, "Average Heart Rate")),
                rpe=_num(get(row, "Perceived Exertion")),
                filename=(get(row, "Filename") or "").strip(),
            )
        )
    return rows


def read_strava(box: Container, csv_name: str, parser: Parser) -> list[FileResult]:
    base = csv_name[: -len("activities.csv")]
    rows = read_csv(box.read(csv_name))
    names = [n for n in box.files() if n.startswith(base + "activities/")]
    results: list[FileResult] = []
    if rows is None:
        note = FileResult(name=box.join(csv_name))
        note.warnings.append(
            "headers not recognised (not Strava's English export); names and RPE not imported, "
            "the activity files are"
        )
        results.append(note)
    parsed = _parse(box, names, parser, results)
    if rows is None:
        return results + list(parsed.values())
    used: set[str] = set()
    for row in rows:
        key = base + row.filename if row.filename else ""
        res = parsed.get(key)
        if res is not None:
            used.add(key)
        results.append(_combine(box.label, row, res))
    results += [r for k, r in parsed.items() if k not in used]
    return results


def _parse(
    box: Container, names: list[str], parser: Parser, results: list[FileResult]
) -> dict[str, FileResult]:
    def jobs():  # read lazily: only a bounded number of files is in memory at once
        for n in names:
            try:
                yield box.join(n), box.read(n)
            except Hostile:
                raise
            except Unreadable as err:
                results.append(FileResult(name=box.join(n), error=str(err)))
                parser.finished(n)

    parser.expect(len(names))
    cut = len(box.join(""))
    return {r.name[cut:]: r for r in parser.parse_all(jobs(), len(names))}


def _combine(label: str, row: Row, res: FileResult | None) -> FileResult:
    source = f"strava:{row.id}"
    out = FileResult(name=res.name if res else f"{label}: activity {row.id}")
    effort = round(row.rpe) if row.rpe is not None and 1 <= round(row.rpe) <= 10 else None
    if res is not None and res.activities:
        out.warnings = res.warnings
        legs = res.activities
        for n, a in enumerate(legs, 1):
            sport = normal_sport(row.sport) if row.sport else a.sport
            out.activities.append(
                dataclasses.replace(
                    a,
                    source=source if len(legs) == 1 else f"{source}#{n}",
                    sport=sport if len(legs) == 1 else a.sport,
                    rpe=a.rpe if a.rpe is not None else effort,
                    name=row.name or a.name,
                    guessed="",
                )
            )
        out.warnings = [w for w in out.warnings if not w.startswith("no sport in the file")]
        return out
    if res is not None and res.error and not res.skipped:
        out.warnings.append(f"file not readable ({res.error}); used the CSV summary")
    if row.start is None:
        out.error = f"activity {row.id}: no readable date in activities.csv"
        return out
    try:
        out.activities.append(
            make_activity(
                source=source,
                sport=row.sport,
                start=local_start(row.start),
                seconds=row.seconds,
                meters=row.meters,
                avg_hr=row.avg_hr,
                rpe=effort,
                name=row.name,
            )
        )
    except Unreadable as err:
        out.error = f"activity {row.id}: {err}"
    return out
