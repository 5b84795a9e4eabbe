"""The ``stridelog`` command: thin wrappers that parse, call the core and print.

Exit codes: 0 ok; 1 a user error (bad value, locked or corrupt journal), message on stderr;
2 only for click usage errors (unknown option, missing argument).
"""

from __future__ import annotations

import click

from journal import __version__, deferred
from journal.commands._common import (
    GuardedGroup,
    ask_passphrase_on_terminal,
    data_dir_from,
    data_dir_option,
)

# Each command lives in a module of its own, imported only when it runs: `show` and `add`
# do not pay for the chart, trend, food or report modules at start-up.
COMMANDS = {
    "add": "journal.commands.day:add",
    "show": "journal.commands.day:show",
    "delete": "journal.commands.day:delete",
    "import": "journal.commands.import_activities:import_",
    "export": "journal.commands.export:export",
    "report": "journal.commands.report:report",
    "profile": "journal.commands.profile:profile",
    "check": "journal.commands.maintenance:check",
    "demo": "journal.commands.maintenance:demo",
    "foods": "journal.commands.foods:foods",
    "trends": "journal.commands.trends:trends",
    "chart": "journal.commands.chart:chart",
    "encrypt": "journal.commands.crypt:encrypt",
    "decrypt": "journal.commands.crypt:decrypt",
    "passwd": "journal.commands.crypt:passwd",
    "passphrase": "journal.commands.crypt:passphrase_group",
}


@click.group(
    cls=GuardedGroup,
    lazy_subcommands=COMMANDS,
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
    if ctx.invoked_subcommand not in ("show", "add"):
        deferred.load_all()  # placeholders only where nothing runs in threads (journal.deferred)
    ask_passphrase_on_terminal()
    if ctx.invoked_subcommand is not None:
        return
    from journal.tui.app import create_app

    create_app(data_dir_from(ctx)).run()


__all__ = ["main"]
