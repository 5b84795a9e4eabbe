"""Charts drawn as text with plotext 6: the same renderings for the CLI and the TUI.

Every public chart function is pure: journal data, a date range and a size in, a string out
(ANSI-coloured, or plain with a distinct marker per series). The work is split in two:

* a data layer that turns days into :class:`ChartSpec` values (series of numbers, reference
  lines, labels) and never touches plotext, so it is cheap to test;
* :func:`draw`, the only code that talks to plotext. plotext keeps one global figure and its
  compiled kernel aborts the whole process on NaN, so ``draw`` sanitises every value, splits
  series at gaps, renders under a lock and guarantees no line is wider than asked.

plotext (~110 ms to import) is imported inside :func:`draw`, never at module import, so the
CLI, which registers ``stridelog chart`` at startup, and the TUI pay for it only when a chart
is first drawn.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from journal.model import Day, Profile

CHART_NAMES: tuple[str, ...] = ("mileage", "load", "sleep", "nutrients", "macros")
CHART_TITLES: dict[str, str] = {
    "mileage": "Weekly mileage",
    "load": "Daily training load",
    "sleep": "Sleep and fatigue",
    "nutrients": "Nutrient intake vs reference",
    "macros": "Macronutrient share of energy",
}

MIN_WIDTH = 30
MIN_HEIGHT = 10

# The runner's guide (DESIGN §0): share of energy, percent.
MACRO_RANGES: dict[str, tuple[float, float]] = {
    "carbs": (50.0, 70.0),
    "fat": (20.0, 30.0),
    "protein": (10.0, 20.0),
}
KCAL_PER_G = {"carbs_g": 4.0, "protein_g": 4.0, "fat_g": 9.0}
SLEEP_TARGET_H = 7.0  # AASM/SRS consensus (Watson 2015), as the sleep_debt rule
ROLLING_DAYS = 7
MIN_LOGGED_DAYS = 4  # as the analyzer's nutrition rules: fewer logged days is not a mean to judge

Style = Literal["line", "filled", "bars", "points", "reference"]
Side = Literal["left", "right"]


# --- palette ------------------------------------------------------------------------------------

DEFAULT_SERIES: tuple[str, ...] = ("#4FB3BF", "#F2A65A", "#9B8CFF", "#6CCB8B", "#E5686A", "#E9B949")
DEFAULT_SEVERITY: dict[str, str] = {"info": "#6FA8DC", "warning": "#E9B949", "alert": "#E5686A"}


@dataclass(frozen=True, slots=True)
class Palette:
    """Colours for a chart, taken from a theme's data file (``[chart]`` and ``[severity]``)."""

    series: tuple[str, ...] = DEFAULT_SERIES
    reference: str = "#8A96A3"
    text: str | None = None
    severity: tuple[tuple[str, str], ...] = tuple(DEFAULT_SEVERITY.items())
    name: str = "default"

    def series_color(self, index: int) -> str:
        return self.series[index % len(self.series)] if self.series else "#FFFFFF"

    def severity_color(self, level: str) -> str:
        return dict(self.severity).get(level) or self.reference

    @classmethod
    def from_theme(cls, theme: Any) -> Palette:
        """From a ``journal.themes.ThemeData`` (duck-typed, so this module needs no import)."""
        colors: Mapping[str, str] = getattr(theme, "colors", None) or {}
        series = tuple(getattr(theme, "chart_series", None) or ()) or DEFAULT_SERIES
        severity = {**DEFAULT_SEVERITY, **(getattr(theme, "severity", None) or {})}
        return cls(
            series=series,
            reference=getattr(theme, "reference", None) or colors.get("secondary") or "#8A96A3",
            text=colors.get("foreground"),
            severity=tuple(severity.items()),
            name=str(getattr(theme, "name", "theme")),
        )


def theme_palette(name: str | None = None) -> Palette:
    """The palette of theme ``name`` (default: the saved theme), from its data file.

    Reads the theme's TOML through ``journal.themes`` (which does not import Textual); an
    unknown or unreadable theme falls back to the built-in palette rather than failing a chart.
    """
    try:
        from journal import themes

        theme_name = name or themes.saved_theme_name()
        return Palette.from_theme(themes.load_theme_data(theme_name))
    except Exception:  # a chart must still draw with a broken theme file
        return Palette()


def _rgb(color: str | None) -> tuple[int, int, int] | None:
    if not color:
        return None
    text = color.strip().lstrip("#")
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    if len(text) not in (6, 8) or not re.fullmatch(r"[0-9a-fA-F]+", text):
        return None
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


# --- chart description --------------------------------------------------------------------------


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


def _tick_label(value: float, step: float) -> str:
    if float(step).is_integer():
        return f"{value:.0f}"
    return f"{value:.1f}" if (step * 10).is_integer() else f"{value:.2f}"


def _add_months(day: dt.date, months: int) -> dt.date:
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
        first = _add_months(first, 1)
    if months >= 12:
        while first.month != 1:
            first = _add_months(first, 1)
    else:
        while (first.month - 1) % months:
            first = _add_months(first, 1)
    out, day = [], first
    while day <= end:
        out.append(((day - start).days, f"{day:%b %Y}" if months < 12 else f"{day.year}"))
        day = _add_months(day, months)
    return out


# --- visible width ------------------------------------------------------------------------------

_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def strip_ansi(text: str) -> str:
    return _ANSI.sub("", text)


def char_width(ch: str) -> int:
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def visible_width(line: str) -> int:
    """Terminal cells taken by ``line``, colour codes excluded."""
    return sum(char_width(ch) for ch in strip_ansi(line))


def crop(line: str, width: int) -> str:
    """``line`` cut to ``width`` visible cells, keeping its colour codes (reset at the end)."""
    if visible_width(line) <= width:
        return line
    reset = "\x1b[0m" if _ANSI.search(line) else ""
    out, used, pos = [], 0, 0
    for match in _ANSI.finditer(line):
        for ch in line[pos : match.start()]:
            w = char_width(ch)
            if used + w > width:
                return "".join(out) + reset
            out.append(ch)
            used += w
        out.append(match.group())
        pos = match.end()
    for ch in line[pos:]:
        w = char_width(ch)
        if used + w > width:
            break
        out.append(ch)
        used += w
    return "".join(out) + reset


def _message(title: str, text: str, width: int, height: int) -> str:
    """A chart that has nothing to plot says why, within the size asked."""
    import textwrap

    lines = [title, "", *textwrap.wrap(text, max(10, width))]
    return "\n".join(crop(line, width) for line in lines[: max(1, height)])


# --- drawing ------------------------------------------------------------------------------------

_LOCK = threading.Lock()
_THEMES: set[str] = set()


def _canvas_width(width: int, spec: ChartSpec) -> int:
    return max(10, width - 8 - (8 if spec.y2_label else 1))


def _limits(
    series: Iterable[Series], side: Side, lo: float | None, hi: float | None, count: int = 5
) -> list[float]:
    values = [
        v for s in series if s.side == side for v in (finite(y) for y in s.y) if v is not None
    ]
    data_lo = min(values, default=0.0)
    data_hi = max(values, default=1.0)
    low = lo if lo is not None else min(0.0, data_lo)
    high = hi if hi is not None else max(data_hi, low + 1.0)
    return nice_ticks(low, high, count)


def draw(spec: ChartSpec, width: int, height: int, palette: Palette | None, color: bool) -> str:
    """Render ``spec`` to text of at most ``width`` columns and ``height`` rows.

    The last rows are our own legend, one or two (plotext's legend box would cover data at
    these sizes).
    """
    width, height = int(width), int(height)
    if spec.empty:
        return _message(spec.title, spec.empty, width, height)
    if width < MIN_WIDTH or height < MIN_HEIGHT:
        return _message(
            spec.title, f"Too small for a chart: needs {MIN_WIDTH}×{MIN_HEIGHT}.", width, height
        )
    palette = palette or Palette()
    legend = _legend(spec, palette, color, width, max_lines=1 if height < 16 else 2)
    with _LOCK:
        body = _draw_locked(spec, width, height - len(legend), palette, color)
    lines = [crop(line, width) for line in body.rstrip("\n").split("\n")]
    lines.extend(crop(line, width) for line in legend)
    return "\n".join(lines)


def _series_rgb(s: Series, palette: Palette) -> tuple[int, int, int] | None:
    if isinstance(s.color, int):
        return _rgb(palette.series_color(s.color))
    if s.color == "reference":
        return _rgb(palette.reference)
    if isinstance(s.color, str) and s.color.startswith("severity:"):
        return _rgb(palette.severity_color(s.color.split(":", 1)[1]))
    return _rgb(s.color)


def _legend(
    spec: ChartSpec, palette: Palette, color: bool, width: int, max_lines: int = 2
) -> list[str]:
    """Legend entries packed into at most ``max_lines`` lines of ``width`` cells."""
    parts = []
    for s in spec.series:
        if not s.legend:
            continue
        sym = s.plain
        if color:
            rgb = _series_rgb(s, palette)
            if s.style == "line":
                sym = "━"
            elif s.style in ("bars", "filled"):
                sym = "█"
            if rgb:
                sym = f"\x1b[38;2;{rgb[0]};{rgb[1]};{rgb[2]}m{sym}\x1b[0m"
        side = " (right axis)" if s.side == "right" and spec.y2_label else ""
        parts.append(f"{sym} {s.label}{side}")
    lines: list[str] = []
    for part in parts:
        if lines and visible_width(lines[-1]) + 2 + visible_width(part) <= width:
            lines[-1] += "  " + part
        elif len(lines) < max_lines:
            lines.append(part)
        else:
            lines[-1] += "  " + part  # cropped by the caller
    return lines or [""]


def _draw_locked(spec: ChartSpec, width: int, height: int, palette: Palette, color: bool) -> str:
    import plotext as plt

    fig = plt.figure
    plt.terminal.limit(False, False)
    fig.clear()
    theme = _plotext_theme(plt, palette) if color else "colorless"
    fig.theme(theme)
    fig.plot_size(width, height)

    span = max(1, (spec.end - spec.start).days)
    canvas = _canvas_width(width, spec)
    ticks = date_ticks(spec.start, spec.end, canvas // 10)
    x_lo, x_hi = -0.5, span + 0.5

    count = max(2, min(7, (height - 5) // 3))  # a tick every ~3 rows
    left = _limits(spec.series, "left", spec.y_min, spec.y_max, count)
    has_right = any(s.side == "right" for s in spec.series)
    right = _limits(spec.series, "right", spec.y2_min, spec.y2_max, count) if has_right else None

    # References first, so the data is drawn over them and never hidden by a guide line.
    ordered = sorted(spec.series, key=lambda s: s.style != "reference")
    for s in ordered:
        _draw_series(plt, fig, s, palette, color, x_lo, x_hi, left, right, canvas)

    fig.ruler("x").lim(x_lo, x_hi)
    fig.ruler("x").ticks([t for t, _ in ticks], labels=[label for _, label in ticks])
    _set_y(fig, "left", left)
    if right is not None:
        _set_y(fig, "right", right)
    title = spec.title if len(spec.title) <= width else spec.title.split(",")[0]
    fig.title(title[:width])  # plotext drops a title that does not fit
    y2 = len(spec.y2_label or "")
    half = len(spec.x_label) / 2
    if width / 2 - half > len(spec.y_label) + 1 and width / 2 + half < width - y2 - 1:
        fig.label(spec.x_label, "x")  # only when it does not run into the y labels
    fig.label(spec.y_label, "y")
    if spec.y2_label and right is not None:
        fig.label(spec.y2_label, "y", "right")
    return fig.build().string(colorless=not color)


def _set_y(fig: Any, side: Side, ticks: list[float]) -> None:
    step = ticks[1] - ticks[0] if len(ticks) > 1 else 1.0
    fig.ruler("y", side).lim(ticks[0], ticks[-1])
    fig.ruler("y", side).ticks(ticks, labels=[_tick_label(t, step) for t in ticks])


def _plotext_theme(plt: Any, palette: Palette) -> str:
    name = f"stridelog:{palette.name}:{palette.text}:{','.join(palette.series)}"
    if name not in _THEMES:
        text = _rgb(palette.text)
        plt.add_theme(
            name,
            canvas=None,
            text=text,
            sequence=[c for c in (_rgb(s) for s in palette.series) if c],
        )
        _THEMES.add(name)
    return name


def thin(
    xs: list[float], ys: list[float], breaks: list[int], limit: int
) -> tuple[list[float], list[float], list[int]]:
    """Every k-th point of a smooth line so it has about ``limit`` points, keeping both ends
    of every segment. A braille line costs plotext ~12 µs a point; a 7-day mean or an EWMA
    loses nothing visible at two points per screen column."""
    step = math.ceil(len(xs) / max(1, limit))
    if step <= 1:
        return xs, ys, breaks
    starts = set(breaks)
    keep = [
        i
        for i in range(len(xs))
        if i % step == 0 or i in starts or i + 1 in starts or i == len(xs) - 1
    ]
    new_breaks = [j for j, i in enumerate(keep) if i in starts]
    return [xs[i] for i in keep], [ys[i] for i in keep], new_breaks


def _draw_series(
    plt: Any,
    fig: Any,
    s: Series,
    palette: Palette,
    color: bool,
    x_lo: float,
    x_hi: float,
    left: list[float],
    right: list[float] | None,
    canvas: int,
) -> None:
    xs, ys, breaks = clean_points(s.x, s.y, s.gap)
    if not xs:
        return
    if s.smooth and s.style == "line":
        xs, ys, breaks = thin(xs, ys, breaks, 2 * canvas)
    ylim = right if s.side == "right" and right is not None else left
    lo, hi = ylim[0], ylim[-1]
    ys = [min(max(v, lo), hi) for v in ys]  # clip to the frame so nothing lands off the canvas
    pixel = plt.pixel(foreground=_series_rgb(s, palette)) if color else plt.pixel()
    symbol = s.plain
    if color and s.style == "line":
        symbol = "braille"
    if (color and s.style == "filled") or s.style == "bars":
        symbol = "█"
    marker = plt.marker(symbol, pixel)
    yside = "right" if s.side == "right" and right is not None else "left"
    if s.style == "bars":
        sig = fig.bar(xs, ys, marker=marker, width=0.7, yside=yside)
        fig.draw(sig)
        return
    sig = fig.signal(xs, ys, marker=marker, yside=yside)
    if s.style in ("line", "reference"):
        sig.lines()
        for b in breaks:
            sig.line(b, False)
    if s.style == "filled":
        # Stems without connecting lines: lines plus a fill cost 30-600 ms at 365 points.
        sig.fillx()
    fig.draw(sig)


# --- data helpers -------------------------------------------------------------------------------


def in_range(days: Iterable[Day], start: dt.date, end: dt.date) -> list[Day]:
    return sorted((d for d in days if start <= d.date <= end), key=lambda d: d.date)


def _offset(day: dt.date, start: dt.date) -> float:
    return float((day - start).days)


def _reference(
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


def _range_text(start: dt.date, end: dt.date) -> str:
    return f"{start.isoformat()} and {end.isoformat()}"


# --- mileage ------------------------------------------------------------------------------------


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
    from journal.analysis import metrics

    return [
        Week(p.week_start, p.distance_km, p.longest_run_km, p.runs)
        for p in metrics.weekly_mileage(in_range(days, start, end), start, end)
    ]


KM_PER_MILE = 1.609344


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
        title=f"{CHART_TITLES['mileage']}, {_range_label(first, end)}",
        start=first,
        end=(data[-1].week_start if data else first) + dt.timedelta(days=6),  # whole bars
        y_label=f"distance ({unit})",
        x_label="week starting",
    )
    if not any(w.distance_km > 0 for w in data):
        spec.empty = f"No runs with a distance between {_range_text(start, end)}."
        return spec
    x = [_offset(w.week_start, first) + 3 for w in data]
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


# --- sleep --------------------------------------------------------------------------------------


def sleep_spec(days: Iterable[Day], start: dt.date, end: dt.date) -> ChartSpec:
    chosen = in_range(days, start, end)
    spec = ChartSpec(
        title=f"{CHART_TITLES['sleep']}, {_range_label(start, end)}",
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
        spec.empty = f"No sleep or fatigue logged between {_range_text(start, end)}."
        return spec
    spec.y_max = max([10.0, *(h for _, h in hours if finite(h) is not None)])
    spec.series = [
        Series(
            "sleep (h)",
            [_offset(d, start) for d, _ in hours],
            [h for _, h in hours],
            "line",
            "•",
            0,
        ),
        Series(
            "fatigue",
            [_offset(d, start) for d, _ in fatigue],
            [f for _, f in fatigue],
            "line",
            "x",
            1,
            side="right",
        ),
        _reference(f"{SLEEP_TARGET_H:g} h target", SLEEP_TARGET_H, start, end),
    ]
    return spec


def _range_label(start: dt.date, end: dt.date) -> str:
    return f"{start:%d %b %Y} – {end:%d %b %Y}"


# --- load ---------------------------------------------------------------------------------------


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
        title=f"{CHART_TITLES['load']}, {_range_label(start, end)}",
        start=start,
        end=end,
        y_label="load (RPE×min)",
        y2_label="TSB",
    )
    if not any(d.trained for d in all_days if start <= d.date <= end):
        spec.empty = f"No training logged between {_range_text(start, end)}."
        return spec
    points = _load_points(all_days, start, end)
    x = [_offset(p[0], start) for p in points]
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
            marks.setdefault(level, []).append(_offset(day, start))
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


# --- nutrients and macros -----------------------------------------------------------------------

NUTRIENT_SERIES: tuple[tuple[str, str, str], ...] = (
    ("b12_ug", "B12", "o"),
    ("b6_mg", "B6", "+"),
    ("iron_mg", "iron", "x"),
    ("kcal", "energy", "*"),
)
# Energy has no RDA. Its reference is the intake at which energy availability reaches
# 30 kcal/kg fat-free mass/day after that day's exercise: the threshold of the analyzer's
# energy_low rule (IOC REDs 2023; Loucks 2011), so below 100 % is where that flag looks.
ENERGY_EA_KCAL_PER_KG_FFM = 30.0


def _intakes(days: Iterable[Day], start: dt.date, end: dt.date) -> dict[dt.date, Any]:
    """Intake of each logged day from ``start − 6`` to ``end`` (unlogged days are absent)."""
    from journal import nutrition

    first = start - dt.timedelta(days=ROLLING_DAYS - 1)
    out = {}
    for d in days:
        if first <= d.date <= end:
            intake = _day_intake(d, nutrition.day_intake)
            if intake.logged:
                out[d.date] = (d, intake)
    return out


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


def _windows(
    logged: Mapping[dt.date, Any], start: dt.date, end: dt.date
) -> Iterable[tuple[dt.date, list[Any]]]:
    """Each date of [start, end] with the logged days of its trailing 7-day window."""
    day = start
    while day <= end:
        window = [
            logged[w] for k in range(ROLLING_DAYS) if (w := day - dt.timedelta(days=k)) in logged
        ]
        yield day, window
        day += dt.timedelta(days=1)


def _weights(days: Sequence[Day], profile: Profile | None) -> dict[dt.date, float | None]:
    """Body weight on each day: the latest weighed day so far, else the profile's."""
    out: dict[dt.date, float | None] = {}
    latest = profile.weight_kg if profile is not None else None
    for d in sorted(days, key=lambda d: d.date):
        if d.weight_kg is not None:
            latest = d.weight_kg
        out[d.date] = latest
    return out


def nutrients_spec(
    days: Iterable[Day], start: dt.date, end: dt.date, profile: Profile | None = None
) -> ChartSpec:
    """B12, B6, iron and energy: 7-day mean intake as a percentage of the reference.

    B12, B6 and iron use the RDA for the profile on that date (100 % = the recommended
    amount; the analyzer warns below the EAR). A 7-day mean needs at least
    ``MIN_LOGGED_DAYS`` logged days in the window, as the analyzer's nutrition rules.
    """
    from journal import nutrition

    profile = profile or Profile()
    all_days = sorted(days, key=lambda d: d.date)
    spec = ChartSpec(
        title=f"{CHART_TITLES['nutrients']}, {_range_label(start, end)}",
        start=start,
        end=end,
        y_label="7-day mean, % of reference",
        y_min=0.0,
    )
    logged = _intakes(all_days, start, end)
    if not any(start <= d <= end for d in logged):
        spec.empty = f"No meals logged between {_range_text(start, end)}."
        return spec
    refs_by_year: dict[int, dict[str, Any]] = {}
    values: dict[str, list[float | None]] = {k: [] for k, _, _ in NUTRIENT_SERIES}
    xs: list[float] = []
    weights = _weights(all_days, profile)
    need: dict[dt.date, float] = {}  # intake at which energy availability is 30 kcal/kg FFM
    for date, (d, _intake) in logged.items():
        weight = weights.get(date)
        if weight is not None:
            ffm = nutrition.fat_free_mass(profile, weight).kg
            need[date] = ENERGY_EA_KCAL_PER_KG_FFM * ffm + nutrition.exercise_energy(d, weight)
    for day, window in _windows(logged, start, end):
        xs.append(_offset(day, start))
        refs = refs_by_year.get(day.year) or refs_by_year.setdefault(
            day.year, nutrition.references(profile, day)
        )
        enough = len(window) >= MIN_LOGGED_DAYS
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
            f"Too few days with meals logged between {_range_text(start, end)}: "
            f"a 7-day mean needs {MIN_LOGGED_DAYS} logged days in its week."
        )
        return spec
    top = max([150.0, *(v for vs in values.values() for v in vs if finite(v) is not None)])
    spec.y_max = min(top, 400.0)
    spec.series = [
        Series(
            f"{label} % of {'RDA' if key != 'kcal' else 'need at EA 30'}",
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
    spec.series.append(_reference("100 %", 100.0, start, end))
    return spec


MACRO_SERIES: tuple[tuple[str, str, str], ...] = (
    ("carbs_g", "carbs", "c"),
    ("fat_g", "fat", "f"),
    ("protein_g", "protein", "p"),
)


def macros_spec(days: Iterable[Day], start: dt.date, end: dt.date) -> ChartSpec:
    """Carbohydrate, fat and protein as a 7-day share of energy, with the guide's ranges.

    The ranges of the runner's guide (DESIGN §0) are drawn as pairs of reference lines in
    each macro's colour: carbs 50–70 %, fat 20–30 %, protein 10–20 %.
    """
    from journal import nutrition

    spec = ChartSpec(
        title=f"{CHART_TITLES['macros']}, {_range_label(start, end)}",
        start=start,
        end=end,
        y_label="7-day share of energy (%)",
        y_min=0.0,
        y_max=80.0,
    )
    logged = _intakes(days, start, end)
    if not any(start <= d <= end for d in logged):
        spec.empty = f"No meals logged between {_range_text(start, end)}."
        return spec
    xs: list[float] = []
    values: dict[str, list[float | None]] = {k: [] for k, _, _ in MACRO_SERIES}
    for day, window in _windows(logged, start, end):
        xs.append(_offset(day, start))
        shares = None
        if len(window) >= MIN_LOGGED_DAYS:
            totals = {k: sum(i.totals.get(k, 0.0) for _, i in window) for k in KCAL_PER_G}
            shares = nutrition.macro_shares(totals)
        for key, _, _ in MACRO_SERIES:
            values[key].append(100.0 * shares[key] if shares else None)
    if not any(v is not None for vs in values.values() for v in vs):
        spec.empty = (
            f"Too few days with meals logged between {_range_text(start, end)}: "
            f"a 7-day share needs {MIN_LOGGED_DAYS} logged days in its week."
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
            ref = _reference("", bound, start, end)
            ref.color, ref.legend = i, False
            spec.series.append(ref)
    return spec


# --- public chart functions ---------------------------------------------------------------------


def mileage(
    days: Iterable[Day],
    start: dt.date,
    end: dt.date,
    *,
    width: int,
    height: int,
    palette: Palette | None = None,
    color: bool = True,
    units: str = "metric",
) -> str:
    """Weekly distance as bars, the longest run of each week marked."""
    return draw(mileage_spec(days, start, end, units), width, height, palette, color)


def load(
    days: Iterable[Day],
    start: dt.date,
    end: dt.date,
    *,
    width: int,
    height: int,
    palette: Palette | None = None,
    color: bool = True,
    flags: Iterable[Any] = (),
) -> str:
    """Daily load with CTL, ATL and TSB; the dates of ``flags`` marked along the top."""
    return draw(load_spec(days, start, end, flags), width, height, palette, color)


def sleep(
    days: Iterable[Day],
    start: dt.date,
    end: dt.date,
    *,
    width: int,
    height: int,
    palette: Palette | None = None,
    color: bool = True,
) -> str:
    """Sleep hours (left axis) against fatigue (right axis), with the 7 h target."""
    return draw(sleep_spec(days, start, end), width, height, palette, color)


def nutrients(
    days: Iterable[Day],
    start: dt.date,
    end: dt.date,
    *,
    width: int,
    height: int,
    palette: Palette | None = None,
    color: bool = True,
    profile: Profile | None = None,
) -> str:
    """B12, B6, iron and energy as 7-day rolling % of the reference, with the 100 % line."""
    return draw(nutrients_spec(days, start, end, profile), width, height, palette, color)


def macros(
    days: Iterable[Day],
    start: dt.date,
    end: dt.date,
    *,
    width: int,
    height: int,
    palette: Palette | None = None,
    color: bool = True,
) -> str:
    """Carbohydrate, fat and protein share of energy against the runner's guide ranges."""
    return draw(macros_spec(days, start, end), width, height, palette, color)


def spec_for(
    name: str,
    days: Iterable[Day],
    start: dt.date,
    end: dt.date,
    *,
    profile: Profile | None = None,
    flags: Iterable[Any] = (),
) -> ChartSpec:
    """The description of chart ``name`` (one of :data:`CHART_NAMES`)."""
    if name == "mileage":
        return mileage_spec(days, start, end, profile.units if profile else "metric")
    if name == "load":
        return load_spec(days, start, end, flags)
    if name == "sleep":
        return sleep_spec(days, start, end)
    if name == "nutrients":
        return nutrients_spec(days, start, end, profile)
    if name == "macros":
        return macros_spec(days, start, end)
    raise ValueError(f"unknown chart {name!r}; one of {', '.join(CHART_NAMES)}")


def render(
    name: str,
    days: Iterable[Day],
    start: dt.date,
    end: dt.date,
    *,
    width: int,
    height: int,
    palette: Palette | None = None,
    color: bool = True,
    profile: Profile | None = None,
    flags: Iterable[Any] = (),
) -> str:
    """Chart ``name`` rendered at ``width`` × ``height``: the one entry point of both front ends."""
    spec = spec_for(name, days, start, end, profile=profile, flags=flags)
    return draw(spec, width, height, palette, color)


def flags_for(
    days: Sequence[Day], profile: Profile | None, start: dt.date, end: dt.date
) -> list[Any]:
    """The analyzer's flags overlapping [start, end], for marking on the load chart."""
    from journal import analysis

    return list(analysis.analyze(days, profile or Profile(), start, end).flags)
