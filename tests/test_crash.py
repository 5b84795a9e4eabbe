"""Crash safety: a writer killed with SIGKILL at random moments never tears the journal.

After each kill the file must load and hold every day the writer had acknowledged (a day is
acknowledged only after ``Journal.add`` returned, i.e. after the atomic replace and fsync).
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest

from journal.store import Journal
from tests.helpers.batch_writer import kill_during_writes

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


# --- kill points mid-commit: a write spanning months lands whole or not at all ---------------


def _rounds_seen(data_dir: Path) -> tuple[set[str], int | None, int]:
    journal = Journal.open(data_dir)
    days = journal.days()
    weight = journal.profile().weight_kg
    return (
        {d.notes for d in days},
        (None if weight is None else round((weight - 20) * 10)),
        len(days),
    )


def test_sigkill_mid_multi_month_commit_lands_all_or_nothing(data_dir: Path) -> None:
    """Each write puts 100 days over four months and the profile; killed anywhere in it,
    the journal shows one round everywhere (days and profile), never a mix."""
    rng = random.Random(3)
    span = 100
    acked = -1
    in_flight = 0  # kills that left a days folder no journal.json names: mid-commit
    for _ in range(30):
        acked = max([acked, *kill_during_writes(data_dir, START, span, rng)])
        named = orjson.loads((data_dir / "journal.json").read_bytes())["meta"]["1"]["days"]
        in_flight += any(p.name > named for p in data_dir.glob("days.*"))
        notes, profile_round, count = _rounds_seen(data_dir)
        assert count == span
        assert len(notes) == 1, f"a torn write: rounds {sorted(notes)} in one journal"
        (note,) = notes
        stored_round = int(note.split()[1])
        assert stored_round == profile_round, "days and profile from different writes"
        assert stored_round >= acked, "an acknowledged write was lost"
    folders = sorted(p.name for p in data_dir.glob("days.*"))
    assert len(folders) <= 3  # the current folder, the one before, at most one killed commit
    assert in_flight >= 3  # the kills did land inside commits


# --- kill points mid-migration: the single file converts once, whole, after its backup -------


def _legacy_file(n: int) -> bytes:
    import orjson

    from journal.model import parse_day, to_doc

    days = {}
    for i in range(n):
        date = START + dt.timedelta(days=i)
        doc = {"date": date.isoformat(), "fatigue": 1 + i % 10, "notes": f"day {i}"}
        days[str(date.toordinal())] = to_doc(parse_day(doc))
    return orjson.dumps({"days": days, "meta": {"1": {"schema_version": 1}}})


def test_sigkill_mid_migration_keeps_the_journal_whole(data_dir: Path) -> None:
    rng = random.Random(4)
    n = 1500
    legacy = _legacy_file(n)
    killed_mid_way = 0
    whole_run = None
    # at least 16 kills; more (up to 48) while none has yet landed mid-way: on a loaded machine
    # the timed first run can be much slower or faster than the ones it times
    for attempt in range(48):
        if attempt >= 16 and killed_mid_way:
            break
        if data_dir.exists():
            shutil.rmtree(data_dir)
        data_dir.mkdir(mode=0o700)
        (data_dir / "journal.json").write_bytes(legacy)
        started = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.helpers.migrator", str(data_dir)],
            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        if whole_run is None:  # the first run is timed: the kills land across its span
            proc.communicate()
            whole_run = time.perf_counter() - started
        else:
            time.sleep(whole_run * rng.uniform(0.2, 1.1))
            os.kill(proc.pid, signal.SIGKILL)
            proc.communicate()
        still_single = (data_dir / "journal.json").read_bytes() == legacy
        killed_mid_way += still_single and any(data_dir.glob("days.*"))
        days = Journal.open(data_dir).days()  # finishes the conversion, or reads it
        assert len(days) == n and days[7].notes == "day 7" and days[-1].fatigue == 1 + (n - 1) % 10
        pre = [p for p in Journal.open(data_dir).backups() if "pre-migration" in p.name]
        assert len(pre) == 1 and pre[0].read_bytes() == legacy
        assert len(list(data_dir.glob("days.*"))) == 1
        assert not [p for p in data_dir.rglob("*") if p.name.endswith(".tmp")]
    assert killed_mid_way >= 1  # some kills did land between the backup and the commit
