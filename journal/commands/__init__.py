"""Click commands beyond the core ones in :mod:`journal.cli`, one module per area."""
