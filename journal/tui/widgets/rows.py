"""The list entries of the check-in form: runs, cross-training, meals, supplements, pain."""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Button, Input, Static

from journal.model import RUN_TYPES
from journal.tui.widgets.form import MISSING, ErrorLine, Field, FormRow, SelectField, show_number

NUTRIENT_SHORT = (
    ("kcal", "kcal", ""),
    ("carbs_g", "C", "g"),
    ("protein_g", "P", "g"),
    ("fat_g", "F", "g"),
    ("iron_mg", "Fe", "mg"),
    ("b6_mg", "B6", "mg"),
    ("b12_ug", "B12", "µg"),
)


def fmt_amount(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}".rstrip("0").rstrip(".")
    return f"{value:.2f}".rstrip("0").rstrip(".") or "0"


def nutrient_line(totals: dict[str, float]) -> Text:
    text = Text()
    for key, short, unit in NUTRIENT_SHORT:
        if key in totals:
            if text:
                text.append(" · ", style="dim")
            text.append(f"{short} ", style="dim")
            text.append(f"{fmt_amount(totals[key])}{unit}")
    return text


class RunRow(FormRow):
    LIST_KEY = "runs"

    def compose_fields(self) -> ComposeResult:
        o = self.original
        yield Field(
            "km",
            "distance_km",
            value=show_number(o.get("distance_km")),
            kind="float",
            placeholder="km",
            classes="w-num",
        )
        yield Field(
            "time",
            "duration_min",
            value=show_number(o.get("duration_min")),
            kind="duration",
            placeholder="min or h:mm:ss",
            classes="w-time",
        )
        waiting = o.get("source") is not None and o.get("rpe") is None  # imported, not yet rated
        yield Field(
            "rate it" if waiting else "RPE",  # a narrow column: the short words fit
            "rpe",
            value=show_number(o.get("rpe")),
            kind="int",
            placeholder="1-10",
            classes="w-small -waiting" if waiting else "w-small",
        )
        yield SelectField(
            "type", "type", [(t, t) for t in RUN_TYPES], value=o.get("type"), classes="w-type"
        )
        yield Field(
            "avg HR",
            "avg_hr",
            value=show_number(o.get("avg_hr")),
            kind="int",
            placeholder="bpm",
            classes="w-small",
        )


class CrossRow(FormRow):
    LIST_KEY = "cross_training"

    def compose_fields(self) -> ComposeResult:
        o = self.original
        yield Field(
            "activity",
            "activity",
            value=o.get("activity", ""),
            placeholder="strength, bike, swim…",
            classes="w-wide",
        )
        yield Field(
            "time",
            "duration_min",
            value=show_number(o.get("duration_min")),
            kind="duration",
            placeholder="min",
            classes="w-time",
        )
        yield Field(
            "RPE",
            "rpe",
            value=show_number(o.get("rpe")),
            kind="int",
            placeholder="1-10",
            classes="w-small",
        )


class PainRow(FormRow):
    LIST_KEY = "pain"

    def compose_fields(self) -> ComposeResult:
        o = self.original
        yield Field(
            "site", "site", value=o.get("site", ""), placeholder="left shin", classes="w-wide"
        )
        yield Field(
            "score 0-10",
            "score",
            value=show_number(o.get("score")),
            kind="int",
            placeholder="0-10",
            classes="w-small",
        )


def supplement_text(doc: dict[str, Any]) -> str:
    """A stored supplement as text the runner could have typed: "iron 65mg"."""
    units = {"kcal": "kcal", "_mg": "mg", "_ug": "ug", "_g": "g"}
    parts = [doc.get("name", "")]
    for key, value in doc.items():
        if key == "name":
            continue
        unit = next((u for suffix, u in units.items() if key.endswith(suffix)), "")
        nutrient = key.removesuffix("_mg").removesuffix("_ug").removesuffix("_g")
        parts.append(
            f"{nutrient} {show_number(value)}{unit}"
            if nutrient != doc.get("name")
            else f"{show_number(value)}{unit}"
        )
    return " ".join(p for p in parts if p)


class SupplementRow(FormRow):
    """A supplement typed as text ("iron 65mg"), parsed by the food module on save."""

    LIST_KEY = "supplements"

    def __init__(self, original: dict[str, Any] | None = None) -> None:
        super().__init__(original)
        self.shown_text = supplement_text(self.original) if self.original else ""

    def compose_fields(self) -> ComposeResult:
        yield Field(
            "supplement",
            "text",
            value=self.shown_text,
            placeholder="iron 65mg, b12 1000ug",
            classes="w-wide",
        )

    def to_doc(self) -> dict[str, Any] | None:
        text = self.fields()[0].json_value()
        if text is MISSING:
            return None
        if self.original and text == self.shown_text:
            return dict(self.original)
        return {"text": text}


class MealRow(FormRow):
    """A meal: a name and what was eaten, with a live preview of the matched foods.

    f9 opens the fix-foods dialog: another food or other grams for an item, remembered for
    that phrase as the runner's own correction.
    """

    LIST_KEY = "meals"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f9", "fix_foods", "Fix foods", tooltip="Pick other foods or grams for this meal")
    ]

    class Parsed(Message):
        """The meal text was parsed again (the day's totals need updating)."""

        def __init__(self, row: MealRow) -> None:
            super().__init__()
            self.row = row

    def __init__(self, original: dict[str, Any] | None = None, default_name: str = "meal") -> None:
        super().__init__(original)
        self.default_name = default_name
        self.parse: Any = None

    def compose(self) -> ComposeResult:
        o = self.original
        with Horizontal(classes="meal-fields"):
            yield Field(
                "meal",
                "name",
                value=o.get("name", ""),
                placeholder=self.default_name,
                classes="w-name",
            )
            yield Field(
                "what you ate",
                "text",
                value=o.get("text") or "",
                placeholder=self._placeholder(),
                classes="w-meal",
            )
            yield Button("✕", classes="remove-row", tooltip="Remove this meal", compact=True)
        yield ErrorLine()
        yield Static("", classes="meal-preview", markup=False)

    def _placeholder(self) -> str:
        items = self.original.get("items")
        if items and not self.original.get("text"):
            return f"({len(items)} foods from an import; typing replaces them)"
        return "e.g. oatmeal 80g, 1 banana, 250 ml milk"

    @property
    def text_field(self) -> Field:
        return next(f for f in self.query(Field) if f.key == "text")

    def to_doc(self) -> dict[str, Any] | None:
        """The meal, or None when nothing was eaten (a name alone is not a meal)."""
        values = {f.key: f.json_value() for f in self.query(Field)}
        name, text = values["name"], values["text"]
        has_items = bool(self.original.get("items"))
        if text is MISSING and not has_items:
            return None
        doc = {k: v for k, v in self.original.items() if k != "text"}
        doc["name"] = self.default_name if name is MISSING else name
        if text is not MISSING:
            if text != self.original.get("text"):
                doc.pop("resolved", None)
                if not self.original.get("text"):
                    doc.pop("items", None)
            doc["text"] = text
        return doc

    def on_mount(self) -> None:
        self.refresh_preview()

    @on(Input.Changed)
    def _text_changed(self, event: Input.Changed) -> None:
        if event.input is self.text_field.input:
            self.refresh_preview()

    def refresh_preview(self) -> None:
        """Parse the meal text against the food table and show what matched."""
        preview = self.query_one(".meal-preview", Static)
        text = self.text_field.text.strip()
        if not text:
            self.parse = None
            preview.update("")
            preview.display = False
            self.post_message(self.Parsed(self))
            return
        preview.display = True
        if not getattr(self.app, "foods_ready", False):
            self.parse = None
            preview.update(Text("loading the food table…", style="dim italic"))
            return
        from journal.foods import parse_meal
        from journal.tui.widgets.meal_fix import personal_for

        self.parse = parse_meal(text, personal_for(self._data_dir()))
        preview.update(self.render_parse(self.parse))
        self.post_message(self.Parsed(self))

    def _data_dir(self) -> Any:
        journal = getattr(self.app, "journal", None)
        return getattr(journal, "data_dir", None)

    def action_fix_foods(self) -> None:
        """Open the fix-foods dialog for this meal's matched foods."""
        if self.parse is None or not self.parse.items:
            self.notify(
                "Type what you ate first; then f9 lets you pick other foods or grams.",
                title="Fix foods",
            )
            return
        from journal.tui.widgets.meal_fix import FixFoodsScreen

        def done(saved: bool | None) -> None:
            if saved:  # every meal of the day may use the phrase
                for row in self.screen.query(MealRow):
                    if row.is_mounted:  # a row still mounting shows its preview on mount
                        row.refresh_preview()
                self.notify("Remembered: this phrase now reads your way.", title="Fix foods")
            self.text_field.input.focus()

        screen = FixFoodsScreen(self.text_field.text.strip(), self.parse, self._data_dir())
        self.app.push_screen(screen, done)

    def render_parse(self, parse: Any) -> Text:
        out = Text()
        warn = getattr(self.app, "severity_color", lambda _s: "yellow")("warning")
        unsure = set(parse.unsure)
        for n, item in enumerate(parse.items):
            if n in unsure:
                out.append("? ", style=f"bold {warn}")
            else:
                out.append("✓ ", style="bold green")
            out.append(" ".join(str(item.text or "").split()) or "?", style="bold")
            out.append(" → ", style="dim")
            out.append(f"{item.name} ", style="")
            out.append(f"{fmt_amount(item.grams)} g", style="dim")
            out.append("  unsure: f9 to fix\n" if n in unsure else "\n", style=warn)
        for word in parse.unmatched:
            out.append("? ", style=f"bold {warn}")
            out.append(f"{word}", style=warn)
            out.append("  not in the food table, counted as unknown\n", style="dim")
        totals = dict(parse.totals)
        if totals:
            out.append("= ", style="dim")
            out.append_text(nutrient_line(totals))
        return out.rstrip() or out


ROW_TYPES: dict[str, type[FormRow]] = {
    cls.LIST_KEY: cls for cls in (RunRow, CrossRow, MealRow, SupplementRow, PainRow)
}
