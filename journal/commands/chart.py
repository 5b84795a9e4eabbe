"""``stridelog chart``: a chart of the journal printed to the terminal.

Thin: pick the range, read the days (with the history the load model needs), call
:func:`journal.charts.render` and print. The charts, their help lines and the history each
needs come from :data:`journal.charts.CHARTS`. The palette comes from the saved theme's data
file through :mod:`journal.themes`, which never imports Textual.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys

import click

from journal import charts
from journal.commands._common import DATE, data_dir_option, fail, open_journal, user_errors

DEFAULT_DAYS = 90
MAX_DAYS = 366 * 20


def resolve_range(
    days: int | None, start: dt.date | None, end: dt.date | None, today: dt.date
) -> tuple[dt.date, dt.date]:
    """The date range from ``--days`` / ``--from`` / ``--to`` (see the command's help)."""
    if days is not None and start is not None:
        fail("--days: give either --days or --from, not both")
    if days is not None and not 1 <= days <= MAX_DAYS:
        fail(f"--days: {days} is not allowed; allowed: a whole number from 1 to {MAX_DAYS}")
    last = end or today
    first = start or last - dt.timedelta(days=(days or DEFAULT_DAYS) - 1)
    if first > last:
        fail(f"--from {first} is after --to {last}")
    return first, last


def terminal_size() -> tuple[int, int]:
    """The terminal's size, one row kept for the prompt."""
    size = shutil.get_terminal_size((100, 30))
    return size.columns, max(1, size.lines - 1)


def _use_color(flag: bool | None) -> bool:
    if flag is not None:
        return flag
    if os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


def _help() -> str:
    names = charts.CLI_NAMES
    width = max(len(n) for n in names) + 2
    lines = [f"Draw a chart: {', '.join(names[:-1])} or {names[-1]}.", "", "\b"]
    lines += [f"{n:<{width}}{charts.CHARTS[n].help}" for n in names]
    return "\n".join(lines)


@click.command(help=_help())
@click.argument("name", metavar="CHART", type=click.Choice(charts.CLI_NAMES, case_sensitive=False))
@click.option("--days", "n_days", type=int, help=f"Last N days (default {DEFAULT_DAYS}).")
@click.option("--from", "start", type=DATE, help="First day (YYYY-MM-DD, today, -N).")
@click.option("--to", "end", type=DATE, help="Last day (default today).")
@click.option("--width", type=int, help="Columns (default: the terminal's width).")
@click.option("--height", type=int, help="Rows (default: the terminal's height).")
@click.option(
    "--color/--no-color",
    "color",
    default=None,
    help="Colours from the saved theme (default: on a terminal, unless NO_COLOR is set). "
    "Without colour every series has its own marker.",
)
@data_dir_option
@user_errors
def chart(
    name: str,
    n_days: int | None,
    start: dt.date | None,
    end: dt.date | None,
    width: int | None,
    height: int | None,
    color: bool | None,
) -> None:
    name = name.lower()
    chart_def = charts.CHARTS[name]
    first, last = resolve_range(n_days, start, end, dt.date.today())
    term_w, term_h = terminal_size()
    width = term_w if width is None else width
    height = term_h if height is None else height
    if width < charts.MIN_WIDTH or width > 1000:
        fail(f"--width: {width} is not allowed; allowed: from {charts.MIN_WIDTH} to 1000")
    if height < charts.MIN_HEIGHT or height > 500:
        fail(f"--height: {height} is not allowed; allowed: from {charts.MIN_HEIGHT} to 500")

    journal = open_journal()
    days = journal.days(first - dt.timedelta(days=chart_def.history()), last)
    profile = journal.profile()
    flags = charts.flags_for(journal, first, last) if chart_def.uses_flags else []
    use_color = _use_color(color)
    palette = charts.theme_palette() if use_color else None
    text = charts.render(
        name,
        days,
        first,
        last,
        width=width,
        height=height,
        palette=palette,
        color=use_color,
        profile=profile,
        flags=flags,
    )
    click.echo(text, color=use_color)
