"""Export: write the doctor export for a date range, with or without notes; the visit report;
a way to the Import screen.

The preview is what the file says in words (weeks, intake, flags, terms), not its JSON: the
runner checks the content before handing it over. An existing file is replaced only after the
runner says so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Input, Static

from journal.tui.screens.common import BaseScreen, parse_date_text
from journal.tui.widgets.form import CheckField, ErrorLine, Field

PREVIEW_WEEKS = 12


def default_export_path(today: dt.date) -> Path:
    return Path.home() / f"stridelog-export-{today.isoformat()}.json"


def export_summary(doc: dict[str, Any]) -> Text:
    """A few lines a runner can check before handing the file over."""
    period = doc.get("period") or {}
    days = doc.get("days", [])
    out = Text()
    out.append(f"{len(days)} days", style="bold")
    out.append(f" from {period.get('from') or '—'} to {period.get('to') or '—'}")
    out.append(" · notes included" if doc.get("notes_included") else " · notes left out")
    flags = doc.get("flags") or []
    if flags:
        out.append(f" · {len(flags)} flags")
    return out


def export_preview(doc: dict[str, Any], units: str = "metric") -> Text:
    """The export in words: the weeks, the intake, the flags and the terms it explains.

    The file stays metric with the unit in every key (``distance_km``); the preview speaks the
    runner's units.
    """
    from journal.entry import distance_unit, km_in

    unit = distance_unit(units)
    out = Text()
    weeks = doc.get("summary") or []
    if weeks:
        out.append("Weeks", style="bold")
        out.append(f" (the last {min(len(weeks), PREVIEW_WEEKS)} of {len(weeks)})\n", style="dim")
        out.append(f"  {'week of':<12}{'days':>5}{'runs':>6}{unit:>8}{'load AU':>9}")
        out.append(f"{'sleep h':>9}{'fatigue':>9}\n", style="")
        for w in weeks[-PREVIEW_WEEKS:]:
            sleep, fatigue = w.get("mean_sleep_h"), w.get("mean_fatigue")
            out.append(
                f"  {w.get('week_start', ''):<12}{w.get('days_logged', 0):>5}{w.get('runs', 0):>6}"
                f"{km_in(w.get('distance_km') or 0, units):>8.1f}{w.get('load') or 0:>9.0f}"
                f"{'' if sleep is None else f'{sleep:.1f}':>9}"
                f"{'' if fatigue is None else f'{fatigue:.1f}':>9}\n"
            )
    nutrition = doc.get("nutrition") or {}
    nutrients = nutrition.get("nutrients") or {}
    if nutrients:
        out.append("\nIntake", style="bold")
        out.append(f" ({nutrition.get('basis', 'means')})\n", style="dim")
        if not nutrition.get("judged"):
            out.append("  too little logged to judge: " + "; ".join(nutrition.get("problems", [])))
            out.append("\n")
        kcal = (nutrients.get("kcal") or {}).get("mean")
        if kcal is not None:
            out.append(f"  energy {kcal:.0f} kcal a day\n")
        for key, label in (("iron_mg", "iron"), ("b6_mg", "vitamin B6"), ("b12_ug", "vitamin B12")):
            n = nutrients.get(key) or {}
            if "mean" in n and "rda" in n:
                out.append(
                    f"  {label} {n['mean']:g} {n.get('unit', '')} a day "
                    f"(RDA {n['rda']:g}): {n.get('status', '')}\n"
                )
    flags = doc.get("flags") or []
    out.append("\nFlags", style="bold")
    out.append(f" ({len(flags)})\n" if flags else ": none in this range\n", style="dim")
    for flag in flags[-20:]:
        out.append(
            f"  {flag.get('severity', ''):<8}{flag.get('start', '')}  {flag.get('title', '')}\n"
        )
    if len(flags) > 20:
        out.append(f"  … and {len(flags) - 20} earlier\n", style="dim")
    terms = list((doc.get("glossary") or {}).keys())
    if terms:
        out.append("\nExplained in the file: ", style="bold")
        out.append(", ".join(terms) + "\n")
    out.append("Units in the file: ", style="bold")
    out.append("metric, named in every field (distance_km, weight_kg, duration_min).")
    return out


class ExportScreen(BaseScreen):
    """Pick a range, choose notes, write the file, see its path and a preview."""

    TITLE_TEXT = "Export"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "export", "Write export", priority=True),
    ]

    def compose(self) -> ComposeResult:
        yield from self.compose_header()
        with Vertical(id="export-form"):
            with Vertical(classes="error-scope field-group"):
                with Horizontal(classes="field-grid"):
                    yield Field(
                        "from (blank: first day)",
                        "from",
                        placeholder="YYYY-MM-DD or -90",
                        classes="w-wide",
                        id="export-from",
                    )
                    yield Field(
                        "to (blank: last day)",
                        "to",
                        placeholder="YYYY-MM-DD or today",
                        classes="w-wide",
                        id="export-to",
                    )
                    yield CheckField("include notes", "notes", value=True, id="export-notes")
                yield ErrorLine()
            with Vertical(classes="error-scope field-group"):
                with Horizontal(classes="field-grid"):
                    yield Field("file", "path", classes="w-path", id="export-path")
                yield ErrorLine()
            with Horizontal(classes="field-grid", id="export-actions"):
                yield Button("Write export (ctrl+s)", id="write-export", variant="primary")
                yield Button("Visit report", id="write-report")
                yield Button("Import…", id="go-import")
        yield Static(
            "The export holds every day of the range exactly as stored (it imports back), "
            "your profile, and the analyzer's flags: bring it to your doctor.",
            id="export-result",
            markup=False,
        )
        # shown once a file is written: an empty frame before that only puzzles
        with VerticalScroll(id="export-preview") as preview:
            preview.display = False
            yield Static("", id="export-preview-text", markup=False)
        yield from self.compose_footer()

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#export-path", Field).text = str(default_export_path(self.app.today()))

    def _range(self) -> tuple[dt.date | None, dt.date | None] | None:
        today: dt.date = self.app.today()
        out: list[dt.date | None] = []
        for name in ("from", "to"):
            field = self.query_one(f"#export-{name}", Field)
            text = field.text.strip()
            try:
                out.append(parse_date_text(text, today) if text else None)
                field.set_error(None)
            except ValueError as err:
                field.set_error(str(err))
                field.input.focus()
                return None
        start, end = out
        if start and end and start > end:
            self.query_one("#export-to", Field).set_error(f"ends before it starts ({start})")
            return None
        return start, end

    def action_export(self) -> None:
        app = self.app
        if app.journal is None:
            self.notify("The journal is still opening; try again in a moment.")
            return
        span = self._range()
        if span is None:
            return
        path_field = self.query_one("#export-path", Field)
        text = path_field.text.strip()
        if not text:
            path_field.set_error("required: where to write the file")
            return
        path_field.set_error(None)
        path = Path(text).expanduser()
        include = self.query_one("#export-notes", CheckField).checkbox.value
        if path.exists():
            from journal.tui.screens.common import ConfirmScreen

            def answered(replace: bool | None) -> None:
                if replace:
                    self.query_one("#export-result", Static).update("writing…")
                    self._write(span[0], span[1], include, path)
                else:
                    path_field.set_error("exists; give another file name or replace it")
                    path_field.input.focus()

            self.app.push_screen(
                ConfirmScreen(f"{path} exists. Replace it?", yes="Replace", no="Keep it"),
                answered,
            )
            return
        self.query_one("#export-result", Static).update("writing…")
        self._write(span[0], span[1], include, path)

    @work(thread=True, exclusive=True, group="export", description="write the export")
    def _write(self, start: dt.date | None, end: dt.date | None, notes: bool, path: Path) -> None:
        app = self.app
        from journal.exchange import build_export, write_export
        from journal.store import StoreError

        try:
            with app.journal_lock:
                doc = build_export(app.journal, start, end, include_notes=notes)
            written = write_export(doc, path)
        except (StoreError, OSError, ValueError) as err:
            app.call_from_thread(self._failed, str(err))
            return
        units = app.profile.units if app.profile is not None else "metric"
        app.call_from_thread(self._written, written, doc, export_preview(doc, units))

    def _failed(self, message: str) -> None:
        self.query_one("#export-result", Static).update(
            Text(f"Not written: {message}", style="bold red")
        )
        self.notify(message, title="Export failed", severity="error")

    def _written(self, path: Path, doc: dict[str, Any], preview: Text) -> None:
        self.last_path = path
        result = Text()
        result.append("Written ", style="bold")
        result.append(str(path), style="bold underline")
        result.append(" (readable by you only)\n")
        result.append_text(export_summary(doc))
        self.query_one("#export-result", Static).update(result)
        self.query_one("#export-preview-text", Static).update(preview)
        self.query_one("#export-preview").display = True
        self.notify(f"Export written to {path}", title="Export")

    def palette_commands(self) -> Iterable[SystemCommand]:
        yield SystemCommand(
            "Write visit report (HTML)",
            "The printable report for your doctor, next to the export file",
            self.action_report,
        )

    def action_report(self) -> None:
        """The visit report of the range (blank: the last 12 weeks), beside the export file."""
        app = self.app
        if app.journal is None:
            self.notify("The journal is still opening; try again in a moment.")
            return
        span = self._range()
        if span is None:
            return
        text = self.query_one("#export-path", Field).text.strip()
        folder = Path(text).expanduser().parent if text else Path.home()
        self.query_one("#export-result", Static).update("writing the visit report…")
        self._write_report(span[0], span[1], folder)

    @work(thread=True, exclusive=True, group="export", description="write the report")
    def _write_report(self, start: dt.date | None, end: dt.date | None, folder: Path) -> None:
        app = self.app
        from journal.files import write_private_atomic
        from journal.report import data, html
        from journal.store import StoreError

        try:
            end = end or app.today()
            start = start or data.default_period(end)[0]
            first = start - dt.timedelta(days=data.HISTORY_DAYS)
            from journal.stored_analysis import analyze_journal

            with app.journal_lock:
                days = app.journal.days(first, end)
                profile = app.journal.profile()
            analysis = analyze_journal(  # the flags of the whole history, as in Trends
                app.journal, start, end, units=profile.units, whole=True, lock=app.journal_lock
            )
            page = html.render(
                data.build(days, profile, start, end, today=app.today(), analysis=analysis)
            )
            path = folder / f"stridelog-report-{start}-{end}.html"
            n = 2
            while path.exists():  # never replace a file the runner has
                path = folder / f"stridelog-report-{start}-{end}-{n}.html"
                n += 1
            write_private_atomic(path, page.encode("utf-8"))
        except (StoreError, OSError, ValueError) as err:
            app.call_from_thread(self._failed, str(err))
            return
        app.call_from_thread(self._report_written, path)

    def _report_written(self, path: Path) -> None:
        result = Text()
        result.append("Visit report written ", style="bold")
        result.append(str(path), style="bold underline")
        result.append(" (readable by you only): open it in a browser and print it.")
        self.query_one("#export-result", Static).update(result)
        self.notify(f"Visit report written to {path}", title="Report")

    @on(Button.Pressed, "#write-export")
    def _pressed(self) -> None:
        self.action_export()

    @on(Button.Pressed, "#write-report")
    def _report_pressed(self) -> None:
        self.action_report()

    @on(Button.Pressed, "#go-import")
    def _import_pressed(self) -> None:
        self.app.goto("activities")

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_export()
