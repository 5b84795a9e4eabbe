"""One activity import as the front ends run it: prepare (read and plan), show, then write.

The CLI and the TUI both call :func:`prepare` (nothing written; the plan says what would
happen), show :func:`summary_lines` and :func:`step_line`, and call :func:`write` to store
the plan in one atomic step. ``write`` plans again against the journal as it is then, so an
edit made between the preview and the write is never overwritten.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from journal.activities.merge import Plan, Step, plan_import
from journal.activities.parallel import Progress
from journal.activities.record import Activity, FileResult
from journal.activities.scan import ScanResult, scan
from journal.store import ImportResult, Journal


@dataclass
class Prepared:
    found: ScanResult
    plan: Plan

    @property
    def refused(self) -> list[FileResult]:
        return self.found.refused

    @property
    def unreadable(self) -> list[FileResult]:
        return [r for r in self.found.results if r.error]

    @property
    def warnings(self) -> list[tuple[str, str]]:
        return [(r.name, w) for r in self.found.results for w in r.warnings]

    @property
    def activities(self) -> list[Activity]:
        return self.found.activities


def _plan(journal: Journal, activities: list[Activity]) -> Plan:
    if not activities:
        return Plan()
    dates = sorted({a.date for a in activities})
    stored = {d.date: d for d in journal.days(dates[0], dates[-1])}
    return plan_import(stored, activities)


def prepare(
    journal: Journal,
    paths: Sequence[Path],
    progress: Progress | None = None,
    workers: int | None = None,
) -> Prepared:
    """Read ``paths`` and plan the import; nothing is written."""
    found = scan(list(paths), progress=progress, workers=workers)
    return Prepared(found, _plan(journal, found.activities))


def write(journal: Journal, prepared: Prepared) -> Plan:
    """Store the import in one atomic write (all or nothing); refused inputs write nothing."""
    if prepared.refused:
        raise ValueError("an input was refused for safety; nothing may be written")
    plan = _plan(journal, prepared.activities)
    if plan.days:
        journal.put_many(list(plan.days.values()))
    return plan


VERBS = {
    "added": ("added", "would add"),
    "other_sport": ("added", "would add"),
    "enriched": ("enriched", "would enrich"),
    "duplicate": ("skipped", "would skip"),
}


def step_line(step: Step, dry_run: bool = False) -> str:
    a = step.activity
    what = "run" if a.is_run else a.sport.replace("_", " ")
    dist = f" {a.distance_km:.2f} km" if a.distance_km else ""
    hr = f" hr {a.avg_hr}" if a.avg_hr else ""
    rpe = f" rpe {a.rpe}" if a.rpe else ""
    detail = f" - {step.detail}" if step.detail else ""
    verb = VERBS[step.action][1 if dry_run else 0]
    return (
        f"{verb:<12} {a.start:%Y-%m-%d %H:%M} {what}{dist} {a.duration_min:.1f} min{hr}{rpe} "
        f"({a.source}){detail}"
    )


def summary_lines(prepared: Prepared, plan: Plan, dry_run: bool = False) -> list[str]:
    """The counts a runner reads after an import (or before it, for a dry run)."""
    would = "would be " if dry_run else ""
    parts = [
        f"{plan.count('added')} run(s) {would}added",
        f"{plan.count('enriched')} {would}enriched",
        f"{plan.count('duplicate')} duplicate(s) skipped",
        f"{plan.count('other_sport')} other sport(s) {would}added as cross-training",
        f"{len(prepared.unreadable)} file(s) unreadable",
    ]
    lines = [("Dry run, nothing written: " if dry_run else "Imported: ") + ", ".join(parts) + "."]
    waiting = sum(1 for s in plan.steps if s.action == "added" and s.activity.rpe is None)
    if waiting:
        lines.append(
            f"{waiting} run(s) {would}waiting for your RPE (how hard it felt, 1-10): "
            "stridelog add --date YYYY-MM-DD --rpe N"
        )
    return lines


__all__ = ["ImportResult", "Prepared", "prepare", "step_line", "summary_lines", "write"]
