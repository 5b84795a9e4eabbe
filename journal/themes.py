"""Theme data files, read without Textual so the CLI's charts can use the same colours.

A theme is ``themes/<name>.toml``::

    name = "stridelog-dark"
    dark = true
    [colors]      # the colour fields of textual.theme.Theme
    primary = "#4FB3BF"  # ... secondary, accent, foreground, background, surface, panel,
                         #     success, warning, error, boost
    [severity]    # flag severities
    info = "#6FA8DC"
    warning = "#E9B949"
    alert = "#E5686A"
    [chart]
    series = ["#..", "#..", "#..", "#..", "#.."]   # at least five
    reference = "#.."

plus an optional ``<name>.tcss`` beside it, applied by the TUI only while that theme is active.
Built-in themes ship inside the wheel as ``journal/themes/``; from a source checkout they are
read from the repository's ``themes/`` folder. User themes live in ``<config dir>/themes/`` and
win over a built-in of the same name. A missing or broken theme never stops the program: the
default theme is used instead, and if even that file is unreadable, a palette built into this
module.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from journal import paths

DEFAULT_THEME = "stridelog-dark"
COLOR_FIELDS: tuple[str, ...] = (
    "primary",
    "secondary",
    "accent",
    "foreground",
    "background",
    "surface",
    "panel",
    "success",
    "warning",
    "error",
    "boost",
)
SEVERITIES: tuple[str, ...] = ("info", "warning", "alert")
MIN_SERIES = 5
_HEX = re.compile(r"^#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")
_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,40}$")


class ThemeError(ValueError):
    """A theme file that cannot be used, with the reason."""


@dataclass(frozen=True)
class ThemeData:
    """One theme's colours, as plain strings ("#RRGGBB" or "#RRGGBBAA")."""

    name: str
    dark: bool
    colors: dict[str, str]
    severity: dict[str, str]
    chart_series: list[str]
    reference: str
    tcss_path: Path | None = field(default=None, compare=False)
    source: Path | None = field(default=None, compare=False)

    def tcss(self) -> str:
        """The theme's own stylesheet text, or "" when it has none."""
        if self.tcss_path is None:
            return ""
        try:
            return self.tcss_path.read_text(encoding="utf-8")
        except OSError:
            return ""


# The last resort when even the default theme file cannot be read.
SAFE_FALLBACK = ThemeData(
    name=DEFAULT_THEME,
    dark=True,
    colors={
        "primary": "#4FB3BF",
        "secondary": "#8C9EFF",
        "accent": "#F2A65A",
        "foreground": "#DDE3EA",
        "background": "#10151B",
        "surface": "#171F28",
        "panel": "#22303F",
        "success": "#6CCB8B",
        "warning": "#E9B949",
        "error": "#E5686A",
    },
    severity={"info": "#6FA8DC", "warning": "#E9B949", "alert": "#E5686A"},
    chart_series=["#4FB3BF", "#F2A65A", "#9B8CFF", "#6CCB8B", "#E5686A"],
    reference="#8A96A3",
)


def builtin_dir() -> Path:
    """Where the shipped themes are: inside the package when installed, else the repo root."""
    packaged = Path(__file__).resolve().parent / "themes"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "themes"


def user_dir() -> Path:
    return paths.config_dir() / "themes"


def _color(value: Any, where: str) -> str:
    if not isinstance(value, str) or not _HEX.match(value):
        raise ThemeError(f"{where}: {value!r} is not a colour; use #RRGGBB or #RRGGBBAA")
    return value.upper()


def parse_theme(doc: dict[str, Any], *, source: Path | None = None) -> ThemeData:
    """Validate a theme document (the parsed TOML) into :class:`ThemeData`."""
    name = doc.get("name")
    if not isinstance(name, str) or not _NAME.match(name):
        raise ThemeError(f"name: {name!r} must be lower-case letters, digits, - or _")
    dark = doc.get("dark", True)
    if not isinstance(dark, bool):
        raise ThemeError("dark: must be true or false")
    colors_in = doc.get("colors")
    if not isinstance(colors_in, dict) or "primary" not in colors_in:
        raise ThemeError("[colors]: a table with at least `primary` is required")
    unknown = set(colors_in) - set(COLOR_FIELDS)
    if unknown:
        raise ThemeError(
            f"[colors]: unknown field {sorted(unknown)[0]!r}; allowed: {', '.join(COLOR_FIELDS)}"
        )
    colors = {k: _color(v, f"colors.{k}") for k, v in colors_in.items()}
    severity_in = doc.get("severity", {})
    if not isinstance(severity_in, dict):
        raise ThemeError("[severity]: must be a table of info, warning, alert")
    severity = {
        s: _color(severity_in[s], f"severity.{s}")
        if s in severity_in
        else colors.get({"info": "primary", "warning": "warning", "alert": "error"}[s])
        or SAFE_FALLBACK.severity[s]
        for s in SEVERITIES
    }
    chart = doc.get("chart", {})
    if not isinstance(chart, dict):
        raise ThemeError("[chart]: must be a table with series and reference")
    series_in = chart.get("series", SAFE_FALLBACK.chart_series)
    if not isinstance(series_in, list) or len(series_in) < MIN_SERIES:
        raise ThemeError(f"chart.series: a list of at least {MIN_SERIES} colours is required")
    series = [_color(c, f"chart.series[{i}]") for i, c in enumerate(series_in)]
    reference = _color(
        chart.get("reference", colors.get("foreground", SAFE_FALLBACK.reference)),
        "chart.reference",
    )
    tcss = source.with_suffix(".tcss") if source is not None else None
    return ThemeData(
        name=name,
        dark=dark,
        colors=colors,
        severity=severity,
        chart_series=series,
        reference=reference,
        tcss_path=tcss if tcss is not None and tcss.is_file() else None,
        source=source,
    )


def load_theme_file(path: Path) -> ThemeData:
    """Read and validate one ``.toml`` theme file (raises :class:`ThemeError`)."""
    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise ThemeError(f"{path}: cannot be read ({err.strerror})") from None
    except tomllib.TOMLDecodeError as err:
        raise ThemeError(f"{path}: not valid TOML ({err})") from None
    try:
        data = parse_theme(doc, source=path)
    except ThemeError as err:
        raise ThemeError(f"{path}: {err}") from None
    if data.name != path.stem:
        raise ThemeError(f"{path}: name {data.name!r} must match the file name {path.stem!r}")
    return data


def _theme_files() -> dict[str, Path]:
    """Theme name -> file; user themes after built-ins so they win."""
    found: dict[str, Path] = {}
    for folder in (builtin_dir(), user_dir()):
        if folder.is_dir():
            for path in sorted(folder.glob("*.toml")):
                found[path.stem] = path
    return found


def load_all_themes() -> tuple[list[ThemeData], list[str]]:
    """Every usable theme, and a message for each file that was skipped."""
    themes: list[ThemeData] = []
    problems: list[str] = []
    for path in _theme_files().values():
        try:
            themes.append(load_theme_file(path))
        except ThemeError as err:
            problems.append(str(err))
    if not any(t.name == DEFAULT_THEME for t in themes):
        themes.insert(0, SAFE_FALLBACK)
    return themes, problems


def available_themes() -> list[str]:
    """Names of the themes that load, default first, then alphabetical."""
    names = {t.name for t in load_all_themes()[0]}
    return [DEFAULT_THEME, *sorted(names - {DEFAULT_THEME})]


def load_theme_data(name: str) -> ThemeData:
    """The named theme; the default theme when it is unknown or broken (never raises)."""
    files = _theme_files()
    for candidate in (name, DEFAULT_THEME):
        path = files.get(candidate)
        if path is None:
            continue
        try:
            return load_theme_file(path)
        except ThemeError:
            continue
    return SAFE_FALLBACK


def saved_theme_name() -> str:
    """The theme the runner chose last (from settings), or the default."""
    from journal.settings import load_settings

    return load_settings().theme or DEFAULT_THEME
