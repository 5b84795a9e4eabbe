"""Saving, deleting and quitting from the check-in: writes run in a worker thread, bound to the
stored version the form was filled from, and a quit may save first.

A mixin of :class:`journal.tui.screens.checkin.CheckinScreen`, kept apart so each module stays
small.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from textual import work

from journal.tui.screens.common import ConfirmScreen


class SavingMixin:
    """Save, delete the day, and the quit question."""

    def action_save(self) -> None:
        """Save once the keys typed before ctrl+s are in their field: ctrl+s is acted on as
        it is read, ahead of keys still queued for the focused field ("rice 200g" then ctrl+s
        in one burst saved the meal without its last words). The keys typed after ctrl+s
        wait until the day is written (journal/tui/held_input.py): alt+→ read at once
        started loading the next day before the save ("still loading"), or found the form
        not yet saved and asked to discard it."""
        app = self.app
        app.hold_input()

        def save_held() -> None:
            writing = False
            try:
                writing = self.save(held=True)
            finally:
                if not writing:
                    app.release_input()

        focused = app.focused
        if focused is None or not focused.call_later(save_held):
            save_held()

    def save(self, *, overwrite: bool = False, held: bool = False) -> bool:
        """Validate and write the form; ``overwrite`` skips the changed-elsewhere check.

        False when nothing is being written (a field to fix, the journal not ready).
        ``held``: input is held for this save, released once it is written (or not).
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
        self._write(day, self._loaded_day, overwrite, self.collect()[0], held)
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

    @work(thread=True, exclusive=True, group="save", description="save the day")
    def _write(
        self, day: Any, loaded: Any, overwrite: bool, written: dict[str, Any], held: bool
    ) -> None:
        """Write ``day``, bound to the stored version ``loaded`` the form was filled from;
        ``written`` is the form as it was read for it; ``held`` as :meth:`save`'s."""
        try:
            self._write_day(day, loaded, overwrite, written)
        finally:
            if held:  # after what the write reported (the same queue): the keys typed next
                self.app.call_from_thread(self.app.release_input)

    def _write_day(self, day: Any, loaded: Any, overwrite: bool, written: dict[str, Any]) -> None:
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
        app.call_from_thread(self._saved, day, written)

    def _not_saved(self) -> None:
        self._quit_after_save = False
        self._update_status("Not saved")

    def _changed_elsewhere(self, date: dt.date) -> None:
        self._quit_after_save = False
        self.app.drop_held_input()  # keys typed after ctrl+s are not answers to this question
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

    def _saved(self, day: Any, written: dict[str, Any]) -> None:
        if day.date == self.date:
            # what was written, not the form now: keys typed while it was written stay unsaved
            self._baseline = written
            self._loaded_day = None if day.is_empty() else day
            self._removed.clear()
        self.drop_draft()
        self._update_status(None if self.is_dirty() else f"saved {dt.datetime.now():%H:%M}")
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
                f"Delete all of {date:%a %d %b %Y}? A backup is made first.",  # fits one line
                yes="Delete the day",
                no="Keep it",
            ),
            answer,
        )

    @work(thread=True, exclusive=True, group="save", description="delete the day")
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
            await self.load_now(date)
            self._update_status("day deleted")
