"""The merge planner: what an activity import would do to the journal, decided before writing.

Pure: it takes the stored days and the activities and returns the new day documents and one
line per activity. The rules, in order, for each activity (oldest first):

1. **duplicate**: a session of that day already has its ``source``, or started within
   :data:`SAME_START` with a duration within :data:`DURATION_TOLERANCE` (the same activity from
   another file or app);
2. **enriched**: a run the runner typed by hand (no ``source``) on that day matches a watch run
   (distance and duration within :data:`MATCH_TOLERANCE`): it gains heart rate, start time,
   source, and any value it lacked; what the runner typed stays;
3. **added**: a new run, or a cross-training session for any other sport ("other sport").

Everything else of the day (fatigue, sleep, meals, notes) is never touched.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from journal.activities.record import Activity
from journal.model import Day, parse_day, to_doc

SAME_START = dt.timedelta(seconds=60)
DURATION_TOLERANCE = 0.10
MATCH_TOLERANCE = 0.10
ACTIVITY_NAME_MAX = 200
ENRICHING = ("avg_hr", "distance_km", "rpe", "start_time")

Action = Literal["added", "enriched", "duplicate", "other_sport"]


@dataclass(frozen=True)
class Step:
    action: Action
    activity: Activity
    detail: str = ""


@dataclass
class Plan:
    days: dict[dt.date, Day] = field(default_factory=dict)  # the days to write, whole
    steps: list[Step] = field(default_factory=list)

    def count(self, action: Action) -> int:
        return sum(s.action == action for s in self.steps)


def _close(a: float | None, b: float | None, tolerance: float) -> bool:
    if a is None or b is None:
        return True
    return abs(a - b) <= tolerance * max(a, b) + 1e-9


def _start_of(day: dt.date, session: Mapping[str, Any]) -> dt.datetime | None:
    t = session.get("start_time")
    if not t:
        return None
    return dt.datetime.combine(day, dt.time.fromisoformat(t))


def _same_activity(day: dt.date, session: Mapping[str, Any], a: Activity) -> bool:
    if session.get("source") == a.source:
        return True
    start = _start_of(day, session)
    if start is None:
        return False
    near = abs(start - a.start.replace(tzinfo=None)) <= SAME_START
    return near and _close(session["duration_min"], a.duration_min, DURATION_TOLERANCE)


def _matches_hand_run(run: Mapping[str, Any], a: Activity) -> bool:
    if run.get("source") or not a.is_run:
        return False
    return _close(run.get("distance_km"), a.distance_km, MATCH_TOLERANCE) and _close(
        run["duration_min"], a.duration_min, MATCH_TOLERANCE
    )


def _session_doc(a: Activity) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "duration_min": a.duration_min,
        "source": a.source[:300],
        "start_time": a.start.time().isoformat(),
    }
    if a.distance_km:
        doc["distance_km"] = a.distance_km
    if a.avg_hr is not None:
        doc["avg_hr"] = a.avg_hr
    if a.rpe is not None:
        doc["rpe"] = a.rpe
    if a.sport == "treadmill_running" and a.is_run:
        doc["notes"] = "treadmill"
    if not a.is_run:  # the sport names the session; a track's name is often just its date
        name = a.sport.replace("_", " ").strip() or "other"
        doc["activity"] = name[:ACTIVITY_NAME_MAX]
    return doc


def plan_import(stored: Mapping[dt.date, Day], activities: Iterable[Activity]) -> Plan:
    """What importing ``activities`` into a journal holding ``stored`` does, day by day."""
    plan = Plan()
    docs: dict[dt.date, dict[str, Any]] = {}
    for a in sorted(activities, key=lambda x: (x.start.replace(tzinfo=None), x.source)):
        day = a.date
        if day not in docs:
            base = stored.get(day)
            docs[day] = to_doc(base) if base is not None else {"date": day.isoformat()}
        doc = docs[day]
        sessions = [*doc.get("runs", []), *doc.get("cross_training", [])]
        same = next((s for s in sessions if _same_activity(day, s, a)), None)
        if same is not None:
            # the same session from a richer file (with heart rate, say) fills what was missing
            for key, value in _session_doc(a).items():
                if key in ENRICHING:
                    same.setdefault(key, value)
            plan.steps.append(Step("duplicate", a, "already in the journal"))
            continue
        hand = next((r for r in doc.get("runs", []) if _matches_hand_run(r, a)), None)
        if hand is not None:
            new = _session_doc(a)
            for key, value in new.items():
                hand.setdefault(key, value)  # what the runner typed stays
            hand["source"], hand["start_time"] = new["source"], new["start_time"]
            plan.steps.append(Step("enriched", a, "matched the run entered by hand"))
            continue
        if a.is_run:
            doc.setdefault("runs", []).append(_session_doc(a))
            plan.steps.append(Step("added", a))
        else:
            doc.setdefault("cross_training", []).append(_session_doc(a))
            plan.steps.append(Step("other_sport", a))
    for day, doc in docs.items():
        new_day = parse_day(doc)
        if stored.get(day) != new_day:
            plan.days[day] = new_day
    return plan
