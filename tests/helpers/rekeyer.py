"""A separate process that encrypts a journal or changes its passphrase, then says so.

``python -m tests.helpers.rekeyer DATA_DIR NEW_PASSPHRASE``; the current passphrase (for an
encrypted journal) comes from STRIDELOG_PASSPHRASE_FILE. Used by the kill -9 tests.
"""

from __future__ import annotations

import sys

from journal.store import Journal, rekey


def main() -> None:
    journal = Journal.open(sys.argv[1], lock_timeout=30)
    sys.stdout.write("start\n")
    sys.stdout.flush()
    rekey.rekey(journal, sys.argv[2])
    sys.stdout.write("ack\n")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
