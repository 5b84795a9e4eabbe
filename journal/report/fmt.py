"""Plain-text formatting both report writers share (HTML escapes the result, Markdown not)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from journal.entry import KM_PER_MILE

SEX = {"female": "female", "male": "male", "unspecified": "not given"}
SEVERITY_WORD = {"alert": "ALERT", "warning": "WARNING", "info": "info"}
NUTRIENT_ORDER = (
    "kcal",
    "carbs_g",
    "protein_g",
    "fat_g",
    "fiber_g",
    "iron_mg",
    "b6_mg",
    "b12_ug",
    "calcium_mg",
)


def num(value: float | None, nd: int = 1, unit: str = "") -> str:
    """``value`` rounded, or an en dash when there is none."""
    if value is None:
        return "–"
    text = f"{value:,.{nd}f}" if abs(value) >= 10_000 else f"{value:.{nd}f}"
    return f"{text}{unit}"


def hours_minutes(minutes: float) -> str:
    whole = round(minutes)
    return f"{whole // 60}:{whole % 60:02d}"


def day(d: dt.date) -> str:
    return f"{d.day} {d:%b %Y}"


def span(first: dt.date, last: dt.date) -> str:
    """'3–9 Nov 2026', '28 Oct – 3 Nov 2026' or one day."""
    if first == last:
        return day(first)
    if first.year != last.year:
        return f"{day(first)} – {day(last)}"
    if first.month != last.month:
        return f"{first.day} {first:%b} – {day(last)}"
    return f"{first.day}–{day(last)}"


def week_label(first: dt.date, last: dt.date) -> str:
    """Short week label for the table: '3–9 Nov', '27 Oct–2 Nov'."""
    if first.month == last.month:
        return f"{first.day}–{last.day} {last:%b}"
    return f"{first.day} {first:%b}–{last.day} {last:%b}"


def distance(km: float, units: str, nd: int = 1) -> str:
    return num(km / KM_PER_MILE if units == "imperial" else km, nd)


def distance_unit(units: str) -> str:
    return "mi" if units == "imperial" else "km"


def weight(kg: float | None, units: str) -> str:
    """A weekly mean weight in the report's table: pounds for an imperial runner."""
    from journal.entry import kg_in

    return num(None if kg is None else kg_in(kg, units), 1)


def weight_unit(units: str) -> str:
    return "lb" if units == "imperial" else "kg"


def evidence(ev: dict[str, Any], units: str = "metric") -> str:
    """A flag's evidence in one line: 'mean sleep h 7d 6.86; nights logged 7'.

    Distances and weights in ``units`` (the FHIR bundle keeps the stored metric keys).
    """
    from journal.analysis.flag_spec import evidence_in

    parts = []
    for key, value in evidence_in(ev, units).items():
        if isinstance(value, dict | list):
            continue
        if isinstance(value, bool):
            value = "yes" if value else "no"
        elif isinstance(value, float):
            value = f"{value:g}"
        label = key.replace("_", " ")
        parts.append(f"{label} {value}")
    return "; ".join(parts)


def flag_dates(flag: Any) -> str:
    text = span(flag.start, flag.end)
    before = flag.evidence.get("began_before") if isinstance(flag.evidence, dict) else None
    if before:
        text = f"began before {before}, to {day(flag.end)}"
    return text


def profile_items(report: Any) -> list[tuple[str, str]]:
    """(label, value) of who the runner is, for the report's header."""
    p = report.profile
    weight = report.latest_weight
    from journal.entry import format_height, format_weight

    units = report.units  # the runner's, like the distances
    if weight is None:
        weight_text = "not given"
    elif weight[1] is None:
        weight_text = f"{format_weight(weight[0], units)} (profile)"
    else:
        weight_text = f"{format_weight(weight[0], units)} ({day(weight[1])})"
    cycle = "yes" if p.tracks_cycle else "no"
    return [
        ("Age", f"{report.age}" if report.age is not None else "not given"),
        ("Sex", SEX.get(p.sex, p.sex)),
        ("Weight", weight_text),
        ("Height", format_height(p.height_cm, units) if p.height_cm else "not given"),
        ("Diet", p.diet),
        ("Cycle tracked", cycle),
    ]


def logged_text(report: Any) -> str:
    total = (report.end - report.start).days + 1
    return f"{report.days_logged} of {total} days logged"
