"""What the runner typed is never lost: removed rows come back with ctrl+z until the day is
saved, and the form is kept as a private draft if the app ends on an error.

A mixin of :class:`journal.tui.screens.checkin.CheckinScreen`, kept apart so each module stays
small.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from textual.containers import Vertical
from textual.widgets import Input

from journal.tui.widgets.form import FormRow
from journal.tui.widgets.rows import ROW_TYPES


class KeptInputMixin:
    """Drafts after a crash, and undo of a removed row."""

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

    async def remove_row(self, row: FormRow) -> None:
        """Remove a row, undoably (ctrl+z) until the day is saved or left."""
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
        self.set_focus(row.query(Input).first())  # now: the next keys land in the row
        self._update_status()
        self._update_nutrition()
