"""``stridelog import PATH...``: Stridelog exports as before, and files from watches and apps.

Each path is recognised by its content. A Stridelog export (or a list of days) is imported by
journal/exchange.py exactly as before; activity files, folders and archives are read, planned
against the journal (added, enriched, duplicates skipped) and written in one atomic step, all or
nothing. A hostile archive stops the whole import before anything is written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from journal.commands._common import data_dir_option, fail, open_journal, user_errors

PROGRESS_FROM = 50  # files; fewer finish before a bar is worth drawing
LIST_UP_TO = 20  # activities listed one by one after a real import (a dry run lists all)


def _import_export(journal: Any, source: str, data: Any, dry_run: bool, keep: bool) -> None:
    """A Stridelog export or list of days (journal/exchange.py); stored meal totals are
    recomputed from the food table, never taken from the file."""
    from journal.exchange import import_days
    from journal.foods import recheck_day
    from journal.service import personal_foods

    personal = personal_foods(journal)
    result = import_days(
        journal,
        data,
        keep_existing=keep,
        dry_run=dry_run,
        prepare=lambda day: recheck_day(day, personal),
    )
    click.echo(describe_import(len(data.days), result, dry_run))


def describe_import(n: int, result: Any, dry_run: bool) -> str:
    """What an import of days did (or would do), in words."""
    counts = [
        (result.added, "added"),
        (result.replaced, "replaced"),
        (result.unchanged, "already the same"),
        (result.kept, "kept as stored (--keep-existing)"),
    ]
    parts = ", ".join(f"{count} {what}" for count, what in counts if count)
    changes = result.added + result.replaced + int(result.profile_set)
    head = f"{n} day{'s' * (n != 1)} in the file"
    profile = "; the profile " + ("would be" if dry_run else "was") + " set from the file"
    tail = profile if result.profile_set else ""
    if dry_run:
        return f"{head}: {parts or 'nothing'}{tail}. Dry run: nothing was written."
    if not changes:
        return f"{head}: {parts or 'nothing to import'}. Nothing needed writing."
    return f"{head}: {parts}{tail}."


def _read_exports(paths: list[Path]) -> list[tuple[str, Any]]:
    from journal.exchange import ImportRejected, parse_import_bytes, read_import_file

    out = []
    for p in paths:
        try:
            if str(p) == "-":
                out.append(("stdin", parse_import_bytes(sys.stdin.buffer.read(), "stdin")))
            else:
                out.append((str(p), read_import_file(p)))
        except ImportRejected as err:
            fail(str(err))
    return out


@click.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("--dry-run", is_flag=True, help="Show what would be added, enriched, skipped.")
@click.option("--keep-existing", is_flag=True, help="Stridelog export: keep stored days/profile.")
@click.option("--workers", type=click.IntRange(1, 64), help="Processes for big archives.")
@data_dir_option
@user_errors
def import_(
    paths: tuple[str, ...], dry_run: bool, keep_existing: bool, workers: int | None
) -> None:
    """Import files: a Stridelog export, or activities from watches and apps.

    PATH may be a Stridelog export (or a list of day documents; - for stdin), a .fit, .gpx
    or .tcx file (also gzipped), a Strava bulk export (zip or folder), a Garmin Connect export
    zip, an Apple Health export.zip or export.xml, or a folder of such files. Activities are
    added to their days (meals, sleep and notes stay); a run you typed by hand is enriched with
    the watch's data instead of doubled; importing again adds nothing. Runs from a watch have no
    RPE until you give it: stridelog add --date D --rpe N.
    """
    from journal.activities.importer import step_line, summary_lines, write

    missing = [p for p in paths if p != "-" and not Path(p).exists()]
    if missing:
        fail(f"{missing[0]}: no such file or folder")
    if "-" in paths and len(paths) > 1:
        fail("-: stdin can only be imported alone")
    journal = open_journal()
    if paths == ("-",):
        for source, data in _read_exports([Path("-")]):
            _import_export(journal, source, data, dry_run, keep_existing)
        return
    prepared = _prepare(journal, [Path(p) for p in paths], workers)
    if prepared.refused:
        for r in prepared.refused:
            click.secho(f"refused: {r.name}: {r.error}", fg="red", err=True)
        fail("nothing was imported: an input was refused for safety; the journal is unchanged")
    for source, data in _read_exports(prepared.found.exports):
        _import_export(journal, source, data, dry_run, keep_existing)
    for name, warning in prepared.warnings:
        click.secho(f"warning: {name}: {warning}", fg="yellow", err=True)
    for r in prepared.unreadable:
        click.secho(f"unreadable: {r.name}: {r.error}", fg="red", err=True)
    if not prepared.activities:
        if prepared.found.exports:
            return
        fail(f"no activity found in {', '.join(paths)}; nothing was imported")
    plan = prepared.plan if dry_run else write(journal, prepared)
    if dry_run or len(plan.steps) <= LIST_UP_TO:
        for step in plan.steps:
            click.echo("  " + step_line(step, dry_run))
    for line in summary_lines(prepared, plan, dry_run):
        click.echo(line)


def _prepare(journal: Any, paths: list[Path], workers: int | None) -> Any:
    """Read and plan, with a progress bar on stderr once there are enough files to wait for."""
    from journal.activities.importer import prepare

    bar: Any = None
    shown = 0

    def progress(done: int, total: int, label: str) -> None:
        nonlocal bar, shown
        if bar is None and total >= PROGRESS_FROM:
            bar = click.progressbar(length=total, label="Reading", file=sys.stderr)
            bar.__enter__()
        if bar is not None:
            bar.length = max(bar.length or 0, total)
            bar.update(done - shown)
            shown = done

    try:
        return prepare(journal, paths, progress=progress, workers=workers)
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
