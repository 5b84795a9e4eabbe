"""The export document (a doctor's summary and a complete backup) and its import.

An export holds the day documents exactly as stored, so importing it gives the
journal back; the analysis sections (summary, nutrition, flags, disclaimer) are added when the
analyzer is present and ignored on import.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import msgspec

from journal.entry import check_date, last_date
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
from journal.textsafe import excerpt, printable

FORMAT = "stridelog"
MAX_REPORTED_ERRORS = 20
MAX_IMPORT_DAYS = 100_000  # 270 years of days: more is not a journal
MAX_IMPORT_BYTES = 512 * 1024 * 1024


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
    structs: bool = False,
) -> dict[str, Any]:
    """The export document for ``start``..``end`` (default: the whole journal).

    ``structs``: the days as the stored :class:`Day` structs where they are exported whole
    (:func:`dumps` encodes them as their documents, without a dict per day).
    """
    days = journal.days(start, end)
    period_from = start or (days[0].date if days else None)
    period_to = end or (days[-1].date if days else None)
    docs: list[Any]
    if not include_notes:
        docs = [_strip_notes(to_doc(d)) for d in days]
    else:
        docs = list(days) if structs else [to_doc(d) for d in days]
    doc = export_head(journal, period_from, period_to, include_notes=include_notes, now=now)
    doc["days"] = docs
    sections = _analysis_sections()
    if sections and period_from and period_to:
        # the rules read history before `from` (the day index, whole days near the period)
        doc.update(sections(journal, period_from, period_to))
    return doc


def export_head(
    journal: Journal,
    period_from: dt.date | None,
    period_to: dt.date | None,
    *,
    include_notes: bool = True,
    now: dt.datetime | None = None,
) -> dict[str, Any]:
    """The export document's keys before its days (``generated_at``: ``now``, default the
    current time)."""
    generated = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    return {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "generated_at": generated.isoformat(),
        "period": {
            "from": period_from.isoformat() if period_from else None,
            "to": period_to.isoformat() if period_to else None,
        },
        "profile": journal.profile().to_full_doc(),
        "notes_included": include_notes,
    }


def export_bytes(
    journal: Journal,
    start: dt.date | None = None,
    end: dt.date | None = None,
    *,
    now: dt.datetime | None = None,
) -> tuple[list[Any], int]:
    """The export of ``start``..``end`` with notes, as chunks of bytes (the bytes of
    :func:`dumps` of :func:`build_export`), and the number of days; from the export cache
    where it can be (:mod:`journal.stored_export`)."""
    from journal.stored_export import export_range

    def head(lo: dt.date, hi: dt.date) -> dict[str, Any]:
        return export_head(journal, lo, hi, now=now)

    def sections(journal: Journal, lo: dt.date, hi: dt.date) -> dict[str, Any] | None:
        of = _analysis_sections()  # imported only when not cached
        return None if of is None else of(journal, lo, hi)

    fast = export_range(journal, start, end, head, sections)
    if fast is not None:
        return fast
    doc = build_export(journal, start, end, now=now, structs=True)
    return [dumps(doc)], len(doc["days"])


def _analysis_sections() -> Callable[..., dict[str, Any]] | None:
    try:
        from journal.stored_analysis import export_sections_of
    except ImportError:
        return None
    return export_sections_of


# a float with a positive exponent: orjson writes 1e+16, msgspec 1e16. Found as "0e0" once
# every digit and point reads 0 (a translation and a find run at memory speed, a regex
# over megabytes does not), then told from text that only looks like one (a food table
# version "558f1e3149" in every resolved meal, a note "ran 1e5 m") by what precedes it.
_MANTISSA_AS_ZERO = bytes.maketrans(b"123456789.", b"0000000000")
_BEFORE_A_NUMBER = frozenset(b":,[")


def _has_positive_exponent(raw: bytes) -> bool:
    """Whether compact JSON ``raw`` may hold a number written with a positive exponent.

    A number token follows ``:``, ``,`` or ``[``; text inside a string may too (then this
    says yes and the caller takes the slow exact path), never the other way round.
    """
    zeros = raw.translate(_MANTISSA_AS_ZERO)
    at = zeros.find(b"0e0")
    while at >= 0:
        start = at
        while start > 0 and zeros[start - 1] == 48:  # back over the mantissa ("0")
            start -= 1
        if start > 0 and zeros[start - 1] == 45:  # and its sign ("-")
            start -= 1
        if start > 0 and zeros[start - 1] in _BEFORE_A_NUMBER:
            return True
        at = zeros.find(b"0e0", at + 3)
    return False


def dumps(doc: Any) -> bytes:
    """The export as JSON, indented by 2, day structs as their documents.

    Encoded by msgspec (fast, straight from the structs); the bytes are those orjson writes
    (the format of every export so far) except for a float with a positive exponent, so
    output holding one (or anything that may be one) is encoded by orjson instead.
    """
    try:
        raw = msgspec.json.encode(doc)
    except (TypeError, OverflowError, msgspec.EncodeError):
        raw = b""
    if raw and not _has_positive_exponent(raw):
        return msgspec.json.format(raw, indent=2) + b"\n"
    import orjson  # the rare fallback: not imported by every export

    return orjson.dumps(doc, default=msgspec.to_builtins, option=orjson.OPT_INDENT_2) + b"\n"


def write_export(doc: dict[str, Any], path: Path) -> Path:
    """Write an export readable by its owner only, atomically."""
    write_private_atomic(Path(path), dumps(doc))
    return Path(path)


# --- import -----------------------------------------------------------------------------------


class ImportRejected(ValueError):
    """The file, or documents in it, were refused; nothing was written. ``errors`` lists them.

    ``documents`` says whether the errors are about documents in the file (counted) or about
    the file as a whole (unreadable, not JSON, too large).
    """

    def __init__(self, source: str, errors: list[str], *, documents: bool = True) -> None:
        shown = errors[:MAX_REPORTED_ERRORS]
        more = len(errors) - len(shown)
        if documents:
            n = len(errors)
            lines = [f"{source}: {n} bad document{'s' * (n != 1)}, nothing was imported:"]
            lines += [f"  {e}" for e in shown]
        else:
            lines = [f"{source}: {'; '.join(shown)}; nothing was imported."]
        if more:
            lines.append(f"  ... and {more} more")
        super().__init__("\n".join(lines))
        self.errors = errors


class ImportFile(msgspec.Struct):
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
            errors.append(
                f"format: {excerpt(str(data['format']))} is not allowed; allowed: {FORMAT}"
            )
        version = data.get("schema_version", SCHEMA_VERSION)
        if (
            isinstance(version, bool)
            or not isinstance(version, int)
            or not 1 <= version <= SCHEMA_VERSION
        ):
            errors.append(
                f"schema_version: {printable(repr(version))[:40]} is not allowed; "
                f"allowed: a whole number from 1 to {SCHEMA_VERSION}"
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
            documents=False,
        )
    if len(raw_days) > MAX_IMPORT_DAYS:
        raise ImportRejected(
            source,
            [
                f"days: {len(raw_days):,} documents; allowed: at most {MAX_IMPORT_DAYS:,} "
                "(one per day for 270 years)"
            ],
            documents=False,
        )
    days: list[Day] = []
    seen: dict[dt.date, int] = {}
    latest = last_date()
    for index, raw in enumerate(raw_days):
        try:
            day = parse_day(raw, prefix=f"days[{index}]")
        except InvalidInput as err:
            when = raw.get("date") if isinstance(raw, dict) else None
            errors.append(f"{err}" + (f" (date {when})" if isinstance(when, str) else ""))
            continue
        try:
            check_date(day.date, f"days[{index}].date", latest - dt.timedelta(days=1))
        except InvalidInput as err:
            errors.append(str(err))
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


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        twice = next(k for k, _ in pairs if k in seen or seen.add(k))  # type: ignore[func-returns-value]
        raise ValueError(f"the key {excerpt(twice)} appears twice in one object")
    return obj


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def load_json_strict(raw: bytes) -> Any:
    """JSON as written by a careful program: UTF-8, no duplicate keys, no NaN or Infinity.

    A duplicate key would silently keep one of two values ("date" twice), so it is refused.
    """
    import json  # import only (an export is written by msgspec)

    return json.loads(raw, object_pairs_hook=_unique_keys, parse_constant=_no_constants)


def parse_import_bytes(raw: bytes, source: str) -> ImportFile:
    if len(raw) > MAX_IMPORT_BYTES:
        raise ImportRejected(
            source,
            [f"the file holds {len(raw):,} bytes; allowed: at most {MAX_IMPORT_BYTES:,}"],
            documents=False,
        )
    try:
        data = load_json_strict(raw)
    except RecursionError:
        raise ImportRejected(
            source, ["not valid JSON: nested too deeply"], documents=False
        ) from None
    except ValueError as err:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise ImportRejected(
            source, [f"not valid JSON: {excerpt(str(err), 200)}"], documents=False
        ) from None
    return parse_import(data, source)


def read_import_file(path: Path) -> ImportFile:
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_IMPORT_BYTES + 1)
    except OSError as err:
        raise ImportRejected(
            str(path), [f"cannot read the file: {err.strerror}"], documents=False
        ) from None
    return parse_import_bytes(raw, str(path))


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
