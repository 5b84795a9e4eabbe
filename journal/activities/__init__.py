"""Import from watches and apps: FIT, GPX, TCX, Strava and Garmin exports, Apple Health.

:func:`scan` reads what the runner handed over (by content, never by name alone, with safety
limits), :func:`plan_import` decides what that does to the journal without writing, and the
command writes the plan in one atomic step. The TUI and CLI are thin front ends over these.
"""

from journal.activities.merge import Plan, Step, plan_import
from journal.activities.record import Activity, FileResult, Hostile, Unreadable
from journal.activities.rpe import fill_rpe, waiting_for_rpe
from journal.activities.scan import ScanResult, scan

__all__ = [
    "Activity",
    "FileResult",
    "Hostile",
    "Plan",
    "ScanResult",
    "Step",
    "Unreadable",
    "fill_rpe",
    "plan_import",
    "scan",
    "waiting_for_rpe",
]
