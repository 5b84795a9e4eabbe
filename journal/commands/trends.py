"""``stridelog trends``: the analyzer's flags, grouped by category and severity, and key metrics."""

from __future__ import annotations

import datetime as dt
import textwrap
from typing import Any

import click

from journal.commands._common import (
    DATE,
    data_dir_option,
    echo_json,
    fail,
    open_journal,
    user_errors,
)

SEVERITY_STYLE = {
    "alert": {"fg": "red", "bold": True},
    "warning": {"fg": "yellow", "bold": True},
    "info": {"fg": "cyan"},
}
CATEGORY_TITLE = {
    "medical": "Medical",
    "training": "Training",
    "recovery": "Recovery",
    "nutrition": "Nutrition",
    "data": "Data",
}


def _fmt(value: Any, unit: str = "", nd: int = 1) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.{nd}f}{unit}"
    return f"{value}{unit}"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("s" if n != 1 else "")


def _span(start: str, end: str) -> str:
    return start if start == end else f"{start} to {end}"


def render(result: dict[str, Any], units: str = "metric") -> list[str]:
    """Human lines: flags by category, most severe first, then today's key metrics; distances
    in the profile's ``units``."""
    from journal.analysis.flags import CATEGORIES, SEVERITY_RANK
    from journal.entry import format_distance

    flags = result["flags"]
    m = result["metrics"]
    window = m["window"]
    lines = [click.style(f"Trends {window['from']} to {window['to']}", bold=True)]
    status = result.get("status")
    if status:
        style = SEVERITY_STYLE.get(status["level"], {})
        lines.append("  Today: " + click.style(status["line"], **style))
    if not flags:
        lines.append("  No flags in this window.")
    pad = " " * 10
    for cat in CATEGORIES:
        by_id: dict[str, list[dict[str, Any]]] = {}
        for f in sorted(flags, key=lambda f: f["end"], reverse=True):
            if f["category"] == cat:
                by_id.setdefault(f["id"], []).append(f)
        if not by_id:
            continue
        lines.append("")
        lines.append(click.style(CATEGORY_TITLE[cat], bold=True, underline=True))
        ordered = sorted(
            by_id.values(),
            key=lambda fl: (-max(SEVERITY_RANK[f["severity"]] for f in fl), fl[0]["end"]),
        )
        for group in ordered:
            # one entry per flag id: the latest period in full, earlier ones as dates
            f = group[0]
            tag = click.style(f"{f['severity'].upper():<7}", **SEVERITY_STYLE[f["severity"]])
            span = _span(f["start"], f["end"])
            if "began_before" in f["evidence"]:
                span = f"began before {f['evidence']['began_before']}, to {f['end']}"
            lines.append(f"  {tag} {f['title']}  ({span})")
            if len(group) > 1:
                earlier = [
                    _span(g["start"], g["end"])
                    + (f" {g['severity']}" if g["severity"] != f["severity"] else "")
                    for g in group[1:4]
                ]
                more = f" and {len(group) - 4} more" if len(group) > 4 else ""
                lines.append(click.style(f"{pad}also {'; '.join(earlier)}{more}", dim=True))
            advice = textwrap.fill(f["advice"], 98, initial_indent=pad, subsequent_indent=pad)
            lines.append(click.style(advice, dim=True))
    load = m.get("load") or {}
    week = m["last_7_days"]
    lines.append("")
    lines.append(click.style(f"As of {m['as_of']}", bold=True))
    lines.append(
        f"  load: this week vs usual (ACWR) {_fmt(load.get('acwr'), nd=2)}, monotony "
        f"{_fmt(load.get('monotony'), nd=2)}, strain {_fmt(load.get('strain'), ' AU', nd=0)}"
    )
    lines.append(
        f"  fitness (CTL) {_fmt(load.get('ctl'))}, fatigue (ATL) {_fmt(load.get('atl'))}, "
        f"form (TSB) {_fmt(load.get('tsb'))}: AU a day"
    )
    if week.get("days_logged", 1) == 0:
        lines.append("  last 7 days: nothing logged")
    else:
        lines.append(
            f"  last 7 days: {format_distance(week['distance_km'], units, digits=1)} in "
            f"{_plural(week['runs'], 'run')}, load {week['load']:g} AU, "
            f"{_plural(week['rest_days'], 'day')} without training; sleep "
            f"{_fmt(week['mean_sleep_h'], ' h', 2)}, fatigue {_fmt(week['mean_fatigue'], '/10')}"
        )
    nut = m.get("nutrition_7d")
    if nut and nut["days_logged"]:
        if not nut["judged"]:
            lines.append("  intake (7 days): not judged: " + "; ".join(nut["problems"]))
        else:
            parts = []
            for key, label in (("iron_mg", "iron"), ("b6_mg", "B6"), ("b12_ug", "B12")):
                n = nut["nutrients"][key]
                parts.append(f"{label} {n['mean']:g}/{n['rda']:g} {n['unit']}")
            kcal = nut["nutrients"]["kcal"]["mean"]
            lines.append(f"  intake (7 days): {kcal:.0f} kcal, " + ", ".join(parts) + " (RDA)")
    glossary = result.get("glossary") or {}
    if glossary:
        lines.append("")
        lines.append(click.style("What the numbers mean", bold=True))
        for term, text in glossary.items():
            wrapped = textwrap.fill(
                f"{term}: {text}", 98, initial_indent="  ", subsequent_indent="    "
            )
            lines.append(click.style(wrapped, dim=True))
    return lines


@click.command()
@click.option("--from", "start", type=DATE, help="First day of the window (default: 90 days).")
@click.option("--to", "end", type=DATE, help="Last day (default: last logged day or today).")
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help='Print {"flags": [...], "metrics": {...}, "status": {...}, "glossary": {...}}.',
)
@data_dir_option
@user_errors
def trends(start: dt.date | None, end: dt.date | None, as_json: bool) -> None:
    """Flags of overtraining, poor recovery and low intake, with today's load metrics.

    --from/--to limit which flags are reported; the days before --from are still read for
    history (ACWR, the 30-day longest run, the resting-HR median).
    """
    from journal.commands.trends_json import trends_result

    if start and end and start > end:
        fail(f"--from {start} is after --to {end}")
    result, units = trends_result(open_journal(), start, end, as_json=as_json)
    if as_json:
        echo_json(result)
        return
    click.echo("\n".join(render(result, units)))
