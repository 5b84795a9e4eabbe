"""The analysis sections of the doctor export: weekly summary, nutrition, flags, disclaimer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from journal.analysis.context import r1, r2
from journal.analysis.core import Analysis, analyze
from journal.analysis.glossary import GLOSSARY
from journal.analysis.intake import window_json
from journal.analysis.metrics import weeks_of
from journal.model import Day, Profile
from journal.nutrition import references

DISCLAIMER = (
    "Stridelog is a training journal, not a medical device. The flags compare what the runner "
    "logged with published rules of thumb and reference intakes (sources named in each flag); "
    "they are prompts for a conversation, not a diagnosis. Intake is estimated from logged "
    "meals matched to a food table and is only as complete as the log: days without meals "
    "are 'not logged', not 'ate nothing'. An intake below a reference is not a deficiency; "
    "only a clinical assessment and laboratory tests can establish one."
)


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def export_sections(
    days: Sequence[Day], profile: Profile, start: dt.date, end: dt.date
) -> dict[str, Any]:
    """``summary``, ``nutrition``, ``flags``, ``glossary`` and ``disclaimer`` for the period.

    ``days`` may (and should) include history before ``start``: the flags read it.
    """
    return sections_of(analyze(days, profile, start, end), profile, start, end)


def sections_of(
    analysis: Analysis, profile: Profile, start: dt.date, end: dt.date
) -> dict[str, Any]:
    """:func:`export_sections` of an analysis of ``start``..``end``."""
    dense = analysis.dense
    summary: list[dict[str, Any]] = []
    nutrition: dict[str, Any] = {
        "from": start.isoformat(),
        "to": end.isoformat(),
        "basis": "means over the fully logged days with meals (food + supplements)",
    }
    refs = references(profile, end)
    if dense is not None and len(dense):
        for wk, lo, hi in weeks_of(dense, start, end):
            sleep = [h for h in dense.sleep_h[lo:hi] if h is not None]
            fatigue = [float(f) for f in dense.fatigue[lo:hi] if f is not None]
            ms, mf = _mean(sleep), _mean(fatigue)
            summary.append(
                {
                    "week_start": wk.isoformat(),
                    "days_logged": sum(1 for d in dense.days[lo:hi] if d is not None),
                    "distance_km": r2(sum(dense.distance[lo:hi])),
                    "duration_min": r1(sum(dense.duration[lo:hi])),
                    "load": r1(sum(dense.load[lo:hi])),
                    "runs": sum(dense.runs[lo:hi]),
                    "longest_run_km": r2(max(dense.longest_run[lo:hi], default=0.0)),
                    "mean_sleep_h": None if ms is None else r2(ms),
                    "mean_fatigue": None if mf is None else r1(mf),
                }
            )
    if analysis.intake is not None and dense is not None:
        win = analysis.intake.window(dense.index(start), dense.index(end))
        nutrition |= window_json(win, refs)
    else:
        nutrition |= {"days": (end - start).days + 1, "days_logged": 0, "nutrients": {}}
    nutrition["references"] = {k: r.to_json() for k, r in refs.items()}
    return {
        "summary": summary,
        "nutrition": nutrition,
        "flags": [f.to_json() for f in analysis.flags],
        "glossary": dict(GLOSSARY),
        "disclaimer": DISCLAIMER,
    }
