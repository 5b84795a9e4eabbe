"""Where the cursor goes when another day fills the check-in form.

A day's rows are removed and mounted anew, so the widget that had the focus is gone; the
focus was lost, and a runner who moved a day with alt+← and typed on lost every key. Now a
field of the day's own (sleep, fatigue, the notes: the same field on every day) keeps the
cursor, so a runner can look through the days and correct one number; from a row (a run, a
meal: each day has its own) the cursor goes to the form's first field, where a day starts,
as the form scrolls back to the top.
"""

from __future__ import annotations

from textual.css.query import NoMatches
from textual.widget import Widget
from textual.widgets import Input

from journal.tui.widgets.form import FormRow

# The day's field that had the cursor: ("id", widget id) or ("key", field key); None: the
# first field.
Place = tuple[str, str] | None


def place_of(form: Widget, focused: Widget | None) -> Place | bool:
    """Where the cursor is in ``form``: a :data:`Place`, or False when it is not in the form
    (then the focus is left alone)."""
    if focused is None or form not in focused.ancestors:
        return False
    chain = focused.ancestors_with_self
    if any(isinstance(w, FormRow) for w in chain):
        return None
    field = next((w for w in chain if w.has_class("field")), None)
    if (
        field is not None
        and field.id is None
        and isinstance(key := getattr(field, "key", None), str)
    ):
        return ("key", key)
    widget_id = (field.id if field is not None else None) or focused.id
    return ("id", widget_id) if widget_id else None


def focus_place(form: Widget, place: Place) -> None:
    """Focus the day's field at ``place`` in the refilled form, else the form's first field."""
    target = _found(form, place) or next((w for w in form.query(Input) if w.focusable), None)
    if target is not None:
        target.focus()


def _found(form: Widget, place: Place) -> Widget | None:
    if place is None:
        return None
    kind, name = place
    if kind == "id":
        try:
            return _focusable(form.query_one(f"#{name}"))
        except NoMatches:
            return None
    for field in form.query(".field"):
        if getattr(field, "key", None) == name and not any(
            isinstance(a, FormRow) for a in field.ancestors
        ):
            return _focusable(field)
    return None


def _focusable(widget: Widget) -> Widget | None:
    if widget.focusable:
        return widget
    return next((w for w in widget.query("*") if w.focusable), None)
