"""Walk what the runner handed over (files, folders, archives) into activities and problems.

Each path is recognised by its content. Nothing is written here: the result feeds the merge
planner, and a hostile archive raises before anything of it is kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from journal.activities.containers import Container, DirContainer, ZipContainer, read_path
from journal.activities.detect import HEAD_BYTES, kind_of, parse_bytes
from journal.activities.parallel import Parser, Progress
from journal.activities.record import Activity, FileResult, Hostile, Unreadable
from journal.activities.safezip import open_zip


@dataclass
class ScanResult:
    results: list[FileResult] = field(default_factory=list)
    exports: list[Path] = field(default_factory=list)  # Stridelog exports / lists of days
    refused: list[FileResult] = field(default_factory=list)  # hostile inputs, kept out whole

    @property
    def activities(self) -> list[Activity]:
        return [a for r in self.results for a in r.activities]


def scan(
    paths: list[Path], progress: Progress | None = None, workers: int | None = None
) -> ScanResult:
    out = ScanResult()
    with Parser(progress, workers) as parser:
        for path in paths:
            label = str(path)
            try:
                _scan_path(Path(path), label, parser, out)
            except Hostile as err:
                out.refused.append(FileResult(name=label, error=str(err)))
            except Unreadable as err:
                out.results.append(FileResult(name=label, error=str(err)))
    return out


def _scan_path(path: Path, label: str, parser: Parser, out: ScanResult) -> None:
    if path.is_dir():
        _scan_container(DirContainer(path, label), parser, out)
        return
    try:
        with open(path, "rb") as fh:
            head = fh.read(HEAD_BYTES)
    except OSError as err:
        raise Unreadable(f"cannot read: {err.strerror}") from None
    kind = kind_of(head, path.name)
    if kind == "zip":
        with open_zip(str(path), label) as zf:
            _scan_container(ZipContainer(zf, label), parser, out)
    elif kind == "apple":
        with open(path, "rb") as fh:  # streamed: an export may be gigabytes
            out.results.append(_apple(fh, label, parser))
    elif kind == "json":
        out.exports.append(path)
    elif kind in ("fit", "gpx", "tcx", "gzip"):
        parser.expect(1)
        out.results.append(parse_bytes(read_path(path), label))
        parser.finished(label)
    elif kind == "csv" and path.name == "activities.csv":
        raise Unreadable("a Strava activities.csv alone: give the whole export folder or zip")
    else:
        raise Unreadable(
            "not a file Stridelog can import (FIT, GPX, TCX, a Strava, Garmin or "
            "Apple Health export, or a Stridelog export)"
        )


def _apple(stream: IO[bytes], label: str, parser: Parser) -> FileResult:
    from journal.activities.apple import iter_workouts

    parser.expect(1)
    result = FileResult(name=label)
    for item in iter_workouts(stream, label):
        if isinstance(item, Unreadable):
            result.warnings.append(str(item))
        else:
            result.activities.append(item)
    parser.finished(label)
    return result


def _scan_container(box: Container, parser: Parser, out: ScanResult) -> None:
    names = box.files()
    csv_name = next((n for n in names if n.rsplit("/", 1)[-1] == "activities.csv"), None)
    if csv_name is not None:
        from journal.activities.strava import read_strava

        out.results += read_strava(box, csv_name, parser)
        return
    if any(n.startswith("DI_CONNECT/") or "/DI_CONNECT/" in n for n in names):
        from journal.activities.garmin import read_garmin

        out.results += read_garmin(box, parser)
        return
    apple = next((n for n in names if n.rsplit("/", 1)[-1] == "export.xml"), None)
    if apple is not None:
        with box.stream(apple) as fh:
            out.results.append(_apple(fh, box.join(apple), parser))
        return
    _scan_generic(box, names, parser, out)


def _scan_generic(box: Container, names: list[str], parser: Parser, out: ScanResult) -> None:
    """Any other archive or folder: every file by its content, nested zips included."""
    files = [n for n in names if not n.lower().endswith(".zip")]

    def jobs():
        for n in files:
            try:
                yield box.join(n), box.read(n)
            except Hostile:
                raise
            except Unreadable as err:
                out.results.append(FileResult(name=box.join(n), error=str(err)))
                parser.finished(n)

    parser.expect(len(files))
    for r in parser.parse_all(jobs(), len(files)):
        if r.error and r.skipped:
            continue  # a photo or note next to the activities: not the runner's problem
        out.results.append(r)
    for n in names:
        if n.lower().endswith(".zip"):
            with box.nested(n) as inner:
                _scan_container(inner, parser, out)


__all__ = ["ScanResult", "scan"]
