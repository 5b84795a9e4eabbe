"""The plotext backend: a :class:`ChartSpec` drawn as terminal text, for the CLI and the TUI.

plotext keeps one global figure and its compiled kernel aborts the whole process on NaN, so
:func:`draw` sanitises every value, splits series at gaps, renders under a lock and guarantees
no line is wider than asked. plotext (~110 ms to import) is imported inside :func:`draw`, never
at module import, so the CLI and the TUI pay for it only when a chart is first drawn.
"""

from __future__ import annotations

import math
import threading
from typing import Any

from journal.charts.axes import date_ticks, limits, tick_label
from journal.charts.spec import ChartSpec, Series, Side, clean_points
from journal.charts.text import crop, message, visible_width
from journal.charts.theme import Palette, rgb, series_rgb

MIN_WIDTH = 30
MIN_HEIGHT = 10

_LOCK = threading.Lock()
_THEMES: set[str] = set()


def _canvas_width(width: int, spec: ChartSpec) -> int:
    return max(10, width - 8 - (8 if spec.y2_label else 1))


def draw(spec: ChartSpec, width: int, height: int, palette: Palette | None, color: bool) -> str:
    """Render ``spec`` to text of at most ``width`` columns and ``height`` rows.

    The last rows are our own legend, one or two (plotext's legend box would cover data at
    these sizes).
    """
    width, height = int(width), int(height)
    if spec.empty:
        return message(spec.title, spec.empty, width, height)
    if width < MIN_WIDTH or height < MIN_HEIGHT:
        return message(
            spec.title, f"Too small for a chart: needs {MIN_WIDTH}×{MIN_HEIGHT}.", width, height
        )
    palette = palette or Palette()
    legend = _legend(spec, palette, color, width, max_lines=1 if height < 16 else 2)
    with _LOCK:
        body = _draw_locked(spec, width, height - len(legend), palette, color)
    lines = [crop(line, width) for line in body.rstrip("\n").split("\n")]
    lines.extend(crop(line, width) for line in legend)
    return "\n".join(lines)


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
            col = series_rgb(s.color, palette)
            if s.style == "line":
                sym = "━"
            elif s.style in ("bars", "filled"):
                sym = "█"
            if col:
                sym = f"\x1b[38;2;{col[0]};{col[1]};{col[2]}m{sym}\x1b[0m"
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
    left = limits(spec.series, "left", spec.y_min, spec.y_max, count)
    has_right = any(s.side == "right" for s in spec.series)
    right = limits(spec.series, "right", spec.y2_min, spec.y2_max, count) if has_right else None

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
    fig.ruler("y", side).ticks(ticks, labels=[tick_label(t, step) for t in ticks])


def _plotext_theme(plt: Any, palette: Palette) -> str:
    name = f"stridelog:{palette.name}:{palette.text}:{','.join(palette.series)}"
    if name not in _THEMES:
        text = rgb(palette.text)
        plt.add_theme(
            name,
            canvas=None,
            text=text,
            sequence=[c for c in (rgb(s) for s in palette.series) if c],
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
    pixel = plt.pixel(foreground=series_rgb(s.color, palette)) if color else plt.pixel()
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
