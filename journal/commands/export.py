"""The doctor export: ``export``."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from journal.commands._common import (
    DATE,
    data_dir_option,
    explain_os_error,
    fail,
    open_journal,
    user_errors,
)
from journal.textsafe import printable


@click.command()
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
