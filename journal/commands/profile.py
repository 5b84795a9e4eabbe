"""The runner's profile: ``profile show`` and ``profile set``."""

from __future__ import annotations

from typing import Any

import click

from journal.commands._common import data_dir_option, echo_json, fail, open_journal, user_errors
from journal.entry import format_height, format_weight, parse_height, parse_weight
from journal.model import parse_profile, to_doc

HEIGHT_RANGE_CM = (100.0, 250.0)  # journal.model.Profile.height_cm
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
    # weight and height in the profile's unit, like everywhere else (stored in kg and cm)
    shown = {
        "weight_kg": ("weight", lambda v: format_weight(v, p.units)),
        "height_cm": ("height", lambda v: format_height(v, p.units)),
    }
    fields = {
        shown[k][0] if k in shown else k: shown[k][1](v) if k in shown and v is not None else v
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
@click.option(
    "--height",
    help="Height in the profile's unit: cm, or for imperial 5'10\" / 5ft10 / 70in.",
)
@click.option("--height-cm", hidden=True, help="Height in cm (older name of --height).")
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
    if "height" in changes:
        if "height_cm" in changes:
            fail("--height: give --height or its older name --height-cm, not both")
        units = changes.get("units") or old.units
        typed = changes.pop("height")
        changes["height_cm"] = cm = parse_height(typed, units)
        low, high = HEIGHT_RANGE_CM
        if units == "imperial" and isinstance(cm, float) and not low <= cm <= high:
            fail(  # in the runner's unit, not the stored centimetres
                f"--height: {typed} is not a height from {format_height(low, units)} to "
                f"{format_height(high, units)}"
            )
    merged = to_doc(old) | changes
    new = parse_profile(merged, strict=False)
    journal.set_profile(new)
    said = {k: getattr(new, k) for k in changes}
    if new.weight_kg is not None and "weight_kg" in said:
        said["weight"] = format_weight(new.weight_kg, new.units)
        del said["weight_kg"]
    if new.height_cm is not None and "height_cm" in said:
        said["height"] = format_height(new.height_cm, new.units)
        del said["height_cm"]
    click.echo("Profile saved: " + ", ".join(f"{k}={v}" for k, v in said.items()))
