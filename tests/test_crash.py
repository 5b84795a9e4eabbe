"""Crash safety: a writer killed with SIGKILL at random moments never tears the journal.

After each kill the file must load and hold every day the writer had acknowledged (a day is
acknowledged only after ``Journal.add`` returned, i.e. after the atomic replace and fsync).
"""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from journal.store import Journal

from .conftest import REPO

START = dt.date(2020, 1, 1)


def _kill_loop(data_dir: Path, kills: int, seed: int) -> int:
    rng = random.Random(seed)
    acked: set[str] = set()
    next_start = START
    writes_seen = 0
    for _ in range(kills):
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.helpers.writer",
                str(data_dir),
                next_start.isoformat(),
                "400",
            ],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        assert proc.stdout is not None
        # wait for the first acknowledgement (import time varies), then kill mid-stream
        first = proc.stdout.readline().decode()
        if first.startswith("ack"):
            acked.add(first.split()[1])
        time.sleep(rng.uniform(0, 0.05))
        os.kill(proc.pid, signal.SIGKILL)
        rest, _ = proc.communicate()
        for line in rest.decode().splitlines():
            if line.startswith("ack"):
                acked.add(line.split()[1])
        stored = {d.date.isoformat() for d in Journal.open(data_dir).days()}  # loads, or raises
        missing = acked - stored
        assert not missing, f"acknowledged days lost after a kill: {sorted(missing)[:5]}"
        writes_seen = len(stored)
        next_start = START + dt.timedelta(days=len(stored) + rng.randint(-3, 3))
        leftovers = [p.name for p in data_dir.rglob("*") if p.name.endswith(".tmp")]
        assert len(leftovers) <= 1  # at most the temp file of the write that was killed
    return writes_seen


def test_sigkill_during_writes_never_corrupts_or_loses_acknowledged_days(data_dir: Path) -> None:
    stored = _kill_loop(data_dir, kills=50, seed=1)
    assert stored > 50  # the writers really did write between kills


@pytest.mark.slow
def test_sigkill_many_times(data_dir: Path) -> None:
    _kill_loop(data_dir, kills=400, seed=2)
