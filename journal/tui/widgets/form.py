"""Form building blocks: labelled fields with inline errors, and removable list rows.

A :class:`Field` knows how to turn its text into the JSON value the model expects (numbers,
durations) but never judges it: values that do not convert are passed on as typed, so the
model's own message ("'abc' is not allowed; allowed: a number from 0 to 1000") reaches the
runner, with the field marked where it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Button, Checkbox, Input, Label, Select, Static

from journal import entry
from journal.tui.widgets.typed_order import OrderedInput

MISSING: Any = object()

RATING_WORDS = {
    1: "fresh",
    2: "fine",
    3: "a little tired",
    4: "somewhat tired",
    5: "tired",
    6: "quite tired",
    7: "very tired",
    8: "heavy, struggling",
    9: "exhausted",
    10: "extreme: can barely move or keep awake",
}

_INT = re.compile(r"^[+-]?\d+$")


def to_number(text: str, kind: str) -> Any:
    """The JSON value for ``text``: MISSING when blank, the raw text when it does not convert."""
    value = text.strip().replace(",", ".") if kind != "text" else text.strip()
    if not value:
        return MISSING
    if kind == "text":
        return value
    if kind in ("int", "float"):  # "-3" stays -3, so a message quotes it as typed
        return int(value) if _INT.match(value) else _float_or_raw(value)
    if kind == "duration":
        return parse_duration(value)
    return _float_or_raw(value)


def _float_or_raw(value: str) -> Any:
    try:
        number = float(value)
    except ValueError:
        return value
    return number if number == number else value  # NaN stays text so the model refuses it


def parse_duration(value: str) -> Any:
    """Minutes from what a duration field holds (the CLI's grammar; a bare number is minutes)."""
    minutes = entry.parse_duration(value, bare_minutes=True)
    return value if minutes is None else minutes


def show_number(value: Any) -> str:
    """A stored number as the runner would type it: 10.0 -> "10", 9.5 -> "9.5"."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}" if value != int(value) else str(int(value))
    return str(value)


class ErrorLine(Static):
    """The error messages of the fields in one row or group, one line each, full width.

    Fields in a row are narrow (a heart rate fits in 10 columns; its message does not), so
    a field inside an ``.error-scope`` container reports here, prefixed with its label.
    """

    DEFAULT_CSS = """
    ErrorLine { display: none; height: auto; color: $error; }
    ErrorLine.-shown { display: block; }
    """

    def __init__(self) -> None:
        super().__init__("", classes="scope-error", markup=False)
        self._messages: dict[int, tuple[str, str]] = {}

    def show_error(self, field: Widget, label: str, message: str | None) -> None:
        if message:
            self._messages[id(field)] = (label, message)
        else:
            self._messages.pop(id(field), None)
        self.update("\n".join(f"{lab}: {msg}" for lab, msg in self._messages.values()))
        self.set_class(bool(self._messages), "-shown")


class _ErrorMixin:
    """``set_error`` for the field widgets: mark the field, show the message nearby."""

    _label: str
    error_text: str = ""

    def _scope_line(self) -> ErrorLine | None:
        for ancestor in self.ancestors:  # type: ignore[attr-defined]
            if ancestor.has_class("error-scope"):
                lines = [c for c in ancestor.children if isinstance(c, ErrorLine)]
                return lines[0] if lines else None
        return None

    def set_error(self, message: str | None) -> None:
        self.error_text = message or ""
        self.set_class(bool(message), "-has-error")  # type: ignore[attr-defined]
        scope = self._scope_line()
        own = self.query_one(".field-error", Static)  # type: ignore[attr-defined]
        if scope is not None:
            scope.show_error(self, self._label, message)  # type: ignore[arg-type]
        own.update("" if scope is not None else message or "")
        own.display = scope is None and bool(message)
        for child in self.query("Input"):  # type: ignore[attr-defined]
            child.set_class(bool(message), "-invalid")


class Field(_ErrorMixin, Vertical):
    """A labelled one-line input with an inline error line underneath."""

    DEFAULT_CSS = """
    Field { height: auto; width: 1fr; }
    """

    def __init__(
        self,
        label: str,
        key: str,
        *,
        value: str = "",
        kind: str = "text",
        placeholder: str = "",
        hint: str = "",
        classes: str = "",
        id: str | None = None,
    ) -> None:
        super().__init__(classes=f"field {classes}".strip(), id=id)
        self.key = key
        self.kind = kind
        self._label = label
        self._value = value
        self._placeholder = placeholder
        self._hint = hint
        self.path = key
        # A field shown in another unit than stored (miles, pounds): typed values convert
        # back, and an untouched value returns the stored number exactly (no drift per save).
        self._to_stored: Callable[[float], float] | None = None
        self._shown: tuple[str, Any] | None = None

    def compose(self) -> ComposeResult:
        yield Label(self._label, classes="field-label", markup=False)
        yield OrderedInput(
            self._value,
            placeholder=self._placeholder,
            compact=True,
            # a number tabbed into is retyped whole ("53" then "55" is 55, not 5355); text
            # (meals, notes) keeps its cursor at the end, to be added to
            select_on_focus=self.kind != "text",
        )
        hint = Static(self._hint, classes="field-hint", markup=False)
        hint.display = bool(self._hint)
        yield hint
        yield Static("", classes="field-error", markup=False)

    @property
    def input(self) -> Input:
        return self.query_one(Input)

    def _own_input(self) -> Input | None:
        """The input once composed (looked up once: the form reads every field per keystroke)."""
        found = getattr(self, "_input_widget", None)
        if found is None:
            inputs = self.query(Input)
            found = inputs.first() if inputs else None
            self._input_widget = found
        return found

    @property
    def text(self) -> str:
        found = self._own_input()
        return found.value if found is not None else self._value

    @text.setter
    def text(self, value: str) -> None:
        self._value = value
        if (found := self._own_input()) is not None:
            found.value = value

    def json_value(self) -> Any:
        value = to_number(self.text, self.kind)
        if self._to_stored is None:
            return value
        if self._shown is not None and self.text.strip() == self._shown[0]:
            return self._shown[1]
        if isinstance(value, int | float) and value >= 0:  # a negative is refused as typed
            return self._to_stored(float(value))
        return value

    def use_unit(
        self,
        label: str,
        placeholder: str,
        stored: Any,
        to_shown: Callable[[float], float] | None,
        to_stored: Callable[[float], float] | None,
    ) -> None:
        """Show ``stored`` (a metric value or None) in the runner's unit, under ``label``."""
        self._label = label
        self.query_one(".field-label", Label).update(label)
        self.input.placeholder = placeholder
        self._to_stored = to_stored
        self._shown = None
        if to_shown is not None and isinstance(stored, int | float):
            self.text = show_number(to_shown(float(stored)))
            self._shown = (self.text, stored)

    def set_hint(self, text: str) -> None:
        hint = self.query_one(".field-hint", Static)
        hint.update(text)
        hint.display = bool(text)


class RatingField(Field):
    """A 1–10 rating that shows what the number means as you type."""

    def __init__(self, label: str, key: str, *, value: str = "", id: str | None = None) -> None:
        super().__init__(label, key, value=value, kind="int", placeholder="1-10", id=id)

    def on_mount(self) -> None:
        self._explain(self.text)

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        self._explain(event.value)

    def _explain(self, text: str) -> None:
        value = text.strip()
        meaning = RATING_WORDS.get(int(value)) if _INT.match(value) else None
        self.set_hint(meaning or "1 fresh … 10 extreme")


class SelectField(_ErrorMixin, Vertical):
    """A labelled choice; blank means "not given"."""

    DEFAULT_CSS = """
    SelectField { height: auto; width: 1fr; }
    """

    def __init__(
        self,
        label: str,
        key: str,
        options: list[tuple[str, Any]],
        *,
        value: Any = None,
        allow_blank: bool = True,
        prompt: str = "—",
        classes: str = "",
        id: str | None = None,
    ) -> None:
        super().__init__(classes=f"field {classes}".strip(), id=id)
        self.key = key
        self.path = key
        self._label = label
        self._options = options
        self._value = value
        self._allow_blank = allow_blank
        self._prompt = prompt

    def compose(self) -> ComposeResult:
        yield Label(self._label, classes="field-label", markup=False)
        value = self._value if self._value is not None else Select.NULL
        if not self._allow_blank and value is Select.NULL:
            value = self._options[0][1]
        yield Select(
            self._options,
            value=value,
            allow_blank=self._allow_blank,
            prompt=self._prompt,
            compact=True,
        )
        yield Static("", classes="field-error", markup=False)

    @property
    def select(self) -> Select[Any]:
        return self.query_one(Select)

    def json_value(self) -> Any:
        return MISSING if self.select.is_blank() else self.select.value

    def set_value(self, value: Any) -> None:
        self.select.value = Select.NULL if value is None else value


AnyField = Field | SelectField


class FormRow(Vertical):
    """One entry of a list (a run, a meal, ...): fields, and a button to remove it.

    ``original`` keeps the stored document, so fields the form does not show (a run's notes,
    a meal's explicit items) survive an edit.
    """

    LIST_KEY: ClassVar[str] = ""

    class Removed(Message):
        """The runner removed this row."""

        def __init__(self, row: FormRow) -> None:
            super().__init__()
            self.row = row

    def __init__(self, original: dict[str, Any] | None = None) -> None:
        super().__init__(classes="form-row error-scope")
        self.original = dict(original or {})

    def compose_fields(self) -> ComposeResult:
        raise NotImplementedError

    def compose(self) -> ComposeResult:
        with Horizontal(classes="row-fields"):
            yield from self.compose_fields()
            yield Button("✕", classes="remove-row", tooltip="Remove this entry", compact=True)
        yield ErrorLine()

    @on(Button.Pressed, ".remove-row")
    def _remove(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(self.Removed(self))

    def fields(self) -> list[AnyField]:
        """The row's fields (composed once, so looked up once: read on every keystroke)."""
        cached: list[AnyField] | None = getattr(self, "_fields", None)
        if cached is None:
            cached = [
                w for w in self.query("Field, SelectField") if isinstance(w, Field | SelectField)
            ]
            if cached:
                self._fields = cached
        return cached

    def doc(self) -> dict[str, Any] | None:
        """:meth:`to_doc`, safe while the row is still being mounted (ctrl+n read a moment
        ago): it has no fields yet, so its document is the one it was given."""
        return self.to_doc() if self.is_mounted else (dict(self.original) or None)

    def to_doc(self) -> dict[str, Any] | None:
        """The row's document, or None when every shown field is blank."""
        values = {f.key: f.json_value() for f in self.fields()}
        given = {k: v for k, v in values.items() if v is not MISSING}
        if not given:
            return None
        doc = {k: v for k, v in self.original.items() if k not in values}
        doc.update(given)
        return doc


class CheckField(_ErrorMixin, Vertical):
    """A checkbox with the same label/error layout as the other fields."""

    DEFAULT_CSS = """
    CheckField { height: auto; width: auto; }
    """

    def __init__(self, label: str, key: str, *, value: bool = False, id: str | None = None):
        super().__init__(classes="field", id=id)
        self.key = key
        self.path = key
        self._label = label
        self._value = value

    def compose(self) -> ComposeResult:
        yield Checkbox(self._label, self._value, compact=True)
        yield Static("", classes="field-error", markup=False)

    @property
    def checkbox(self) -> Checkbox:
        return self.query_one(Checkbox)


def widget_path(widget: Widget) -> str:
    return getattr(widget, "path", "")
