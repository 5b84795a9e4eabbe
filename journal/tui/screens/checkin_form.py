"""The check-in form's sections below its first screenful, and the list section layout.

Apart from :mod:`journal.tui.screens.checkin` so that module stays small.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Label

from journal.tui.widgets.form import CheckField, ErrorLine, Field, RatingField, SelectField
from journal.tui.widgets.typed_order import OrderedTextArea

SECTIONS = (
    ("runs", "Runs", "+ Run (ctrl+r)"),
    ("cross_training", "Cross-training", "+ Cross-training"),
    ("meals", "Meals", "+ Meal (ctrl+n)"),
    ("supplements", "Supplements", "+ Supplement"),
    ("pain", "Pain", "+ Pain"),
)
# "that's everything I ate": the model's tri-state, as words (blank: not said)
MEALS_COMPLETE = [("yes, that's everything", "complete"), ("no, partly logged", "partial")]


def list_section(key: str, title: str, add: str) -> ComposeResult:
    with Horizontal(classes="section-head"):
        yield Label(title, classes="section-title")
        yield Button(add, id=f"add-{key}", classes="add-row", compact=True)
    yield Vertical(id=f"list-{key}", classes="row-list")


class FormRest(Vertical):
    """The form below its first screenful, mounted just after the first frame is painted.

    Styling the whole form before the first frame made the check-in paint about 2.5 times
    later than an empty Textual app; the top (runs, cross-training) is enough to show the
    screen, and the rest is in place before the journal has loaded (``_form_complete``).
    """

    DEFAULT_CSS = "FormRest { height: auto; }"

    def compose(self) -> ComposeResult:
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
            yield from list_section(key, title, add)
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
                period = CheckField("period", "period", id="period-field")
                period.display = False  # shown once the profile says the cycle is tracked
                yield period
            yield ErrorLine()
        yield Field("tags", "tags", placeholder="words to find the day by, comma-separated")
        yield Label("Notes", classes="section-title")
        yield OrderedTextArea("", id="notes", soft_wrap=True, show_line_numbers=False)
