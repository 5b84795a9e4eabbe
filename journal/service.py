"""What the front ends ask of the journal: the CLI and the TUI differ only in how they ask and
how they show the answer.

Saving resolves meals against the food table (so the analyzer never re-parses text), refuses
to overwrite a day another process changed since it was read, and removes a day the runner
emptied; windows of days are computed one way for every view.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, Final

import msgspec

from journal.model import Day, InvalidInput, to_doc
from journal.store import Journal, StoreError

DEFAULT_VIEW_DAYS: Final = 90
_UNCHECKED: Final = object()


class ChangedElsewhere(StoreError):
    """The stored day is not the version the runner's form was filled from."""

    def __init__(self, date: dt.date) -> None:
        super().__init__(
            f"{date:%a %d %b %Y} was changed elsewhere (another Stridelog or `stridelog add`) "
            "since it was opened; nothing was written."
        )
        self.date = date


def prepare(day: Day, personal: Mapping[str, Any] | None = None) -> Day:
    """The day with each meal resolved against the food table, as it is stored.

    ``personal`` holds the runner's food corrections (see :func:`personal_foods`); they
    are read before the table.
    """
    if not day.meals:
        return day
    from journal.foods import resolve_day

    return resolve_day(day, personal)


def personal_foods(journal: Journal) -> dict[str, Any]:
    """The runner's stored food corrections (none if the file is absent or damaged).

    A damaged file never stops a save: it is ignored and a warning says so.
    """
    from journal.foods import personal

    found = personal.load(getattr(journal, "data_dir", None))
    if found.problem:
        import logging  # only here: ~3 ms of every `stridelog add` otherwise

        logging.getLogger("stridelog").warning("stridelog: %s", found.problem)
    return found.as_personal()


def save_day(journal: Journal, day: Day, *, loaded: Any = _UNCHECKED) -> Day:
    """Store ``day`` as the whole document of its date; an empty day removes the date.

    ``loaded`` is the stored version the caller's form was filled from (None: the day did
    not exist): if the journal holds anything else now, :class:`ChangedElsewhere` is raised
    and nothing is written.
    """
    day = prepare(day, personal_foods(journal) if day.meals else None)
    if loaded is not _UNCHECKED and journal.get(day.date) != loaded:
        raise ChangedElsewhere(day.date)
    if day.is_empty():
        journal.delete(day.date)
    else:
        journal.put(day)
    return day


def add_to_day(journal: Journal, day: Day) -> Day:
    """Merge ``day`` into the stored day of its date (lists grow, values replace)."""
    return journal.add(prepare(day, personal_foods(journal) if day.meals else None))


def delete_day(journal: Journal, date: dt.date) -> bool:
    """Remove the day of ``date`` after a backup that still holds it; False if there is none."""
    if journal.get(date) is None:
        return False
    journal.backup(reason=f"before-delete-{date.isoformat()}", force=True)
    return journal.delete(date)


def view_window(
    *,
    today: dt.date,
    days: int | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    last_logged: dt.date | None = None,
    default_days: int = DEFAULT_VIEW_DAYS,
) -> tuple[dt.date, dt.date]:
    """The first and last day a view shows.

    It ends at ``end``, else at the later of today and the last logged day; it starts at
    ``start``, else ``days`` (or ``default_days``) before the end.
    """
    if days is not None and start is not None:
        raise InvalidInput("--days", "give either --days or --from, not both")
    if days is not None and days < 1:
        raise InvalidInput("--days", f"{days} is not allowed; allowed: a whole number ≥ 1")
    last = end or max(today, last_logged or today)
    first = start or last - dt.timedelta(days=(days or default_days) - 1)
    if first > last:
        raise InvalidInput("--from", f"{first} is after the end of the range {last}")
    return first, last


class DayNumbers(msgspec.Struct, frozen=True):
    """A day's training and sleep at a glance, from what is valid in its document."""

    sessions: int = 0
    km: float = 0.0
    minutes: float = 0.0
    load: float = 0.0
    sleep_h: float | None = None
    sleep_quality: int | None = None
    estimated: int = 0  # sessions without an RPE, counted at the default (as ``Day.load``)


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def day_numbers(day: Day | Mapping[str, Any]) -> DayNumbers:
    """Sessions, distance, time, session-RPE load and sleep of a day or a form's document.

    A form may hold values that do not validate yet: those count as not given.
    """
    doc = to_doc(day) if isinstance(day, Day) else day
    from journal.load_estimate import DEFAULT_RPE

    sessions = estimated = 0
    km = minutes = load = 0.0
    for entry in [*doc.get("runs", []), *doc.get("cross_training", [])]:
        if not isinstance(entry, Mapping):
            continue
        duration, rpe = _number(entry.get("duration_min")), _number(entry.get("rpe"))
        if duration is None or duration <= 0:
            continue
        sessions += 1
        minutes += duration
        if rpe is None and entry.get("rpe") is None:
            estimated += 1
            rpe = DEFAULT_RPE
        if rpe is not None and 1 <= rpe <= 10:
            load += duration * rpe
        distance = _number(entry.get("distance_km"))
        if distance is not None and distance >= 0:
            km += distance
    sleep = doc.get("sleep") if isinstance(doc.get("sleep"), Mapping) else {}
    hours = _number(sleep.get("hours")) if sleep else None
    quality = sleep.get("quality") if sleep else None
    return DayNumbers(
        sessions=sessions,
        km=km,
        minutes=minutes,
        load=load,
        sleep_h=hours if hours is not None and 0 <= hours <= 24 else None,
        sleep_quality=quality if isinstance(quality, int) and 1 <= quality <= 5 else None,
        estimated=estimated,
    )
