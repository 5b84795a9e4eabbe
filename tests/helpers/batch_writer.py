"""A separate process that writes the same span of days again and again, one atomic write
each, with the profile: ``python -m tests.helpers.batch_writer DATA_DIR START N ROUNDS``.

Round k stores every day of the span with the note ``round k`` and the profile with body
weight 20 + k/10 kg, so a reader can tell whether a write landed whole (one round everywhere) or
torn (two rounds, or days and profile of different rounds). ``ack k`` follows each write.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

from journal.model import Profile, parse_day
from journal.store import Journal


def main() -> None:
    data_dir, start, n, rounds = sys.argv[1], dt.date.fromisoformat(sys.argv[2]), *sys.argv[3:]
    journal = Journal.open(data_dir, lock_timeout=30)
    weight = journal.profile().weight_kg
    first = 0 if weight is None else round((weight - 20) * 10) + 1
    for k in range(first, first + int(rounds)):
        days = [
            parse_day({"date": (start + dt.timedelta(days=i)).isoformat(), "notes": f"round {k}"})
            for i in range(int(n))
        ]
        journal.put_many(days, profile=Profile(weight_kg=20 + k / 10))
        sys.stdout.write(f"ack {k}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()


def kill_during_writes(data_dir: str | Path, start: dt.date, span: int, rng: Any) -> list[int]:
    """Start this writer (rounds of ``span`` days), kill -9 it at a random instant, and return
    the rounds it acknowledged before dying (the writes that must have landed)."""
    import os
    import signal
    import subprocess
    import time

    repo = Path(__file__).resolve().parents[2]
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.batch_writer", str(data_dir),
         start.isoformat(), str(span), "20"],
        cwd=repo, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    assert proc.stdout is not None
    lines = [proc.stdout.readline().decode()]
    time.sleep(rng.uniform(0, 0.08))
    os.kill(proc.pid, signal.SIGKILL)
    rest, _ = proc.communicate()
    lines += rest.decode().splitlines()
    return [int(line.split()[1]) for line in lines if line[:3] == "ack"]
