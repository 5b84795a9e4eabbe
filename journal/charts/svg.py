"""The SVG backend: a :class:`ChartSpec` drawn as one inline ``<svg>`` element, for print.

No plotext, no scripts, no external reference: plain shapes and text sized in CSS pixels.
Each series is told apart by colour *and* by dash pattern or marker shape, so a chart printed
in black and white still reads. Every text is XML-escaped.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from html import escape

from journal.charts.axes import date_ticks, limits, tick_label
from journal.charts.spec import ChartSpec, Series, clean_points

# Dark, distinct colours that stay distinct as greys; a dash pattern and a marker per index.
INK = ("#1f4e79", "#b5551b", "#3f6f2a", "#6b3d9a", "#7a6a00", "#444444")
DASHES = ("", "6 3", "2 2", "8 3 2 3", "4 4", "1 3")
MARKERS = ("circle", "diamond", "square", "triangle", "cross", "circle")
SEVERITY_INK = {"info": "#555555", "warning": "#8a6d00", "alert": "#b00020"}
REFERENCE_INK = "#777777"
FONT = "font-family:inherit"

PAD_TOP = 22
PAD_BOTTOM = 22  # date tick labels
PAD_LEFT = 38
LEGEND_ROW = 13


def _ink(s: Series) -> str:
    if isinstance(s.color, int):
        return INK[s.color % len(INK)]
    if s.color == "reference":
        return REFERENCE_INK
    if isinstance(s.color, str) and s.color.startswith("severity:"):
        return SEVERITY_INK.get(s.color.split(":", 1)[1], REFERENCE_INK)
    return "#333333"


def _index(s: Series) -> int:
    return s.color if isinstance(s.color, int) else 0


def _marker(kind: str, x: float, y: float, r: float, ink: str) -> str:
    if kind == "square":
        d = 2 * r
        return (
            f'<rect x="{x - r:.1f}" y="{y - r:.1f}" width="{d:.1f}" height="{d:.1f}" fill="{ink}"/>'
        )
    if kind == "diamond":
        k = r * 1.3
        pts = f"{x:.1f},{y - k:.1f} {x + k:.1f},{y:.1f} {x:.1f},{y + k:.1f} {x - k:.1f},{y:.1f}"
        return f'<polygon points="{pts}" fill="{ink}"/>'
    if kind == "triangle":
        pts = (
            f"{x:.1f},{y - r * 1.3:.1f} {x + r * 1.2:.1f},{y + r:.1f} {x - r * 1.2:.1f},{y + r:.1f}"
        )
        return f'<polygon points="{pts}" fill="{ink}"/>'
    if kind == "cross":
        return (
            f'<path d="M{x - r:.1f} {y - r:.1f}L{x + r:.1f} {y + r:.1f}M{x - r:.1f} {y + r:.1f}'
            f'L{x + r:.1f} {y - r:.1f}" stroke="{ink}" stroke-width="1.5"/>'
        )
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{ink}"/>'


def _legend_items(spec: ChartSpec) -> list[tuple[Series, str]]:
    out = []
    for s in spec.series:
        if s.legend and s.label:
            side = " (right axis)" if s.side == "right" and spec.y2_label else ""
            out.append((s, s.label + side))
    return out


def _legend_rows(items: list[tuple[Series, str]], width: float) -> list[list[tuple[Series, str]]]:
    rows: list[list[tuple[Series, str]]] = [[]]
    used = 0.0
    for s, text in items:
        w = 22 + len(text) * 5.2 + 10
        if rows[-1] and used + w > width:
            rows.append([])
            used = 0.0
        rows[-1].append((s, text))
        used += w
    return rows if rows[0] else []


def draw_svg(
    spec: ChartSpec, width: int = 340, height: int = 190, *, range_in_title: bool = True
) -> str:
    """``spec`` as an ``<svg>`` element ``width`` × ``height`` CSS pixels (scales with CSS).

    Without ``range_in_title`` (or when the title would not fit) the shown title drops its
    date range; the accessible ``<title>`` keeps it.
    """
    title = escape(spec.title)
    shown = spec.title
    if not range_in_title or len(shown) * 6.2 > width:
        shown = shown.split(",")[0]
    head = (
        f'<svg viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="{title}" class="chart" '
        f'font-size="9" style="{FONT}"><title>{title}</title>'
        f'<text x="2" y="12" font-size="10.5" font-weight="bold">{escape(shown)}</text>'
    )
    if spec.empty:
        body = (
            f'<rect x="0.5" y="{PAD_TOP}" width="{width - 1}" height="{height - PAD_TOP - 1}" '
            f'fill="none" stroke="#bbb"/><text x="{width / 2}" y="{height / 2 + 6}" '
            f'text-anchor="middle" font-style="italic">{escape(spec.empty)}</text>'
        )
        return head + body + "</svg>"
    has_right = any(s.side == "right" for s in spec.series)
    pad_right = 38 if has_right and spec.y2_label else 8
    legend = _legend_rows(_legend_items(spec), width - 4)
    plot_top = PAD_TOP
    plot_bottom = height - PAD_BOTTOM - LEGEND_ROW * len(legend)
    plot_left, plot_right = PAD_LEFT, width - pad_right
    pw, ph = plot_right - plot_left, plot_bottom - plot_top
    span = max(1, (spec.end - spec.start).days)
    x_lo, x_hi = -0.5, span + 0.5
    left = limits(spec.series, "left", spec.y_min, spec.y_max, 5)
    right = limits(spec.series, "right", spec.y2_min, spec.y2_max, 5) if has_right else None

    def px(x: float) -> float:
        return plot_left + (x - x_lo) / (x_hi - x_lo) * pw

    def py(y: float, side: str = "left") -> float:
        ticks = right if side == "right" and right is not None else left
        lo, hi = ticks[0], ticks[-1]
        y = min(max(y, lo), hi)
        return plot_bottom - (y - lo) / ((hi - lo) or 1.0) * ph

    out = [head]
    out.append(  # y labels, rotated along the axes
        f'<text transform="translate(9 {plot_top + ph / 2:.1f}) rotate(-90)" '
        f'text-anchor="middle">{escape(spec.y_label)}</text>'
    )
    if right is not None and spec.y2_label:
        out.append(
            f'<text transform="translate({width - 4} {plot_top + ph / 2:.1f}) rotate(-90)" '
            f'text-anchor="middle">{escape(spec.y2_label)}</text>'
        )
    step = left[1] - left[0] if len(left) > 1 else 1.0
    for t in left:
        y = py(t)
        out.append(
            f'<line x1="{plot_left}" x2="{plot_right}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e2e2e2"/>'
            f'<text x="{plot_left - 3}" y="{y + 3:.1f}" text-anchor="end">'
            f"{tick_label(t, step)}</text>"
        )
    if right is not None:
        rstep = right[1] - right[0] if len(right) > 1 else 1.0
        for t in right:
            out.append(
                f'<text x="{plot_right + 3}" y="{py(t, "right") + 3:.1f}">'
                f"{tick_label(t, rstep)}</text>"
            )
    for off, label in date_ticks(spec.start, spec.end, max(2, int(pw // 58))):
        x = px(off)
        half = len(label) * 2.6  # keep the label inside the picture at either edge
        anchor = "end" if x + half > width else "start" if x - half < 0 else "middle"
        out.append(
            f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{plot_bottom}" y2="{plot_bottom + 3}" '
            f'stroke="#555"/><text x="{x:.1f}" y="{plot_bottom + 12}" '
            f'text-anchor="{anchor}">{escape(label)}</text>'
        )
    out.append(
        f'<rect x="{plot_left}" y="{plot_top}" width="{pw}" height="{ph}" fill="none" '
        f'stroke="#555" stroke-width="0.8"/>'
    )
    ordered = sorted(spec.series, key=lambda s: (s.style != "reference", s.style != "bars"))
    for s in ordered:
        out.append(_series(s, px, py, right is not None))
    y = plot_bottom + PAD_BOTTOM + 2
    for row in legend:
        x = 4.0
        for s, text in row:
            out.append(_legend_sample(s, x, y))
            out.append(f'<text x="{x + 20:.1f}" y="{y + 3:.1f}">{escape(text)}</text>')
            x += 22 + len(text) * 5.2 + 10
        y += LEGEND_ROW
    out.append("</svg>")
    return "".join(out)


def _stroke(s: Series) -> str:
    i = _index(s)
    if s.style == "reference":
        return f'stroke="{_ink(s)}" stroke-width="0.9" stroke-dasharray="3 2"'
    dash = DASHES[i % len(DASHES)]
    dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
    return f'stroke="{_ink(s)}" stroke-width="1.6"{dash_attr}'


def _legend_sample(s: Series, x: float, y: float) -> str:
    ink = _ink(s)
    if s.style in ("bars", "filled"):
        return (
            f'<rect x="{x:.1f}" y="{y - 3:.1f}" width="16" height="7" fill="{ink}" '
            f'fill-opacity="0.35" stroke="{ink}"/>'
        )
    if s.style == "points":
        return _marker(_marker_kind(s), x + 8, y, 3, ink)
    return (
        f'<line x1="{x:.1f}" x2="{x + 16:.1f}" y1="{y:.1f}" y2="{y:.1f}" fill="none" {_stroke(s)}/>'
    )


def _marker_kind(s: Series) -> str:
    if isinstance(s.color, str) and s.color.startswith("severity:"):
        return "triangle"
    return MARKERS[_index(s) % len(MARKERS)]


def _series(
    s: Series,
    px: Callable[[float], float],
    py: Callable[..., float],
    has_right: bool,
) -> str:
    xs, ys, breaks = clean_points(s.x, s.y, s.gap)
    if not xs:
        return ""
    side = "right" if s.side == "right" and has_right else "left"
    X = [px(x) for x in xs]
    Y = [py(y, side) for y in ys]
    ink = _ink(s)
    if s.style == "bars":
        gaps = [b - a for a, b in itertools.pairwise(xs) if b > a]
        unit = (min(gaps) if gaps else 7.0) * 0.7
        half = abs(px(unit) - px(0.0)) / 2
        base = py(0.0, side)
        return "".join(
            f'<rect x="{x - half:.1f}" y="{min(y, base):.1f}" width="{2 * half:.1f}" '
            f'height="{abs(base - y):.1f}" fill="{ink}" fill-opacity="0.35" stroke="{ink}" '
            f'stroke-width="0.8"/>'
            for x, y in zip(X, Y, strict=True)
        )
    if s.style == "points":
        kind = _marker_kind(s)
        return "".join(_marker(kind, x, y, 2.6, ink) for x, y in zip(X, Y, strict=True))
    segments, begin = [], 0
    for b in [*breaks, len(X)]:
        segments.append((begin, b))
        begin = b
    parts = []
    for a, b in segments:
        if b - a == 1:
            parts.append(_marker("circle", X[a], Y[a], 1.6, ink))
            continue
        pts = " ".join(f"{X[k]:.1f},{Y[k]:.1f}" for k in range(a, b))
        if s.style == "filled":
            base = py(0.0, side)
            parts.append(
                f'<polygon points="{X[a]:.1f},{base:.1f} {pts} {X[b - 1]:.1f},{base:.1f}" '
                f'fill="{ink}" fill-opacity="0.3" stroke="none"/>'
            )
        else:
            parts.append(
                f'<polyline points="{pts}" fill="none" {_stroke(s)} stroke-linejoin="round"/>'
            )
    return "".join(parts)
