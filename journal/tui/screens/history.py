"""History: every day, newest first, appended to the table a page at a time.

A 10-year journal has 3,650 rows; building them all before showing any would make the screen
slow to open, so rows are added :data:`PAGE` at a time as the cursor or the scroll position
nears the end. Flags come from the analyzer in a worker and are filled in when ready.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widgets import DataTable, Input, Static
from textual.widgets.data_table import ColumnKey

from journal.entry import distance_unit, km_in
from journal.tui.screens.common import BaseScreen, parse_date_text
from journal.tui.widgets.form import Field
from journal.tui.workers import deliver

PAGE = 120
SEVERITY_RANK = {"info": 1, "warning": 2, "alert": 3}
# A few words per flag for the table's flags column; the day's detail line shows full titles.
SHORT_TITLES = {
    "run_spike": "long-run jump",
    "load_spike": "load jump",
    "monotony": "monotony",
    "no_rest": "no rest day",
    "fatigue_rising": "fatigue rising",
    "extreme_fatigue": "extreme fatigue",
    "sleep_debt": "sleep debt",
    "resting_hr_up": "resting HR up",
    "illness_training": "trained while ill",
    "bone_pain": "bone pain",
    "weight_loss": "weight loss",
    "cycle_absent": "no period",
    "baseline_building": "baseline building",
    "short_sleep_habit": "short sleep",
    "high_fatigue_habit": "often tired",
    "b12_low": "low B12",
    "b6_low": "low B6",
    "iron_low": "low iron",
    "energy_low": "low energy",
    "carbs_low": "low carbs",
    "protein_low": "low protein",
    "fat_low": "low fat",
    "fat_high": "high fat",
    "nutrition_incomplete": "meals incomplete",
}
FLAGS_MIN_WIDTH = 14


def short_title(flag_id: str) -> str:
    return SHORT_TITLES.get(flag_id, flag_id.replace("_", " "))


def by_severity(flags: list[Any]) -> list[Any]:
    """One flag per id, the worst severity first (then the latest)."""
    best: dict[str, Any] = {}
    for flag in flags:
        seen = best.get(flag.id)
        if seen is None or SEVERITY_RANK.get(flag.severity, 0) > SEVERITY_RANK.get(
            seen.severity, 0
        ):
            best[flag.id] = flag
    return sorted(
        best.values(), key=lambda f: (-SEVERITY_RANK.get(f.severity, 0), -f.end.toordinal())
    )


def flags_text(flags: list[Any], width: int) -> str:
    """Short titles, worst first, in ``width`` cells; "3 · sleep debt +2" when they do not fit."""
    titles = [short_title(f.id) for f in by_severity(flags)]
    whole = ", ".join(titles)
    if len(whole) <= width:
        return whole
    more = f" +{len(titles) - 1}"
    worst = titles[0]
    room = width - len(more)
    if len(worst) > room:
        worst = worst[: max(room - 1, 1)] + "…"
    return worst + more


COLUMNS = (
    ("date", "Date", 16),
    ("km", "km", 7),
    ("time", "time", 7),
    ("load", "load", 6),
    ("sleep", "sleep", 6),
    ("fatigue", "fatigue", 8),
    ("flags", "flags", FLAGS_MIN_WIDTH),
)


def day_text(day: Any) -> str:
    """What the text filter searches: notes, tags, meals, run types, pain sites, symptoms."""
    parts = [day.notes, *day.tags]
    parts += [m.text or m.name for m in day.meals]
    parts += [r.type or "" for r in day.runs] + [r.notes for r in day.runs]
    parts += [c.activity for c in day.cross_training] + [p.site for p in day.pain]
    if day.illness:
        parts += day.illness.symptoms
    return " ".join(parts).lower()


def _minutes(value: float) -> str:
    if not value:
        return ""
    hours, minutes = divmod(round(value), 60)
    return f"{hours}:{minutes:02d}"


class HistoryScreen(BaseScreen):
    """Days in reverse order; filter by text and dates; enter opens a day in the check-in."""

    TITLE_TEXT = "History"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+f", "focus_filter", "Filter", priority=True),
        Binding("enter", "open_day", "Open day", show=False),
        Binding("ctrl+l", "clear_filter", "Clear filter", priority=True),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._all: list[Any] = []
        self._shown: list[Any] = []
        self._added = 0
        self._flags: dict[dt.date, list[Any]] = {}
        self._seen: list[Any] | None = None

    def compose(self) -> ComposeResult:
        yield from self.compose_header()
        with Horizontal(classes="toolbar"):
            yield Field(
                "filter text",
                "text",
                placeholder="tempo, shin, heat…",
                classes="w-wide",
                id="filter-text",
            )
            yield Field(
                "from", "from", placeholder="YYYY-MM-DD", classes="w-time", id="filter-from"
            )
            yield Field("to", "to", placeholder="YYYY-MM-DD", classes="w-time", id="filter-to")
        table: DataTable[Any] = DataTable(id="history-table", cursor_type="row", zebra_stripes=True)
        for key, label, width in COLUMNS:
            table.add_column(label, key=key, width=width)
        yield table
        yield Static("", id="history-detail", markup=False)
        yield Static("opening the journal…", id="history-count", markup=False)
        yield from self.compose_footer()

    def on_mount(self) -> None:
        super().on_mount()
        table = self.query_one(DataTable)
        self.watch(table, "scroll_y", self._scrolled, init=False)
        self.app.when_ready(self, self.reload)
        # a hidden screen reloads when shown again (on_screen_resume), not after every save:
        # at 50 years each reload is real work that slowed the check-in's next keys
        self.app.journal_changed.subscribe(self, self._journal_changed)
        self.app.theme_changed_signal.subscribe(self, lambda _t: self._refill())
        table.focus()

    # --- data ---------------------------------------------------------------------------------

    @property
    def units(self) -> str:
        return self.app.profile.units if self.app.profile is not None else "metric"

    def _flags_width(self) -> int:
        """The flags column takes what the other columns leave (each has 2 cells of padding)."""
        table = self.query_one(DataTable)
        others = sum(width + 2 for key, _label, width in COLUMNS if key != "flags")
        return max(FLAGS_MIN_WIDTH, table.size.width - others - 2 - 2)

    def on_resize(self) -> None:
        table = self.query_one(DataTable)
        width = self._flags_width()
        column = table.columns.get(ColumnKey("flags"))
        if column is not None and column.width != width:
            column.width = width
            self._flags_ready(self._flags)

    def reload(self) -> None:
        app = self.app
        if app.journal is None:
            return
        table = self.query_one(DataTable)
        table.columns[ColumnKey("km")].label = Text(distance_unit(self.units))
        with app.journal_lock:
            days = app.journal.days()
        self._seen = days
        self._all = list(reversed(days))
        self._apply_filter()
        self.call_after_refresh(self._analyze, days)  # rows first, flags when ready

    @work(thread=True, exclusive=True, group="history-flags", description="flags of the days")
    def _analyze(self, days: list[Any]) -> None:
        app = self.app
        try:
            from journal.stored_analysis import analyze_journal
        except ImportError:
            return
        if not days or app.journal is None:
            return
        try:
            units = app.profile.units if app.profile is not None else "metric"
            analysis = analyze_journal(
                app.journal, days[0].date, days[-1].date, units=units, lock=app.journal_lock
            )
        except Exception as err:  # the table is still useful without the flags column
            app.call_from_thread(app.notify, f"Flags unavailable: {err}", severity="warning")
            return
        by_date: dict[dt.date, list[Any]] = {}
        for flag in analysis.flags:
            if flag.category == "data":
                continue  # "too few meals to judge" is not something a day did
            start, end = _as_date(flag.start), _as_date(flag.end)
            day = end
            while day >= start:
                by_date.setdefault(day, []).append(flag)
                day -= dt.timedelta(days=1)
        deliver(app, self._flags_ready, by_date)

    def _flags_ready(self, by_date: dict[dt.date, list[Any]]) -> None:
        self._flags = by_date
        table = self.query_one(DataTable)
        for day in self._shown[: self._added]:
            table.update_cell(day.date.isoformat(), "flags", self._flag_cell(day.date))
        table.refresh()
        self._show_detail()

    def _apply_filter(self) -> None:
        text = self.query_one("#filter-text", Field).text.strip().lower()
        today: dt.date = self.app.today()
        bounds: list[dt.date | None] = []
        for name in ("from", "to"):
            field = self.query_one(f"#filter-{name}", Field)
            value = field.text.strip()
            try:
                bounds.append(parse_date_text(value, today) if value else None)
                field.set_error(None)
            except ValueError as err:
                field.set_error(str(err))
                bounds.append(None)
        lo, hi = bounds
        shown = self._all
        if lo is not None:
            shown = [d for d in shown if d.date >= lo]
        if hi is not None:
            shown = [d for d in shown if d.date <= hi]
        if text:
            words = text.split()
            shown = [d for d in shown if all(w in day_text(d) for w in words)]
        self._shown = shown
        self._refill()

    def _refill(self) -> None:
        table = self.query_one(DataTable)
        table.clear()
        self._added = 0
        self._add_page()
        self._update_count()

    def _add_page(self) -> None:
        """Append the next page of rows (the lazy part)."""
        table = self.query_one(DataTable)
        page = self._shown[self._added : self._added + PAGE]
        for day in page:
            table.add_row(*self._row(day), key=day.date.isoformat())
        self._added += len(page)
        self._update_count()

    def _row(self, day: Any) -> tuple[Any, ...]:
        sleep = f"{day.sleep.hours:g}" if day.sleep else ""
        return (
            f"{day.date:%a %Y-%m-%d}",
            f"{km_in(day.distance_km, self.units):.1f}" if day.distance_km else "",
            _minutes(day.duration_min),
            f"{day.load:.0f}" if day.load else "",
            sleep,
            str(day.fatigue) if day.fatigue is not None else "",
            self._flag_cell(day.date),
        )

    def _flag_cell(self, date: dt.date) -> Text:
        flags = self._flags.get(date, [])
        if not flags:
            return Text("")
        app = self.app
        worst = by_severity(flags)[0]
        text = Text("● ", style=app.severity_color(worst.severity))
        column = self.query_one(DataTable).columns.get(ColumnKey("flags"))
        width = column.width if column is not None else FLAGS_MIN_WIDTH
        text.append(flags_text(flags, width - 2))
        return text

    def _show_detail(self) -> None:
        """Every flag of the highlighted day, full titles, worst first."""
        detail = self.query_one("#history-detail", Static)
        table = self.query_one(DataTable)
        flags: list[Any] = []
        date = None
        if table.row_count:
            key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
            if key.value:
                date = dt.date.fromisoformat(key.value)
                flags = self._flags.get(date, [])
        if date is None or not flags:
            detail.update("")
            detail.display = False
            return
        out = Text(f"{date:%a %d %b}: ", style="bold")
        for i, flag in enumerate(by_severity(flags)):
            if i:
                out.append("  ")
            out.append("● ", style=self.app.severity_color(flag.severity))
            out.append(flag.title)
        detail.update(out)
        detail.display = True

    def _update_count(self) -> None:
        total = len(self._shown)
        label = f"{total} day{'s' if total != 1 else ''}"
        if total != len(self._all):
            label += f" of {len(self._all)}"
        if self._added < total:
            label += f" · showing {self._added}, more load as you scroll"
        label += " · enter opens a day"
        if not self._all:  # a new journal: say where days come from
            label = "No days recorded yet: a day starts in the check-in (f2)."
        self.query_one("#history-count", Static).update(label)

    # --- events -------------------------------------------------------------------------------

    def _journal_changed(self, _date: object = None) -> None:
        if self.is_current:
            self.reload()

    def on_screen_resume(self) -> None:
        if self.app.journal_moved_on(self._seen):
            self.reload()

    def _scrolled(self, _old: float, new: float) -> None:
        table = self.query_one(DataTable)
        if self._added < len(self._shown) and new >= table.max_scroll_y - table.size.height:
            self._add_page()

    @on(DataTable.RowHighlighted)
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_detail()
        if self._added < len(self._shown) and event.cursor_row >= self._added - 20:
            self._add_page()

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value:
            self.app.open_day(dt.date.fromisoformat(event.row_key.value))

    @on(Input.Changed)
    def _filter_changed(self) -> None:
        self._apply_filter()

    def action_focus_filter(self) -> None:
        self.query_one("#filter-text", Field).input.focus()

    def action_clear_filter(self) -> None:
        for name in ("text", "from", "to"):
            self.query_one(f"#filter-{name}", Field).text = ""
        self.query_one(DataTable).focus()

    def action_open_day(self) -> None:
        table = self.query_one(DataTable)
        if table.row_count:
            key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
            if key.value:
                self.app.open_day(dt.date.fromisoformat(key.value))


def _as_date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
