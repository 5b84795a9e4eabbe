"""Axis ticks both backends share: round values for a y axis, calendar steps for a date axis."""

from __future__ import annotations

import calendar
import datetime as dt
import math
from collections.abc import Iterable

from journal.charts.spec import Series, Side, finite


def nice_ticks(lo: float, hi: float, count: int = 5) -> list[float]:
    """Round tick values covering [lo, hi] (1, 2, 5 × 10ⁿ steps), about ``count`` of them."""
    if not (math.isfinite(lo) and math.isfinite(hi)):
        return [0.0, 1.0]
    if hi - lo <= max(abs(lo), abs(hi)) * 1e-9:  # one value (or float noise): give it room
        margin = max(1.0, abs(lo) * 0.1)
        lo, hi = lo - margin * (lo < 0), hi + margin
    intervals = max(1, count - 1)
    power = 10 ** math.floor(math.log10((hi - lo) / intervals))
    candidates = [m * p for p in (power / 10, power, power * 10) for m in (1, 2, 5)]
    step = min(candidates, key=lambda st: (abs((hi - lo) / st - intervals), -st))
    first = math.floor(lo / step + 1e-9) * step
    last = math.ceil(hi / step - 1e-9) * step
    n = round((last - first) / step)
    return [round(first + k * step, 10) for k in range(n + 1)]


def tick_label(value: float, step: float) -> str:
    if float(step).is_integer():
        return f"{value:.0f}"
    return f"{value:.1f}" if (step * 10).is_integer() else f"{value:.2f}"


def add_months(day: dt.date, months: int) -> dt.date:
    total = day.month - 1 + months
    year, month = day.year + total // 12, total % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def date_ticks(start: dt.date, end: dt.date, max_ticks: int) -> list[tuple[int, str]]:
    """Tick positions (days from ``start``) and labels for a date axis that fits ``max_ticks``.

    Short ranges get day ticks ("20 Nov"), then Mondays, then month starts ("Nov 2026"),
    stepping to the first spacing whose ticks fit the width.
    """
    span = (end - start).days
    max_ticks = max(2, max_ticks)
    for step in (1, 2, 7, 14):
        if span // step + 1 <= max_ticks:
            first = start if step < 7 else start + dt.timedelta(days=(7 - start.weekday()) % 7)
            out, day = [], first
            while day <= end:
                out.append(((day - start).days, f"{day.day} {day:%b}"))
                day += dt.timedelta(days=step)
            return out
    for months in (1, 2, 3, 6, 12, 24, 60):
        if span / (30.44 * months) + 1 <= max_ticks:
            break
    first = dt.date(start.year, start.month, 1)
    if first < start:
        first = add_months(first, 1)
    if months >= 12:
        while first.month != 1:
            first = add_months(first, 1)
    else:
        while (first.month - 1) % months:
            first = add_months(first, 1)
    out, day = [], first
    while day <= end:
        out.append(((day - start).days, f"{day:%b %Y}" if months < 12 else f"{day.year}"))
        day = add_months(day, months)
    return out


def limits(
    series: Iterable[Series], side: Side, lo: float | None, hi: float | None, count: int = 5
) -> list[float]:
    """Tick values of one y axis: the spec's bounds where set, else the data's (from 0)."""
    values = [
        v for s in series if s.side == side for v in (finite(y) for y in s.y) if v is not None
    ]
    data_lo = min(values, default=0.0)
    data_hi = max(values, default=1.0)
    low = lo if lo is not None else min(0.0, data_lo)
    high = hi if hi is not None else max(data_hi, low + 1.0)
    return nice_ticks(low, high, count)
