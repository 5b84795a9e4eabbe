"""A day in words, as the CLI prints it: every recorded field, user text always escaped."""

from __future__ import annotations

from journal.entry import distance_unit, format_distance, format_weight, km_in
from journal.model import CrossTraining, Day, Resolved, Run
from journal.textsafe import printable

NUTRIENT_WORDS = {
    "kcal": ("energy", "kcal"),
    "protein_g": ("protein", "g"),
    "carbs_g": ("carbohydrate", "g"),
    "fat_g": ("fat", "g"),
    "fiber_g": ("fibre", "g"),
    "iron_mg": ("iron", "mg"),
    "b6_mg": ("vitamin B6", "mg"),
    "b12_ug": ("vitamin B12", "µg"),
    "calcium_mg": ("calcium", "mg"),
}


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' * (n != 1)}"


def summarise(day: Day, units: str = "metric") -> str:
    """One line a runner can read at a glance, distances in the profile's ``units``."""
    parts = []
    if day.runs:
        parts.append(
            f"{_plural(len(day.runs), 'run')} {km_in(day.distance_km, units):.1f} "
            f"{distance_unit(units)}"
        )
    if day.cross_training:
        parts.append(
            ", ".join(f"{printable(c.activity)} {c.duration_min:g} min" for c in day.cross_training)
        )
    if day.trained:
        estimated = " (estimated)" if day.load_estimated else ""
        parts.append(f"load {day.load:.0f} AU{estimated}")
    if day.sleep:
        parts.append(f"sleep {day.sleep.hours:g} h")
    if day.fatigue:
        parts.append(f"fatigue {day.fatigue}/10")
    if day.meals:
        parts.append(_plural(len(day.meals), "meal"))
    if day.pain:
        parts.append("pain: " + ", ".join(f"{printable(p.site)} {p.score}/10" for p in day.pain))
    if day.illness:
        parts.append("ill" + (" with fever" if day.illness.fever else ""))
    return "; ".join(parts) or "nothing recorded"


def _rpe_text(rpe: int | None) -> str:
    return f"RPE {rpe}/10" if rpe is not None else "RPE not rated yet (stridelog add --rpe N)"


def _amounts(amounts: dict[str, float]) -> str:
    return ", ".join(
        f"{NUTRIENT_WORDS[k][0]} {v:g} {NUTRIENT_WORDS[k][1]}"
        for k, v in amounts.items()
        if k in NUTRIENT_WORDS
    )


def _session(s: Run | CrossTraining, units: str) -> list[str]:
    """Distance, duration, effort, heart rate, start time and source of a session, in words."""
    what = [format_distance(s.distance_km, units) if s.distance_km is not None else ""]
    what += [f"{s.duration_min:g} min", _rpe_text(s.rpe)]
    if isinstance(s, Run) and s.type:
        what.append(s.type)
    if s.avg_hr:
        what.append(f"average HR {s.avg_hr} bpm")
    if s.start_time is not None:
        what.append(f"started {s.start_time:%H:%M}")
    if s.source:
        what.append(f"imported from {printable(s.source)}")
    return [w for w in what if w]


def describe(day: Day, *, bold: bool = True, units: str = "metric") -> list[str]:
    """Every recorded field of ``day``, one labelled line each, in the profile's ``units``."""
    import click

    head = f"{day.date:%a %d %b %Y}"
    lines = [(click.style(head, bold=True) if bold else head) + f"  {summarise(day, units)}"]
    for r in day.runs:
        line = "  run      " + ", ".join(_session(r, units))
        if r.notes:
            line += f" — {printable(r.notes)}"
        lines.append(line)
    for c in day.cross_training:
        lines.append(f"  cross    {printable(c.activity)}, " + ", ".join(_session(c, units)))
    if day.sleep:
        quality = f", quality {day.sleep.quality}/5" if day.sleep.quality else ""
        lines.append(f"  sleep    {day.sleep.hours:g} h{quality}")
    feel = [f"{k} {v}/10" for k in ("fatigue", "soreness", "stress") if (v := getattr(day, k))]
    if feel:
        lines.append("  feeling  " + ", ".join(feel) + " (1 fresh, 10 extreme)")
    if day.resting_hr:
        lines.append(f"  resting  heart rate {day.resting_hr} bpm")
    if day.weight_kg:
        lines.append(f"  weight   {format_weight(day.weight_kg, units)}")
    for m in day.meals:
        what = m.text or ", ".join(f"{i.name or i.food_id} {i.grams:g} g" for i in m.items or [])
        kcal = m.resolved.totals.get("kcal") if m.resolved else None
        extra = _meal_extra(kcal, m.resolved)
        given = _amounts(m.explicit_nutrients())
        lines.append(
            f"  meal     {printable(m.name)}: {printable(what)}{extra}"
            + (f" [{given}]" if given else "")
        )
    if day.meals_complete is not None:
        said = "everything eaten today" if day.meals_complete else "only part of what was eaten"
        lines.append(f"  meals    logged: {said}")
    for s in day.supplements:
        counted, given = _amounts(s.nutrients()), printable(s.amount)
        amounts = f"{counted} ({given})" if counted and given else counted or given
        lines.append(f"  supplement {printable(s.name)}" + (f": {amounts}" if amounts else ""))
    for p in day.pain:
        lines.append(f"  pain     {printable(p.site)}, {p.score}/10 (0 none, 10 worst)")
    if day.illness:
        symptoms = ", ".join(printable(s) for s in day.illness.symptoms) or "no symptoms named"
        fever = "with fever" if day.illness.fever else "no fever"
        lines.append(f"  illness  {symptoms}; {fever}")
    if day.period:
        lines.append("  period   menstrual bleeding")
    if day.tags:
        lines.append("  tags     " + ", ".join(printable(t) for t in day.tags))
    if day.notes:
        note = printable(day.notes, multiline=True).replace("\n", "\n           ")
        lines.append(f"  notes    {note}")
    return lines


def _meal_extra(kcal: float | None, resolved: Resolved | None) -> str:
    """A meal's energy, its unsure matches and the words not read (so the printed day is not
    trusted more than the check-in that showed them)."""
    told = [f"{kcal:.0f} kcal"] if kcal else []
    if resolved is not None:
        if resolved.unsure:  # stored items keep no text: the count, as the check-in fixes them
            n = len(resolved.unsure)
            told.append(f"{n} unsure match{'es' if n > 1 else ''}")
        if resolved.unmatched:
            told.append("not read: " + ", ".join(f"“{printable(w)}”" for w in resolved.unmatched))
    return f"  ({'; '.join(told)})" if told else ""
