"""What a chart is, as data: :class:`ChartSpec` and its :class:`Series`, with no drawing in it.

Spec builders (``training``, ``wellness``, ``nutrition``) make these from the analyzer's series;
the backends (:mod:`.terminal` for plotext text, :mod:`.svg` for the report) draw them. Values
may be None, NaN or infinite: :func:`clean_points` is the one place they are dropped.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from journal.model import Day

Style = Literal["line", "filled", "bars", "points", "reference"]
Side = Literal["left", "right"]


@dataclass(slots=True)
class Series:
    """One thing drawn: its values by day offset (``x``) and how to draw them.

    ``y`` may hold None, NaN or infinities: :func:`clean_points` drops them and the line breaks
    there. ``plain`` is the marker used when colour is off; each series of a chart has its own.
    """

    label: str
    x: list[float]
    y: list[float | None]
    style: Style = "line"
    plain: str = "•"
    color: int | str | None = 0  # palette index, "#hex", "reference" or "severity:<level>"
    side: Side = "left"
    gap: float = 1.0  # consecutive points farther apart than this are not joined
    legend: bool = True
    smooth: bool = False  # a slowly varying line: may be thinned to the screen's resolution


@dataclass(slots=True)
class ChartSpec:
    """Everything :func:`draw` needs, with no plotext in it."""

    title: str
    start: dt.date
    end: dt.date
    y_label: str
    x_label: str = "date"
    y2_label: str | None = None
    series: list[Series] = field(default_factory=list)
    empty: str | None = None  # when set, the chart says this instead of plotting
    y_min: float | None = None
    y_max: float | None = None
    y2_min: float | None = None
    y2_max: float | None = None


# --- sanitising ---------------------------------------------------------------------------------


MAX_ABS = 1e12  # far beyond any journal value; keeps plotext's arithmetic finite


def finite(value: object) -> float | None:
    """``value`` as a float when it is a real, finite number, else None.

    Magnitudes are capped at :data:`MAX_ABS`: a span like 1e308 − (−1e308) would overflow
    to infinity inside the axis arithmetic.
    """
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        number = float(value)
    except OverflowError:  # an int too large for a float
        return math.copysign(MAX_ABS, value)  # type: ignore[arg-type]
    if not math.isfinite(number):
        return None
    return max(-MAX_ABS, min(MAX_ABS, number))


def clean_points(
    x: Sequence[object], y: Sequence[object], gap: float = 1.0
) -> tuple[list[float], list[float], list[int]]:
    """Finite (x, y) pairs in x order, and the indices where a new segment starts.

    A segment breaks where a value was dropped or where two kept points are more than ``gap``
    apart, so a missing night of sleep is a hole in the line, not a slope across it.
    """
    pairs = []
    for i, (xv, yv) in enumerate(zip(x, y, strict=False)):
        fx, fy = finite(xv), finite(yv)
        pairs.append((fx, fy, i))
    kept = sorted((p for p in pairs if p[0] is not None and p[1] is not None), key=lambda p: p[0])
    xs = [p[0] for p in kept]
    ys = [p[1] for p in kept]
    breaks = []
    for k in range(1, len(kept)):
        if xs[k] - xs[k - 1] > gap + 1e-9 or kept[k][2] - kept[k - 1][2] > 1:  # type: ignore[operator]
            breaks.append(k)
    return xs, ys, breaks  # type: ignore[return-value]


def in_range(days: Iterable[Day], start: dt.date, end: dt.date) -> list[Day]:
    return sorted((d for d in days if start <= d.date <= end), key=lambda d: d.date)


def offset(day: dt.date, start: dt.date) -> float:
    return float((day - start).days)


def reference(
    label: str, value: float, start: dt.date, end: dt.date, side: Side = "left"
) -> Series:
    """A horizontal reference drawn as a two-point signal (``fig.line`` paints the background)."""
    return Series(
        label=label,
        x=[0.0, float((end - start).days)],
        y=[value, value],
        style="reference",
        plain="·",
        color="reference",
        side=side,
        gap=math.inf,
    )


def range_text(start: dt.date, end: dt.date) -> str:
    """The range in an empty chart's sentence, dated like its title (``05 Oct 2026``)."""
    return f"{start:%d %b %Y} and {end:%d %b %Y}"


def range_label(start: dt.date, end: dt.date) -> str:
    return f"{start:%d %b %Y} – {end:%d %b %Y}"
