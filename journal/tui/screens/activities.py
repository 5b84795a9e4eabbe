"""Import: read activity files or an archive, show what would change, then write it at once.

Reading happens in a worker thread with a progress bar; nothing is written until the runner
presses Import after seeing the summary (added, enriched, duplicates, other sports, files that
could not be read). The write is one atomic step and plans again against the journal as it is.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Input, ProgressBar, Static

from journal.tui.screens.common import BaseScreen
from journal.tui.widgets.form import ErrorLine, Field
from journal.tui.workers import deliver

LISTED = 200  # activities listed in the preview; the summary counts them all


class ActivitiesImportScreen(BaseScreen):
    """A path field, Read (preview), Import (write); the summary before anything is written."""

    TITLE_TEXT = "Import"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+o", "read", "Read files", priority=True),
        Binding("ctrl+s", "write", "Import", priority=True),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.prepared: Any = None

    def compose(self) -> ComposeResult:
        yield from self.compose_header()
        with Vertical(id="import-form"), Vertical(classes="error-scope field-group"):
            with Horizontal(classes="field-grid"):
                yield Field(
                    "file or folder (FIT, GPX, TCX, Strava / Garmin / Apple Health export)",
                    "path",
                    placeholder="~/Downloads/export_12345.zip",
                    classes="w-wide",
                    id="import-path",
                )
                yield Button("Read (ctrl+o)", id="import-read")
                yield Button("Import (ctrl+s)", id="import-write", variant="primary")
            yield ErrorLine()
        yield ProgressBar(id="import-progress", show_eta=False)
        yield Static(
            "Activities are added to their days; what you typed stays. Nothing is written "
            "until you press Import.",
            id="import-result",
        )
        with VerticalScroll(id="import-preview"):
            yield Static("", id="import-preview-text")
        yield from self.compose_footer()

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#import-write", Button).disabled = True

    def _show(self, text: Text) -> None:
        self.query_one("#import-result", Static).update(text)

    def action_read(self) -> None:
        app = self.app
        if app.journal is None:
            self.notify("The journal is still opening; try again in a moment.")
            return
        field = self.query_one("#import-path", Field)
        text = field.text.strip()
        if not text:
            field.set_error("required: a file or folder to import")
            return
        path = Path(text).expanduser()
        if not path.exists():
            field.set_error(f"{path}: no such file or folder")
            return
        field.set_error(None)
        self.prepared = None
        self.query_one("#import-write", Button).disabled = True
        self._show(Text("reading…"))
        self._read(path)

    @work(thread=True, exclusive=True, group="import", description="read the files")
    def _read(self, path: Path) -> None:
        app = self.app
        from journal.activities.importer import prepare
        from journal.store import StoreError

        # a read replaced by a newer one (another path, ctrl+o again) shows nothing: its
        # preview would stand for files the runner no longer asked for, and ctrl+s write them
        def progress(done: int, total: int, _label: str) -> None:
            deliver(app, self._progress, done, total)

        try:
            with app.journal_lock:
                prepared = prepare(app.journal, [path], progress=progress)
        except (StoreError, OSError, ValueError) as err:
            deliver(app, self._show, Text(f"Not read: {err}", style="bold red"))
            return
        deliver(app, self._previewed, prepared)

    def _progress(self, done: int, total: int) -> None:
        self.query_one("#import-progress", ProgressBar).update(total=total, progress=done)

    def _previewed(self, prepared: Any) -> None:
        from journal.activities.importer import step_line, summary_lines

        self.prepared = prepared
        out = Text()
        if prepared.refused:
            for r in prepared.refused:
                out.append(f"Refused: {r.name}: {r.error}\n", style="bold red")
            out.append("Nothing can be imported from this; the journal is unchanged.")
            self._show(out)
            return
        if prepared.found.exports:
            out.append(
                "This is a Stridelog export: import it with `stridelog import FILE`.\n",
                style="yellow",
            )
        for line in summary_lines(prepared, prepared.plan, dry_run=True):
            out.append(line + "\n")
        self._show(out)
        detail = Text()
        for name, warning in prepared.warnings:
            detail.append(f"warning: {name}: {warning}\n", style="yellow")
        for r in prepared.unreadable:
            detail.append(f"unreadable: {r.name}: {r.error}\n", style="red")
        steps = prepared.plan.steps
        for step in steps[:LISTED]:
            detail.append(step_line(step, dry_run=True) + "\n")
        if len(steps) > LISTED:
            detail.append(f"… and {len(steps) - LISTED} more\n", style="dim")
        self.query_one("#import-preview-text", Static).update(detail)
        writable = bool(prepared.plan.days)
        self.query_one("#import-write", Button).disabled = not writable

    def action_write(self) -> None:
        if self.prepared is None or not self.prepared.plan.days or self.prepared.refused:
            self.notify("Read a file or folder first (ctrl+o); nothing new to import yet.")
            return
        self.query_one("#import-write", Button).disabled = True
        self._show(Text("writing…"))
        self._write(self.prepared)

    @work(thread=True, exclusive=True, group="import", description="import the runs")
    def _write(self, prepared: Any) -> None:
        app = self.app
        from journal.activities.importer import summary_lines, write
        from journal.store import StoreError

        try:
            with app.journal_lock:
                plan = write(app.journal, prepared)
        except (StoreError, OSError, ValueError) as err:
            app.call_from_thread(self._show, Text(f"Not written: {err}", style="bold red"))
            return
        lines = summary_lines(prepared, plan)
        app.call_from_thread(self._written, lines)

    def _written(self, lines: list[str]) -> None:
        self.prepared = None
        self._show(Text("\n".join(lines), style="bold"))
        self.app.journal_changed.publish(None)
        self.notify(lines[0], title="Import")

    @on(Button.Pressed, "#import-read")
    def _read_pressed(self) -> None:
        self.action_read()

    @on(Button.Pressed, "#import-write")
    def _write_pressed(self) -> None:
        self.action_write()

    @on(Input.Submitted, "#import-path Input")
    def _submitted(self) -> None:
        self.action_read()
