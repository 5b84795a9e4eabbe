"""Where the start-up of ``stridelog show`` and ``add`` goes, against the interpreter's floor.

Run: ``env -u PYTHONDONTWRITEBYTECODE python bench/bench_startup.py`` (``--runs N``).
On a 3,650-day journal (three text meals a day, no weight; as ``bench_compare.py``):

- whole-process CPU time (user + system, median of the runs) of ``show`` and ``add``, beside
  the floor every click and msgspec command pays (``python -c pass``; ``import click``;
  ``import click, msgspec``), taking turns run by run;
- the 15 modules with the most cumulative import time (``-X importtime``, median per module);
- with ``--valgrind`` (when installed), instructions executed per process (callgrind): the
  same on a busy machine and an idle one, so changes of a few percent are seen.
"""

from __future__ import annotations

import argparse
import collections
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_compare import plain_days, write_stridelog

DAY = "2026-05-04"
SCRIPT = "import sys; from journal.__main__ import run; sys.argv[0] = 'stridelog'; run()"
FLOOR = {
    "python -c pass": "pass",
    "import click": "import gc; gc.disable(); import click; gc.freeze()",
    "import click, msgspec": "import gc; gc.disable(); import click, msgspec; gc.freeze()",
}
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def commands(folder: Path) -> dict[str, list[str]]:
    ours = {
        "show --date D": ["show", "--date", DAY],
        "add --note x": ["add", "--date", DAY, "--note", "x"],
    }
    out = {k: [sys.executable, "-c", v] for k, v in FLOOR.items()}
    for name, args in ours.items():
        out[name] = [sys.executable, "-c", SCRIPT, "--data-dir", str(folder), *args]
    return out


def cpu_ms(cmds: dict[str, list[str]], runs: int) -> dict[str, float]:
    samples: dict[str, list[float]] = {k: [] for k in cmds}
    for i in range(runs + 1):  # one warm-up round (writes the bytecode caches)
        for name, args in cmds.items():
            proc = subprocess.Popen(args, env=ENV, stdout=subprocess.DEVNULL)
            _, status, usage = os.wait4(proc.pid, 0)
            if status:
                raise SystemExit(f"{name} failed")
            if i:
                samples[name].append((usage.ru_utime + usage.ru_stime) * 1000)
    return {k: statistics.median(v) for k, v in samples.items()}


def import_top(args: list[str], runs: int, top: int = 15) -> list[str]:
    cumulative: dict[str, list[int]] = collections.defaultdict(list)
    selfs: dict[str, list[int]] = collections.defaultdict(list)
    for _ in range(runs):
        err = subprocess.run(
            [args[0], "-X", "importtime", *args[1:]], env=ENV, capture_output=True, text=True
        ).stderr
        for m in re.finditer(r"import time:\s+(\d+) \|\s+(\d+) \| +(\S+)", err):
            selfs[m.group(3)].append(int(m.group(1)))
            cumulative[m.group(3)].append(int(m.group(2)))
    med = {k: statistics.median(v) for k, v in cumulative.items()}
    total = sum(statistics.median(v) for v in selfs.values()) / 1000
    lines = [f"{len(med)} modules, {total:.1f} ms of import time (sum of median self times)"]
    for name in sorted(med, key=med.__getitem__, reverse=True)[:top]:
        lines.append(f"  {med[name] / 1000:6.1f} ms  {name}")
    return lines


def instructions(args: list[str]) -> int:
    out = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *args],
        env=ENV, capture_output=True, text=True,
    ).stderr  # fmt: skip
    return int(re.search(r"Collected : (\d+)", out).group(1))  # type: ignore[union-attr]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--valgrind", action="store_true")
    opts = parser.parse_args()
    base = Path(tempfile.mkdtemp(prefix="stridelog-startup-"))
    try:
        write_stridelog(base / "j", plain_days(3650))
        cmds = commands(base / "j")
        print("| process | CPU ms (median) |\n|---|---|")
        for name, ms in cpu_ms(cmds, opts.runs).items():
            print(f"| {name} | {ms:.1f} |")
        if opts.valgrind and shutil.which("valgrind"):
            print("\n| process | instructions |\n|---|---|")
            for name, args in cmds.items():
                print(f"| {name} | {instructions(args) / 1e6:.0f} M |")
        for name in ("show --date D", "add --note x"):
            print(f"\n`{name}`, -X importtime:")
            print("\n".join(import_top(cmds[name], opts.runs)))
    finally:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
