"""Trends: the analyzer's flags by category and severity, and today's key metrics.

Each flag is a collapsible line (severity dot, dates, title) that opens to its evidence, the
rule with its source, and the advice. The analysis runs in a worker; the window is chosen
with the select at the top.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from typing import Any, ClassVar

from rich.table import Table
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Collapsible, Label, Select, Static
from textual.worker import get_current_worker

from journal.tui.screens.common import BaseScreen
from journal.tui.workers import deliver

WINDOW_SETTLE_S = 0.25  # a window chosen is analysed once no other follows this soon
WINDOWS = (("last 4 weeks", 28), ("last 12 weeks", 84), ("last year", 365), ("everything", 0))
CATEGORY_ORDER = ("medical", "training", "recovery", "nutrition", "data")
CATEGORY_TITLES = {
    "medical": "Medical: see a physician if these persist",
    "training": "Training load",
    "recovery": "Recovery",
    "nutrition": "Nutrition (intake below reference, never a diagnosis)",
    "data": "Data",
}
SEVERITY_ORDER = {"alert": 0, "warning": 1, "info": 2}


def _fmt(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    if isinstance(value, list | tuple):
        sep = "; " if any(isinstance(v, dict) for v in value) else ", "
        return sep.join(_fmt(v) for v in value)
    if isinstance(value, dict):
        if "title" in value:  # a cross-referenced flag: its title says it all
            return f"{value['title']} ({value.get('start', '')} to {value.get('end', '')})"
        return "; ".join(f"{k}: {_fmt(v)}" for k, v in value.items())
    return str(value)


def flag_heading(flag: Any) -> str:
    dates = f"{flag.start:%d %b}"
    if flag.start != flag.end:
        dates += f"–{flag.end:%d %b}"
    return f"● {flag.severity.upper():<7} {dates:<15} {flag.title}"


def span_text(span: dict[str, Any]) -> str:
    """A merged flag's period in words: "16 days, flagged on 10; worst 1.6, latest 1.1 (29 Oct)"."""
    days, hits = span.get("days"), span.get("hits")
    text = f"{days} days, flagged on {hits}" if days and hits else ""
    if "worst" in span and "latest" in span:
        on = span.get("latest_on")
        when = f" ({dt.date.fromisoformat(on):%d %b})" if isinstance(on, str) else ""
        text += f"; worst {_fmt(span['worst'])}, latest {_fmt(span['latest'])}{when}"
    return text or _fmt(span)


def flag_body(flag: Any, severity_color: str, units: str = "metric") -> Text:
    from journal.analysis.flag_spec import evidence_in

    out = Text()
    out.append("Evidence\n", style="bold")
    for key, value in evidence_in(flag.evidence, units).items():
        label, shown = key.replace("_", " "), _fmt(value)
        if key == "span" and isinstance(value, dict):
            label, shown = "period", span_text(value)
        out.append(f"  {label}: ", style="dim")
        out.append(f"{shown}\n")
    out.append("Rule and source\n", style="bold")
    out.append(f"  {flag.rule}\n")
    out.append("Advice\n", style=f"bold {severity_color}")
    out.append(f"  {flag.advice}")
    return out


# The load metrics in plain words: (label, glossary term, unit). The legend under the table
# explains each with the glossary's text, the same words as `stridelog trends` and the export.
LOAD_METRICS: tuple[tuple[str, str, str, str], ...] = (
    ("acwr", "load vs usual", "ACWR", "ratio"),
    ("monotony", "monotony", "monotony", "ratio"),
    ("strain", "strain", "strain", "AU"),
    ("ctl", "fitness", "CTL", "AU/day"),
    ("atl", "fatigue", "ATL", "AU/day"),
    ("tsb", "form", "TSB", "AU/day"),
)
LEGEND_UNITS = {
    "AU": "AU = effort × minutes",
    "energy availability": "kcal per kg fat-free mass a day",
    "baseline": "your own mean and spread",
}


def _with_unit(value: Any, unit: str) -> str:
    shown = _fmt(value)
    return shown if shown == "—" or unit == "ratio" else f"{shown} {unit}"


def legend_text() -> Text:
    """Each metric: plain name, short name, unit and what it means (from the glossary)."""
    from journal.analysis.glossary import GLOSSARY

    out = Text()
    for _key, label, term, unit in LOAD_METRICS:
        short = f"{term}, " if term != label else ""
        out.append(f"{label} ({short}{unit}): ", style="bold")
        out.append(f"{GLOSSARY.get(term, '')}\n")
    for term in ("energy availability", "AU", "baseline"):
        out.append(f"{term} ({LEGEND_UNITS[term]}): ", style="bold")
        out.append(f"{GLOSSARY.get(term, '')}\n")
    out.rstrip()
    return out


def metrics_table(metrics: dict[str, Any], units: str = "metric") -> Table:
    """Today's key metrics as a compact three-column table, in plain words with units."""
    from journal.entry import distance_unit, km_in

    table = Table.grid(padding=(0, 3))
    for _ in range(3):
        table.add_column()
    load = metrics.get("load") or {}
    last7 = metrics.get("last_7_days") or {}
    cells = [(label, _with_unit(load.get(key), unit)) for key, label, _t, unit in LOAD_METRICS]
    km = last7.get("distance_km")
    cells += [
        (
            "7-day distance",
            _with_unit(None if km is None else round(km_in(km, units), 1), distance_unit(units)),
        ),
        ("7-day sleep", _with_unit(last7.get("mean_sleep_h"), "h/night")),
        ("7-day fatigue", _with_unit(last7.get("mean_fatigue"), "/10")),
    ]
    nutrition = metrics.get("nutrition_7d") or {}
    means = nutrition.get("means") or {}
    refs = metrics.get("references") or {}
    energy = nutrition.get("energy_pct") or {}
    cells.append(("7-day energy", f"{round(means['kcal'])} kcal/day" if "kcal" in means else "—"))
    cells.append(
        (
            "carbs/protein/fat",
            "/".join(_fmt(round(energy.get(k) or 0)) for k in ("carbs", "protein", "fat"))
            + " % of kcal"
            if energy
            else "—",
        )
    )
    cells.append(
        ("energy availability", _with_unit(nutrition.get("energy_availability"), "kcal/kg FFM"))
    )
    for key, label in (("iron_mg", "7-day iron"), ("b6_mg", "7-day B6"), ("b12_ug", "7-day B12")):
        ref = refs.get(key) or {}
        shown = _fmt(means.get(key))
        if ref:
            shown += f" / {_fmt(ref.get('rda'))} {ref.get('unit', '')} (EAR {_fmt(ref.get('ear'))})"
        cells.append((label, shown))
    if nutrition and not nutrition.get("judged"):
        cells.append(("nutrition", "too little logged to judge"))
    for i in range(0, len(cells), 3):
        row = []
        for name, value in cells[i : i + 3]:
            cell = Text()
            cell.append(f"{name} ", style="dim")
            cell.append(value, style="bold")
            row.append(cell)
        table.add_row(*row)
    return table


class TrendsScreen(BaseScreen):
    """Flags and metrics from :func:`journal.analysis.analyze`."""

    TITLE_TEXT = "Trends"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+e", "toggle_all", "Expand all", priority=True),
        Binding("ctrl+w", "cycle_window", "Window", priority=True),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.analysis: Any = None
        self._expanded = False
        self._seen: list[Any] | None = None
        self._window_asked: int | None = None  # the window of the latest analysis started
        # one redraw at a time: two interleaved would each mount a legend (DuplicateIds)
        self._showing = asyncio.Lock()

    def compose(self) -> ComposeResult:
        yield from self.compose_header()
        with Horizontal(classes="toolbar"):
            yield Label("Window ", classes="field-label")
            yield Select(
                [(label, days) for label, days in WINDOWS],
                value=28,
                allow_blank=False,
                compact=True,
                id="window",
            )
            yield Static("", id="trends-status", markup=False)
        yield Static("", id="today-status", markup=False)
        yield Static("analysing…", id="metrics", markup=False)
        yield VerticalScroll(id="flags")
        yield from self.compose_footer()

    def on_mount(self) -> None:
        super().on_mount()
        self.app.when_ready(self, self.refresh_analysis)
        # hidden: analysed again when shown (on_screen_resume), not after every save
        self.app.journal_changed.subscribe(self, self._journal_changed)
        self.app.theme_changed_signal.subscribe(self, lambda _t: self.run_worker(self._show()))

    def refresh_analysis(self, wait: float = 0.0) -> None:
        app = self.app
        if app.journal is None:
            return
        self._window_asked = int(self.query_one("#window", Select).value or 0)
        self._analyze(self._window_asked, wait)

    @work(thread=True, exclusive=True, group="trends", description="analyse the window")
    def _analyze(self, window_days: int, wait: float = 0.0) -> None:
        """``wait``: first give the runner time to pick another window (ctrl+w held or typed
        fast), so a burst of choices runs one analysis, not one each side by side."""
        app = self.app
        from journal.stored_analysis import analyze_journal

        worker = get_current_worker()
        time.sleep(wait)
        if worker.is_cancelled:
            return
        with app.journal_lock:
            days = app.journal.days()
        self._seen = days
        today: dt.date = app.today()
        end = max([today, *(d.date for d in days[-1:])])
        if window_days:
            start = end - dt.timedelta(days=window_days - 1)
        else:
            start = days[0].date if days else end
        try:
            units = app.profile.units if app.profile is not None else "metric"
            # the rules run only from the first month that changed (the month hits cache)
            analysis = analyze_journal(app.journal, start, end, units=units, lock=app.journal_lock)
        except Exception as err:  # explain in the UI; the rest of the app keeps working
            deliver(app, self._failed, f"The analyzer failed: {err}")
            return
        deliver(app, self._analysed, analysis)

    def _failed(self, message: str) -> None:
        self.query_one("#trends-status", Static).update("")
        self.query_one("#metrics", Static).update(message)
        self.notify(message, severity="error")

    async def _analysed(self, analysis: Any) -> None:
        self.analysis = analysis
        await self._show()

    async def _show(self) -> None:
        async with self._showing:  # the latest analysis, drawn after any redraw under way
            await self._draw()

    async def _draw(self) -> None:
        analysis = self.analysis
        if analysis is None:
            return
        app = self.app
        units = app.profile.units if app.profile is not None else "metric"
        self.query_one("#metrics", Static).update(metrics_table(analysis.metrics, units))
        today = analysis.status()  # "Today, in one line", from journal.analysis.status
        line = Text("Today: ", style="bold")
        style = app.severity_color(today.level) if today.level in SEVERITY_ORDER else ""
        line.append(today.line, style=style)
        self.query_one("#today-status", Static).update(line)
        counts = {s: sum(1 for f in analysis.flags if f.severity == s) for s in SEVERITY_ORDER}
        status = Text(f"{analysis.start:%d %b %Y} – {analysis.end:%d %b %Y}  ")
        for severity, count in counts.items():
            status.append(f" ● {count} {severity}", style=app.severity_color(severity))
        self.query_one("#trends-status", Static).update(status)
        container = self.query_one("#flags", VerticalScroll)
        await container.remove_children()
        widgets: list[Any] = [
            Collapsible(
                Static(legend_text(), id="legend-text"),
                title="What these numbers mean (ACWR, CTL, ATL, TSB, AU…)",
                collapsed=not self._expanded,
                id="legend",
            )
        ]
        if not analysis.flags:
            widgets.append(Static("No flags in this window. Keep logging.", classes="empty-state"))
        categories = sorted(
            {f.category for f in analysis.flags},
            key=lambda c: CATEGORY_ORDER.index(c) if c in CATEGORY_ORDER else 99,
        )
        for category in categories:
            flags = [f for f in analysis.flags if f.category == category]
            flags.sort(key=lambda f: (SEVERITY_ORDER.get(f.severity, 9), -f.end.toordinal()))
            widgets.append(
                Label(CATEGORY_TITLES.get(category, category.title()), classes="flag-group-title")
            )
            for flag in flags:
                color = app.severity_color(flag.severity)
                body = Static(flag_body(flag, color, units), classes="flag-body")
                collapsible = Collapsible(
                    body,
                    title=flag_heading(flag),
                    collapsed=not self._expanded,
                    classes=f"flag -{flag.severity}",
                )
                collapsible.styles.border_left = ("outer", color)
                widgets.append(collapsible)
        await container.mount_all(widgets)

    def _journal_changed(self, _date: object = None) -> None:
        if self.is_current:
            self.refresh_analysis()

    def on_screen_resume(self) -> None:
        if self.app.journal_moved_on(self._seen):
            self.refresh_analysis()

    @on(Select.Changed, "#window")
    def _window_changed(self) -> None:
        if self.query_one("#window", Select).value == self._window_asked:
            return  # the Select's first value, posted as a change when it mounts
        # the range and counts shown are the old window's until the new one is analysed
        self.query_one("#trends-status", Static).update("analysing…")
        self.refresh_analysis(WINDOW_SETTLE_S)

    def action_toggle_all(self) -> None:
        self._expanded = not self._expanded
        for collapsible in self.query(Collapsible):
            collapsible.collapsed = not self._expanded

    def action_cycle_window(self) -> None:
        select = self.query_one("#window", Select)
        values = [days for _label, days in WINDOWS]
        select.value = values[(values.index(select.value) + 1) % len(values)]
