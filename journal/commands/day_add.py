"""What ``stridelog add`` does once its options are read, free of click.

The click command (:mod:`.day`) and the path that reads ``add``'s options without loading
click (:mod:`.quick`) both run :func:`add_day`: one code for what is recorded and printed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from journal.commands.day_text import summarise
from journal.commands.plain import echo_json, echo_text, echo_warning
from journal.entry import (
    parse_cross_training,
    parse_meal_option,
    parse_pain,
    parse_run,
    parse_sleep_hours,
    parse_weight,
)
from journal.model import InvalidInput, parse_day, to_doc
from journal.service import add_to_day, save_day

if TYPE_CHECKING:
    from journal.store import Journal


def add_day(
    options: dict[str, Any],
    open_journal: Callable[[], Journal],
    echo: Callable[[str], None] = echo_text,
    warn: Callable[[str], None] = echo_warning,
) -> None:
    """Record a day from ``add``'s options (named as the click command names them)."""
    o = options
    doc: dict[str, Any] = {"date": o["date_"].isoformat()}
    if o["runs"]:
        doc["runs"] = [parse_run(r) for r in o["runs"]]
    if o["cross"]:
        doc["cross_training"] = [parse_cross_training(c) for c in o["cross"]]
    sleep, sleep_quality = o["sleep"], o["sleep_quality"]
    if sleep is not None or sleep_quality is not None:
        if sleep is None:
            raise InvalidInput("--sleep", "give the hours slept with --sleep-quality")
        doc["sleep"] = {"hours": parse_sleep_hours(sleep)}
        if sleep_quality is not None:
            doc["sleep"]["quality"] = sleep_quality
    scalars = {k: o[k] for k in ("fatigue", "soreness", "stress")}
    scalars |= {"resting_hr": o["rhr"], "notes": o["note"], "period": o["period"]}
    scalars["meals_complete"] = o["meals_complete"]
    doc |= {k: v for k, v in scalars.items() if v is not None}
    journal = None
    if o["weight"] is not None:  # a bare number is in the profile's unit
        journal = open_journal()
        doc["weight_kg"] = parse_weight(o["weight"], journal.profile().units)
    if o["meals"]:
        doc["meals"] = [parse_meal_option(m) for m in o["meals"]]
    if o["supplements"]:
        from journal.foods import parse_supplement

        doc["supplements"] = [to_doc(parse_supplement(s)) for s in o["supplements"]]
    if o["pains"]:
        doc["pain"] = [parse_pain(p) for p in o["pains"]]
    if o["symptoms"] or o["fever"] is not None:
        doc["illness"] = {"symptoms": list(o["symptoms"]), "fever": bool(o["fever"])}
    if o["tags"]:
        doc["tags"] = list(o["tags"])
    day = parse_day(doc, strict=False)
    journal = journal or open_journal()
    units = journal.profile().units
    if o["rpes"]:  # rate imported runs on the day as merged, then one write
        from journal.activities.rpe import fill_rpe
        from journal.model import merge

        merged = day if o["replace"] else merge(journal.get(day.date), day)
        stored = save_day(journal, fill_rpe(merged, o["rpes"]))
    elif o["replace"]:
        stored = save_day(journal, day)
    else:
        stored = add_to_day(journal, day)
    if o["as_json"]:
        echo_json(to_doc(stored))
        return
    echo(f"Saved {stored.date}: {summarise(stored, units)}")
    for meal in day.meals:
        if meal.resolved and meal.resolved.unmatched:
            warn(f"  {meal.name}: not matched to a food: {', '.join(meal.resolved.unmatched)}")
