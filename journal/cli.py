"""The ``stridelog`` command: thin wrappers that parse, call the core and print.

Exit codes: 0 ok; 1 a user error (bad value, locked or corrupt journal), message on stderr;
2 only for click usage errors (unknown option, missing argument).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

import click

from journal import __version__, paths
from journal.commands._common import (
    DATE,
    GuardedGroup,
    UserError,
    data_dir_from,
    data_dir_option,
    echo_json,
    explain_os_error,
    fail,
    open_journal,
    user_errors,
)
from journal.commands.chart import chart
from journal.commands.foods import foods
from journal.commands.trends import trends
from journal.day_text import describe, summarise
from journal.entry import (
    parse_cross_training,
    parse_meal_option,
    parse_pain,
    parse_run,
    parse_sleep_hours,
)
from journal.model import Day, InvalidInput, parse_day, parse_profile, to_doc
from journal.textsafe import printable


def resolve_meals(day: Day) -> Day:
    """Store each meal with what the food table made of it (DESIGN §2)."""
    from journal import foods

    return foods.resolve_day(day)


@click.group(
    cls=GuardedGroup,
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.version_option(__version__, "--version", prog_name="stridelog")
@data_dir_option
@click.pass_context
def main(ctx: click.Context) -> None:
    """Stridelog: a runner's daily check-in journal in the terminal.

    Run without a command to open the journal; `stridelog COMMAND --help` for each command.
    """
    ctx.ensure_object(dict)
    if ctx.invoked_subcommand is not None:
        return
    try:
        from journal.tui.app import create_app
    except ImportError:
        click.echo(ctx.get_help())
        return
    create_app(data_dir_from(ctx)).run()


# --- add --------------------------------------------------------------------------------------


@main.command()
@click.option("--date", "date_", type=DATE, default="today", help="Day to record (default today).")
@click.option("--run", "runs", multiple=True, help='A run: "10km 55min rpe6 tempo hr152".')
@click.option("--cross", "cross", multiple=True, help='Cross-training: "strength 30min rpe5".')
@click.option("--sleep", help="Hours slept: 7.5 or 7h30.")
@click.option("--sleep-quality", help="Sleep quality 1-5.")
@click.option("--fatigue", help="Fatigue 1 (fresh) to 10 (extreme).")
@click.option("--soreness", help="Soreness 1-10.")
@click.option("--stress", help="Stress 1-10.")
@click.option("--rhr", help="Morning resting heart rate (bpm).")
@click.option("--weight", help="Body weight in kg.")
@click.option("--meal", "meals", multiple=True, help='A meal: "breakfast: oatmeal 80g, banana".')
@click.option("--supplement", "supplements", multiple=True, help='e.g. "iron 65mg".')
@click.option("--pain", "pains", multiple=True, help='Pain site and score 0-10: "left shin 3".')
@click.option("--symptom", "symptoms", multiple=True, help='Illness symptom: "sore throat".')
@click.option("--fever/--no-fever", default=None, help="Fever today.")
@click.option("--period/--no-period", default=None, help="Menstrual bleeding today.")
@click.option("--tag", "tags", multiple=True, help="A word that explains the day (heat, travel).")
@click.option("--note", help="Free notes for the day.")
@click.option("--replace", is_flag=True, help="Replace the whole day instead of merging.")
@click.option("--json", "as_json", is_flag=True, help="Print the stored day document.")
@data_dir_option
@user_errors
def add(
    date_: dt.date,
    runs: tuple[str, ...],
    cross: tuple[str, ...],
    sleep: str | None,
    sleep_quality: str | None,
    fatigue: str | None,
    soreness: str | None,
    stress: str | None,
    rhr: str | None,
    weight: str | None,
    meals: tuple[str, ...],
    supplements: tuple[str, ...],
    pains: tuple[str, ...],
    symptoms: tuple[str, ...],
    fever: bool | None,
    period: bool | None,
    tags: tuple[str, ...],
    note: str | None,
    replace: bool,
    as_json: bool,
) -> None:
    """Record a day: lists (runs, meals, ...) append, values replace (DESIGN §2)."""
    doc: dict[str, Any] = {"date": date_.isoformat()}
    if runs:
        doc["runs"] = [parse_run(r) for r in runs]
    if cross:
        doc["cross_training"] = [parse_cross_training(c) for c in cross]
    if sleep is not None or sleep_quality is not None:
        if sleep is None:
            raise InvalidInput("--sleep", "give the hours slept with --sleep-quality")
        doc["sleep"] = {"hours": parse_sleep_hours(sleep)}
        if sleep_quality is not None:
            doc["sleep"]["quality"] = sleep_quality
    scalars = {"fatigue": fatigue, "soreness": soreness, "stress": stress}
    scalars |= {"resting_hr": rhr, "weight_kg": weight, "notes": note, "period": period}
    doc |= {k: v for k, v in scalars.items() if v is not None}
    if meals:
        doc["meals"] = [parse_meal_option(m) for m in meals]
    if supplements:
        from journal.foods import parse_supplement

        doc["supplements"] = [to_doc(parse_supplement(s)) for s in supplements]
    if pains:
        doc["pain"] = [parse_pain(p) for p in pains]
    if symptoms or fever is not None:
        doc["illness"] = {"symptoms": list(symptoms), "fever": bool(fever)}
    if tags:
        doc["tags"] = list(tags)
    day = parse_day(doc, strict=False)
    if day.meals:
        day = resolve_meals(day)
    journal = open_journal()
    if replace:
        journal.put(day)
        stored = day
    else:
        stored = journal.add(day)
    if as_json:
        echo_json(to_doc(stored))
    else:
        click.echo(f"Saved {stored.date}: {summarise(stored)}")
        for meal in day.meals:
            if meal.resolved and meal.resolved.unmatched:
                words = ", ".join(meal.resolved.unmatched)
                click.secho(f"  {meal.name}: not matched to a food: {words}", fg="yellow")


# --- show -------------------------------------------------------------------------------------


@main.command()
@click.option("--date", "date_", type=DATE, help="One day (default today).")
@click.option("--from", "start", type=DATE, help="First day of a range.")
@click.option("--to", "end", type=DATE, help="Last day of a range.")
@click.option("--json", "as_json", is_flag=True, help="Print a list of day documents.")
@data_dir_option
@user_errors
def show(date_: dt.date | None, start: dt.date | None, end: dt.date | None, as_json: bool) -> None:
    """Show one day or a range of days."""
    if date_ and (start or end):
        fail("--date: give either --date or --from/--to, not both")
    journal = open_journal()
    if start or end:
        if start and end and start > end:
            fail(f"--from {start} is after --to {end}")
        days = journal.days(start, end)
    else:
        day = journal.get(date_ or dt.date.today())
        days = [day] if day else []
    if as_json:
        echo_json([to_doc(d) for d in days])
        return
    if not days:
        click.echo(f"Nothing recorded for {date_ or start or dt.date.today()}.", err=True)
        return
    for day in days:
        click.echo("\n".join(describe(day)))


# --- import / export --------------------------------------------------------------------------


@main.command("import")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--dry-run", is_flag=True, help="Validate and count, write nothing.")
@click.option("--keep-existing", is_flag=True, help="Keep stored days and profile.")
@data_dir_option
@user_errors
def import_(file: str, dry_run: bool, keep_existing: bool) -> None:
    """Import days from an export, {"days": [...]} or a list of day documents.

    Every document is validated first; if any is bad nothing is written. The write is atomic.
    """
    from journal.exchange import ImportRejected, parse_import_bytes, read_import_file

    try:
        if file == "-":
            incoming = parse_import_bytes(sys.stdin.buffer.read(), "stdin")
        else:
            incoming = read_import_file(Path(file))
    except ImportRejected as err:
        fail(str(err))
    from journal.exchange import import_days
    from journal.foods import recheck_day

    journal = open_journal()
    result = import_days(
        journal, incoming, keep_existing=keep_existing, dry_run=dry_run, prepare=recheck_day
    )
    click.echo(describe_import(len(incoming.days), result, dry_run))


def describe_import(n: int, result: Any, dry_run: bool) -> str:
    """What an import did (or would do), in words."""
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


@main.command()
@click.option("--from", "start", type=DATE, help="First day (default: the first logged).")
@click.option("--to", "end", type=DATE, help="Last day (default: the last logged).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="File to write (0600).")
@click.option("--force", is_flag=True, help="Overwrite the output file if it exists.")
@click.option("--no-notes", is_flag=True, help="Leave free-text notes out.")
@data_dir_option
@user_errors
def export(
    start: dt.date | None, end: dt.date | None, output: str | None, force: bool, no_notes: bool
) -> None:
    """Write the doctor export: days, profile, weekly summary, nutrition and flags."""
    from journal.exchange import build_export, dumps, write_export

    if start and end and start > end:
        fail(f"--from {start} is after --to {end}")
    target = check_output_path(output, force) if output is not None else None
    doc = build_export(open_journal(), start, end, include_notes=not no_notes)
    if target is None:
        sys.stdout.buffer.write(dumps(doc))
        return
    try:
        path = write_export(doc, target)
    except OSError as err:
        fail(f"-o {printable(output or '')}: {explain_os_error(err)}")
    n = len(doc["days"])
    click.echo(f"Wrote {n} day{'s' * (n != 1)} to {printable(str(path))} (readable by you only).")


def check_output_path(output: str, force: bool) -> Path:
    """Where an export goes. Missing folders are made 0700, existing ones never changed; an
    existing file is replaced only with ``--force`` (or a yes at the prompt)."""
    path = Path(output).expanduser()
    if not output.strip():
        fail("-o: is empty; allowed: the path of a file to write")
    if path.is_dir():
        fail(f"-o {printable(output)}: is a folder; allowed: the path of a file to write")
    if path.exists() and not force:
        interactive = sys.stdin.isatty()
        question = f"{printable(output)} exists. Overwrite it?"
        if not interactive or not click.confirm(question, default=False, err=True):
            fail(f"-o {printable(output)}: the file exists; use --force to overwrite it")
    return path


# --- profile ----------------------------------------------------------------------------------

PROFILE_SCOPE = (
    "Reference intakes apply to ages 14 and over and do not cover pregnancy or breastfeeding."
)


@main.group()
def profile() -> None:
    """Show or set the runner's profile (used for reference intakes)."""


@profile.command("show")
@click.option("--json", "as_json", is_flag=True)
@data_dir_option
@user_errors
def profile_show(as_json: bool) -> None:
    """Show the profile."""
    p = open_journal().profile()
    fields = p.to_full_doc()
    if as_json:
        echo_json(fields)
        return
    for name, value in fields.items():
        click.echo(f"{name.replace('_', ' '):>14}: {'-' if value is None else value}")
    click.secho(PROFILE_SCOPE, dim=True)


@profile.command("set")
@click.option("--sex", help="female, male or unspecified.")
@click.option("--birth-year")
@click.option("--weight-kg")
@click.option("--height-cm")
@click.option("--body-fat-pct")
@click.option("--diet", help="omnivore, vegetarian or vegan.")
@click.option("--tracks-cycle/--no-tracks-cycle", default=None)
@click.option("--units", help="metric or imperial.")
@data_dir_option
@user_errors
def profile_set(**values: Any) -> None:
    """Change some fields of the profile; the others stay."""
    changes = {k: v for k, v in values.items() if v is not None}
    if not changes:
        fail("profile set: give at least one field, e.g. --sex female --birth-year 1990")
    journal = open_journal()
    merged = to_doc(journal.profile()) | changes
    new = parse_profile(merged, strict=False)
    journal.set_profile(new)
    click.echo("Profile saved: " + ", ".join(f"{k}={getattr(new, k)}" for k in changes))


# --- check / demo -----------------------------------------------------------------------------


@main.command()
@data_dir_option
@user_errors
def check() -> None:
    """Verify the journal file and list its backups."""
    report = open_journal().check()
    click.echo(f"journal: {report.path}")
    if not report.exists:
        click.echo("  no journal yet (it is created with the first saved day)")
    else:
        span = f"{report.first} to {report.last}" if report.first else "no days"
        click.echo(f"  {report.days} day(s), {span}; schema version {report.schema_version}")
        click.echo(f"  {report.size_bytes / 1024:.1f} KiB; the file reads cleanly")
    click.echo(f"backups ({len(report.backups)}):")
    for b in report.backups:
        click.echo(f"  {b}")
    if report.problems:
        for problem in report.problems[:20]:
            click.secho(f"  problem: {problem}", fg="red", err=True)
        raise UserError(f"{len(report.problems)} document(s) in the journal do not validate")


@main.command()
@click.option("--days", "n_days", default=120, show_default=True, type=click.IntRange(7, 7300))
@click.option("--force", is_flag=True, help="Replace a demo journal that already has days.")
@data_dir_option
@user_errors
def demo(n_days: int, force: bool) -> None:
    """Write a realistic generated journal into a data folder of its own."""
    from journal.demo import write_demo
    from journal.store import Journal

    ctx = click.get_current_context()
    given = any(
        c.get_parameter_source("data_dir") == click.core.ParameterSource.COMMANDLINE
        for c in (ctx, ctx.find_root())
    )
    # only a folder named on the command line: STRIDELOG_DATA_DIR is the runner's own journal
    target = data_dir_from(ctx) if given else None
    folder = Path(target) if target else Path(str(paths.data_dir()) + "-demo")
    if (folder / paths.JOURNAL_FILE).exists() and len(Journal.open(folder)) and not force:
        fail(f"{folder} already holds a journal; use --force to replace it, or another --data-dir")
    if force and (folder / paths.JOURNAL_FILE).exists():
        (folder / paths.JOURNAL_FILE).unlink()
    journal = write_demo(folder, n_days)
    click.echo(f"Demo journal: {len(journal)} days in {folder}")
    click.echo(f"Open it with: stridelog --data-dir {folder}")


# The other areas' commands live in modules of their own and import their heavy parts lazily.
main.add_command(foods)
main.add_command(trends)
main.add_command(chart)


__all__ = ["main"]
