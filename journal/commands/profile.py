"""The runner's profile: ``profile show`` and ``profile set``."""

from __future__ import annotations

from typing import Any

import click

from journal.commands._common import data_dir_option, echo_json, fail, open_journal, user_errors
from journal.model import parse_profile, to_doc

PROFILE_SCOPE = (
    "Reference intakes apply to ages 14 and over and do not cover pregnancy or breastfeeding."
)


@click.group()
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
