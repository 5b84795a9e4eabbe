"""GPX tracks: one activity per file, duration from the first to the last timed point.

``<type>`` is free text (``running`` from Garmin Connect, ``9`` from Strava) and often missing;
then the sport is guessed from the speed and the guess is reported.
"""

from __future__ import annotations

import contextlib

import gpxpy
import gpxpy.gpx

from journal.activities.record import FileResult, Unreadable, local_start, make_activity
from journal.activities.xmlsafe import refuse_declarations

STRAVA_TYPES = {"1": "cycling", "9": "running", "4": "hiking", "10": "walking", "16": "swimming"}


def read_gpx(data: bytes, source: str) -> FileResult:
    refuse_declarations(data)
    try:
        gpx = gpxpy.parse(data.decode("utf-8-sig", errors="replace"))
    except (gpxpy.gpx.GPXException, ValueError) as err:
        raise Unreadable(f"not a readable GPX file ({err})") from None
    times = []
    hrs: list[float] = []
    meters = 0.0
    sport = ""
    for track in gpx.tracks:
        sport = sport or (track.type or "").strip()
        meters += track.length_2d() or 0.0
        for seg in track.segments:
            for p in seg.points:
                if p.time is not None:
                    times.append(p.time)
                for ext in p.extensions:
                    for el in ext.iter():
                        if el.tag.rsplit("}", 1)[-1].lower() in ("hr", "heartrate"):
                            with contextlib.suppress(ValueError):
                                hrs.append(float(el.text or ""))
    if not times:
        raise Unreadable("the GPX file has no timed track points")
    start, end = min(times), max(times)
    sport = STRAVA_TYPES.get(sport, sport)
    result = FileResult(name=source)
    activity = make_activity(
        source=source,
        sport=sport,
        start=local_start(start),
        seconds=(end - start).total_seconds(),
        meters=meters,
        avg_hr=sum(hrs) / len(hrs) if hrs else None,
        name=(gpx.tracks[0].name or "") if gpx.tracks else "",
    )
    if activity.guessed:
        result.warnings.append(activity.guessed)
    result.activities.append(activity)
    return result
