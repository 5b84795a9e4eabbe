"""TCX (Garmin Training Center): duration and distance from the laps, not the track points.

``Activity Sport`` is only Running, Biking or Other; Other is guessed from the speed.
"""

from __future__ import annotations

import datetime as dt

from journal.activities.record import FileResult, Unreadable, local_start, make_activity
from journal.activities.xmlsafe import local, parse, refuse_declarations

SPORTS = {"running": "running", "biking": "cycling", "other": ""}


def _float(text: str | None) -> float | None:
    try:
        return float(text) if text is not None else None
    except ValueError:
        return None


def _time(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    try:
        t = dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return t if t.tzinfo else t.replace(tzinfo=dt.UTC)


def read_tcx(data: bytes, source: str) -> FileResult:
    refuse_declarations(data)
    root = parse(data)
    result = FileResult(name=source)
    acts = [el for el in root.iter() if local(el.tag) == "Activity"]
    if not acts:
        raise Unreadable("a TCX file without an activity (a course or workout?)")
    for n, act in enumerate(acts, 1):
        seconds = meters = 0.0
        hr_weighted = hr_seconds = 0.0
        start = _time(next((c.text for c in act if local(c.tag) == "Id"), None))
        for lap in (c for c in act if local(c.tag) == "Lap"):
            start = start or _time(lap.get("StartTime"))
            lap_s = lap_m = hr = None
            for c in lap:
                name = local(c.tag)
                if name == "TotalTimeSeconds":
                    lap_s = _float(c.text)
                elif name == "DistanceMeters":
                    lap_m = _float(c.text)
                elif name == "AverageHeartRateBpm":
                    hr = _float(next((v.text for v in c if local(v.tag) == "Value"), None))
            seconds += lap_s or 0.0
            meters += lap_m or 0.0
            if hr and lap_s:
                hr_weighted += hr * lap_s
                hr_seconds += lap_s
        if start is None:
            raise Unreadable(f"activity {n} has no start time (Id)")
        activity = make_activity(
            source=source if len(acts) == 1 else f"{source}#{n}",
            sport=SPORTS.get((act.get("Sport") or "").lower(), act.get("Sport") or ""),
            start=local_start(start),
            seconds=seconds,
            meters=meters,
            avg_hr=hr_weighted / hr_seconds if hr_seconds else None,
        )
        if activity.guessed:
            result.warnings.append(activity.guessed)
        result.activities.append(activity)
    return result
