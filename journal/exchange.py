"""The export document (a doctor's summary and a complete backup) and its import.

An export holds the day documents of DESIGN §2 exactly as stored, so importing it gives the
journal back; the analysis sections (summary, nutrition, flags, disclaimer) are added when the
analyzer is present and ignored on import.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from journal.files import write_private_atomic
from journal.model import (
    SCHEMA_VERSION,
    Day,
    InvalidInput,
    Profile,
    parse_day,
    parse_profile,
    to_doc,
)
from journal.store import ImportResult, Journal

FORMAT = "stridelog"
MAX_REPORTED_ERRORS = 20


def _strip_notes(doc: dict[str, Any]) -> dict[str, Any]:
    doc.pop("notes", None)
    for run in doc.get("runs", []):
        run.pop("notes", None)
    return doc


def build_export(
    journal: Journal,
    start: dt.date | None = None,
    end: dt.date | None = None,
    *,
    include_notes: bool = True,
    now: dt.datetime | None = None,
) -> dict[str, Any]:
    """The export document for ``start``..``end`` (default: the whole journal)."""
    days = journal.days(start, end)
    profile = journal.profile()
    period_from = start or (days[0].date if days else None)
    period_to = end or (days[-1].date if days else None)
    docs = [to_doc(d) for d in days]
    if not include_notes:
        docs = [_strip_notes(d) for d in docs]
    generated = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    doc: dict[str, Any] = {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "generated_at": generated.isoformat(),
        "period": {
            "from": period_from.isoformat() if period_from else None,
            "to": period_to.isoformat() if period_to else None,
        },
        "profile": profile.to_full_doc(),
        "notes_included": include_notes,
        "days": docs,
    }
    sections = _analysis_sections()
    if sections and period_from and period_to:
        history = journal.days(None, period_to)  # rules that need history read before `from`
        doc.update(sections(history, profile, period_from, period_to))
    return doc


def _analysis_sections() -> Callable[..., dict[str, Any]] | None:
    try:
        from journal.analysis import export_sections
    except ImportError:
        return None
    return export_sections


def dumps(doc: Any) -> bytes:
    return orjson.dumps(doc, option=orjson.OPT_INDENT_2) + b"\n"


def write_export(doc: dict[str, Any], path: Path) -> Path:
    """Write an export readable by its owner only, atomically."""
    write_private_atomic(Path(path), dumps(doc))
    return Path(path)


# --- import -----------------------------------------------------------------------------------


class ImportRejected(ValueError):
    """The file holds bad documents; nothing was written. ``errors`` lists them all."""

    def __init__(self, source: str, errors: list[str]) -> None:
        shown = errors[:MAX_REPORTED_ERRORS]
        more = len(errors) - len(shown)
        lines = [f"{source}: {len(errors)} bad document(s), nothing was imported:"]
        lines += [f"  {e}" for e in shown]
        if more:
            lines.append(f"  ... and {more} more")
        super().__init__("\n".join(lines))
        self.errors = errors


@dataclass
class ImportFile:
    days: list[Day]
    profile: Profile | None
    notes_included: bool


def parse_import(data: Any, source: str = "import") -> ImportFile:
    """Validate a whole import document before anything is written."""
    profile: Profile | None = None
    notes_included = True
    errors: list[str] = []
    if isinstance(data, list):
        raw_days = data
    elif isinstance(data, dict) and isinstance(data.get("days"), list):
        raw_days = data["days"]
        if data.get("format", FORMAT) != FORMAT:
            errors.append(f'format: "{data["format"]}" is not allowed; allowed: {FORMAT}')
        version = data.get("schema_version", SCHEMA_VERSION)
        if not isinstance(version, int) or version > SCHEMA_VERSION:
            errors.append(
                f"schema_version: {version!r} is not allowed; allowed: 1 to {SCHEMA_VERSION}"
            )
        if data.get("profile") is not None:
            try:
                profile = parse_profile(data["profile"], prefix="profile")
            except InvalidInput as err:
                errors.append(str(err))
        notes_included = data.get("notes_included", True) is not False
    else:
        raise ImportRejected(
            source,
            ['expected an export file, {"days": [...]} or a list of day documents'],
        )
    days: list[Day] = []
    seen: dict[dt.date, int] = {}
    for index, raw in enumerate(raw_days):
        try:
            day = parse_day(raw, prefix=f"days[{index}]")
        except InvalidInput as err:
            when = raw.get("date") if isinstance(raw, dict) else None
            errors.append(f"{err}" + (f" (date {when})" if isinstance(when, str) else ""))
            continue
        if day.date in seen:
            errors.append(
                f"days[{index}].date: {day.date} appears twice (also days[{seen[day.date]}]); "
                "allowed: one document per date"
            )
            continue
        seen[day.date] = index
        days.append(day)
    if errors:
        raise ImportRejected(source, errors)
    return ImportFile(days=days, profile=profile, notes_included=notes_included)


def read_import_file(path: Path) -> ImportFile:
    try:
        raw = Path(path).read_bytes()
    except OSError as err:
        raise ImportRejected(str(path), [f"cannot read the file: {err.strerror}"]) from None
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as err:
        raise ImportRejected(str(path), [f"not valid JSON: {err}"]) from None
    return parse_import(data, str(path))


def import_days(
    journal: Journal,
    incoming: ImportFile,
    *,
    keep_existing: bool = False,
    dry_run: bool = False,
    prepare: Callable[[Day], Day] | None = None,
) -> ImportResult:
    """Store the file's days in one atomic write; notes stay when the file has none."""
    days: Sequence[Day] = incoming.days
    if not incoming.notes_included:
        days = [_keep_stored_notes(journal, d) for d in days]
    if prepare:
        days = [prepare(d) for d in days]
    return journal.put_many(
        days, keep_existing=keep_existing, profile=incoming.profile, dry_run=dry_run
    )


def _keep_stored_notes(journal: Journal, day: Day) -> Day:
    stored = journal.get(day.date)
    if stored is None:
        return day
    doc = to_doc(day)
    if stored.notes:
        doc["notes"] = stored.notes
    stored_runs = stored.runs
    for i, run in enumerate(doc.get("runs", [])):
        if i < len(stored_runs) and stored_runs[i].notes and "notes" not in run:
            run["notes"] = stored_runs[i].notes
    return parse_day(doc)
