"""Nutrition chart specs: nutrients against the reference, macronutrient shares of energy.

The windows, the days counted and the thresholds are the analyzer's own (imported from
:mod:`journal.analysis`): a 7-day mean needs as many logged days as the nutrition rules ask,
only days whose food was mostly recognised count, energy is judged at the energy_low rule's
availability, and body weight is carried forward as the analyzer carries it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from journal.charts.spec import (
    ChartSpec,
    Series,
    finite,
    offset,
    range_label,
    range_text,
    reference,
)
from journal.model import Day, Profile

TITLES = {
    "nutrients": "Nutrient intake vs reference",
    "macros": "Macronutrient share of energy",
}

NUTRIENT_SERIES: tuple[tuple[str, str, str], ...] = (
    ("b12_ug", "B12", "o"),
    ("b6_mg", "B6", "+"),
    ("iron_mg", "iron", "x"),
    ("kcal", "energy", "*"),
)
MACRO_SERIES: tuple[tuple[str, str, str], ...] = (
    ("carbs_g", "carbs", "c"),
    ("fat_g", "fat", "f"),
    ("protein_g", "protein", "p"),
)
# The runner's guide: share of energy, percent (the check-in's nutrition panel shows the same).
MACRO_RANGES: dict[str, tuple[float, float]] = {
    "carbs": (50.0, 70.0),
    "fat": (20.0, 30.0),
    "protein": (10.0, 20.0),
}


def window_days() -> int:
    """The analyzer's nutrition window, days."""
    from journal.analysis.thresholds import NUTRITION_DAYS

    return NUTRITION_DAYS


def min_logged_days() -> int:
    """Logged days a window needs before its mean is judged, as the analyzer's rules."""
    from journal.analysis.thresholds import NUTRITION_MIN_LOGGED

    return NUTRITION_MIN_LOGGED


_INTAKES: dict[int, tuple[Day, Any]] = {}
_INTAKES_MAX = 20_000


def _day_intake(day: Day, compute: Callable[[Day], Any]) -> Any:
    """``nutrition.day_intake(day)``, remembered per Day object (~0.03 ms a day saved).

    The entry holds the Day itself, so its id cannot be reused by another object while it is
    remembered; journal days are never changed in place (the store replaces them).
    """
    hit = _INTAKES.get(id(day))
    if hit is not None and hit[0] is day:
        return hit[1]
    if len(_INTAKES) >= _INTAKES_MAX:
        _INTAKES.clear()
    intake = compute(day)
    _INTAKES[id(day)] = (day, intake)
    return intake


def _intakes(
    days: Iterable[Day], start: dt.date, end: dt.date, judged_only: bool = False
) -> dict[dt.date, Any]:
    """(day, intake) of each logged day from the first window's start to ``end``.

    With ``judged_only``, only days the analyzer judges (food mostly recognised) are kept,
    so an unrecognised meal never reads as a low intake.
    """
    from journal import nutrition
    from journal.analysis.intake import judged_day

    first = start - dt.timedelta(days=window_days() - 1)
    out = {}
    for d in days:
        if first <= d.date <= end:
            intake = _day_intake(d, nutrition.day_intake)
            if not intake.logged:
                continue
            if judged_only and not judged_day(
                intake.coverage.get("kcal", 0.0), intake.matched_share
            ):
                continue
            out[d.date] = (d, intake)
    return out


def _windows(
    logged: Mapping[dt.date, Any], start: dt.date, end: dt.date
) -> Iterable[tuple[dt.date, list[Any]]]:
    """Each date of [start, end] with the logged days of its trailing window."""
    n = window_days()
    day = start
    while day <= end:
        window = [logged[w] for k in range(n) if (w := day - dt.timedelta(days=k)) in logged]
        yield day, window
        day += dt.timedelta(days=1)


def _weights(days: Sequence[Day], profile: Profile | None) -> dict[dt.date, float | None]:
    """Body weight on each day as the analyzer takes it: the latest weighed within its
    carry-forward span, else the profile's, else the latest ever weighed."""
    from journal.analysis.intake import WEIGHT_CARRY_DAYS

    out: dict[dt.date, float | None] = {}
    fallback = profile.weight_kg if profile is not None else None
    latest: tuple[dt.date, float] | None = None
    for d in sorted(days, key=lambda d: d.date):
        if d.weight_kg is not None:
            latest = (d.date, d.weight_kg)
        if latest is not None and (d.date - latest[0]).days <= WEIGHT_CARRY_DAYS:
            out[d.date] = latest[1]
        else:
            out[d.date] = fallback if fallback is not None else (latest[1] if latest else None)
    return out


def nutrients_spec(
    days: Iterable[Day], start: dt.date, end: dt.date, profile: Profile | None = None
) -> ChartSpec:
    """B12, B6, iron and energy: 7-day mean intake as a percentage of the reference.

    B12, B6 and iron use the RDA for the profile on that date (100 % = the recommended
    amount; the analyzer warns below the EAR). Energy has no RDA: its reference is the intake
    at which energy availability reaches the energy_low rule's minimum (kcal/kg fat-free mass
    after that day's exercise), so below 100 % is where that flag looks.
    """
    from journal import nutrition
    from journal.analysis.thresholds import ENERGY_AVAILABILITY_MIN

    profile = profile or Profile()
    all_days = sorted(days, key=lambda d: d.date)
    spec = ChartSpec(
        title=f"{TITLES['nutrients']}, {range_label(start, end)}",
        start=start,
        end=end,
        y_label="7-day mean, % of reference",
        y_min=0.0,
    )
    need_days = min_logged_days()
    logged = _intakes(all_days, start, end, judged_only=True)
    if not any(start <= d <= end for d in logged):
        if any(start <= d <= end for d in _intakes(all_days, start, end)):
            spec.empty = (
                f"Too few days with meals logged between {range_text(start, end)}: "
                f"a 7-day mean needs {need_days} logged days in its week, "
                "with most of the food recognised."
            )
        else:
            spec.empty = f"No meals logged between {range_text(start, end)}."
        return spec
    refs_by_year: dict[int, dict[str, Any]] = {}
    values: dict[str, list[float | None]] = {k: [] for k, _, _ in NUTRIENT_SERIES}
    xs: list[float] = []
    weights = _weights(all_days, profile)
    need: dict[dt.date, float] = {}  # intake at which energy availability reaches the minimum
    for date, (d, _intake) in logged.items():
        weight = weights.get(date)
        if weight is not None:
            ffm = nutrition.fat_free_mass(profile, weight).kg
            need[date] = ENERGY_AVAILABILITY_MIN * ffm + nutrition.exercise_energy(d, weight)
    for day, window in _windows(logged, start, end):
        xs.append(offset(day, start))
        refs = refs_by_year.get(day.year) or refs_by_year.setdefault(
            day.year, nutrition.references(profile, day)
        )
        enough = len(window) >= need_days
        for key, _, _ in NUTRIENT_SERIES:
            value: float | None = None
            if enough and key == "kcal":
                needed = [need.get(d.date) for d, _ in window]
                eaten = [i.totals.get("kcal") for _, i in window]
                if None not in needed and None not in eaten and sum(needed) > 0:  # type: ignore[arg-type]
                    value = 100.0 * sum(eaten) / sum(needed)  # type: ignore[arg-type]
            elif enough and key in refs:
                rda = refs[key].rda
                mean = sum(i.totals.get(key, 0.0) for _, i in window) / len(window)
                value = 100.0 * mean / rda if rda else None
            values[key].append(value)
    if not any(v is not None for vs in values.values() for v in vs):
        spec.empty = (
            f"Too few days with meals logged between {range_text(start, end)}: "
            f"a 7-day mean needs {need_days} logged days in its week, "
            "with most of the food recognised."
        )
        return spec
    top = max([150.0, *(v for vs in values.values() for v in vs if finite(v) is not None)])
    spec.y_max = min(top, 400.0)
    ea = f"need at EA {ENERGY_AVAILABILITY_MIN:g}"
    spec.series = [
        Series(
            f"{label} % of {'RDA' if key != 'kcal' else ea}",
            xs,
            values[key],
            "line",
            plain,
            i,
            smooth=True,
        )
        for i, (key, label, plain) in enumerate(NUTRIENT_SERIES)
        if any(v is not None for v in values[key])
    ]
    spec.series.append(reference("100 %", 100.0, start, end))
    return spec


def macros_spec(days: Iterable[Day], start: dt.date, end: dt.date) -> ChartSpec:
    """Carbohydrate, fat and protein as a 7-day share of energy, with the guide's ranges.

    The ranges are drawn as pairs of reference lines in each macro's colour: carbs 50–70 %,
    fat 20–30 %, protein 10–20 %.
    """
    from journal import nutrition

    spec = ChartSpec(
        title=f"{TITLES['macros']}, {range_label(start, end)}",
        start=start,
        end=end,
        y_label="7-day share of energy (%)",
        y_min=0.0,
        y_max=80.0,
    )
    need_days = min_logged_days()
    logged = _intakes(days, start, end)
    if not any(start <= d <= end for d in logged):
        spec.empty = f"No meals logged between {range_text(start, end)}."
        return spec
    xs: list[float] = []
    values: dict[str, list[float | None]] = {k: [] for k, _, _ in MACRO_SERIES}
    for day, window in _windows(logged, start, end):
        xs.append(offset(day, start))
        shares = None
        if len(window) >= need_days:
            totals = {k: sum(i.totals.get(k, 0.0) for _, i in window) for k in nutrition.KCAL_PER_G}
            shares = nutrition.macro_shares(totals)
        for key, _, _ in MACRO_SERIES:
            values[key].append(100.0 * shares[key] if shares else None)
    if not any(v is not None for vs in values.values() for v in vs):
        spec.empty = (
            f"Too few days with meals logged between {range_text(start, end)}: "
            f"a 7-day share needs {need_days} logged days in its week."
        )
        return spec
    top = max([80.0, *(v for vs in values.values() for v in vs if finite(v) is not None)])
    spec.y_max = min(100.0, top)
    for i, (key, label, plain) in enumerate(MACRO_SERIES):
        lo, hi = MACRO_RANGES[label]
        spec.series.append(
            Series(
                f"{label} % (guide {lo:g}-{hi:g})", xs, values[key], "line", plain, i, smooth=True
            )
        )
        for bound in (lo, hi):
            ref = reference("", bound, start, end)
            ref.color, ref.legend = i, False
            spec.series.append(ref)
    return spec
