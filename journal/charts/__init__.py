"""Charts of the journal: specs (data) apart from drawing, and one registry of charts.

* :mod:`.spec` — what a chart is (:class:`ChartSpec`, :class:`Series`), no drawing in it;
* :mod:`.training`, :mod:`.wellness`, :mod:`.nutrition` — spec functions, built from the
  analyzer's series and constants;
* :mod:`.terminal` — the plotext backend (CLI and TUI); :mod:`.svg` — the SVG backend (the
  visit report);
* :mod:`.theme` — colours from a theme's data file; :mod:`.text` — terminal text widths;
  :mod:`.axes` — ticks both backends share;
* :mod:`.registry` — :data:`CHARTS`, read by the CLI, the Charts screen, help and the report.

Importing this package imports neither plotext nor Textual nor the analyzer.
"""

from journal.charts.axes import date_ticks, nice_ticks
from journal.charts.registry import (
    CHART_NAMES,
    CHART_TITLES,
    CHARTS,
    CLI_NAMES,
    LOAD_HISTORY_DAYS,
    REPORT_ORDER,
    ChartDef,
    ChartInput,
    flags_for,
    render,
    spec_for,
)
from journal.charts.spec import ChartSpec, Series, clean_points, finite
from journal.charts.terminal import MIN_HEIGHT, MIN_WIDTH, draw
from journal.charts.text import crop, strip_ansi, visible_width
from journal.charts.theme import Palette, theme_palette

__all__ = [
    "CHARTS",
    "CHART_NAMES",
    "CHART_TITLES",
    "CLI_NAMES",
    "LOAD_HISTORY_DAYS",
    "MIN_HEIGHT",
    "MIN_WIDTH",
    "REPORT_ORDER",
    "ChartDef",
    "ChartInput",
    "ChartSpec",
    "Palette",
    "Series",
    "clean_points",
    "crop",
    "date_ticks",
    "draw",
    "finite",
    "flags_for",
    "nice_ticks",
    "render",
    "spec_for",
    "strip_ansi",
    "theme_palette",
    "visible_width",
]
