"""Training chart specs: weekly mileage, weekly load with distance, daily load with CTL/ATL/TSB.

Every number comes from the analyzer's load model (:mod:`journal.analysis.metrics`), so a
chart and the Trends screen never disagree.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from journal.charts.axes import nice_ticks
from journal.charts.spec import ChartSpec, Series, finite, in_range, offset, range_label, range_text
from journal.entry import KM_PER_MILE
from journal.model import Day

TITLES = {
    "mileage": "Weekly mileage",
    "weekly_load": "Weekly training load and distance",
    "load": "Daily training load",
}


@dataclass(frozen=True, slots=True)
class Week:
    week_start: dt.date
    distance_km: float
    longest_run_km: float
    runs: int


def weeks(days: Iterable[Day], start: dt.date, end: dt.date) -> list[Week]:
    """Distance and longest run of each Monday week from ``start`` to ``end``.

    From ``journal.analysis.metrics.weekly_mileage``, so the chart and the Trends numbers
    agree; weeks without runs are there as zero, so bars keep their spacing.
    """
    return [
        Week(p.week_start, p.distance_km, p.longest_run_km, p.runs)
        for p in weekly_points(days, start, end)
    ]


def mileage_spec(
    days: Iterable[Day], start: dt.date, end: dt.date, units: str = "metric"
) -> ChartSpec:
    """Weekly distance bars with each week's longest run, in km (or miles for ``imperial``).

    Whole Monday weeks from the week holding ``start``: a clipped first week would show a
    misleadingly short bar.
    """
    first = start - dt.timedelta(days=start.weekday())
    data = weeks(days, first, end)
    unit, scale = ("mi", 1 / KM_PER_MILE) if units == "imperial" else ("km", 1.0)
    spec = ChartSpec(
        title=f"{TITLES['mileage']}, {range_label(first, end)}",
        start=first,
        end=(data[-1].week_start if data else first) + dt.timedelta(days=6),  # whole bars
        y_label=f"distance ({unit})",
        x_label="week starting",
    )
    if not any(w.distance_km > 0 for w in data):
        spec.empty = f"No runs with a distance between {range_text(first, end)}."
        return spec
    x = [offset(w.week_start, first) + 3 for w in data]
    spec.series = [
        Series(
            f"weekly distance ({unit})",
            x,
            [w.distance_km * scale for w in data],
            "bars",
            "█",
            0,
        ),
        Series(
            f"longest run ({unit})",
            x,
            [w.longest_run_km * scale if w.runs else None for w in data],
            "points",
            "◆",
            1,
            gap=math.inf,
        ),
    ]
    return spec


def weekly_load_spec(
    days: Iterable[Day], start: dt.date, end: dt.date, units: str = "metric"
) -> ChartSpec:
    """Weekly session-RPE load (bars, AU) with the week's distance on the right axis.

    Whole Monday weeks from the week holding ``start``, as the mileage chart: the load a
    physician reads against the distance that produced it.
    """
    first = start - dt.timedelta(days=start.weekday())
    data = weekly_points(days, first, end)
    unit, scale = ("mi", 1 / KM_PER_MILE) if units == "imperial" else ("km", 1.0)
    spec = ChartSpec(
        title=f"{TITLES['weekly_load']}, {range_label(first, end)}",
        start=first,
        end=(data[-1].week_start if data else first) + dt.timedelta(days=6),
        y_label="load (AU)",
        y2_label=f"distance ({unit})",
        x_label="week starting",
        y_min=0.0,
        y2_min=0.0,
    )
    if not any(w.load > 0 for w in data):
        spec.empty = f"No training logged between {range_text(start, end)}."
        return spec
    x = [offset(w.week_start, first) + 3 for w in data]
    spec.series = [
        Series("weekly load (AU)", x, [w.load for w in data], "bars", "█", 0),
        Series(
            f"distance ({unit})",
            x,
            [w.distance_km * scale for w in data],
            "line",
            "◆",
            1,
            side="right",
            gap=7.0,
        ),
    ]
    return spec


def weekly_points(days: Iterable[Day], start: dt.date, end: dt.date) -> list[Any]:
    """The analyzer's Monday weeks (distance, time, load, runs, longest run) of the range."""
    from journal.analysis import metrics

    return metrics.weekly_mileage(in_range(days, start, end), start, end)


# Flags marked on the load chart: what training load causes or should answer to. Nutrition and
# data flags span weeks and would cover the chart; the Trends screen lists them.
LOAD_FLAG_CATEGORIES = ("training", "recovery", "medical")
FLAG_MARKERS = {"info": "▽", "warning": "▼", "alert": "!"}  # plain output: one per severity


def _flag_span(flag: Any) -> tuple[dt.date, dt.date, str] | None:
    """(first, last, severity) of a flag (``Flag``, its ``to_json()`` or a plain mapping)."""
    data = flag.to_json() if hasattr(flag, "to_json") else flag
    get: Callable[[str], Any] = (
        data.get if isinstance(data, Mapping) else lambda k: getattr(data, k, None)
    )
    try:
        first = get("start")
        last = get("end") or first
        first = first if isinstance(first, dt.date) else dt.date.fromisoformat(str(first))
        last = last if isinstance(last, dt.date) else dt.date.fromisoformat(str(last))
    except (TypeError, ValueError):
        return None
    category = get("category")
    if category is not None and category not in LOAD_FLAG_CATEGORIES:
        return None
    return first, last, str(get("severity") or "info")


def load_spec(
    days: Iterable[Day], start: dt.date, end: dt.date, flags: Iterable[Any] = ()
) -> ChartSpec:
    """Daily load (filled line) with CTL and ATL, TSB on the right axis, flag dates on top.

    ``days`` may (and should) include history before ``start``: CTL needs weeks to settle.
    Only training, recovery and medical flags are marked (:data:`LOAD_FLAG_CATEGORIES`);
    where flags of several severities share a day, the highest is drawn on top.
    """
    all_days = sorted(days, key=lambda d: d.date)
    spec = ChartSpec(
        title=f"{TITLES['load']}, {range_label(start, end)}",
        start=start,
        end=end,
        y_label="load (RPE×min)",
        y2_label="TSB",
    )
    if not any(d.trained for d in all_days if start <= d.date <= end):
        spec.empty = f"No training logged between {range_text(start, end)}."
        return spec
    points = _load_points(all_days, start, end)
    x = [offset(p[0], start) for p in points]
    spec.series = [
        Series("daily load", x, [p[1] for p in points], "filled", "░", 0),
        Series("fitness CTL", x, [p[2] for p in points], "line", "+", 1, smooth=True),
        Series("fatigue ATL", x, [p[3] for p in points], "line", "*", 2, smooth=True),
        Series("form TSB", x, [p[4] for p in points], "line", "o", 3, "right", smooth=True),
    ]
    tsb = [v for p in points if (v := finite(p[4])) is not None]
    half = nice_ticks(0.0, max([10.0, *(abs(v) for v in tsb)]), 3)
    spec.y2_min, spec.y2_max = -half[-1], half[-1]  # symmetric, so 0 (fresh vs tired) is mid-height
    loads = [v for p in points for v in (finite(p[1]), finite(p[2]), finite(p[3])) if v is not None]
    top = nice_ticks(0.0, max([1.0, *loads]))[-1]
    spec.y_min, spec.y_max = 0.0, top
    marks: dict[str, list[float]] = {}
    for flag in flags:
        span = _flag_span(flag)
        if span is None:
            continue
        first, last, level = span
        day = max(first, start)
        while day <= min(last, end):
            marks.setdefault(level, []).append(offset(day, start))
            day += dt.timedelta(days=1)
    for level in FLAG_MARKERS:
        if level in marks:
            xs = sorted(set(marks[level]))
            spec.series.append(
                Series(
                    f"{level} flag",
                    xs,
                    [top] * len(xs),
                    "points",
                    FLAG_MARKERS[level],
                    f"severity:{level}",
                )
            )
    return spec


def _load_points(
    days: list[Day], start: dt.date, end: dt.date
) -> list[tuple[dt.date, float, float, float, float]]:
    """(date, load, CTL, ATL, TSB) for each day of [start, end], from the analyzer's model."""
    from journal.analysis import metrics

    return [
        (p.date, p.load, p.ctl, p.atl, p.tsb)
        for p in metrics.load_model(days, start, end)
        if start <= p.date <= end
    ]
