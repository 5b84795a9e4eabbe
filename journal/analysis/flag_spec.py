"""What a flag spec holds, and the helpers its titles use to show numbers honestly.

Titles only say what the evidence shows at the precision shown: :func:`under` and
:func:`over` never print a value that reads as the limit it failed ("6.96 h" never becomes
"7.0 h" in a title about sleep under 7 h).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import msgspec

TitleFn = Callable[[str, int, dict[str, Any]], str]
CATEGORIES = ("medical", "training", "recovery", "nutrition", "data")


class FlagSpec(msgspec.Struct, frozen=True):
    id: str
    category: str
    severities: tuple[str, ...]  # the severities the rule can give
    severity_logic: str  # when it is which, in words
    title: TitleFn
    rule: str  # what the rule checks, in words
    source: str  # what the cited work actually says or is used for
    advice: str
    thresholds: dict[str, float | int] = msgspec.field(default_factory=dict)
    # the evidence key a merged flag reports worst and latest of, and which way is worse
    measure: str | None = None
    worse: str = "high"  # "high" or "low"
    unit: str = ""  # of the measure, as shown after it: " h under", " %"
    # the title for an imperial profile, where the title names a distance or a weight
    imperial_title: TitleFn | None = None

    @property
    def rule_text(self) -> str:
        return f"{self.rule} ({self.source})"

    def title_in(self, units: str, severity: str, days: int, evidence: dict[str, Any]) -> str:
        """The title in the runner's ``units`` (the evidence itself always stays metric)."""
        fn = self.imperial_title if units == "imperial" and self.imperial_title else self.title
        return fn(severity, days, evidence)


def n_days(days: int) -> str:
    return f"{days} day" + ("s" if days != 1 else "")


def under(value: float, limit: float, nd: int = 1) -> str:
    """``value`` shown so it visibly reads under ``limit`` (more digits if needed); a value
    already rounded to the limit (the evidence keeps one decimal) reads "just under 5"."""
    for d in range(nd, 4):
        text = f"{value:.{d}f}"
        if float(text) < limit:
            return text
    return f"just under {limit:g}"


def over(value: float, limit: float, nd: int = 1) -> str:
    """``value`` shown so it visibly reads at or over ``limit``."""
    for d in range(nd, 4):
        text = f"{value:.{d}f}"
        if float(text) >= limit:
            return text
    return f"{value:.3f}"


def whole(x: Any) -> str:
    """A rating typed as a whole number is shown as one."""
    return f"{x:g}" if isinstance(x, float) else str(x)


def evidence_in(evidence: dict[str, Any], units: str) -> dict[str, Any]:
    """Evidence as a runner of ``units`` reads it: ``*_km`` in miles, ``*_kg`` in pounds.

    Stored and exported evidence stays metric with the unit in its key; only what is shown
    changes, key and value together (``longest_run_mi``).
    """
    if units != "imperial":
        return evidence
    from journal.entry import KM_PER_MILE, LB_PER_KG

    out: dict[str, Any] = {}
    for key, value in evidence.items():
        number = isinstance(value, int | float) and not isinstance(value, bool)
        if number and key.endswith("_km"):
            out[key.removesuffix("_km") + "_mi"] = round(value / KM_PER_MILE, 2)
        elif number and key.endswith("_kg"):
            out[key.removesuffix("_kg") + "_lb"] = round(value * LB_PER_KG, 1)
        else:
            out[key] = value
    return out
