"""Chart colours from a theme's data file (``[chart]`` and ``[severity]``), for every backend.

Reads themes through :mod:`journal.themes`, which never imports Textual; a broken or unknown
theme falls back to the built-in palette rather than failing a chart.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

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


def rgb(color: str | None) -> tuple[int, int, int] | None:
    if not color:
        return None
    text = color.strip().lstrip("#")
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    if len(text) not in (6, 8) or not re.fullmatch(r"[0-9a-fA-F]+", text):
        return None
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


def series_rgb(color: int | str | None, palette: Palette) -> tuple[int, int, int] | None:
    """RGB of a series colour: a palette index, ``"reference"``, ``"severity:<level>"`` or hex."""
    if isinstance(color, int):
        return rgb(palette.series_color(color))
    if color == "reference":
        return rgb(palette.reference)
    if isinstance(color, str) and color.startswith("severity:"):
        return rgb(palette.severity_color(color.split(":", 1)[1]))
    return rgb(color)
