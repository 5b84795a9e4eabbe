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


def _resolve_meals(day: Any) -> Any:
    from journal import foods

    return foods.resolve_day(day)


def _import_export(journal: Any, source: str, data: Any, dry_run: bool, keep: bool) -> None:
    """Today's behaviour for a Stridelog export or list of days (journal/exchange.py)."""
    from journal.exchange import import_days

    result = import_days(journal, data, keep_existing=keep, dry_run=dry_run, prepare=_resolve_meals)
    verb = "would be" if dry_run else "were"
    click.echo(
        f"{len(data.days)} days in the file: {result.added} added, {result.replaced} "
        f"replaced, {result.unchanged} unchanged, {result.kept} kept ({verb} written"
        f"{' - dry run' if dry_run else ''})."
    )
    if result.profile_set:
        click.echo("The profile was " + ("would be " if dry_run else "") + "set from the file.")


def _read_exports(paths: list[Path]) -> list[tuple[str, Any]]:
    from journal.exchange import ImportRejected, parse_import, read_import_file

    out = []
    for p in paths:
        try:
            if str(p) == "-":
                import orjson

                try:
                    data = orjson.loads(sys.stdin.buffer.read())
                except orjson.JSONDecodeError as err:
                    fail(f"stdin: not valid JSON: {err}")
                out.append(("stdin", parse_import(data, "stdin")))
            else:
                out.append((str(p), read_import_file(p)))
        except ImportRejected as err:
            fail(str(err))
    return out


def _line(step: Any) -> str:
    a = step.activity
    what = "run" if a.is_run else (a.name or a.sport).replace("_", " ")
    dist = f" {a.distance_km:.2f} km" if a.distance_km else ""
    hr = f" hr {a.avg_hr}" if a.avg_hr else ""
    rpe = f" rpe {a.rpe}" if a.rpe else ""
    return f"{a.start:%Y-%m-%d %H:%M} {what}{dist} {a.duration_min:.1f} min{hr}{rpe} ({a.source})"


VERBS = {
    "added": ("added", "add"),
    "other_sport": ("added", "add"),
    "enriched": ("enriched", "enrich"),
    "duplicate": ("skipped", "skip"),
}


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
    from journal.activities import plan_import

    missing = [p for p in paths if p != "-" and not Path(p).exists()]
    if missing:
        fail(f"{missing[0]}: no such file or folder")
    if "-" in paths and len(paths) > 1:
        fail("-: stdin can only be imported alone")
    if paths == ("-",):
        journal = open_journal()
        for source, data in _read_exports([Path("-")]):
            _import_export(journal, source, data, dry_run, keep_existing)
        return
    found = _scan([Path(p) for p in paths], workers)
    if found.refused:
        for r in found.refused:
            click.secho(f"refused: {r.name}: {r.error}", fg="red", err=True)
        fail("nothing was imported: an input was refused for safety; the journal is unchanged")
    journal = open_journal()
    for source, data in _read_exports(found.exports):
        _import_export(journal, source, data, dry_run, keep_existing)
    activities = found.activities
    errors = [r for r in found.results if r.error]
    for r in found.results:
        for w in r.warnings:
            click.secho(f"warning: {r.name}: {w}", fg="yellow", err=True)
    for r in errors:
        click.secho(f"unreadable: {r.name}: {r.error}", fg="red", err=True)
    if not activities:
        if found.exports:
            return
        fail(f"no activity found in {', '.join(paths)}; nothing was imported")
    dates = sorted({a.date for a in activities})
    stored = {d.date: d for d in journal.days(dates[0], dates[-1])}
    plan = plan_import(stored, activities)
    if dry_run or len(plan.steps) <= 20:
        for step in plan.steps:
            verb = VERBS[step.action][1 if dry_run else 0]
            prefix = f"would {verb}" if dry_run else verb
            detail = f" - {step.detail}" if step.detail else ""
            click.echo(f"  {prefix:<14} {_line(step)}{detail}")
    if not dry_run and plan.days:
        journal.put_many(list(plan.days.values()))
    _summary(plan, errors, len(found.results), dry_run)


def _scan(paths: list[Path], workers: int | None) -> Any:
    from journal.activities import scan

    bar: Any = None
    shown = [0]

    def progress(done: int, total: int, label: str) -> None:
        nonlocal bar
        if bar is None and total >= PROGRESS_FROM:
            bar = click.progressbar(length=total, label="Reading", file=sys.stderr)
            bar.__enter__()
        if bar is not None:
            bar.length = max(bar.length or 0, total)
            bar.update(done - shown[0])
            shown[0] = done

    try:
        return scan(paths, progress=progress, workers=workers)
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)


def _summary(plan: Any, errors: list[Any], files: int, dry_run: bool) -> None:
    would = "would be " if dry_run else ""
    parts = [
        f"{plan.count('added')} run(s) {would}added",
        f"{plan.count('enriched')} {would}enriched",
        f"{plan.count('duplicate')} duplicate(s) skipped",
        f"{plan.count('other_sport')} other sport(s) {would}added as cross-training",
        f"{len(errors)} file(s) unreadable",
    ]
    click.echo(("Dry run, nothing written: " if dry_run else "Imported: ") + ", ".join(parts) + ".")
    waiting = sum(1 for s in plan.steps if s.action == "added" and s.activity.rpe is None)
    if waiting:
        click.echo(
            f"{waiting} run(s) {would}waiting for your RPE (how hard it felt, 1-10): "
            "stridelog add --date YYYY-MM-DD --rpe N"
        )
