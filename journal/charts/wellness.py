"""Recovery chart specs: sleep against fatigue, and resting heart rate with body weight."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from journal.charts.spec import (
    ChartSpec,
    Series,
    finite,
    in_range,
    offset,
    range_label,
    range_text,
    reference,
)
from journal.model import Day

TITLES = {
    "sleep": "Sleep and fatigue",
    "body": "Resting heart rate and weight",
}


def sleep_spec(days: Iterable[Day], start: dt.date, end: dt.date) -> ChartSpec:
    """Nightly sleep (left axis) against fatigue 1-10 (right axis), with the analyzer's target.

    The target line is the sleep_debt rule's 7-day mean minimum, read from the analyzer.
    """
    from journal.analysis.thresholds import SLEEP_MEAN_MIN_H as target

    chosen = in_range(days, start, end)
    spec = ChartSpec(
        title=f"{TITLES['sleep']}, {range_label(start, end)}",
        start=start,
        end=end,
        y_label="sleep (h)",
        y2_label="fatigue (1-10)",
        y_min=0.0,
        y2_min=0.0,
        y2_max=10.0,
    )
    hours = [(d.date, d.sleep.hours) for d in chosen if d.sleep is not None]
    fatigue = [(d.date, float(d.fatigue)) for d in chosen if d.fatigue is not None]
    if not hours and not fatigue:
        spec.empty = f"No sleep or fatigue logged between {range_text(start, end)}."
        return spec
    spec.y_max = max([10.0, *(h for _, h in hours if finite(h) is not None)])
    spec.series = [
        Series(
            "sleep (h)",
            [offset(d, start) for d, _ in hours],
            [h for _, h in hours],
            "line",
            "•",
            0,
        ),
        Series(
            "fatigue",
            [offset(d, start) for d, _ in fatigue],
            [f for _, f in fatigue],
            "line",
            "x",
            1,
            side="right",
        ),
        reference(f"{target:g} h target", target, start, end),
    ]
    return spec


def body_spec(days: Iterable[Day], start: dt.date, end: dt.date) -> ChartSpec:
    """Morning resting heart rate (left axis) and body weight (right axis), as logged.

    Both axes start near the data, not at 0: a 5 bpm rise or a 5 % weight loss is what the
    analyzer flags, and it must be visible.
    """
    chosen = in_range(days, start, end)
    spec = ChartSpec(
        title=f"{TITLES['body']}, {range_label(start, end)}",
        start=start,
        end=end,
        y_label="resting HR (bpm)",
        y2_label="weight (kg)",
    )
    hr = [(d.date, float(d.resting_hr)) for d in chosen if d.resting_hr is not None]
    kg = [(d.date, d.weight_kg) for d in chosen if finite(d.weight_kg) is not None]
    if not hr and not kg:
        spec.empty = f"No resting heart rate or weight logged between {range_text(start, end)}."
        return spec
    if hr:
        spec.y_min = max(0.0, min(v for _, v in hr) - 5)
        spec.y_max = max(v for _, v in hr) + 5
    if kg:
        spec.y2_min = max(0.0, min(v for _, v in kg) - 2)  # type: ignore[type-var]
        spec.y2_max = max(v for _, v in kg) + 2  # type: ignore[type-var]
    spec.series = [
        Series(
            "resting HR (bpm)",
            [offset(d, start) for d, _ in hr],
            [v for _, v in hr],
            "line",
            "•",
            0,
            gap=3.0,
        ),
        Series(
            "weight (kg)",
            [offset(d, start) for d, _ in kg],
            [v for _, v in kg],
            "points",
            "◆",
            1,
            side="right",
            gap=14.0,
        ),
    ]
    return spec
