"""FIT files (Garmin, COROS, Wahoo, ...): one activity per session, transitions skipped.

The summary messages are read by a fast pass (fitscan.py); a file it cannot walk cleanly is
read with fitdecode in its forgiving mode, so misaligned fields are skipped with a warning and
a truncated file keeps the sessions read before the damage.
"""

from __future__ import annotations

import datetime as dt
import io
import warnings
from typing import Any

import fitdecode

from journal.activities import fitscan
from journal.activities.record import Activity, FileResult, Unreadable, local_start, make_activity

WORKOUT_RPE_FIELD = 193  # the runner's effort rating, RPE x 10, on newer watches


def looks_like_fit(head: bytes) -> bool:
    return len(head) >= 12 and head[0] in (12, 14) and head[8:12] == b".FIT"


def _fields(frame: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in frame.fields:
        if f.value is None:
            continue
        out[f.name] = f.value
        if f.def_num == WORKOUT_RPE_FIELD and frame.name == "session":
            out["workout_rpe"] = f.value
    return out


def read_fit(data: bytes, source: str) -> FileResult:
    """Activities of a FIT file; ``source`` names it (file name or archive activity id)."""
    result = FileResult(name=source)
    try:
        sessions, activities = fitscan.summary(data)
        if not sessions:
            raise fitscan.NotSimple("no session")
        damage = None
    except fitscan.NotSimple:
        sessions, activities, damage = _full_decode(data, result)
    offset: dt.timedelta | None = None
    for f in activities:
        ts, local = f.get("timestamp"), f.get("local_timestamp")
        if isinstance(ts, dt.datetime) and isinstance(local, dt.datetime):
            offset = local.replace(tzinfo=None) - ts.replace(tzinfo=None)
    return _activities(result, source, sessions, offset, damage)


def _full_decode(
    data: bytes, result: FileResult
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], str | None]:
    """fitdecode in its forgiving mode: damaged and misaligned files keep what can be read."""
    sessions: list[dict[str, Any]] = []
    activities: list[dict[str, Any]] = []
    damage: str | None = None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            with fitdecode.FitReader(
                io.BytesIO(data),
                check_crc=fitdecode.CrcCheck.DISABLED,
                error_handling=fitdecode.ErrorHandling.WARN,
            ) as reader:
                for frame in reader:
                    if not isinstance(frame, fitdecode.FitDataMessage):
                        continue
                    if frame.name == "session":
                        sessions.append(_fields(frame))
                    elif frame.name == "activity":
                        activities.append(_fields(frame))
        except fitdecode.FitError as err:
            damage = f"{type(err).__name__}: {err}"
        except (ValueError, KeyError, IndexError, TypeError, OverflowError) as err:
            damage = f"{type(err).__name__}: {err}"
    skipped_fields = sum("invalid field" in str(w.message) for w in caught)
    if skipped_fields:
        result.warnings.append(f"{skipped_fields} malformed field definition(s) skipped")
    return sessions, activities, damage


def _activities(
    result: FileResult,
    source: str,
    sessions: list[dict[str, Any]],
    offset: dt.timedelta | None,
    damage: str | None,
) -> FileResult:
    if not sessions:
        if damage:
            raise Unreadable(f"damaged FIT file, no complete session before the damage ({damage})")
        raise Unreadable("a FIT file without an activity session (a course, workout or settings?)")
    if damage:
        result.warnings.append(
            f"the file is damaged ({damage}); kept the {len(sessions)} session(s) read before it"
        )
    legs = [s for s in sessions if str(s.get("sport", "")) != "transition"]
    for n, s in enumerate(legs, 1):
        start = s.get("start_time") or s.get("timestamp")
        if not isinstance(start, dt.datetime):
            result.warnings.append(f"session {n} has no start time; skipped")
            continue
        sport = str(s.get("sport") or "")
        sub = str(s.get("sub_sport") or "")
        if sport == "running" and sub in ("trail", "treadmill"):
            sport = f"{sub}_running"
        rpe = s.get("workout_rpe")
        try:
            result.activities.append(
                make_activity(
                    source=source if len(legs) == 1 else f"{source}#{n}",
                    sport=sport,
                    start=local_start(start, offset),
                    seconds=_num(s.get("total_timer_time")) or _num(s.get("total_elapsed_time")),
                    meters=_num(s.get("total_distance")),
                    avg_hr=_num(s.get("avg_heart_rate")),
                    rpe=_num(rpe) / 10 if _num(rpe) else None,
                    name=sport.replace("_", " "),
                )
            )
        except Unreadable as err:
            if len(legs) == 1:
                raise
            result.warnings.append(f"session {n}: {err}")
    return result


def _num(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) else None


__all__ = ["Activity", "looks_like_fit", "read_fit"]
