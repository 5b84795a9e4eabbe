"""What every format reader gives back: activities, and problems that name the file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

# Earlier than this is a zeroed or corrupt clock, not a recorded session (it also refuses 1901).
MIN_START = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
MAX_DURATION_MIN = 1440.0

RUN_SPORTS = frozenset({"running", "run", "trail_running", "treadmill_running", "trail run"})


class Unreadable(Exception):
    """A file that cannot be imported; ``str()`` is the reason shown next to its name."""


class Hostile(Unreadable):
    """An archive or XML file refused as a whole for safety (bomb, escaping paths, entities)."""


@dataclass(frozen=True, slots=True)
class Activity:
    """One session as the watch or app recorded it, in the runner's local time."""

    source: str
    sport: str
    start: dt.datetime  # aware, in the local time of the recording (or the machine's zone)
    duration_min: float
    distance_km: float | None = None
    avg_hr: int | None = None
    rpe: int | None = None
    name: str = ""
    guessed: str = ""  # why the sport was guessed, when the file did not say

    @property
    def is_run(self) -> bool:
        return self.sport in RUN_SPORTS

    @property
    def date(self) -> dt.date:
        return self.start.date()


@dataclass
class FileResult:
    """What one file gave: its activities, warnings (kept data), or the reason it was refused."""

    name: str
    activities: list[Activity] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    skipped: bool = False  # not an activity file (a photo in an archive, ...)


def local_start(utc: dt.datetime, offset: dt.timedelta | None = None) -> dt.datetime:
    """The start in the recording's local time when known, else the machine's time zone."""
    if utc.tzinfo is None:
        utc = utc.replace(tzinfo=dt.UTC)
    if offset is not None and abs(offset) <= dt.timedelta(hours=14):
        return utc.astimezone(dt.timezone(offset))
    return utc.astimezone()


def check_start(start: dt.datetime, today: dt.date | None = None) -> None:
    """Refuse a start before 1970 or after tomorrow: a broken clock, not a session."""
    if start < MIN_START:
        raise Unreadable(f"start {start:%Y-%m-%d} is before 1970: the file's clock is wrong")
    limit = (today or dt.date.today()) + dt.timedelta(days=1)
    if start.date() > limit:
        raise Unreadable(f"start {start:%Y-%m-%d} is in the future (after {limit})")


def normal_sport(text: str | None) -> str:
    """A lowercase sport name with ``_`` for spaces: ``Trail Run`` -> ``trail_run``."""
    sport = (text or "").strip().lower().replace(" ", "_").replace("-", "_")
    aliases = {"run": "running", "trail_run": "trail_running", "virtualrun": "treadmill_running"}
    return aliases.get(sport, sport)


def guess_sport(distance_km: float | None, minutes: float) -> tuple[str, str]:
    """A sport for a file that does not name one, from its average speed.

    Below 6 km/h is a walk or hike, above 16 km/h for 20 minutes or more a ride (faster than
    almost any runner holds), anything between a run.
    """
    if not distance_km or minutes <= 0:
        return "running", "no sport in the file; taken as a run"
    kmh = distance_km / (minutes / 60)
    if kmh < 6:
        return "hiking", f"no sport in the file; {kmh:.1f} km/h taken as a walk or hike"
    if kmh > 16 and minutes >= 20:
        return "cycling", f"no sport in the file; {kmh:.1f} km/h taken as a ride"
    return "running", f"no sport in the file; {kmh:.1f} km/h taken as a run"


def make_activity(
    *,
    source: str,
    sport: str,
    start: dt.datetime,
    seconds: float | None,
    meters: float | None,
    avg_hr: float | None = None,
    rpe: float | None = None,
    name: str = "",
) -> Activity:
    """Validate and round what a reader found; a session without a duration is refused."""
    check_start(start)
    if not seconds or seconds <= 0:
        raise Unreadable("the session has no duration")
    minutes = round(seconds / 60, 4)
    if minutes > MAX_DURATION_MIN:
        raise Unreadable(f"the session lasts {minutes / 60:.0f} h, more than a day")
    km = round(meters / 1000, 5) if meters and meters > 0 else None
    if km is not None and km > 1000:
        raise Unreadable(f"the session covers {km:.0f} km, more than 1000 km")
    hr = round(avg_hr) if avg_hr and 30 <= avg_hr <= 250 else None
    effort = round(rpe) if rpe is not None and 1 <= round(rpe) <= 10 else None
    guessed = ""
    sport = normal_sport(sport)
    if sport in ("", "generic", "other", "unknown"):
        sport, guessed = guess_sport(km, minutes)
    return Activity(
        source=source,
        sport=sport,
        start=start.replace(microsecond=0),
        duration_min=minutes,
        distance_km=km,
        avg_hr=hr,
        rpe=effort,
        name=name,
        guessed=guessed,
    )
