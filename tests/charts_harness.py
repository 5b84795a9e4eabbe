"""A small host app for the Charts screen: the journal loaded, a fixed today, one theme.

The Charts screen only needs what :class:`journal.tui.app.StridelogApp` offers it (``journal``,
``profile``, ``journal_lock``, ``today()``, ``when_ready``, ``theme_data``); hosting it here keeps
the chart snapshots independent of the other screens.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.app import App
from textual.theme import Theme

from journal import themes
from journal.store import Journal
from journal.tui.screens.charts import ChartsScreen


def textual_theme(data: themes.ThemeData) -> Theme:
    colors = {k: v for k, v in data.colors.items() if k in themes.COLOR_FIELDS}
    return Theme(name=data.name, dark=data.dark, **colors)


class ChartsApp(App[None]):
    def __init__(self, data_dir: Path, today: dt.date, theme: str, chart: str = "mileage") -> None:
        super().__init__()
        self.journal = Journal.open(data_dir)
        self.profile = self.journal.profile()
        self.journal_lock = threading.RLock()
        self._today = today
        self._chart = chart
        self.theme_datas = {}
        for name in themes.available_themes():
            data = themes.load_theme_data(name)
            self.theme_datas[data.name] = data
            self.register_theme(textual_theme(data))
        self.theme = theme

    @property
    def theme_data(self) -> themes.ThemeData:
        return self.theme_datas[self.theme]

    def today(self) -> dt.date:
        return self._today

    def when_ready(self, node: Any, callback: Callable[[], Any]) -> None:
        callback()

    def on_mount(self) -> None:
        self.push_screen(ChartsScreen(self._chart))
