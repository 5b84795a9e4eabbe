"""Profile: what the reference intakes and the energy rules depend on.

Weight and height are typed and shown in the profile's units (pounds, and feet and inches, for
imperial) and stored in kg and cm, like the CLI's ``--weight`` and ``--height``. Placeholders
name the unit, never a value that could pass for data.
"""

from __future__ import annotations

from typing import Any, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Label, Select, Static

from journal.tui.screens.common import BaseScreen
from journal.tui.widgets.form import MISSING, CheckField, ErrorLine, Field, SelectField, show_number

NOTE = (
    "Reference intakes follow NIH ODS (EAR from IOM 2000) for ages 14 and over. They do not "
    "apply under 14 or during pregnancy or breastfeeding: Stridelog's nutrition flags are not "
    "meant for those cases. Body fat is optional; without it the energy rules assume 15 % for "
    "men, 22 % for women, 18.5 % otherwise, and say so."
)


def _height_text(cm: float | None, units: str) -> str:
    """A stored height as the field shows it: ``170`` (cm) or ``5'10"`` for imperial."""
    if cm is None:
        return ""
    if units != "imperial":
        return show_number(cm)
    from journal.entry import CM_PER_INCH

    feet, inches = divmod(round(cm / CM_PER_INCH), 12)
    return f"{feet}'{inches}\""


class ProfileScreen(BaseScreen):
    """Edit the profile; validated by :func:`journal.model.parse_profile`, saved with ctrl+s."""

    TITLE_TEXT = "Profile"
    _units = "metric"  # the units the weight and height fields are shown in
    BINDINGS: ClassVar[list[BindingType]] = [Binding("ctrl+s", "save", "Save", priority=True)]

    def compose(self) -> ComposeResult:
        yield from self.compose_header()
        with Vertical(id="profile-form", disabled=True):
            with Vertical(classes="error-scope field-group"):
                with Horizontal(classes="field-grid"):
                    yield SelectField(
                        "sex",
                        "sex",
                        [("female", "female"), ("male", "male"), ("unspecified", "unspecified")],
                        allow_blank=False,
                        classes="w-type",
                    )
                    yield Field(
                        "birth year", "birth_year", kind="int", placeholder="YYYY", classes="w-num"
                    )
                    yield Field(
                        "weight",
                        "weight_kg",
                        kind="float",
                        placeholder="kg",
                        classes="w-num",
                        id="weight-field",
                    )
                    yield Field(
                        "height cm",
                        "height_cm",
                        placeholder="cm",
                        classes="w-num",
                        id="height-field",
                    )
                    yield Field(
                        "body fat %",
                        "body_fat_pct",
                        kind="float",
                        placeholder="optional",
                        classes="w-num",
                    )
                yield ErrorLine()
            with Vertical(classes="error-scope field-group"):
                with Horizontal(classes="field-grid"):
                    yield SelectField(
                        "diet",
                        "diet",
                        [
                            ("omnivore", "omnivore"),
                            ("vegetarian", "vegetarian"),
                            ("vegan", "vegan"),
                        ],
                        allow_blank=False,
                        classes="w-type",
                    )
                    yield SelectField(
                        "units",
                        "units",
                        [("metric", "metric"), ("imperial", "imperial")],
                        allow_blank=False,
                        classes="w-type",
                    )
                    yield CheckField("I track my cycle", "tracks_cycle")
                    yield Button("Save (ctrl+s)", id="save-profile", variant="primary")
                yield ErrorLine()
        yield Static("", id="profile-refs", markup=False)
        yield Static(NOTE, id="profile-note", classes="dim")
        yield from self.compose_footer()

    def on_mount(self) -> None:
        super().on_mount()
        self.app.when_ready(self, self._fill)

    def _fill(self) -> None:
        app = self.app
        from journal.entry import kg_in
        from journal.model import to_doc

        profile = to_doc(app.profile) if app.profile is not None else {}
        units = profile.get("units", "metric")
        for field in self.query(Field):
            value = profile.get(field.key)
            if field.key == "weight_kg" and value is not None:
                value = round(kg_in(value, units), 1)
            shown = _height_text(value, units) if field.key == "height_cm" else show_number(value)
            field.text = shown
        self._show_units(units)
        for select in self.query(SelectField):
            select.set_value(
                profile.get(
                    select.key,
                    {"sex": "unspecified", "diet": "omnivore", "units": "metric"}[select.key],
                )
            )
        self.query_one(CheckField).checkbox.value = bool(profile.get("tracks_cycle"))
        self.query_one("#profile-form").disabled = False
        self._show_references()

    def _show_units(self, units: str) -> None:
        """Labels and placeholders of weight and height in ``units`` (kg, cm or lb, ft in)."""
        from journal.entry import weight_unit

        self._units = units
        weight = self.query_one("#weight-field", Field)
        weight.query_one(".field-label", Label).update(f"weight {weight_unit(units)}")
        weight.input.placeholder = weight_unit(units)
        height = self.query_one("#height-field", Field)
        imperial = units == "imperial"
        height.query_one(".field-label", Label).update("height ft in" if imperial else "height cm")
        height.input.placeholder = "ft' in\"" if imperial else "cm"

    @on(Select.Changed)
    def _units_changed(self, event: Select.Changed) -> None:
        """Switching units converts the weight and height typed so far: the same body stays."""
        from journal.entry import LB_PER_KG, parse_height

        select = next((a for a in event.select.ancestors if isinstance(a, SelectField)), None)
        if select is None or select.key != "units":
            return
        units, before = select.json_value(), self._units
        if units == before:
            return
        weight = self.query_one("#weight-field", Field)
        value = weight.json_value()
        if isinstance(value, int | float):
            factor = LB_PER_KG if units == "imperial" else 1 / LB_PER_KG
            weight.text = show_number(round(value * factor, 1))
        height = self.query_one("#height-field", Field)
        cm = parse_height(height.text, before) if height.text.strip() else None
        if isinstance(cm, float):
            height.text = _height_text(cm, units)
        self._show_units(units)

    def _show_references(self) -> None:
        app = self.app
        from journal.nutrition import describe_group, references

        today = app.today()
        refs = references(app.profile, today)
        lines = [f"References for {describe_group(app.profile, today)}:"]
        for ref in refs.values():
            lines.append(f"  {ref.label}: EAR {ref.ear:g} {ref.unit}, RDA {ref.rda:g} {ref.unit}")
        note = next(iter(refs.values())).note if refs else ""
        if note:
            lines.append(f"  {note}")
        self.query_one("#profile-refs", Static).update("\n".join(lines))

    def collect(self) -> tuple[dict[str, Any], dict[str, Any]]:
        doc: dict[str, Any] = {}
        where: dict[str, Any] = {}
        for field in [*self.query(Field), *self.query(SelectField)]:
            where[field.key] = field
            value = field.json_value()
            if value is not MISSING:
                doc[field.key] = value
        check = self.query_one(CheckField)
        where["tracks_cycle"] = check
        doc["tracks_cycle"] = check.checkbox.value
        return doc, where

    def action_save(self) -> None:
        app = self.app
        if app.journal is None:
            return
        from journal.model import InvalidInput, parse_profile

        doc, where = self.collect()
        for widget in where.values():
            widget.set_error(None)
        from journal.entry import LB_PER_KG, parse_height

        units = doc.get("units", "metric")
        if units == "imperial" and isinstance(doc.get("weight_kg"), int | float):
            doc["weight_kg"] = round(doc["weight_kg"] / LB_PER_KG, 3)
        if isinstance(doc.get("height_cm"), str):
            doc["height_cm"] = parse_height(doc["height_cm"], units)
        try:
            profile = parse_profile(doc)
        except InvalidInput as err:
            widget = where.get(err.path.split(".")[0])
            if widget is not None:
                widget.set_error(err.detail)
                getattr(widget, "input", widget).focus()
            else:
                self.notify(str(err), severity="error")
            return
        self._write(profile)

    @work(thread=True, exclusive=True, group="profile", description="save the profile")
    def _write(self, profile: Any) -> None:
        app = self.app
        from journal.store import StoreError

        try:
            with app.journal_lock:
                app.journal.set_profile(profile)
        except StoreError as err:
            app.call_from_thread(app.report_store_error, err)
            return
        app.call_from_thread(self._saved, profile)

    def _saved(self, profile: Any) -> None:
        self.app.set_profile(profile)
        self._show_references()
        self.notify("Profile saved.", title="Profile")

    @on(Button.Pressed, "#save-profile")
    def _pressed(self) -> None:
        self.action_save()
