"""Small renderings shared by screens: a day's training in one glance."""

from __future__ import annotations

from typing import Any

from rich.text import Text


def _minutes(value: float) -> str:
    hours, minutes = divmod(round(value), 60)
    return f"{hours}h{minutes:02d}" if hours else f"{minutes} min"


def training_summary(doc: dict[str, Any]) -> Text:
    """Distance, time and session-RPE load of a day document (numbers the form holds)."""
    out = Text()
    out.append("Training\n", style="bold")
    km = minutes = load = 0.0
    sessions = 0
    for entry in [*doc.get("runs", []), *doc.get("cross_training", [])]:
        duration, rpe = entry.get("duration_min"), entry.get("rpe")
        if not isinstance(duration, int | float) or not isinstance(rpe, int | float):
            continue
        sessions += 1
        minutes += duration
        load += duration * rpe
        distance = entry.get("distance_km")
        if isinstance(distance, int | float):
            km += distance
    if not sessions:
        out.append("rest day (nothing logged)\n", style="dim")
    else:
        out.append(f"{sessions} session{'s' if sessions > 1 else ''} · ")
        if km:
            out.append(f"{km:.1f} km · ")
        out.append(f"{_minutes(minutes)} · load {load:.0f}\n")
    sleep = doc.get("sleep") or {}
    if isinstance(sleep.get("hours"), int | float):
        out.append(f"sleep {sleep['hours']:g} h", style="")
        if isinstance(sleep.get("quality"), int):
            out.append(f" · quality {sleep['quality']}/5")
        out.append("\n")
    return out
