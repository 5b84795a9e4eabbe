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
    UserError,
    data_dir_from,
    data_dir_option,
    echo_json,
    fail,
    open_journal,
    user_errors,
)
from journal.commands.lazy import LazyGroup
from journal.entry import parse_cross_training, parse_meal_option, parse_pain, parse_run
from journal.model import Day, InvalidInput, parse_day, parse_profile, to_doc


def resolve_meals(day: Day) -> Day:
    """Store each meal with what the food table made of it (DESIGN §2)."""
    from journal import foods

    return foods.resolve_day(day)


# The other areas' commands live in modules of their own, imported only when they run.
LAZY_COMMANDS = {
    "chart": "journal.commands.chart:chart",
    "foods": "journal.commands.foods:foods",
    "trends": "journal.commands.trends:trends",
}


@click.group(
    cls=LazyGroup,
    lazy_subcommands=LAZY_COMMANDS,
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


def _sleep_hours(text: str) -> Any:
    """Hours from ``7.5``, ``7h30`` or ``7:30``; anything else goes to the model to refuse."""
    import re

    if m := re.fullmatch(r"\s*(\d+)(?:h|:)(\d{1,2})?m?\s*", text.lower()):
        return round(int(m.group(1)) + int(m.group(2) or 0) / 60, 2)
    return text


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
        doc["sleep"] = {"hours": _sleep_hours(sleep)}
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


def summarise(day: Day) -> str:
    """One line a runner can read at a glance."""
    parts = []
    if day.runs:
        km = day.distance_km
        parts.append(f"{len(day.runs)} run{'s' * (len(day.runs) > 1)} {km:.1f} km")
    if day.cross_training:
        parts.append(", ".join(f"{c.activity} {c.duration_min:g} min" for c in day.cross_training))
    if day.trained:
        parts.append(f"load {day.load:.0f}")
    if day.sleep:
        parts.append(f"sleep {day.sleep.hours:g} h")
    if day.fatigue:
        parts.append(f"fatigue {day.fatigue}/10")
    if day.meals:
        parts.append(f"{len(day.meals)} meal{'s' * (len(day.meals) > 1)}")
    if day.pain:
        parts.append("pain: " + ", ".join(f"{p.site} {p.score}" for p in day.pain))
    if day.illness:
        parts.append("ill" + (" with fever" if day.illness.fever else ""))
    return "; ".join(parts) or "nothing recorded"


def _describe(day: Day) -> list[str]:
    lines = [click.style(f"{day.date:%a %d %b %Y}", bold=True) + f"  {summarise(day)}"]
    for r in day.runs:
        dist = f"{r.distance_km:g} km " if r.distance_km is not None else ""
        extra = f" hr {r.avg_hr}" if r.avg_hr else ""
        lines.append(f"  run   {dist}{r.duration_min:g} min rpe {r.rpe} {r.type or ''}{extra}")
    for c in day.cross_training:
        lines.append(f"  cross {c.activity} {c.duration_min:g} min rpe {c.rpe}")
    if day.sleep:
        quality = f", quality {day.sleep.quality}/5" if day.sleep.quality else ""
        lines.append(f"  sleep {day.sleep.hours:g} h{quality}")
    feel = [f"{k} {v}" for k in ("fatigue", "soreness", "stress") if (v := getattr(day, k))]
    if day.resting_hr:
        feel.append(f"rhr {day.resting_hr}")
    if day.weight_kg:
        feel.append(f"weight {day.weight_kg:g} kg")
    if feel:
        lines.append("  feel  " + ", ".join(feel))
    for m in day.meals:
        what = m.text or ", ".join(f"{i.name or i.food_id} {i.grams:g} g" for i in m.items or [])
        kcal = m.resolved.totals.get("kcal") if m.resolved else None
        lines.append(f"  meal  {m.name}: {what}" + (f"  ({kcal:.0f} kcal)" if kcal else ""))
    for s in day.supplements:
        amounts = ", ".join(f"{k} {v:g}" for k, v in s.nutrients().items())
        lines.append(f"  supp  {s.name} {amounts}")
    if day.period:
        lines.append("  period")
    if day.tags:
        lines.append("  tags  " + ", ".join(day.tags))
    if day.notes:
        lines.append(f"  notes {day.notes}")
    return lines


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
        click.echo("\n".join(_describe(day)))


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
    from journal.exchange import ImportRejected, parse_import, read_import_file

    try:
        if file == "-":
            import orjson

            incoming = parse_import(orjson.loads(sys.stdin.buffer.read()), "stdin")
        else:
            incoming = read_import_file(Path(file))
    except ImportRejected as err:
        fail(str(err))
    except ValueError as err:
        fail(f"stdin: not valid JSON: {err}")
    from journal.exchange import import_days

    journal = open_journal()
    result = import_days(
        journal, incoming, keep_existing=keep_existing, dry_run=dry_run, prepare=resolve_meals
    )
    verb = "would be" if dry_run else "were"
    click.echo(
        f"{len(incoming.days)} days in the file: {result.added} added, {result.replaced} "
        f"replaced, {result.unchanged} unchanged, {result.kept} kept ({verb} written"
        f"{' - dry run' if dry_run else ''})."
    )
    if result.profile_set:
        click.echo("The profile was " + ("would be " if dry_run else "") + "set from the file.")


@main.command()
@click.option("--from", "start", type=DATE, help="First day (default: the first logged).")
@click.option("--to", "end", type=DATE, help="Last day (default: the last logged).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="File to write (0600).")
@click.option("--no-notes", is_flag=True, help="Leave free-text notes out.")
@data_dir_option
@user_errors
def export(start: dt.date | None, end: dt.date | None, output: str | None, no_notes: bool) -> None:
    """Write the doctor export: days, profile, weekly summary, nutrition and flags."""
    from journal.exchange import build_export, dumps, write_export

    if start and end and start > end:
        fail(f"--from {start} is after --to {end}")
    doc = build_export(open_journal(), start, end, include_notes=not no_notes)
    if output is None:
        sys.stdout.buffer.write(dumps(doc))
        return
    try:
        path = write_export(doc, Path(output))
    except OSError as err:
        fail(f"-o {output}: cannot write: {err.strerror}")
    click.echo(f"Wrote {len(doc['days'])} days to {path} (readable by you only).")


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
    report = open_journal(migrate=False).check()  # reads only: converts nothing
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
    from journal.store import Journal, remove_journal

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
        remove_journal(folder)
    journal = write_demo(folder, n_days)
    click.echo(f"Demo journal: {len(journal)} days in {folder}")
    click.echo(f"Open it with: stridelog --data-dir {folder}")


__all__ = ["main"]
