"""The check-in form's field helpers: every refused field marked at once, runs waiting for
their RPE, and distance and weight in the runner's units.

A mixin of :class:`journal.tui.screens.checkin.CheckinScreen`, kept apart so each module stays
small; it uses the screen's ``collect``, ``_field`` and ``_update_status``.
"""

from __future__ import annotations

from typing import Any

from textual.containers import Vertical, VerticalScroll

from journal.tui.widgets.form import Field, FormRow, show_number


class ChecksMixin:
    """Validation and unit handling of the check-in form."""

    def _unrated(self) -> list[Field]:
        """The RPE fields of runs that have a duration but no RPE yet (imported runs)."""
        from journal.tui.widgets.rows import RunRow

        out = []
        for row in self.query_one("#list-runs", Vertical).query_children(RunRow):
            doc = row.doc()
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
