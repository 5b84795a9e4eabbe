"""Small renderings shared by screens: a day's training in one glance."""

from __future__ import annotations

from typing import Any

from rich.text import Text


def _minutes(value: float) -> str:
    hours, minutes = divmod(round(value), 60)
    return f"{hours}h{minutes:02d}" if hours else f"{minutes} min"


def training_summary(doc: dict[str, Any]) -> Text:
    """Distance, time and session-RPE load of a day document (numbers the form holds)."""
    from journal.service import day_numbers

    n = day_numbers(doc)
    out = Text()
    out.append("Training\n", style="bold")
    if not n.sessions:
        out.append("rest day (nothing logged)\n", style="dim")
    else:
        out.append(f"{n.sessions} session{'s' if n.sessions > 1 else ''} · ")
        if n.km:
            out.append(f"{n.km:.1f} km · ")
        estimate = " (estimated: rate the runs)" if n.estimated else ""
        out.append(f"{_minutes(n.minutes)} · load {n.load:.0f} AU{estimate}\n")
    if n.sleep_h is not None:
        out.append(f"sleep {n.sleep_h:g} h")
        if n.sleep_quality is not None:
            out.append(f" · quality {n.sleep_quality}/5")
        out.append("\n")
    return out
