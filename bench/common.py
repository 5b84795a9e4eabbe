"""Shared helpers for the benchmarks: a generated 10-year journal and timing."""

from __future__ import annotations

import datetime as dt
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from journal.demo import demo_profile, generate_days
from journal.model import Day
from journal.store import Journal

END = dt.date(2026, 11, 20)
TEN_YEARS = 3650


def ten_year_days(n: int = TEN_YEARS) -> list[Day]:
    """Exactly ``n`` logged days (the generator leaves ~4 % of calendar days unlogged)."""
    days = generate_days(int(n * 1.06) + 10, END)
    return days[-n:]


def write_journal(folder: Path, n: int = TEN_YEARS, *, resolve: bool = True) -> Journal:
    from journal.demo import meal_resolver

    journal = Journal.open(folder)
    days = ten_year_days(n)
    if resolve:
        prepare = meal_resolver()
        days = [prepare(d) for d in days]
    journal.put_many(days, profile=demo_profile())
    return journal


def timeit(fn: Callable[[], object], repeat: int = 20, warmup: int = 2) -> dict[str, float]:
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
    return {"median_ms": statistics.median(samples), "min_ms": min(samples), "max_ms": max(samples)}


def time_process(args: list[str], env: dict[str, str] | None = None, repeat: int = 7) -> float:
    """Median wall time in ms of a whole ``stridelog`` process."""
    exe = str(Path(sys.executable).parent / "stridelog")
    samples = []
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run(
            [exe, *args], check=True, capture_output=True, env={**os.environ, **(env or {})}
        )
        samples.append((time.perf_counter() - t) * 1000)
    return statistics.median(samples)


def row(name: str, value_ms: float, target: str = "") -> str:
    line = f"| {name} | {value_ms:.2f} ms | {target} |"
    print(line, flush=True)
    return line


def process_marks(script: Path, data_dir: Path, tree: str | None = None) -> dict[str, float]:
    """Run a timing script (argv: data dir, start time) in a fresh process and return the
    seconds since the start it printed as ``MARK value`` lines (``tree``: another checkout)."""
    env = {**os.environ, "STRIDELOG_CONFIG_DIR": str(data_dir.parent / "config")}
    if tree:
        env["PYTHONPATH"] = tree
    start = time.time()
    out = subprocess.run(
        [sys.executable, str(script), str(data_dir), repr(start)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=120,
    )
    marks = dict(ln.split()[:2] for ln in out.stdout.splitlines() if ln[:1].isupper())
    return {k: float(v) for k, v in marks.items()}
