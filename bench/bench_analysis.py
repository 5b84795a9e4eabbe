"""Benchmarks of the trend analyzer on a generated 10-year journal (issue 4).

Targets: analyse 3,650 days in ≤ 200 ms in process; the last 90 days (all history read) in
≤ 20 ms; the whole process ``stridelog trends --json`` on 3,650 days within 3× of the same on
30 days. Run: ``python bench/bench_analysis.py`` (``--quick`` for fewer repeats).
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from journal.analysis import analyze, export_sections
from journal.demo import demo_profile, generate_days, meal_resolver
from journal.model import Day, replace
from journal.store import Journal

END = dt.date(2026, 11, 20)


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """(median, best) wall time in ms over ``repeat`` runs, after one warm-up run."""
    fn()
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - t) * 1000)
    return statistics.median(runs), min(runs)


def journal_days(n: int) -> list[Day]:
    resolve = meal_resolver()  # meals carry stored totals, as saved by the app
    return [resolve(d) for d in generate_days(n, END)]


def cli_ms(data_dir: Path, repeat: int, *extra: str) -> tuple[float, float]:
    exe = Path(sys.executable).parent / "stridelog"
    cmd = [str(exe), "trends", "--json", "--data-dir", str(data_dir), "--to", END.isoformat()]
    cmd += extra

    def once() -> None:
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)

    return timed(once, repeat)


def report(name: str, median: float, best: float, target: str, ok: bool) -> None:
    verdict = "ok" if ok else "OVER"
    print(f"{name:<46} median {median:8.1f} ms  best {best:8.1f} ms  target {target:<10} {verdict}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    args = parser.parse_args()
    repeat = 3 if args.quick else 9
    profile = demo_profile()
    t = time.perf_counter()
    days = journal_days(3650)
    print(f"generated {len(days)} logged days of 3,650 in {time.perf_counter() - t:.1f} s")
    first, start90 = days[0].date, END - dt.timedelta(days=89)

    full = analyze(days, profile, first, END)
    print(
        f"whole journal: {len(full.flags)} flags; last 90 days: "
        f"{len(analyze(days, profile, start90, END).flags)} flags"
    )
    failures = 0
    m, b = timed(lambda: analyze(days, profile, first, END), repeat)
    report("analyze 3,650 days (window = all)", m, b, "≤ 200 ms", m <= 200)
    failures += m > 200
    m, b = timed(lambda: analyze(days, profile, start90, END), repeat * 3)
    report("analyze last 90 days (3,650 read)", m, b, "≤ 20 ms", m <= 20)
    failures += m > 20
    recent = [d for d in days if d.date >= start90]
    m, b = timed(lambda: analyze(recent, profile, start90, END), repeat * 3)
    report("analyze a 90-day journal", m, b, "≤ 20 ms", m <= 20)
    failures += m > 20
    m, b = timed(lambda: export_sections(days, profile, first, END), repeat)
    report("export sections, 3,650 days", m, b, "-", True)
    # a common real journal: no body weight logged anywhere, none in the profile (the case
    # where a "last known weight" look-back used to scan all earlier days for every day)
    no_weight = [replace(x, weight_kg=None) for x in days]
    bare = replace(profile, weight_kg=None)
    m, b = timed(lambda: analyze(no_weight, bare, first, END), repeat)
    report("analyze 3,650 days, no weight logged", m, b, "-", True)

    tmp = Path(tempfile.mkdtemp(prefix="stridelog-bench-"))
    try:
        big, small = tmp / "big", tmp / "small"
        Journal.open(big).put_many(days, profile=profile)
        Journal.open(small).put_many(days[-30:], profile=profile)
        m_big, b_big = cli_ms(big, repeat)
        m_small, b_small = cli_ms(small, repeat)
        report("stridelog trends --json, 30 days", m_small, b_small, "-", True)
        ratio = m_big / m_small
        report("stridelog trends --json, 3,650 days", m_big, b_big, "≤ 3× 30d", ratio <= 3)
        print(f"{'whole-process ratio 3,650 / 30 days':<46} {ratio:.2f}×")
        failures += ratio > 3
        m_all, b_all = cli_ms(big, repeat, "--from", first.isoformat())
        report("stridelog trends --json, all 3,650 days", m_all, b_all, "-", True)
        nw = tmp / "no-weight"
        Journal.open(nw).put_many(no_weight, profile=bare)
        m_nw, b_nw = cli_ms(nw, repeat, "--from", first.isoformat())
        report("stridelog trends --json, all days, no weight", m_nw, b_nw, "-", True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
