"""GPX tracks: one activity per file, duration from the first to the last timed point.

``<type>`` is free text (``running`` from Garmin Connect, ``9`` from Strava) and often missing;
then the sport is guessed from the speed and the guess is reported. The XML is read with
defusedxml (no DTD, no entity) and only the track points are kept; the distance is gpxpy's
2-D track length (``gpxpy.geo.distance`` between successive points of each segment), the same
figure ``gpxpy.parse(...).length_2d()`` gives, at a tenth of the time of building gpxpy's full
object model for every point.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from typing import Any

from fitdecode import profile as fit_profile
from gpxpy.geo import distance

from journal.activities.record import (
    FileResult,
    Unreadable,
    local_start,
    make_activity,
    normal_sport,
)
from journal.activities.xmlsafe import local, parse, refuse_declarations

STRAVA_TYPES = {"1": "cycling", "9": "running", "4": "hiking", "10": "walking", "16": "swimming"}
ALIASES = {"run": "running", "biking": "cycling", "ride": "cycling", "bike": "cycling"}
# a <type> is trusted only when it names a sport (FIT's list of sports is the vocabulary)
KNOWN = {*fit_profile.MESSAGE_TYPES[18].fields[5].type.enum.values(), *ALIASES}
KNOWN |= {"trail_running", "treadmill_running", "mountain_biking", "road_biking"}


def _sport(text: str) -> str:
    word = normal_sport(STRAVA_TYPES.get(text.strip(), text))
    word = ALIASES.get(word, word)
    return word if word in KNOWN else ""


def _time(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    try:
        t = dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return t if t.tzinfo else t.replace(tzinfo=dt.UTC)


def _segment(seg: Any, times: list[dt.datetime], hrs: list[float]) -> float:
    meters = 0.0
    prev: tuple[float, float] | None = None
    for pt in seg:
        if local(pt.tag) != "trkpt":
            continue
        try:
            here = (float(pt.get("lat")), float(pt.get("lon")))
        except (TypeError, ValueError):
            continue
        if prev is not None:
            meters += distance(prev[0], prev[1], None, here[0], here[1], None)
        prev = here
        for child in pt.iter():
            name = local(child.tag).lower()
            if name == "time" and (t := _time(child.text)) is not None:
                times.append(t)
            elif name in ("hr", "heartrate") and child.text:
                with contextlib.suppress(ValueError):
                    hrs.append(float(child.text))
    return meters


def read_gpx(data: bytes, source: str) -> FileResult:
    refuse_declarations(data)
    root = parse(data)
    if local(root.tag) != "gpx":
        raise Unreadable(f"not a GPX file (root <{local(root.tag)}>)")
    times: list[dt.datetime] = []
    hrs: list[float] = []
    meters = 0.0
    sport = name = ""
    for trk in (el for el in root if local(el.tag) == "trk"):
        timed = len(times)
        kind = ""
        for child in trk:
            tag = local(child.tag)
            if tag == "type":
                kind = _sport(child.text or "")
            elif tag == "name" and not name:
                name = (child.text or "").strip()
            elif tag == "trkseg":
                meters += _segment(child, times, hrs)
        if len(times) > timed and not sport:
            sport = kind  # the type of a track that was recorded, not of an empty one
    if not times:
        raise Unreadable("the GPX file has no timed track points")
    start, end = min(times), max(times)
    result = FileResult(name=source)
    activity = make_activity(
        source=source,
        sport=sport,
        start=local_start(start),
        seconds=(end - start).total_seconds(),
        meters=meters,
        avg_hr=sum(hrs) / len(hrs) if hrs else None,
        name=name,
    )
    if activity.guessed:
        result.warnings.append(activity.guessed)
    result.activities.append(activity)
    return result
