"""The daily check-in: one form for a day, validated by the model, saved with ctrl+s.

The form builds the day document and hands it to the model; every field the model refuses is
marked inline with the model's message at once (on save, and each field as it is left), the
first one focused, and nothing is written until the form is valid. Meals are previewed against
the food table as they are typed, and the day's totals are compared with the runner's reference
intakes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path
from typing import Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.css.query import NoMatches
from textual.widgets import Button, Checkbox, Input, Label, Select, Static, TextArea

from journal.tui.screens.common import BaseScreen, ConfirmScreen, DateScreen
from journal.tui.widgets.form import (
    MISSING,
    CheckField,
    ErrorLine,
    Field,
    FormRow,
    RatingField,
    SelectField,
    show_number,
)
from journal.tui.widgets.rows import (
    ROW_TYPES,
    MealRow,
    SupplementRow,
)

SECTIONS = (
    ("runs", "Runs", "+ Run (ctrl+r)"),
    ("cross_training", "Cross-training", "+ Cross-training"),
    ("meals", "Meals", "+ Meal (ctrl+n)"),
    ("supplements", "Supplements", "+ Supplement"),
    ("pain", "Pain", "+ Pain"),
)
# "that's everything I ate": the model's tri-state, as words (blank: not said)
MEALS_COMPLETE = [("yes, that's everything", "complete"), ("no, partly logged", "partial")]
STATUS_DAYS = 120  # the analyzer's status looks back this far: enough for its baselines


def _split_list(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


class CheckinScreen(BaseScreen):
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
        Binding("f9", "delete_day", "Delete day", show=False, priority=True),
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
        self._removed: list[tuple[str, int, dict[str, Any]]] = []  # rows to put back (ctrl+z)
        self._quit_after_save = False
        self._filled_units = "metric"
        self._day_status: Any = None  # the analyzer's one line for ``date`` (a worker fills it)

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
                    yield from self._list_section(key, title, add)
                yield Label("Sleep and how you feel", classes="section-title")
                with Vertical(classes="error-scope field-group"):
                    with Horizontal(classes="field-grid"):
                        yield Field(
                            "sleep h",
                            "sleep.hours",
                            kind="float",
                            placeholder="hours",
                            classes="w-num",
                        )
                        yield SelectField(
                            "quality",
                            "sleep.quality",
                            [
                                (f"{q} {w}", q)
                                for q, w in (
                                    (1, "poor"),
                                    (2, "fair"),
                                    (3, "ok"),
                                    (4, "good"),
                                    (5, "great"),
                                )
                            ],
                            classes="w-type",
                        )
                        yield Field(
                            "resting HR",
                            "resting_hr",
                            kind="int",
                            placeholder="bpm",
                            classes="w-num",
                        )
                        yield Field(
                            "weight kg",
                            "weight_kg",
                            kind="float",
                            placeholder="kg",
                            classes="w-num",
                            id="weight-field",
                        )
                    yield ErrorLine()
                with Vertical(classes="error-scope field-group"):
                    with Horizontal(classes="field-grid"):
                        yield RatingField("fatigue", "fatigue")
                        yield RatingField("soreness", "soreness")
                        yield RatingField("stress", "stress")
                    yield ErrorLine()
                for key, title, add in SECTIONS[2:]:
                    yield from self._list_section(key, title, add)
                    if key == "meals":
                        with Vertical(classes="error-scope field-group"):
                            yield SelectField(
                                "all meals logged?",
                                "meals_complete",
                                MEALS_COMPLETE,
                                prompt="— not said",
                                classes="w-complete",
                            )
                            yield ErrorLine()
                yield Label("Illness, cycle, tags", classes="section-title")
                with Vertical(classes="error-scope field-group"):
                    with Horizontal(classes="field-grid"):
                        yield Field(
                            "symptoms",
                            "illness.symptoms",
                            placeholder="words, separated by commas",
                            classes="w-wide",
                        )
                        yield CheckField("fever", "illness.fever")
                        yield CheckField("period", "period", id="period-field")
                    yield ErrorLine()
                yield Field("tags", "tags", placeholder="words to find the day by, comma-separated")
                yield Label("Notes", classes="section-title")
                yield TextArea("", id="notes", soft_wrap=True, show_line_numbers=False)
            with Vertical(id="side"):
                yield Static("", id="day-summary")
                yield Static("", id="nutrition-panel")
        yield from self.compose_footer()

    def _list_section(self, key: str, title: str, add: str) -> ComposeResult:
        with Horizontal(classes="section-head"):
            yield Label(title, classes="section-title")
            yield Button(add, id=f"add-{key}", classes="add-row", compact=True)
        yield Vertical(id=f"list-{key}", classes="row-list")

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#period-field").display = False
        self.app.when_ready(self, self._journal_ready)
        self.app.foods_loaded.subscribe(self, lambda _=None: self._refresh_meals())

    # --- loading a day ------------------------------------------------------------------------

    async def _journal_ready(self) -> None:
        app = self.app
        try:
            self.query_one("#period-field").display = bool(app.profile and app.profile.tracks_cycle)
            if not self._loaded:
                self._loaded = True
                await self.load_date(self.date or app.today())
                if self.app.screen is self and not self._focus_unrated():
                    self.query_one("#form").query(Input).first().focus()  # ready to type
            else:
                self._apply_units()
                self._update_nutrition()
                self._update_status()
                self._compute_day_status()
        except NoMatches:
            if self.is_attached and not app._exit:
                raise
            # the app is closing while the journal loads: nothing left to fill

    async def load_date(self, date: dt.date) -> None:
        """Fill the form with the stored day of ``date`` (or an empty form).

        The form is disabled while it fills, and ``date`` changes only once it is filled, so
        a save pressed meanwhile can never write one day's values onto another.
        """
        app = self.app
        form = self.query_one("#form")
        focused = self.app.focused
        focus_id = focused.id if focused is not None and focused in form.query("*") else None
        self._loading = date
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
            self._loading = None
            form.disabled = app.journal is None
        if focus_id:
            with contextlib.suppress(NoMatches):
                self.query_one(f"#{focus_id}").focus()
        # a new day starts at the top (its runs first), unless a run waits for its RPE
        self.query_one("#form", VerticalScroll).scroll_home(animate=False)
        if self.app.screen is self:
            self._focus_unrated()
        self._update_date_label()
        self._update_status()
        self._update_nutrition()
        self._compute_day_status()

    def _unrated(self) -> list[Field]:
        """The RPE fields of runs that have a duration but no RPE yet (imported runs)."""
        from journal.tui.widgets.rows import RunRow

        out = []
        for row in self.query_one("#list-runs", Vertical).query_children(RunRow):
            doc = row.to_doc()
            if doc is not None and doc.get("rpe") is None:
                out += [f for f in row.query(Field) if f.key == "rpe"]
        return out

    def _focus_unrated(self) -> bool:
        """Focus the first run waiting for its RPE, if any: a watch cannot know how it felt."""
        waiting = self._unrated()
        if waiting:
            waiting[0].input.focus()
        return bool(waiting)

    def _units(self) -> str:
        profile = self.app.profile
        return profile.units if profile is not None else "metric"

    def _apply_units(self) -> None:
        """Distance and weight in the runner's units (miles, pounds); stored metric."""
        from journal import entry
        from journal.tui.widgets.rows import RunRow

        units = self._units()
        if units == "metric":
            return  # the fields are composed in metric
        dist = entry.DISTANCE_UNIT[units]
        for row in self.query_one("#list-runs", Vertical).query_children(RunRow):
            for f in row.query(Field):
                if f.key == "distance_km" and f._to_stored is None:
                    f.use_unit(
                        dist,
                        dist,
                        row.original.get("distance_km"),
                        lambda v: entry.km_to_shown(v, units),
                        lambda v: entry.shown_to_km(v, units),
                    )

    def _fill_weight(self, stored: Any) -> None:
        from journal import entry

        units = self._units()
        field = self._field("weight_kg")
        if units == "metric":
            field.use_unit("weight kg", "kg", None, None, None)
            field.text = show_number(stored)
            return
        weight = entry.WEIGHT_UNIT[units]
        field.use_unit(
            f"weight {weight}",
            weight,
            stored,
            lambda v: entry.kg_to_shown(v, units),
            lambda v: entry.shown_to_kg(v, units),
        )
        if stored is None:
            field.text = ""

    # --- drafts: typed input survives a crash ---------------------------------------------------

    def _data_dir(self) -> Path | None:
        journal = getattr(self.app, "journal", None)
        return journal.data_dir if journal is not None else None

    def _draft_for(self, date: dt.date) -> dict[str, Any] | None:
        from journal import drafts

        folder = self._data_dir()
        return drafts.load(folder, date) if folder is not None else None

    def keep_draft(self) -> None:
        """Keep the form as typed (called before the app ends on an unexpected error)."""
        from journal import drafts

        folder = self._data_dir()
        if folder is not None and self.date is not None:
            drafts.keep(folder, self.collect()[0])

    def drop_draft(self) -> None:
        from journal import drafts

        if (folder := self._data_dir()) is not None:
            drafts.clear(folder)

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
                entry = row.to_doc()
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
        if self._baseline is None or self.date is None:
            return False
        return self.collect()[0] != self._baseline

    def _clear_errors(self) -> None:
        for field in self.query(".field.-has-error"):
            field.set_error(None)

    @staticmethod
    def _widget_for(where: dict[str, Any], path: str) -> Any:
        """The field widget of ``path`` (or of its nearest parent path), or None."""
        probe = path
        while probe and probe not in where:
            cut = max(probe.rfind("."), probe.rfind("["))
            probe = probe[:cut] if cut > 0 else ""
        widget = where.get(probe)
        if isinstance(widget, FormRow):
            fields = widget.fields()
            widget = fields[0] if fields else None
        return widget

    def _show_error(
        self, where: dict[str, Any], path: str, message: str, *, focus: bool = True
    ) -> None:
        """Mark the widget of ``path`` with the message (a second one joins the first)."""
        widget = self._widget_for(where, path)
        if widget is None:
            self.notify(f"{path}: {message}", title="Not saved", severity="error")
            return
        if widget.has_class("-has-error") and message not in widget.error_text:
            message = f"{widget.error_text}; {message}"
        widget.set_error(message)
        if focus:
            target = getattr(widget, "input", None) or getattr(widget, "select", None) or widget
            target.focus()
            self.query_one("#form", VerticalScroll).scroll_to_widget(widget, animate=False)

    def _checked(self, doc: dict[str, Any]) -> tuple[list[Any], dict[str, Any]]:
        """Every problem of the form's document, and the document without the refused values.

        Supplements typed as text ("iron 65mg") are read with the food module's parser.
        """
        from journal.day_check import day_problems
        from journal.model import InvalidInput, to_doc

        doc = dict(doc)
        problems: list[Any] = []
        supplements = []
        for i, entry in enumerate(doc.get("supplements", [])):
            if "text" in entry:
                try:
                    from journal.foods import parse_supplement

                    entry = to_doc(parse_supplement(entry["text"]))
                except (InvalidInput, ImportError) as err:
                    detail = getattr(err, "detail", "the food module is missing")
                    problems.append(InvalidInput(f"supplements[{i}].text", detail))
                    entry = None  # left out below; its message is the parser's
            supplements.append(entry)
        if supplements:
            doc["supplements"] = supplements
        found, clean = day_problems(doc)
        failed = {f"supplements[{i}]" for i, e in enumerate(supplements) if e is None}
        problems += [p for p in found if p.path.partition(".")[0] not in failed]
        return problems, clean

    def validate(self) -> Any:
        """The form as a :class:`journal.model.Day`, or None after marking every bad field."""
        from journal.model import parse_day

        self._clear_errors()
        doc, where = self.collect()
        problems, clean = self._checked(doc)
        if problems:
            for n, problem in enumerate(problems):
                self._show_error(where, problem.path, problem.detail, focus=n == 0)
            count = len({id(self._widget_for(where, p.path)) for p in problems})
            fields = "1 field" if count == 1 else f"{count} fields"
            self._update_status(f"{count} to fix, not saved")  # the count first: it is narrow
            self.notify(
                f"Not saved: {fields} to fix, marked in the form.",
                title="Check-in",
                severity="warning",
                timeout=6,
            )
            return None
        return parse_day(clean)

    # --- actions ------------------------------------------------------------------------------

    def action_save(self) -> None:
        self.save()

    def save(self, *, overwrite: bool = False) -> bool:
        """Validate and write the form; ``overwrite`` skips the changed-elsewhere check.

        False when nothing is being written (a field to fix, the journal not ready).
        """
        app = self.app
        if app.journal is None or self.date is None:
            self.notify("The journal is still opening; try again in a moment.")
            return False
        if self._loading is not None:
            self.notify(f"{self._loading:%a %d %b} is still loading; nothing was saved.")
            return False
        try:
            day = self.validate()
        except Exception as err:  # a bug must not cost the runner what they typed
            self._unexpected(err)
            return False
        if day is None:
            return False
        self._update_status("saving…")
        self._write(day, self._loaded_day, overwrite)
        return True

    def _unexpected(self, err: Exception) -> None:
        self._quit_after_save = False
        self._update_status("Not saved")
        self.notify(
            f"Not saved: something went wrong ({type(err).__name__}: {err}). "
            "Your changes are still in the form.",
            title="Not saved",
            severity="error",
            timeout=12,
        )

    @work(thread=True, exclusive=True, group="save")
    def _write(self, day: Any, loaded: Any, overwrite: bool) -> None:
        """Write ``day``, bound to the stored version ``loaded`` the form was filled from."""
        app = self.app
        from journal.service import ChangedElsewhere, save_day
        from journal.store import StoreError

        try:
            with app.journal_lock:
                # Another process (``stridelog add``) may have written this day since the
                # form was filled; never overwrite that silently.
                if overwrite:
                    day = save_day(app.journal, day)
                else:
                    day = save_day(app.journal, day, loaded=loaded)
        except ChangedElsewhere:
            app.call_from_thread(self._changed_elsewhere, day.date)
            return
        except StoreError as err:
            app.call_from_thread(app.report_store_error, err)
            app.call_from_thread(self._not_saved)
            return
        except OSError as err:
            from journal.commands._common import explain_os_error

            app.call_from_thread(app.report_store_error, explain_os_error(err))
            app.call_from_thread(self._not_saved)
            return
        except Exception as err:
            app.call_from_thread(self._unexpected, err)
            return
        app.call_from_thread(self._saved, day)

    def _not_saved(self) -> None:
        self._quit_after_save = False
        self._update_status("Not saved")

    def _changed_elsewhere(self, date: dt.date) -> None:
        self._quit_after_save = False
        self._update_status("Not saved: changed elsewhere")

        def answer(overwrite: bool | None) -> None:
            if overwrite:
                self.save(overwrite=True)

        self.app.push_screen(
            ConfirmScreen(
                f"{date:%a %d %b} was changed outside this window (another Stridelog or "
                "`stridelog add`) since you opened it. Overwrite it with this form? "
                "Choose Cancel, then reopen the day to see the other changes.",
                yes="Overwrite",
                no="Cancel",
            ),
            answer,
        )

    def _saved(self, day: Any) -> None:
        if day.date == self.date:
            self._baseline = self.collect()[0]
            self._loaded_day = None if day.is_empty() else day
            self._removed.clear()
        self.drop_draft()
        self._update_status(f"saved {dt.datetime.now():%H:%M}")
        self.notify(f"Saved {day.date:%a %d %b %Y}.", title="Check-in")
        self.app.journal_changed.publish(day.date)
        if self._quit_after_save:
            self.app.exit()
            return
        self._update_summary()
        self._compute_day_status()

    def ask_quit(self) -> None:
        """Unsaved changes at quit: save and quit, quit without saving, or keep editing."""
        from journal.tui.screens.quit import QuitScreen

        def answer(choice: str | None) -> None:
            if choice == "discard":
                self.drop_draft()
                self.app.exit()
            elif choice == "save":
                # quits once written; a field to fix (or a failed write) keeps the form open
                self._quit_after_save = self.save()

        label = f"{self.date:%a %d %b}" if self.date else "The check-in"
        self.app.push_screen(QuitScreen(f"{label} has unsaved changes."), answer)

    def action_delete_day(self) -> None:
        """Delete the whole day shown, after asking; a backup holding it is made first."""
        app = self.app
        if app.journal is None or self.date is None or self._loading is not None:
            return
        date = self.date
        with app.journal_lock:
            stored = app.journal.get(date)
        if stored is None:
            self.notify(f"{date:%a %d %b %Y} is not recorded: nothing to delete.", timeout=5)
            return

        def answer(yes: bool | None) -> None:
            if yes:
                self._delete(date)

        app.push_screen(
            ConfirmScreen(
                f"Delete everything recorded on {date:%A %d %B %Y}? "
                "A backup holding it is made first.",
                yes="Delete the day",
                no="Keep it",
            ),
            answer,
        )

    @work(thread=True, exclusive=True, group="save")
    def _delete(self, date: dt.date) -> None:
        from journal.service import delete_day
        from journal.store import StoreError

        app = self.app
        try:
            with app.journal_lock:
                delete_day(app.journal, date)
        except (StoreError, OSError) as err:
            app.call_from_thread(app.report_store_error, err)
            return
        app.call_from_thread(self._deleted, date)

    async def _deleted(self, date: dt.date) -> None:
        self.drop_draft()
        self.notify(f"Deleted {date:%a %d %b %Y}. A backup holds it.", title="Check-in")
        self.app.journal_changed.publish(date)
        if date == self.date:
            self._loaded_day = None
            await self.load_date(date)
            self._update_status("day deleted")

    def on_screen_resume(self) -> None:
        """Back on the form: pick up changes made elsewhere, unless the runner is editing."""
        app = self.app
        if app.journal is None or self.date is None or self.is_dirty():
            return
        with app.journal_lock:
            stored = app.journal.get(self.date)
        if stored != self._loaded_day or self._units() != self._filled_units:
            self.run_worker(self.load_date(self.date), exclusive=True, group="load-day")

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
            self.run_worker(self.load_date(date), exclusive=True, group="load-day")
            return

        def answer(discard: bool | None) -> None:
            if discard:
                self.drop_draft()
                self.run_worker(self.load_date(date), exclusive=True, group="load-day")

        label = f"{self.date:%a %d %b}" if self.date else "this day"
        self.app.push_screen(ConfirmScreen(f"{label} has unsaved changes. Discard them?"), answer)

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
        target.focus()
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
            "Delete everything recorded on the day shown, after asking (f9)",
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

    @on(FormRow.Removed)
    async def _row_removed(self, event: FormRow.Removed) -> None:
        """Remove a row, undoably (ctrl+z) until the day is saved or left."""
        row = event.row
        container = row.parent
        key = (container.id or "").removeprefix("list-") if container is not None else ""
        if key in ROW_TYPES and container is not None:
            index = list(container.children).index(row)
            self._removed.append((key, index, row.to_doc() or dict(row.original)))
            what = {"cross_training": "cross-training"}.get(key, key.rstrip("s"))
            self.notify(f"Removed a {what}. ctrl+z puts it back.", title="Check-in", timeout=6)
        await row.remove()
        self._update_status()
        self._update_nutrition()

    async def action_undo_remove(self) -> None:
        if not self._removed:
            self.notify("Nothing to put back.", timeout=3)
            return
        key, index, doc = self._removed.pop()
        container = self.query_one(f"#list-{key}", Vertical)
        row = ROW_TYPES[key](doc)
        children = list(container.children)
        if index < len(children):
            await container.mount(row, before=children[index])
        else:
            await container.mount(row)
        self._apply_units()
        row.query(Input).first().focus()
        self._update_status()
        self._update_nutrition()

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
            row.refresh_preview()
        self._update_nutrition()

    # --- display ------------------------------------------------------------------------------

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

    @work(thread=True, exclusive=True, group="day-status")
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
            status = analyze(days, app.profile or Profile(), date, date).status()
        except Exception:  # the status is a courtesy: the form works without it
            return
        app.call_from_thread(self._status_ready, status)

    def _status_ready(self, status: Any) -> None:
        if status.as_of == self.date and self.is_attached:
            self._day_status = status
            self._update_summary()

    def _update_nutrition(self) -> None:
        """Sum the meals' parses and the supplements; compare with the references."""
        app = self.app
        panel = self.query_one("#nutrition-panel", Static)
        if self.date is None:
            return
        totals: dict[str, float] = {}
        words = unknown = 0
        meals = 0
        for row in self.query_one("#list-meals", Vertical).query_children(MealRow):
            if row.parse is None:
                continue
            meals += 1
            for key, value in row.parse.totals.items():
                totals[key] = totals.get(key, 0.0) + float(value)
            unknown += len(row.parse.unmatched)
            words += len(row.parse.items) + len(row.parse.unmatched)
        supplements = self._supplement_totals()
        for key, value in supplements.items():
            totals[key] = totals.get(key, 0.0) + value
        from journal.tui.widgets.summary import nutrition_panel

        refs = self._references() if app.foods_ready else {}
        panel.update(nutrition_panel(totals, meals, words, unknown, app, refs, self.date))

    def _supplement_totals(self) -> dict[str, float]:
        if not getattr(self.app, "foods_ready", False):
            return {}
        from journal.foods import parse_supplement
        from journal.model import InvalidInput

        out: dict[str, float] = {}
        for row in self.query_one("#list-supplements", Vertical).query_children(SupplementRow):
            entry = row.to_doc()
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
