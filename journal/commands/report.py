"""``stridelog report``: the visit report as one self-contained HTML file (or Markdown).

Thin: resolve the period (default: the current week and the 11 before it), read the days with
the history the analyzer needs, build :class:`journal.report.data.Report`, write it 0600 and
atomically. An existing file is never replaced without ``--force``.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from journal.commands._common import (
    DATE,
    check_output_path,
    data_dir_option,
    encrypt_option,
    explain_os_error,
    fail,
    open_journal,
    user_errors,
)
from journal.textsafe import printable

if TYPE_CHECKING:
    from journal.report.data import Report

FORMATS = ("html", "md")


def period(start: dt.date | None, end: dt.date | None, today: dt.date) -> tuple[dt.date, dt.date]:
    """``--from``/``--to`` with the report's default of 12 Monday weeks up to today."""
    from journal.report.data import REPORT_WEEKS, default_period

    if end is None:
        end = (
            today
            if start is None or start <= today
            else start + dt.timedelta(weeks=12) - dt.timedelta(days=1)
        )
    if start is None:
        start = default_period(end, REPORT_WEEKS)[0]
    if start > end:
        fail(f"--from {start} is after --to {end}")
    if (end - start).days > 366 * 5:
        fail(f"--from/--to: {(end - start).days + 1} days is too long; allowed: up to 5 years")
    return start, end


def build(start: dt.date | None, end: dt.date | None, *, with_charts: bool = True) -> Report:
    """The report of the journal named by ``--data-dir`` (opened here)."""
    from journal.report.data import HISTORY_DAYS
    from journal.report.data import build as build_report
    from journal.stored_analysis import analyze_journal

    first, last = period(start, end, dt.date.today())
    journal = open_journal()
    days = journal.days(first - dt.timedelta(days=HISTORY_DAYS), last)
    profile = journal.profile()
    # the flags of the whole history, as trends and the export show them
    analysis = analyze_journal(journal, first, last, units=profile.units, whole=True)
    return build_report(days, profile, first, last, with_charts=with_charts, analysis=analysis)


def write_new(path: Path, data: bytes, force: bool, *, encrypt: bool = False) -> None:
    """Write ``data`` to ``path`` 0600 and atomically, asking before replacing a file;
    ``encrypt``: sealed under a passphrase of its own (never plain on disk)."""
    from journal.files import write_private_atomic

    target = check_output_path(str(path), force)
    if encrypt:
        from journal.commands.crypt import seal

        data = seal(data)
    try:
        write_private_atomic(target, data)
    except OSError as err:
        fail(f"-o {printable(str(path))}: {explain_os_error(err)}")


@click.command()
@click.option("--from", "start", type=DATE, help="First day (default: Monday 11 weeks ago).")
@click.option("--to", "end", type=DATE, help="Last day (default: today).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="File to write (0600).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS, case_sensitive=False),
    default="html",
    show_default=True,
    help="html: the printable page; md: Markdown for a portal message.",
)
@click.option(
    "--paper",
    type=click.Choice(("a4", "letter"), case_sensitive=False),
    default="a4",
    show_default=True,
    help="Printed page size of the HTML report.",
)
@click.option("--force", is_flag=True, help="Replace the output file if it exists.")
@encrypt_option
@data_dir_option
@user_errors
def report(
    start: dt.date | None,
    end: dt.date | None,
    output: str | None,
    fmt: str,
    paper: str,
    force: bool,
    encrypt: bool = False,
) -> None:
    """Write the visit report: flags, weekly table, charts, cycle, pain, nutrition.

    One self-contained HTML file (no external resource: it opens offline and prints on one
    or two A4 or Letter pages for 12 weeks). Without -o, writes visit-report-FROM-TO.html in
    the current folder; -o - prints it.
    """
    fmt = fmt.lower()
    rep = build(start, end, with_charts=fmt == "html")
    if fmt == "md":
        from journal.report import markdown

        text = markdown.render(rep)
    else:
        from journal.report import html

        text = html.render(rep, paper.lower())
    if output == "-":
        if encrypt:
            fail("--encrypt: writes a file; allowed: -o FILE (not -)")
        sys.stdout.write(text)
        return
    path = Path(output or f"visit-report-{rep.start}-{rep.end}.{fmt}")
    write_new(path, text.encode("utf-8"), force, encrypt=encrypt)
    click.echo(
        f"Wrote the report of {rep.start} to {rep.end} ({len(rep.weeks)} weeks, "
        f"{len(rep.flags)} flags) to {path} (readable by you only)."
    )


def export_other(
    fmt: str,
    start: dt.date | None,
    end: dt.date | None,
    output: Path | None,
    *,
    encrypt: bool = False,
) -> None:
    """``stridelog export --format fhir|md``: the report's period (default 12 weeks)."""
    rep = build(start, end, with_charts=False)
    if fmt == "fhir":
        import orjson

        from journal.report.fhir import bundle

        data = orjson.dumps(bundle(rep), option=orjson.OPT_INDENT_2) + b"\n"
    else:
        from journal.report import markdown

        data = markdown.render(rep).encode("utf-8")
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    # the path was checked (and agreed) by ``export``
    write_new(output, data, force=True, encrypt=encrypt)
    shown = printable(str(output))
    click.echo(f"Wrote {rep.start} to {rep.end} as {fmt} to {shown} (readable by you only).")
