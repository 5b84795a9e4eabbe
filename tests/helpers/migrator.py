"""Open (and so convert) a single-file journal: ``python -m tests.helpers.migrator DATA_DIR``."""

from __future__ import annotations

import sys

from journal.store import Journal

if __name__ == "__main__":
    Journal.open(sys.argv[1])
    print("done", flush=True)
