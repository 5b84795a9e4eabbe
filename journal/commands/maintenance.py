"""Looking after the journal file: ``check``, and ``demo`` for a journal to look around in."""

from __future__ import annotations

from pathlib import Path

import click

from journal import paths
from journal.commands._common import (
    UserError,
    data_dir_from,
    data_dir_option,
    fail,
    open_journal,
    user_errors,
)


@click.command()
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


@click.command()
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
    logged = len(journal)
    blank = n_days - logged
    why = f" ({blank} left blank, as a real runner skips a day now and then)" if blank > 0 else ""
    click.echo(f"Demo journal: {logged} of {n_days} days logged{why} in {folder}")
    click.echo(f"Open it with: stridelog --data-dir {folder}")
