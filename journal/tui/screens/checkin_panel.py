"""The check-in's date bar status and side panel: training from the valid values, the
analyzer's line for the day (computed off the UI thread), and the day's nutrition.

A mixin of :class:`journal.tui.screens.checkin.CheckinScreen`, kept apart so each module stays
small.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from typing import Any

from rich.text import Text
from textual import work
from textual.containers import Vertical
from textual.css.query import NoMatches
from textual.widgets import Label, Static

from journal.tui.widgets.rows import MealRow, SupplementRow

STATUS_DAYS = 120  # the analyzer's status looks back this far: enough for its baselines


class PanelMixin:
    """What the screen shows beside and above the form."""

    def _update_date_label(self) -> None:
        if self.date is None:
            return
        today = self.app.today()
        delta = (self.date - today).days
        rel = {0: "today", -1: "yesterday", 1: "tomorrow"}.get(delta, "")
        label = f"{self.date:%A %d %B %Y}" + (f"  ({rel})" if rel else "")
        self.query_one("#date-label", Label).update(label)
        self.sub_title = f"Check-in · {self.date.isoformat()}"

    def _update_status(self, text: str | None = None) -> None:
        status = self.query_one("#status", Static)
        doc = self.collect()[0] if self.date is not None else None
        dirty = self._baseline is not None and doc != self._baseline
        if doc is not None:
            self._update_summary(doc)
        if text is not None:
            status.update(text)
        elif self._baseline is not None:
            line = Text()
            if dirty:
                line.append("● unsaved changes", style="bold")
            if waiting := len(self._unrated()):
                runs = (
                    "1 run waits for its RPE"
                    if waiting == 1
                    else f"{waiting} runs wait for their RPE"
                )
                line.append(f"{' · ' if line else ''}{runs}")
            status.update(line)
        status.set_class(dirty, "-dirty")

    def _update_summary(self, doc: dict[str, Any] | None = None) -> None:
        """Training from the valid values only (a refused -3 km never shows), and the status."""
        from journal.tui.widgets.summary import status_text, training_summary

        if doc is None:
            doc = self.collect()[0]
        _problems, clean = self._checked(doc)
        text = training_summary(clean, self._units())
        if self._day_status is not None and self._day_status.as_of == self.date:
            level = self._day_status.level
            color = "" if level == "ok" else self.app.severity_color(level)
            text.append_text(status_text(self._day_status, color, self.app.today()))
        self.query_one("#day-summary", Static).update(text)

    @work(thread=True, exclusive=True, group="day-status", description="the day's status")
    def _compute_day_status(self) -> None:
        """The analyzer's one line for the shown day, from its last few months (off the UI)."""
        app = self.app
        date = self.date
        if app.journal is None or date is None:
            return
        from journal.analysis import analyze
        from journal.model import Profile

        try:
            with app.journal_lock:
                days = app.journal.days(date - dt.timedelta(days=STATUS_DAYS - 1), date)
            profile = app.profile or Profile()
            status = analyze(days, profile, date, date, units=profile.units).status()
        except Exception:  # the status is a courtesy: the form works without it
            return
        app.call_from_thread(self._status_ready, status)

    def _status_ready(self, status: Any) -> None:
        if status.as_of == self.date and self.is_attached:
            self._day_status = status
            # the app may be closing, its widgets already gone: the status is a courtesy
            with contextlib.suppress(NoMatches):
                self._update_summary()

    def _update_nutrition(self) -> None:
        """Sum the meals' parses and the supplements; compare with the references."""
        app = self.app
        panel = self.query_one("#nutrition-panel", Static)
        if self.date is None:
            return
        totals: dict[str, float] = {}
        words = unknown = unsure = 0
        meals = 0
        for row in self.query_one("#list-meals", Vertical).query_children(MealRow):
            if row.parse is None:
                continue
            meals += 1
            for key, value in row.parse.totals.items():
                totals[key] = totals.get(key, 0.0) + float(value)
            unknown += len(row.parse.unmatched)
            unsure += len(row.parse.unsure)
            words += len(row.parse.items) + len(row.parse.unmatched)
        supplements = self._supplement_totals()
        for key, value in supplements.items():
            totals[key] = totals.get(key, 0.0) + value
        from journal.tui.widgets.summary import nutrition_panel

        refs = self._references() if app.foods_ready else {}
        panel.update(
            nutrition_panel(totals, meals, words, unknown, app, refs, self.date, unsure=unsure)
        )

    def _supplement_totals(self) -> dict[str, float]:
        if not getattr(self.app, "foods_ready", False):
            return {}
        from journal.foods import parse_supplement
        from journal.model import InvalidInput

        out: dict[str, float] = {}
        for row in self.query_one("#list-supplements", Vertical).query_children(SupplementRow):
            entry = row.doc()
            if entry is None:
                continue
            if "text" in entry:
                try:
                    entry = parse_supplement(entry["text"]).nutrients()
                except (InvalidInput, ValueError):
                    continue
            for key, value in entry.items():
                if isinstance(value, int | float) and not isinstance(value, bool):
                    out[key] = out.get(key, 0.0) + float(value)
        return out

    def _references(self) -> dict[str, Any]:
        app = self.app
        try:
            from journal.model import Profile
            from journal.nutrition import references
        except ImportError:
            return {}
        return references(app.profile or Profile(), self.date or app.today())
