"""The runner's profile: ``profile show`` and ``profile set``."""

from __future__ import annotations

from typing import Any

import click

from journal.commands._common import data_dir_option, echo_json, fail, open_journal, user_errors
from journal.entry import format_weight, parse_weight
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
    if p.weight_kg is not None:  # in the profile's unit, like everywhere else
        fields = {
            ("weight" if k == "weight_kg" else k): format_weight(p.weight_kg, p.units)
            if k == "weight_kg"
            else v
            for k, v in fields.items()
        }
    for name, value in fields.items():
        click.echo(f"{name.replace('_', ' '):>14}: {'-' if value is None else value}")
    click.secho(PROFILE_SCOPE, dim=True)


@profile.command("set")
@click.option("--sex", help="female, male or unspecified.")
@click.option("--birth-year")
@click.option(
    "--weight",
    help="Body weight in the profile's unit (kg; lb when units are imperial), or 150lb / 68kg.",
)
@click.option("--weight-kg", hidden=True, help="Body weight in kg (older name of --weight).")
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
    old = journal.profile()
    if "weight" in changes:
        if "weight_kg" in changes:
            fail("--weight: give --weight or its older name --weight-kg, not both")
        units = changes.get("units") or old.units  # "--units imperial --weight 150" is lb
        changes["weight_kg"] = parse_weight(changes.pop("weight"), units)
    merged = to_doc(old) | changes
    new = parse_profile(merged, strict=False)
    journal.set_profile(new)
    said = {k: getattr(new, k) for k in changes}
    if new.weight_kg is not None and "weight_kg" in said:
        said["weight"] = format_weight(new.weight_kg, new.units)
        del said["weight_kg"]
    click.echo("Profile saved: " + ", ".join(f"{k}={v}" for k, v in said.items()))
