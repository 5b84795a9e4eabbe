"""The cursor's place in the check-in form, found again after another day fills it.

A day's rows are removed and mounted anew, so the widget that had the focus is gone, and row
fields have no id to find it by. Without its place the focus was lost: a runner who moved a
day with alt+← and typed on lost every key. The place is a field of the day's own (found by
its key or id) or the field of the n-th row of a list; where the new day has no such row, the
form's first field takes the focus, so the keys typed next still land in the form.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.css.query import NoMatches
from textual.widget import Widget

from journal.tui.widgets.form import FormRow


@dataclass(frozen=True, slots=True)
class FocusPlace:
    field_id: str | None = None  # a widget with an id of its own (the notes)
    list_id: str | None = None  # a row's field: the list holding the row,
    row: int = 0  # the row's place in it,
    key: str | None = None  # and the field's key (outside a row: the day's field, fatigue)


def place_of(form: Widget, focused: Widget | None) -> FocusPlace | None:
    """Where ``focused`` is in ``form``; None when the focus is not in the form."""
    if focused is None or form not in focused.ancestors:
        return None
    chain = focused.ancestors_with_self
    field = next((w for w in chain if w.has_class("field")), None)
    row = next((w for w in chain if isinstance(w, FormRow)), None)
    if row is not None and row.parent is not None and row.parent.id:
        rows = [c for c in row.parent.children if isinstance(c, FormRow)]
        return FocusPlace(list_id=row.parent.id, row=rows.index(row), key=_key(field))
    if field is not None and field.id is None and _key(field) is not None:
        return FocusPlace(key=_key(field))
    return FocusPlace(field_id=(field.id if field is not None else None) or focused.id)


def focus_place(form: Widget, place: FocusPlace) -> None:
    """Focus the widget at ``place`` in the refilled form, else the form's first field."""
    target = _found(form, place) or _focusable(form)
    if target is not None:
        target.focus()


def _key(field: Widget | None) -> str | None:
    key = getattr(field, "key", None)
    return key if isinstance(key, str) else None


def _found(form: Widget, place: FocusPlace) -> Widget | None:
    try:
        if place.field_id:
            return _focusable(form.query_one(f"#{place.field_id}"))
        if place.list_id is None:
            fields = [f for f in form.query(".field") if _key(f) == place.key]
            alone = [f for f in fields if not any(isinstance(a, FormRow) for a in f.ancestors)]
            return _focusable(alone[0]) if alone else None
        rows = [c for c in form.query_one(f"#{place.list_id}").children if isinstance(c, FormRow)]
    except NoMatches:
        return None
    if place.row >= len(rows):
        return None
    row = rows[place.row]
    fields = [f for f in row.query(".field") if _key(f) == place.key]
    return _focusable(fields[0] if fields else row)


def _focusable(widget: Widget) -> Widget | None:
    if widget.focusable:
        return widget
    return next((w for w in widget.query("*") if w.focusable), None)
