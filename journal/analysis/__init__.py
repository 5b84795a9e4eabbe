"""The trend analyzer: load metrics and the flags of DESIGN §4, and the doctor export sections.

``analyze(days, profile, start, end)`` is the one entry point the CLI, the TUI and the export
share; ``export_sections`` adds ``summary``, ``nutrition``, ``flags`` and ``disclaimer`` to
the export document.
"""

from journal.analysis.core import Analysis, analyze, default_window
from journal.analysis.flags import CATEGORY, FLAG_IDS, Flag
from journal.analysis.report import DISCLAIMER, export_sections

__all__ = [
    "CATEGORY",
    "DISCLAIMER",
    "FLAG_IDS",
    "Analysis",
    "Flag",
    "analyze",
    "default_window",
    "export_sections",
]
