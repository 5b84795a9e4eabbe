"""The flag: how rule hits on single days merge into one flag over a span.

A rule reports a :class:`Hit` on each day it fires (with the days its evidence spans); hits of
the same id whose spans touch or overlap become one :class:`Flag` with ``start`` and ``end``.
The flag keeps the highest severity and the evidence of the worst hit of that severity (by the
spec's ``measure``; else the latest), plus the latest value, so a flag merged over weeks
describes its span. Evidence may be given as a function: only hits that survive merging build
it. The texts of each flag live in :mod:`journal.analysis.specs`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

import msgspec

from journal.analysis import thresholds as T
from journal.analysis.specs import CATEGORIES, CATEGORY, FLAG_IDS, SPECS, n_days

__all__ = [
    "CATEGORIES",
    "CATEGORY",
    "FLAG_IDS",
    "SPECS",
    "Flag",
    "Hit",
    "merge_hits",
    "n_days",
    "nutrient_rule",
]


def nutrient_rule(label: str, severity: str, group: str, factor_note: str) -> str:
    """Rule text of b12/b6/iron flags, naming the reference and the group it is for."""
    ref = "the EAR" if severity == "warning" else "the RDA (above the EAR)"
    extra = f"; {factor_note}" if factor_note else ""
    return (
        f"{T.NUTRITION_DAYS}-day mean {label} intake (food + supplements) on fully logged days "
        f"below {ref} for {group} (IOM 2000; NIH ODS){extra}. Intake below reference, not a "
        "diagnosis"
    )


SEVERITY_RANK = {"info": 0, "warning": 1, "alert": 2}

# Shortfalls a fatigue flag names when they overlap it (fatigue may come from too few
# calories, vitamins or minerals).
SHORTFALL_IDS = ("energy_low", "carbs_low", "protein_low", "iron_low", "b12_low", "b6_low")
FATIGUE_IDS = ("fatigue_rising", "extreme_fatigue")


class Hit(msgspec.Struct):
    """A rule firing on one day (``anchor``), its evidence spanning ``start``..``anchor``."""

    id: str
    severity: str
    start: int
    anchor: int
    evidence: dict[str, Any] | Callable[[], dict[str, Any]]
    value: float | None = None  # the spec's measure, to find the worst hit of a span

    def __post_init__(self) -> None:
        # Rolling sums leave noise in the last bits that depends on where they began; equal
        # measures must stay equal (the latest of them stands for a span) whatever window
        # or cache found them.
        if self.value is not None:
            self.value = round(self.value, 9)

    def built(self) -> dict[str, Any]:
        ev = self.evidence
        return ev() if callable(ev) else ev


class Flag(msgspec.Struct):
    id: str
    category: str
    severity: str
    start: dt.date
    end: dt.date
    title: str
    evidence: dict[str, Any]
    rule: str
    advice: str
    hits: int = 1

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def overlaps(self, start: dt.date, end: dt.date) -> bool:
        return self.start <= end and self.end >= start

    def to_json(self) -> dict[str, Any]:
        """The flag as `trends --json`, the export and the report show it."""
        return {
            "id": self.id,
            "category": self.category,
            "severity": self.severity,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "title": self.title,
            "evidence": self.evidence,
            "rule": self.rule,
            "advice": self.advice,
        }


class Merged(msgspec.Struct):
    id: str
    severity: str
    start: int
    end: int
    worst: Hit
    latest: Hit
    hits: int
    first_anchor: int


def _worse(h: Hit, cur: Hit, low_is_worse: bool) -> bool:
    """Whether ``h`` should stand for the span instead of ``cur``."""
    rank, cur_rank = SEVERITY_RANK[h.severity], SEVERITY_RANK[cur.severity]
    if rank != cur_rank:
        return rank > cur_rank
    if h.value is None or cur.value is None:
        return True  # same severity, no measure: the latest
    return h.value <= cur.value if low_is_worse else h.value >= cur.value


def merge_hits(hits: Iterable[Hit]) -> list[Merged]:
    """Join hits of one id whose spans touch or overlap (consecutive days make one flag)."""
    out: list[Merged] = []
    by_id: dict[str, list[Hit]] = {}
    for h in hits:
        by_id.setdefault(h.id, []).append(h)
    for fid, group in by_id.items():
        low = SPECS[fid].worse == "low"
        group.sort(key=lambda h: (h.start, h.anchor))
        cur: Merged | None = None
        for h in group:
            if cur is not None and h.start <= cur.end + 1:
                cur.hits += 1
                if h.anchor >= cur.latest.anchor:
                    cur.latest = h
                cur.end = max(cur.end, h.anchor)
                if _worse(h, cur.worst, low):
                    cur.worst = h
                    cur.severity = max(cur.severity, h.severity, key=SEVERITY_RANK.__getitem__)
                continue
            cur = Merged(fid, h.severity, h.start, h.anchor, h, h, 1, h.anchor)
            out.append(cur)
    return out


SHORTFALL_ADVICE = (
    " Your logged intake was also below reference in these days ({names}): fatigue during "
    "and after runs may come from too few calories, vitamins or minerals; talk to a doctor "
    "or nutritionist."
)
REDS_ADVICE = (
    " With low energy availability in the same period, this can be a sign of relative energy "
    "deficiency in sport (REDs): see a doctor, ideally one who works with athletes."
)
