"""Where the start-up of ``stridelog show`` and ``add`` goes, against the interpreter's floor.

Run: ``env -u PYTHONDONTWRITEBYTECODE python bench/bench_startup.py`` (``--runs N``).
On a 3,650-day journal (three text meals a day, no weight; as ``bench_compare.py``):

- whole-process CPU time (user + system, median of the runs) of ``show`` and ``add``, beside
  the floor every click and msgspec command pays (``python -c pass``; ``import click``;
  ``import click, msgspec``) and jrnl's ``-n 1`` and add (as ``bench_compare.py`` sets it up),
  taking turns run by run: CPU time, unlike wall time, barely moves when other work shares
  the machine, so its ratios hold on a busy machine too;
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

from bench_compare import ensure_jrnl, plain_days, write_jrnl, write_stridelog

DAY = "2026-05-04"
SCRIPT = "import sys; from journal.__main__ import run; sys.argv[0] = 'stridelog'; run()"
FLOOR = {
    "python -c pass": "pass",
    "import click": "import gc; gc.disable(); import click; gc.freeze()",
    "import click, msgspec": "import gc; gc.disable(); import click, msgspec; gc.freeze()",
}
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def commands(folder: Path) -> dict[str, tuple[list[str], dict[str, str]]]:
    ours = {
        "show --date D": ["show", "--date", DAY],
        "add --note x": ["add", "--date", DAY, "--note", "x"],
    }
    out = {k: ([sys.executable, "-c", v], {}) for k, v in FLOOR.items()}
    for name, args in ours.items():
        out[name] = ([sys.executable, "-c", SCRIPT, "--data-dir", str(folder), *args], {})
    return out


def cpu_ms(cmds: dict[str, tuple[list[str], dict[str, str]]], runs: int) -> dict[str, float]:
    samples: dict[str, list[float]] = {k: [] for k in cmds}
    for i in range(runs + 1):  # one warm-up round (writes the bytecode caches)
        for name, (args, env) in cmds.items():
            proc = subprocess.Popen(
                args, env={**ENV, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
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


def instructions(args: list[str], env: dict[str, str]) -> int:
    out = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *args],
        env={**ENV, **env}, capture_output=True, text=True,
    ).stderr  # fmt: skip
    return int(re.search(r"Collected : (\d+)", out).group(1))  # type: ignore[union-attr]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--valgrind", action="store_true")
    opts = parser.parse_args()
    base = Path(tempfile.mkdtemp(prefix="stridelog-startup-"))
    try:
        days = plain_days(3650)
        write_stridelog(base / "j", days)
        cmds = commands(base / "j")
        jrnl, jenv = str(ensure_jrnl()), write_jrnl(base / "jrnl", days)
        cmds["jrnl -n 1"] = ([jrnl, "-n", "1"], jenv)
        cmds["jrnl TEXT"] = ([jrnl, "ran 10 km easy, legs fine"], jenv)
        cpu = cpu_ms(cmds, opts.runs)
        print("| process | CPU ms (median) | of `jrnl -n 1` | of jrnl add |\n|---|---|---|---|")
        for name, ms in cpu.items():
            show, add = ms / cpu["jrnl -n 1"], ms / cpu["jrnl TEXT"]
            print(f"| {name} | {ms:.1f} | {show:.2f}× | {add:.2f}× |")
        if opts.valgrind and shutil.which("valgrind"):
            print("\n| process | instructions |\n|---|---|")
            for name, (args, env) in cmds.items():
                print(f"| {name} | {instructions(args, env) / 1e6:.0f} M |")
        for name in ("show --date D", "add --note x"):
            print(f"\n`{name}`, -X importtime:")
            print("\n".join(import_top(cmds[name][0], opts.runs)))
    finally:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
