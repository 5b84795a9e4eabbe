"""A widget that shows one of :mod:`journal.charts`' renderings at its own size.

textual-plotext pins plotext < 6, so this widget draws our own charts: it asks
:func:`journal.charts.draw` for text exactly as wide and tall as its content region and shows
``Text.from_ansi`` of it. Renderings are cached per (chart, range, size, theme, colour, data
version), so a resize back to an earlier size, or flipping between charts, costs nothing; the
chart's data (its spec) is cached per (chart, range), so a new size or theme only re-draws.
plotext itself is imported by ``journal.charts`` on the first draw, never at app startup.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from journal import charts
from journal.model import Day, Profile

CacheKey = tuple[str, dt.date, dt.date, int, int, str, bool, int]


class ChartView(Widget):
    """One chart of the journal, drawn to fit the widget."""

    DEFAULT_CSS = """
    ChartView {
        width: 1fr;
        height: 1fr;
        min-height: 8;
        padding: 0 1;
    }
    """

    CACHE_SIZE = 48

    chart: reactive[str] = reactive("mileage")
    color: reactive[bool] = reactive(True)

    def __init__(
        self,
        chart: str = "mileage",
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.set_reactive(ChartView.chart, chart)
        self.days: Sequence[Day] | None = None
        self.profile: Profile | None = None
        self.flags: list[Any] = []
        self.start: dt.date | None = None
        self.end: dt.date | None = None
        self.data_version = 0
        self.renders = 0  # how many times plotext actually drew (for tests of the cache)
        self._cache: OrderedDict[CacheKey, Text] = OrderedDict()
        self._specs: dict[tuple[str, dt.date, dt.date, int], charts.ChartSpec] = {}

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self.refresh())

    def set_data(
        self,
        days: Sequence[Day],
        start: dt.date,
        end: dt.date,
        *,
        profile: Profile | None = None,
        flags: Sequence[Any] = (),
    ) -> None:
        """New journal data or range; renderings of older data are dropped."""
        self.days = list(days)
        self.profile = profile
        self.flags = list(flags)
        self.start, self.end = start, end
        self.data_version += 1
        self._cache.clear()
        self._specs.clear()
        self.refresh()

    def set_range(self, start: dt.date, end: dt.date) -> None:
        """Show another range of the data already given (renderings stay cached)."""
        self.start, self.end = start, end
        self.refresh()

    def palette(self) -> charts.Palette:
        data = getattr(self.app, "theme_data", None)
        if data is not None and getattr(data, "name", None) == self.app.theme:
            return charts.Palette.from_theme(data)
        return charts.theme_palette(self.app.theme)

    def chart_text(self, width: int, height: int) -> Text:
        """The rendering at ``width`` × ``height``, from the cache when it is there."""
        if self.days is None or self.start is None or self.end is None:
            return Text("Loading the journal…", style="dim")
        key: CacheKey = (
            self.chart,
            self.start,
            self.end,
            width,
            height,
            self.app.theme,
            self.color,
            self.data_version,
        )
        if key in self._cache:
            self._cache.move_to_end(key)
            return self._cache[key]
        raw = charts.draw(self.spec(), width, height, self.palette(), self.color)
        self.renders += 1
        text = Text.from_ansi(raw, no_wrap=True, overflow="crop", end="")
        self._cache[key] = text
        while len(self._cache) > self.CACHE_SIZE:
            self._cache.popitem(last=False)
        return text

    def spec(self) -> charts.ChartSpec:
        """The chart's data for the current range, computed once whatever the size or theme."""
        assert self.days is not None and self.start is not None and self.end is not None
        key = (self.chart, self.start, self.end, self.data_version)
        if key not in self._specs:
            if len(self._specs) >= self.CACHE_SIZE:
                self._specs.clear()
            self._specs[key] = charts.spec_for(
                self.chart,
                self.days,
                self.start,
                self.end,
                profile=self.profile,
                flags=self.flags,
            )
        return self._specs[key]

    def render(self) -> Text:
        size = self.size
        if size.width <= 0 or size.height <= 0:
            return Text("")
        return self.chart_text(size.width, size.height)

    def watch_chart(self) -> None:
        self.refresh()

    def watch_color(self) -> None:
        self.refresh()
