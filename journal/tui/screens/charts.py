"""The Charts screen: the registry's terminal charts (``journal.charts.CHARTS``), keys to
switch and zoom.

The journal is read in a thread worker (under the app's journal lock), once for the longest
range plus the history the load model needs; switching chart or range then only re-draws, and
each drawing is cached by the :class:`~journal.tui.widgets.chart.ChartView`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.widgets import Static

from journal import charts
from journal.tui.screens.common import BaseScreen
from journal.tui.widgets.chart import ChartView
from journal.tui.workers import deliver

RANGES: tuple[tuple[int, str], ...] = (
    (28, "4 weeks"),
    (84, "12 weeks"),
    (182, "6 months"),
    (365, "1 year"),
)
DEFAULT_RANGE = 1
LABELS: dict[str, str] = {name: charts.CHARTS[name].label for name in charts.CHART_NAMES}


def history_days() -> int:
    """Days read before the range so every chart of the screen (CTL/ATL first) has history."""
    return max(charts.CHARTS[name].history() for name in charts.CHART_NAMES)


class ChartsScreen(BaseScreen):
    """Charts of the journal, drawn with plotext at the size of the window."""

    TITLE_TEXT = "Charts"
    DEFAULT_CSS = """
    ChartsScreen #chart-bar {
        height: 1;
        padding: 0 1;
        background: $panel;
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left", "step_chart(-1)", "Prev chart"),
        Binding("right", "step_chart(1)", "Next chart"),
        Binding("minus", "step_range(-1)", "Shorter"),
        Binding("plus,equals_sign", "step_range(1)", "Longer"),
        Binding("c", "toggle_color", "Colour"),
        *(
            Binding(str(n), f"show_chart('{name}')", f"{LABELS[name]} chart", show=False)
            for n, name in enumerate(charts.CHART_NAMES, start=1)
        ),
    ]

    def __init__(self, chart: str = "mileage", range_index: int = DEFAULT_RANGE) -> None:
        super().__init__()
        self.chart = chart
        self.range_index = range_index
        self._stale = False  # the journal changed while hidden: load again once shown

    def compose(self) -> ComposeResult:
        yield from self.compose_header()
        yield Static(id="chart-bar")
        yield ChartView(self.chart, id="chart")
        yield from self.compose_footer()

    def on_mount(self) -> None:
        super().on_mount()
        self._update_bar()
        app = self.app
        if hasattr(app, "when_ready"):
            app.when_ready(self, self.load)
        if hasattr(app, "journal_changed"):
            app.journal_changed.subscribe(self, lambda _date=None: self._journal_changed())

    def _journal_changed(self) -> None:
        """Redraw now if shown; else once shown again (a save need not redraw hidden charts)."""
        if self.is_current:
            self.load()
        else:
            self._stale = True

    def on_screen_resume(self) -> None:
        if self._stale:
            self._stale = False
            self.load()

    # --- data -------------------------------------------------------------------------------

    def today(self) -> dt.date:
        app = self.app
        return app.today() if hasattr(app, "today") else dt.date.today()

    def current_range(self) -> tuple[dt.date, dt.date]:
        end = self.today()
        return end - dt.timedelta(days=RANGES[self.range_index][0] - 1), end

    @work(
        thread=True,
        exclusive=True,
        group="charts-data",
        name="charts-data",
        description="read the days charted",
    )
    def load(self) -> None:
        """Read the days of the longest range (plus history) and the analyzer's flags."""
        app = self.app
        journal = getattr(app, "journal", None)
        if journal is None:
            return
        end = self.today()
        first = end - dt.timedelta(days=RANGES[-1][0] - 1)
        with app.journal_lock:
            days = journal.days(first - dt.timedelta(days=history_days()), end)
        profile = getattr(app, "profile", None)
        flags = charts.flags_for(journal, first, end, lock=app.journal_lock)
        deliver(self.app, self._loaded, days, profile, flags)

    def _loaded(self, days: list[Any], profile: Any, flags: list[Any]) -> None:
        start, end = self.current_range()
        self.query_one(ChartView).set_data(days, start, end, profile=profile, flags=flags)

    # --- actions ----------------------------------------------------------------------------

    def _update_bar(self) -> None:
        bar = Text()
        for n, name in enumerate(charts.CHART_NAMES, start=1):
            style = "reverse bold" if name == self.chart else ""
            bar.append(f" {n} {LABELS[name]} ", style=style)
            bar.append(" ")
        bar.append("   range: ", style="dim")
        bar.append(RANGES[self.range_index][1], style="bold")
        bar.append("   ←/→ chart  -/+ range  c colour", style="dim")
        self.query_one("#chart-bar", Static).update(bar)

    def action_show_chart(self, name: str) -> None:
        if name in charts.CHART_NAMES:
            self.chart = name
            self.query_one(ChartView).chart = name
            self._update_bar()

    def action_step_chart(self, step: int) -> None:
        names = charts.CHART_NAMES
        self.action_show_chart(names[(names.index(self.chart) + step) % len(names)])

    def action_step_range(self, step: int) -> None:
        index = min(max(self.range_index + step, 0), len(RANGES) - 1)
        if index == self.range_index:
            self.app.bell()
            return
        self.range_index = index
        view = self.query_one(ChartView)
        if view.days is not None:
            view.set_range(*self.current_range())
        self._update_bar()

    def action_toggle_color(self) -> None:
        view = self.query_one(ChartView)
        view.color = not view.color
        self.notify(
            "Colour on" if view.color else "No colour: each series has its own marker",
            timeout=3,
        )

    def palette_commands(self) -> Iterable[SystemCommand]:
        for name in charts.CHART_NAMES:
            yield SystemCommand(
                f"Chart: {LABELS[name]}",
                charts.CHART_TITLES[name],
                lambda n=name: self.action_show_chart(n),
            )
