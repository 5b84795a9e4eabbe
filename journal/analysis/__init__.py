"""The trend analyzer: load metrics, flags against the runner's own normal, export sections.

``analyze(days, profile, start, end)`` is the one entry point the CLI, the TUI and the export
share; ``export_sections`` adds ``summary``, ``nutrition``, ``flags`` and ``disclaimer`` to
the export document.
"""

from journal.analysis.core import Analysis, analyze, default_window
from journal.analysis.flags import CATEGORY, FLAG_IDS, Flag
from journal.analysis.glossary import GLOSSARY
from journal.analysis.report import DISCLAIMER, export_sections
from journal.analysis.specs import SPECS, FlagSpec
from journal.analysis.status import Status, today_status

__all__ = [
    "CATEGORY",
    "DISCLAIMER",
    "FLAG_IDS",
    "GLOSSARY",
    "SPECS",
    "Analysis",
    "Flag",
    "FlagSpec",
    "Status",
    "analyze",
    "default_window",
    "export_sections",
    "today_status",
]
