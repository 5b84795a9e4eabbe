"""Plain words for every training-science term the analyzer shows, in one place.

Trends (CLI and TUI), the export document and the README all read this table, so a term is
explained the same way wherever it appears.
"""

from __future__ import annotations

GLOSSARY: dict[str, str] = {
    "AU": (
        "arbitrary units: a session's load is its effort (RPE 1-10) times its minutes, so an "
        "hour at RPE 5 is 300 AU"
    ),
    "ACWR": (
        "acute:chronic workload ratio: this week's daily load (a 7-day weighted average) "
        "divided by your usual daily load (28-day weighted average); about 1 means as usual, "
        "1.5 means half again as much. A rough guide: studies disagree on its link to injury"
    ),
    "CTL": ("chronic training load ('fitness'): your daily load averaged over about six weeks"),
    "ATL": "acute training load ('fatigue'): your daily load averaged over about a week",
    "TSB": (
        "training stress balance ('form'): yesterday's CTL minus yesterday's ATL; negative "
        "after hard weeks, positive when rested"
    ),
    "monotony": (
        "how alike your days are: the week's mean daily load divided by its day-to-day "
        "variation; over 2 means hard and easy days are hardly different (rest days count as 0)"
    ),
    "strain": "the week's load times its monotony, in AU: much training with little variety",
    "energy availability": (
        "the energy left for the body after training: food energy minus exercise energy, per "
        "kg of fat-free mass a day; under 30 kcal/kg is low"
    ),
    "baseline": (
        "your own normal: the mean and spread of the 6 weeks before the last 7 days; it "
        "judges nothing until it holds 2 weeks of values"
    ),
}


def glossary_lines(terms: list[str] | None = None) -> list[str]:
    """``term: explanation`` lines for the given terms (all when None)."""
    keys = terms if terms is not None else list(GLOSSARY)
    return [f"{k}: {GLOSSARY[k]}" for k in keys]
