"""A separate process that writes days to a journal and acknowledges each one on stdout.

Used by the crash and concurrency tests: ``python -m tests.helpers.writer DATA_DIR START N``.
"""

from __future__ import annotations

import datetime as dt
import sys

from journal.model import parse_day
from journal.store import Journal


def main() -> None:
    data_dir, start, count = sys.argv[1], dt.date.fromisoformat(sys.argv[2]), int(sys.argv[3])
    journal = Journal.open(data_dir, lock_timeout=30)
    for n in range(count):
        date = start + dt.timedelta(days=n)
        day = parse_day(
            {
                "date": date.isoformat(),
                "runs": [{"duration_min": 30 + n % 60, "rpe": 1 + n % 10, "distance_km": 5.0}],
                "notes": "x" * (n % 200),
            }
        )
        journal.add(day)
        sys.stdout.write(f"ack {date.isoformat()}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
