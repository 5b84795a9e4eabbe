"""What a flag spec holds, and the helpers its titles use to show numbers honestly.

Titles only say what the evidence shows at the precision shown: :func:`under` and
:func:`over` never print a value that reads as the limit it failed ("6.96 h" never becomes
"7.0 h" in a title about sleep under 7 h).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

TitleFn = Callable[[str, int, dict[str, Any]], str]
CATEGORIES = ("medical", "training", "recovery", "nutrition", "data")


@dataclass(frozen=True, slots=True)
class FlagSpec:
    id: str
    category: str
    severities: tuple[str, ...]  # the severities the rule can give
    severity_logic: str  # when it is which, in words
    title: TitleFn
    rule: str  # what the rule checks, in words
    source: str  # what the cited work actually says or is used for
    advice: str
    thresholds: dict[str, float | int] = field(default_factory=dict)
    # the evidence key a merged flag reports worst and latest of, and which way is worse
    measure: str | None = None
    worse: str = "high"  # "high" or "low"
    unit: str = ""  # of the measure, as shown after it: " h under", " %"

    @property
    def rule_text(self) -> str:
        return f"{self.rule} ({self.source})"


def n_days(days: int) -> str:
    return f"{days} day" + ("s" if days != 1 else "")


def under(value: float, limit: float, nd: int = 1) -> str:
    """``value`` shown so it visibly reads under ``limit`` (more digits, then truncation)."""
    for d in range(nd, 4):
        text = f"{value:.{d}f}"
        if float(text) < limit:
            return text
    return f"{int(value * 1000) / 1000:.3f}"


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
