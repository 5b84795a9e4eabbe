"""The daily check-in: one form for a day, validated by the model, saved with ctrl+s.

The form builds the day document and hands it to the model; every field the model refuses is
marked inline with the model's message at once (on save, and each field as it is left), the
first one focused, and nothing is written until the form is valid. Meals are previewed against
the food table as they are typed, and the day's totals are compared with the runner's reference
intakes.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.css.query import NoMatches
from textual.widget import AwaitMount, MountError
from textual.widgets import Button, Checkbox, Input, Label, Select, Static, TextArea

from journal.tui.screens.checkin_checks import ChecksMixin
from journal.tui.screens.checkin_focus import focus_place, place_of
from journal.tui.screens.checkin_form import SECTIONS, FormRest, list_section
from journal.tui.screens.checkin_kept import KeptInputMixin
from journal.tui.screens.checkin_panel import PanelMixin
from journal.tui.screens.checkin_saving import SavingMixin
from journal.tui.screens.common import BaseScreen, ConfirmScreen, DateScreen
from journal.tui.widgets.form import (
    MISSING,
    Field,
    FormRow,
    SelectField,
    show_number,
)
from journal.tui.widgets.rows import (
    ROW_TYPES,
    MealRow,
    SupplementRow,
)


def _split_list(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


class CheckinScreen(ChecksMixin, SavingMixin, PanelMixin, KeptInputMixin, BaseScreen):
    """Today's check-in (or any day's)."""

    TITLE_TEXT = "Check-in"
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-narrow"), (112, "-wide")]
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("alt+left", "shift_day(-1)", "Prev", priority=True, tooltip="Previous day"),
        Binding("alt+right", "shift_day(1)", "Next", priority=True, tooltip="Next day"),
        Binding("ctrl+g", "jump", "Date", priority=True, tooltip="Go to a date"),
        Binding("ctrl+t", "today", "Today", show=False, priority=True),
        Binding("ctrl+r", "add_row('runs')", "Add run", show=False, priority=True),
        Binding("ctrl+n", "add_row('meals')", "Add meal", show=False, priority=True),
        Binding("ctrl+z", "undo_remove", "Undo remove", show=False, priority=True),
        Binding(
            "f10",
            "delete_day",
            "Delete day",
            show=False,
            priority=True,
            tooltip="Delete the whole day shown (asks first; a backup is made)",
        ),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.date: dt.date | None = None
        self._baseline: dict[str, Any] | None = None
        self._stored_period: bool | None = None
        self._loaded = False
        self._static: dict[str, Any] = {}
        self._loaded_day: Any = None  # the stored day the form was filled from
        # While a day loads, ``date`` still names the day in the form; ``_loading`` holds the
        # day being loaded, and saving and editing wait for it (a save never crosses days).
        self._loading: dt.date | None = None
        # Days asked for while one loads are not loaded over it (cancelling a load while it
        # mounts or removes rows cancels the rows' own tasks, and three quick alt+← ended the
        # app): the running load goes on to the last day asked for once it is done.
        self._next_load: dt.date | None = None
        self._load_running = False
        self._removed: list[tuple[str, int, dict[str, Any]]] = []  # rows to put back (ctrl+z)
        self._quit_after_save = False
        self._filled_units = "metric"
        self._day_status: Any = None  # the analyzer's one line for ``date`` (a worker fills it)
        self._rest: AwaitMount | None = None  # the form below the first screenful (FormRest)
        self._opening_hold = False  # keys held from mount until the first day is filled

    # --- layout -------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield from self.compose_header()
        with Horizontal(id="date-bar"):
            yield Button("‹", id="prev-day", compact=True, tooltip="Previous day (alt+left)")
            yield Label("", id="date-label", markup=False)
            yield Button("›", id="next-day", compact=True, tooltip="Next day (alt+right)")
            yield Button("Go to…", id="jump", compact=True, tooltip="Go to a date (ctrl+g)")
            yield Static("opening the journal…", id="status", markup=False)
            yield Button("Save ctrl+s", id="save", variant="primary", compact=True)
        with Horizontal(id="checkin-body"):
            with VerticalScroll(id="form", disabled=True):
                for key, title, add in SECTIONS[:2]:
                    yield from list_section(key, title, add)
            with Vertical(id="side"):
                yield Static("", id="day-summary")
                yield Static("", id="nutrition-panel")
        yield from self.compose_footer()

    def on_mount(self) -> None:
        super().on_mount()
        self.app.after_first_paint(self._mount_rest)
        if self.app.journal is None and self.app.store_error is None:
            # keys typed while the app starts and the journal opens (the app holds them from
            # its start) are for the first day's form: it releases them once filled
            self._opening_hold = True
        self.app.when_ready(self, self._journal_ready)
        self.app.foods_loaded.subscribe(self, lambda _=None: self._refresh_meals())

    # --- loading a day ------------------------------------------------------------------------

    def _mount_rest(self) -> AwaitMount | None:
        """Mount the form below its first screenful (once); None if the app is closing."""
        if self._rest is None:
            try:
                self._rest = self.query_one("#form").mount(FormRest(id="form-rest"))
            except (MountError, NoMatches):
                return None  # quit before the first frame was even finished
        return self._rest

    async def _journal_ready(self) -> None:
        app = self.app
        try:
            if (rest := self._mount_rest()) is not None:
                await rest  # the whole form is there before a day fills it
            self.query_one("#period-field").display = bool(app.profile and app.profile.tracks_cycle)
            if not self._loaded:
                self._loaded = True
                await self.load_now(self.date or app.today())
                if self.app.screen is self and not self._focus_unrated():
                    self.query_one("#form").query(Input).first().focus()  # ready to type
                if self._opening_hold:
                    self._opening_hold = False
                    app.release_input()  # now the keys typed while it opened
            else:
                self._apply_units()
                self._update_nutrition()
                self._update_status()
                self._compute_day_status()
        except NoMatches:
            if self.is_attached and app.is_running:
                raise
            # the app is closing while the journal loads: nothing left to fill

    async def load_date(self, date: dt.date) -> None:
        """Fill the form with the stored day of ``date`` (or an empty form).

        The form is disabled while it fills, and ``date`` changes only once it is filled, so
        a save pressed meanwhile can never write one day's values onto another.
        """
        app = self.app
        form = self.query_one("#form")
        place = place_of(form, self.app.focused)
        self._loading = self._loading or date  # a later day asked for meanwhile stays named
        form.disabled = True
        try:
            day = None
            if app.journal is not None:
                with app.journal_lock:
                    day = app.journal.get(date)
            from journal.model import to_doc

            doc = to_doc(day) if day is not None else {"date": date.isoformat()}
            self._day_status = None
            await self._fill(doc)
            self.date = date
            self._loaded_day = day
            self._removed.clear()
            self._baseline = self.collect()[0]
            draft = self._draft_for(date)
            if draft is not None and draft != self._baseline:
                await self._fill(draft)
                self.notify(
                    f"Restored the unsaved changes to {date:%a %d %b} from your last session. "
                    "Save them with ctrl+s, or move to another day to discard them.",
                    title="Check-in",
                    timeout=10,
                )
        finally:
            if self._loading == date:  # not a later load that replaced this one
                self._loading = None
                form.disabled = app.journal is None
        # a new day starts at the top (its runs first), unless a run waits for its RPE; the
        # cursor stays in the day's own field or goes to the first, so typed keys reach the form
        self.query_one("#form", VerticalScroll).scroll_home(animate=False)
        if place is not False:
            focus_place(form, place)
        if self.app.screen is self:
            self._focus_unrated()
        self._update_date_label()
        self._update_status()
        self._update_nutrition()
        self._compute_day_status()

    async def _fill(self, doc: dict[str, Any]) -> None:
        self._clear_errors()
        for key, cls in ROW_TYPES.items():
            container = self.query_one(f"#list-{key}", Vertical)
            await container.remove_children()
            entries = doc.get(key, [])
            if key == "runs" and not entries:
                entries = [{}]  # an empty run row ready to type into
            rows = [cls(e) for e in entries]
            if key == "meals":
                names = {e.get("name") for e in entries}
                rows += [MealRow({}, n) for n in ("breakfast", "lunch", "dinner") if n not in names]
            await container.mount_all(rows)
        self._filled_units = self._units()
        self._apply_units()
        sleep = doc.get("sleep") or {}
        self._field("sleep.hours").text = show_number(sleep.get("hours"))
        self._select("sleep.quality").set_value(sleep.get("quality"))
        for key in ("resting_hr", "fatigue", "soreness", "stress"):
            self._field(key).text = show_number(doc.get(key))
        self._fill_weight(doc.get("weight_kg"))
        complete = doc.get("meals_complete")
        self._select("meals_complete").set_value(
            None if complete is None else ("complete" if complete else "partial")
        )
        illness = doc.get("illness") or {}
        self._field("illness.symptoms").text = ", ".join(illness.get("symptoms", []))
        self._check("illness.fever").value = bool(illness.get("fever"))
        self._stored_period = doc.get("period")
        self._check("period").value = bool(doc.get("period"))
        self._field("tags").text = ", ".join(doc.get("tags", []))
        self.query_one("#notes", TextArea).load_text(doc.get("notes", ""))

    def _static_widgets(self) -> dict[str, Any]:
        """The fields outside the list rows, by key (they never change: looked up once)."""
        if not self._static:
            for widget in self.query("#form Field, #form SelectField, #form CheckField"):
                if not any(isinstance(a, FormRow) for a in widget.ancestors):
                    self._static[widget.key] = widget
        return self._static

    def _field(self, path: str) -> Field:
        return self._static_widgets()[path]

    def _select(self, path: str) -> SelectField:
        return self._static_widgets()[path]

    def _check(self, path: str) -> Checkbox:
        return self._static_widgets()[path].checkbox

    # --- collecting and validating ------------------------------------------------------------

    def collect(self) -> tuple[dict[str, Any], dict[str, Any]]:
        """The form as a day document, and which widget holds each field path."""
        doc: dict[str, Any] = {"date": (self.date or dt.date.min).isoformat()}
        where: dict[str, Any] = {}
        for key in ROW_TYPES:
            entries = []
            for row in self.query_one(f"#list-{key}", Vertical).query_children(FormRow):
                entry = row.doc()
                if entry is None:
                    continue
                path = f"{key}[{len(entries)}]"
                where[path] = row
                for field in row.fields():
                    where[f"{path}.{field.key}"] = field
                entries.append(entry)
            if entries:
                doc[key] = entries
        sleep = {}
        for key in ("hours", "quality"):
            widget = self._field("sleep.hours") if key == "hours" else self._select("sleep.quality")
            where[f"sleep.{key}"] = widget
            if (value := widget.json_value()) is not MISSING:
                sleep[key] = value
        if sleep:
            doc["sleep"] = sleep
        where["sleep"] = self._field("sleep.hours")
        for key in ("fatigue", "soreness", "stress", "resting_hr", "weight_kg"):
            field = self._field(key)
            where[key] = field
            if (value := field.json_value()) is not MISSING:
                doc[key] = value
        complete = self._select("meals_complete")
        where["meals_complete"] = complete
        if (value := complete.json_value()) is not MISSING:
            doc["meals_complete"] = value == "complete"
        symptoms_field = self._field("illness.symptoms")
        symptoms = _split_list(symptoms_field.text)
        fever = self._check("illness.fever").value
        where["illness.symptoms"] = where["illness"] = symptoms_field
        if symptoms or fever:
            doc["illness"] = {"symptoms": symptoms, "fever": fever}
        period = self._check("period").value
        if period:
            doc["period"] = True
        elif self._stored_period is not None:
            doc["period"] = False
        tags_field = self._field("tags")
        where["tags"] = tags_field
        if tags := _split_list(tags_field.text):
            doc["tags"] = tags
        notes = self.query_one("#notes", TextArea).text
        if notes.strip():
            doc["notes"] = notes
        return doc, where

    def is_dirty(self) -> bool:
        if self._baseline is None or self.date is None or self._loading is not None:
            return False  # a day loads only from a form saved or discarded: nothing to lose
        return self.collect()[0] != self._baseline

    def on_screen_resume(self) -> None:
        """Back on the form: pick up changes made elsewhere, unless the runner is editing."""
        app = self.app
        if app.journal is None or self.date is None or self.is_dirty():
            return
        with app.journal_lock:
            stored = app.journal.get(self.date)
        if stored != self._loaded_day or self._units() != self._filled_units:
            self._load(self.date)

    def request_date(self, date: dt.date) -> None:
        """Move to ``date``, asking first when the form has unsaved changes."""
        from journal.entry import check_date
        from journal.model import InvalidInput

        try:
            check_date(date, "date", self.app.today())
        except InvalidInput as err:
            self.notify(f"Cannot open that day: {err.detail}", severity="warning")
            return
        if date == (self._loading or self.date):
            return
        if not self.is_dirty():
            self._load(date)
            return

        def answer(discard: bool | None) -> None:
            if discard:
                self.drop_draft()
                self._load(date)

        label = f"{self.date:%a %d %b}" if self.date else "this day"
        self.app.push_screen(ConfirmScreen(f"{label} has unsaved changes. Discard them?"), answer)

    def _load(self, date: dt.date) -> None:
        """Load ``date``, naming it the day being loaded at once: a second alt+→ read before
        the load starts counts from it (alt+← alt+→ is back where it was)."""
        self._loading = date
        if self._load_running:
            self._next_load = date
            return
        self._load_running, self._next_load = True, None
        self.app.hold_input()  # the keys typed next are for this day's form
        self.run_worker(self._load_in_turn(date), group="load-day")

    async def load_now(self, date: dt.date) -> None:
        """Load ``date`` and wait for it (the first day, a day reloaded after a delete), in
        turn with any load already running."""
        if self._load_running:
            self._load(date)
            return
        self._loading, self._load_running, self._next_load = date, True, None
        self.app.hold_input()
        await self._load_in_turn(date)

    async def _load_in_turn(self, date: dt.date | None) -> None:
        """Each load to its end, then the last day asked for meanwhile, if any; keys read
        meanwhile are held (:mod:`journal.tui.held_input`) and reach the form once it is filled."""
        try:
            while date is not None:
                await self.load_date(date)
                date, self._next_load = self._next_load, None
        finally:
            self._load_running = False
            self.app.release_input()
            if date is not None:  # a load that failed: the form is the runner's again
                self._loading, self._next_load = None, None
                self.query_one("#form").disabled = self.app.journal is None

    def action_shift_day(self, delta: int) -> None:
        current = self._loading or self.date
        if current is None:
            return
        try:
            target = current + dt.timedelta(days=delta)
        except OverflowError:
            return
        self.request_date(target)

    def action_today(self) -> None:
        self.request_date(self.app.today())

    def action_jump(self) -> None:
        app = self.app

        def chosen(date: dt.date | None) -> None:
            if date is not None:
                self.request_date(date)

        self.app.push_screen(DateScreen(app.today(), self.date or app.today()), chosen)

    async def action_add_row(self, key: str) -> None:
        if self.query_one("#form").disabled:
            return
        row = ROW_TYPES[key]({})
        await self.query_one(f"#list-{key}", Vertical).mount(row)
        self._apply_units()
        target = row.text_field.input if isinstance(row, MealRow) else row.query(Input).first()
        self.set_focus(target)  # now, so keys typed right after ctrl+r land in the new row
        self.query_one("#form", VerticalScroll).scroll_to_widget(row, animate=False)
        self._update_status()

    def palette_commands(self) -> Any:
        from textual.app import SystemCommand

        yield SystemCommand(
            "Add run",
            "Add a run to this day (ctrl+r)",
            lambda: self.run_worker(self.action_add_row("runs")),
        )
        yield SystemCommand(
            "Add meal",
            "Add a meal to this day (ctrl+n)",
            lambda: self.run_worker(self.action_add_row("meals")),
        )
        yield SystemCommand("Previous day", "alt+left", lambda: self.action_shift_day(-1))
        yield SystemCommand("Next day", "alt+right", lambda: self.action_shift_day(1))
        yield SystemCommand("Go to date", "ctrl+g", self.action_jump)
        yield SystemCommand(
            "Delete this day",
            "Delete everything recorded on the day shown, after asking (f10)",
            self.action_delete_day,
        )

    # --- events -------------------------------------------------------------------------------

    @on(Button.Pressed, "#prev-day")
    def _prev(self) -> None:
        self.action_shift_day(-1)

    @on(Button.Pressed, "#next-day")
    def _next(self) -> None:
        self.action_shift_day(1)

    @on(Button.Pressed, "#jump")
    def _jump(self) -> None:
        self.action_jump()

    @on(Button.Pressed, "#save")
    def _save_pressed(self) -> None:
        self.save()

    @on(Button.Pressed, ".add-row")
    async def _add_pressed(self, event: Button.Pressed) -> None:
        await self.action_add_row((event.button.id or "").removeprefix("add-"))

    @on(FormRow.Removed)  # handlers are found on the screen class, not on its mixins
    async def _row_removed(self, event: FormRow.Removed) -> None:
        await self.remove_row(event.row)

    @on(Input.Changed)
    @on(Select.Changed)
    @on(Checkbox.Changed)
    @on(TextArea.Changed)
    def _changed(self, event: Any) -> None:
        if self._loading is not None:
            return  # the form is being filled: nothing the runner typed
        field = next((a for a in event.control.ancestors if hasattr(a, "set_error")), None)
        if field is not None and field.has_class("-has-error"):
            field.set_error(None)
        self._update_status()
        if isinstance(event, Input.Changed) and any(
            isinstance(a, SupplementRow) for a in event.control.ancestors
        ):
            self._update_nutrition()

    @on(Input.Blurred)
    def _blurred(self, event: Input.Blurred) -> None:
        """Check the field just left, so a mistake shows before the save."""
        if self._loading is not None or self.date is None or self.query_one("#form").disabled:
            return
        field = next((a for a in event.input.ancestors if hasattr(a, "set_error")), None)
        if field is None or not field.is_attached:
            return
        doc, where = self.collect()
        problems, _clean = self._checked(doc)
        mine = [p.detail for p in problems if self._widget_for(where, p.path) is field]
        field.set_error("; ".join(dict.fromkeys(mine)) or None)

    @on(MealRow.Parsed)
    def _meal_parsed(self) -> None:
        self._update_nutrition()

    def _refresh_meals(self) -> None:
        for row in self.query_one("#list-meals", Vertical).query_children(MealRow):
            if row.is_mounted:  # one still mounting (ctrl+n a moment ago) reads it on mount
                row.refresh_preview()
        self._update_nutrition()
