"""A short journal of an imperial runner whose last days raise a run spike and weight loss."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from journal.model import parse_day, parse_profile
from journal.store import Journal

LAST = dt.date(2026, 11, 20)


def imperial_journal(folder: Path, *, height_cm: float | None = None) -> Journal:
    """45 days: 8 km runs every other day and 70 kg, then a 16.09 km run and 65 kg."""
    journal = Journal.open(folder)
    profile = {"units": "imperial", "weight_kg": 70.0}
    if height_cm is not None:
        profile["height_cm"] = height_cm
    journal.set_profile(parse_profile(profile))
    days = []
    for back in range(44, -1, -1):
        date = LAST - dt.timedelta(days=back)
        doc: dict[str, object] = {"date": date.isoformat(), "sleep": {"hours": 7.5}}
        doc["weight_kg"] = 70.0 if back > 6 else 65.0
        if back == 0:
            doc["runs"] = [{"distance_km": 16.09, "duration_min": 90, "rpe": 6}]
        elif back % 2 == 0:
            doc["runs"] = [{"distance_km": 8.0, "duration_min": 45, "rpe": 5}]
        days.append(parse_day(doc))
    journal.put_many(days)
    return journal
