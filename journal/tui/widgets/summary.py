"""The check-in's side panel: a day's training at a glance, today's status and its nutrition.

Short lines on purpose: in a narrow terminal the panel sits under the form in two columns, and a
line that wraps there runs into its neighbour.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from rich.text import Text

from journal.entry import DISTANCE_UNIT, km_to_shown
from journal.tui.widgets.rows import fmt_amount

MACRO_BANDS = {"carbs_g": (50, 70), "protein_g": (10, 20), "fat_g": (20, 30)}
KCAL_PER_G = {"carbs_g": 4.0, "protein_g": 4.0, "fat_g": 9.0}
BAR_LEN = 8


def _minutes(value: float) -> str:
    hours, minutes = divmod(round(value), 60)
    return f"{hours}h{minutes:02d}" if hours else f"{minutes} min"


def training_summary(doc: dict[str, Any], units: str = "metric") -> Text:
    """Distance, time and session-RPE load of a day document (only valid values count)."""
    from journal.service import day_numbers

    n = day_numbers(doc)
    out = Text()
    out.append("Training\n", style="bold")
    if not n.sessions:
        out.append("rest day (nothing logged)\n", style="dim")
    else:
        out.append(f"{n.sessions} session{'s' if n.sessions > 1 else ''} · ")
        if n.km:
            out.append(f"{km_to_shown(n.km, units):.1f} {DISTANCE_UNIT[units]} · ")
        out.append(f"{_minutes(n.minutes)}\n")
        if n.estimated:
            out.append(f"load (estimated) {n.load:.0f} AU\n")
            runs = f"{n.estimated} session{'s' if n.estimated > 1 else ''}"
            out.append(f"rate {runs} for the real load\n", style="dim")
        else:
            out.append(f"load {n.load:.0f} AU\n")
    if n.sleep_h is not None:
        out.append(f"sleep {n.sleep_h:g} h")
        if n.sleep_quality is not None:
            out.append(f" · quality {n.sleep_quality}/5")
        out.append("\n")
    return out


def status_text(status: Any, color: str, today: dt.date) -> Text:
    """The analyzer's one line for the day (``journal.analysis.status.Status``)."""
    out = Text()
    when = "Today" if status.as_of == today else f"As of {status.as_of:%a %d %b}"
    out.append(f"\n{when}\n", style="bold")
    out.append(status.line or "nothing unusual against your own last 4 weeks", style=color)
    out.append("\n")
    return out


def reference_bar(value: float, rda: float) -> tuple[int, bool]:
    """Filled cells of a bar against the RDA, and whether the RDA is met.

    Rounded down, and never full below the RDA, so the bar and its "< RDA" always agree.
    """
    if rda <= 0:
        return 0, True
    met = value >= rda
    filled = BAR_LEN if met else min(BAR_LEN - 1, math.floor(BAR_LEN * value / rda))
    return max(0, filled), met


def nutrition_panel(
    totals: dict[str, float],
    meals: int,
    items: int,
    unknown: int,
    app: Any,
    refs: dict[str, Any],
    date: dt.date,
    *,
    unsure: int = 0,
) -> Text:
    """The day's intake against the runner's reference amounts; an unsure match counts as
    half known, as the day's nutrient coverage counts it."""
    out = Text()
    title = "Nutrition today" if date == app.today() else f"Nutrition {date:%a %d %b}"
    out.append(f"{title}\n", style="bold")
    if not app.foods_ready:
        out.append("loading the food table…\n", style="dim italic")
        return out
    if not meals and not totals:
        out.append("No meals typed yet: a day without\n", style="dim")
        out.append("meals is “not logged”, never\n", style="dim")
        out.append("“ate nothing”.\n", style="dim")
        return out
    kcal = totals.get("kcal", 0.0)
    out.append(f"{'Energy':<8}{fmt_amount(kcal):>6} kcal\n")
    macro_kcal = sum(totals.get(k, 0.0) * f for k, f in KCAL_PER_G.items())
    for key, label in (("carbs_g", "Carbs"), ("protein_g", "Protein"), ("fat_g", "Fat")):
        grams = totals.get(key, 0.0)
        share = 100 * grams * KCAL_PER_G[key] / macro_kcal if macro_kcal else 0.0
        lo, hi = MACRO_BANDS[key]
        style = "" if lo <= share <= hi else app.severity_color("info")
        out.append(f"{label:<8}{fmt_amount(grams):>6} g  ")
        out.append(f"{share:3.0f} %", style=style)
        out.append(f" ({lo}–{hi})\n", style="dim")
    for key, label in (("iron_mg", "Iron"), ("b6_mg", "B6"), ("b12_ug", "B12")):
        value = totals.get(key, 0.0)
        ref = refs.get(key)
        out.append(f"{label:<8}{fmt_amount(value):>6} ")
        if ref is None:
            out.append("\n")
            continue
        out.append(f"/ {fmt_amount(ref.rda)} {ref.unit}  ")
        filled, met = reference_bar(value, ref.rda)
        if value < ref.ear:
            color, word = app.severity_color("warning"), "< EAR"
        elif not met:
            color, word = app.severity_color("info"), "< RDA"
        else:
            color, word = app.theme_data.colors.get("success", "green"), "✓"
        out.append("█" * filled, style=color)
        out.append("░" * (BAR_LEN - filled), style="dim")
        out.append(f" {word}\n", style=color)
    if items:
        share = 100 * (items - unknown - unsure / 2) / items
        out.append(f"\nmatched {share:.0f} % of foods", style="dim")
        if unknown:
            out.append(f" · {unknown} unknown", style=app.severity_color("warning"))
        if unsure:
            out.append(f" · {unsure} unsure", style=app.severity_color("warning"))
        out.append("\n")
    if refs:
        out.append(f"{next(iter(refs.values())).note}\n", style="dim italic")
    return out
