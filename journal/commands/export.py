"""The doctor export: ``export``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from journal.commands._common import (
    DATE,
    check_output_path,
    data_dir_option,
    encrypt_option,
    fail,
    open_journal,
    user_errors,
)


@click.command()
@click.option("--from", "start", type=DATE, help="First day (default: the first logged).")
@click.option("--to", "end", type=DATE, help="Last day (default: the last logged).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="File to write (0600).")
@click.option("--force", is_flag=True, help="Overwrite the output file if it exists.")
@click.option("--no-notes", is_flag=True, help="Leave free-text notes out.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(("json", "fhir", "md")),
    default="json",
    show_default=True,
    help="json: the full export; fhir: a FHIR R4 Bundle; md: Markdown (fhir and md default "
    "to the report's 12 weeks).",
)
@encrypt_option
@data_dir_option
@user_errors
def export(
    start: dt.date | None,
    end: dt.date | None,
    output: str | None,
    force: bool,
    no_notes: bool,
    fmt: str,
    encrypt: bool = False,
) -> None:
    """Write the doctor export: days, profile, weekly summary, nutrition and flags."""
    from journal.commands.export_json import export_json

    if start and end and start > end:
        fail(f"--from {start} is after --to {end}")
    target = check_output_path(output, force) if output not in (None, "-") else None
    if encrypt and target is None:
        fail("--encrypt: writes a file; allowed: -o FILE (not standard output)")
    if fmt != "json":
        from journal.commands.report import export_other

        export_other(fmt, start, end, target, encrypt=encrypt)
        return
    write = _write_encrypted if encrypt else None
    line = export_json(
        open_journal, start, end, target, output=output, include_notes=not no_notes, write=write
    )
    if line is not None:
        click.echo(line)


def _write_encrypted(path: Path, data: bytes) -> Path:
    from journal.commands.report import write_new

    write_new(path, data, force=True, encrypt=True)
    return path
