"""Benchmark ``stridelog import`` of a generated 1,000-activity Strava bulk export.

Run: python bench/bench_import.py [N]
The archive follows Strava's layout (activities.csv with its duplicate headers and RPE column,
activities/ with .fit.gz, .gpx and .tcx.gz files) and every file carries a sample a second, as a
watch writes them, so files are as big and as slow to read as real ones (a 45-minute FIT is
~50 KB of records). Prints a markdown table: whole-process import into an empty journal on all
cores and on one, and the same archive imported again (everything a duplicate).
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.helpers.activity_files import StravaActivity, write_strava_zip


def activities(n: int) -> list[StravaActivity]:
    start = dt.datetime(2021, 1, 1, 6, 30, tzinfo=dt.UTC)
    fmts = ["fit.gz", "fit.gz", "fit.gz", "gpx", "tcx.gz"]
    out = []
    for i in range(n):
        out.append(
            StravaActivity(
                id=9_000_000 + i,
                start=start + dt.timedelta(days=i, minutes=i % 90),
                seconds=1500 + (i * 37) % 3600,
                meters=5000 + (i * 53) % 12000,
                kind="Ride" if i % 10 == 9 else "Run",
                fmt=fmts[i % len(fmts)],
                rpe=1 + i % 10 if i % 3 else None,
                detailed=True,
            )
        )
    return out


def timed(args: list[str], data_dir: Path) -> tuple[float, str]:
    exe = str(Path(sys.executable).parent / "stridelog")
    env = {**os.environ, "STRIDELOG_DATA_DIR": str(data_dir), "TZ": "UTC"}
    t = time.perf_counter()
    out = subprocess.run([exe, *args], capture_output=True, text=True, env=env, check=True)
    return time.perf_counter() - t, out.stdout.strip().splitlines()[
        -2 if "waiting" in out.stdout else -1
    ]


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        t = time.perf_counter()
        archive = write_strava_zip(root / "export.zip", activities(n))
        made = time.perf_counter() - t
        size = archive.stat().st_size / 1e6
        print(f"generated {n} activities, {size:.1f} MB zip, in {made:.1f} s", file=sys.stderr)
        rows = []
        cores = os.cpu_count() or 1
        all_cores, summary = timed(["import", str(archive)], root / "a")
        rows.append((f"import into an empty journal, {cores} processes", all_cores, summary))
        again, summary = timed(["import", str(archive)], root / "a")
        rows.append(("the same archive again (all duplicates)", again, summary))
        one, summary = timed(["import", "--workers", "1", str(archive)], root / "b")
        rows.append(("import into an empty journal, 1 process", one, summary))
    print(f"\n{n} activities, {size:.1f} MB archive\n")
    print("| operation | wall time | per file | summary |")
    print("|---|---|---|---|")
    for name, seconds, summary in rows:
        print(f"| {name} | {seconds:.1f} s | {seconds / n * 1000:.0f} ms | {summary} |")


if __name__ == "__main__":
    main()
