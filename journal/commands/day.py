"""Recording, showing and deleting days: ``add``, ``show`` and ``delete`` (``add``'s work is in
:mod:`journal.commands.day_add`, which runs without click too)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import click

from journal.commands._common import (
    DATE,
    data_dir_option,
    echo_json,
    fail,
    open_journal,
    user_errors,
)
from journal.commands.day_add import add_day
from journal.commands.day_text import describe
from journal.model import to_doc
from journal.service import delete_day


@click.command()
@click.option("--date", "date_", type=DATE, default="today", help="Day to record (default today).")
@click.option(
    "--run",
    "runs",
    multiple=True,
    help='A run: "10km 55min rpe6 tempo hr152" (or 6.2mi); repeat for more runs.',
)
@click.option("--cross", "cross", multiple=True, help='Cross-training: "strength 30min rpe5".')
@click.option("--sleep", metavar="HOURS", help="Hours slept: 7.5 or 7h30.")
@click.option("--sleep-quality", metavar="N", help="Sleep quality 1 (poor) to 5 (great).")
@click.option("--fatigue", metavar="N", help="Fatigue 1 (fresh) to 10 (extreme).")
@click.option("--soreness", metavar="N", help="Soreness 1 (none) to 10 (extreme).")
@click.option("--stress", metavar="N", help="Stress 1 (calm) to 10 (extreme).")
@click.option("--rhr", metavar="BPM", help="Morning resting heart rate, beats a minute.")
@click.option(
    "--weight",
    help="Body weight in the profile's unit (kg; lb when units are imperial), or 150lb / 68kg.",
)
@click.option("--meal", "meals", multiple=True, help='A meal: "breakfast: oatmeal 80g, banana".')
@click.option(
    "--meals-complete/--meals-partial",
    "meals_complete",
    default=None,
    help="The meals logged are everything eaten today (or only part of it).",
)
@click.option(
    "supplements",
    "--supplement",
    multiple=True,
    help='Any supplement: "iron 65mg", "vitamin d 1000 IU", "multivitamin"; repeat for more.',
)
@click.option("--pain", "pains", multiple=True, help='Pain site and score 0-10: "left shin 3".')
@click.option("--symptom", "symptoms", multiple=True, help='Illness symptom: "sore throat".')
@click.option("--fever/--no-fever", default=None, help="Fever today.")
@click.option("--period/--no-period", default=None, help="Menstrual bleeding today.")
@click.option("--tag", "tags", multiple=True, help="A word that explains the day (heat, travel).")
@click.option("--note", help="Free notes for the day.")
@click.option("--rpe", "rpes", multiple=True, help="RPE of an imported run: 6, or 2=6 for run 2.")
@click.option("--replace", is_flag=True, help="Replace the whole day instead of merging.")
@click.option("--json", "as_json", is_flag=True, help="Print the stored day document.")
@data_dir_option
@user_errors
def add(**options: Any) -> None:
    """Record a day: lists (runs, meals, ...) append, values replace."""
    add_day(options, open_journal, click.echo, lambda text: click.secho(text, fg="yellow"))


@click.command()
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
        if start or end:
            first = f"from {start}" if start else "up to"
            click.echo(f"Nothing recorded {first} {'to ' * bool(start)}{end or 'now'}.", err=True)
        else:
            click.echo(f"Nothing recorded for {date_ or dt.date.today()}.", err=True)
        return
    units = journal.profile().units
    for day in days:
        click.echo("\n".join(describe(day, units=units)))


@click.command()
@click.option("--date", "date_", type=DATE, required=True, help="The day to delete.")
@click.option("--yes", is_flag=True, help="Do not ask (for scripts).")
@data_dir_option
@user_errors
def delete(date_: dt.date, yes: bool) -> None:
    """Delete one day (a backup holding it is taken first)."""
    import sys

    journal = open_journal()
    day = journal.get(date_)
    if day is None:
        fail(f"--date: nothing is recorded for {date_}; nothing was deleted")
    click.echo("\n".join(describe(day, units=journal.profile().units)))
    if not yes:
        if not sys.stdin.isatty():
            fail(
                "--yes: deleting needs --yes when there is no terminal to ask; nothing was deleted"
            )
        if not click.confirm(f"Delete {date_:%a %d %b %Y}?", default=False):
            fail("nothing was deleted")
    delete_day(journal, date_)
    click.echo(f"Deleted {date_:%a %d %b %Y}. A backup holding it is in {journal.backup_dir}.")
