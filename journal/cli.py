"""The ``stridelog`` command: thin wrappers that parse, call the core and print.

Exit codes: 0 ok; 1 a user error (bad value, locked or corrupt journal), message on stderr;
2 only for click usage errors (unknown option, missing argument).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from journal import __version__
from journal.commands._common import (
    GuardedGroup,
    data_dir_from,
    data_dir_option,
    fail,
    open_journal,
    user_errors,
)
from journal.commands.chart import chart
from journal.commands.day import add, delete, show
from journal.commands.export import export
from journal.commands.foods import foods
from journal.commands.maintenance import check, demo
from journal.commands.profile import profile
from journal.commands.trends import trends


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
    from journal.tui.app import create_app

    create_app(data_dir_from(ctx)).run()


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


# Each command lives in a module of its own and imports its heavy parts lazily.
for command in (add, show, delete, export, profile, check, demo, foods, trends, chart):
    main.add_command(command)


__all__ = ["main"]
