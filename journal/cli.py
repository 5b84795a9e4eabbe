"""The ``stridelog`` command: thin wrappers that parse, call the core and print.

Exit codes: 0 ok; 1 a user error (bad value, locked or corrupt journal), message on stderr;
2 only for click usage errors (unknown option, missing argument).
"""

from __future__ import annotations

import click

from journal import __version__
from journal.commands._common import (
    GuardedGroup,
    data_dir_from,
    data_dir_option,
)
from journal.commands.chart import chart
from journal.commands.day import add, delete, show
from journal.commands.export import export
from journal.commands.foods import foods
from journal.commands.import_activities import import_
from journal.commands.maintenance import check, demo
from journal.commands.profile import profile
from journal.commands.report import report
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


# Each command lives in a module of its own and imports its heavy parts lazily.
COMMANDS = (add, show, delete, import_, export, report, profile, check, demo, foods, trends, chart)
for command in COMMANDS:
    main.add_command(command)


__all__ = ["main"]
main.add_command(report)
