"""The flag registry: one spec per flag, in one place.

A flag is one rule function (:mod:`journal.analysis.rules` or ``intake``) plus one
:class:`FlagSpec` (id, category, severity logic, title and advice, rule text, source,
thresholds) in :mod:`.specs_body` or :mod:`.specs_nutrition`. The README's flag table, the
export schema's id list and the Trends texts are built from, or tested against, :data:`SPECS`.
"""

from __future__ import annotations

from journal.analysis.flag_spec import CATEGORIES, FlagSpec, TitleFn, n_days, over, under, whole
from journal.analysis.specs_body import BODY_SPECS
from journal.analysis.specs_nutrition import NUTRITION_SPECS

__all__ = [
    "CATEGORIES",
    "CATEGORY",
    "FLAG_IDS",
    "SPECS",
    "FlagSpec",
    "TitleFn",
    "flag_table_markdown",
    "n_days",
    "over",
    "under",
    "whole",
]

SPECS: dict[str, FlagSpec] = {s.id: s for s in (*BODY_SPECS, *NUTRITION_SPECS)}
FLAG_IDS: tuple[str, ...] = tuple(SPECS)
CATEGORY: dict[str, str] = {fid: s.category for fid, s in SPECS.items()}


def flag_table_markdown() -> str:
    """The README's flag table, built from the registry."""
    rows = ["| flag | category | severity | rule (source) |", "|---|---|---|---|"]
    for s in SPECS.values():
        rows.append(f"| `{s.id}` | {s.category} | {s.severity_logic} | {s.rule} ({s.source}) |")
    return "\n".join(rows)
