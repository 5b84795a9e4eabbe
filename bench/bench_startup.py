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
  same on a busy machine and an idle one, so changes of a few percent are seen;
- with ``--before DIR`` (a checkout of an earlier commit, e.g. ``git archive C journal | tar
  -x -C DIR``), that tree's ``show`` and ``add`` too, taking turns with this one's. Every
  process then runs from an empty folder with its tree first on ``PYTHONPATH`` (from this
  folder, ``python -c`` would import this tree's ``journal`` whatever ``PYTHONPATH`` says).
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
REPO = Path(__file__).resolve().parents[1]


def commands(
    folder: Path, trees: dict[str, Path] | None = None
) -> dict[str, tuple[list[str], dict[str, str]]]:
    """The floor and ``show``/``add``; with ``trees`` (label: tree, data folder ``folder/label``),
    those of each tree, with the tree on ``PYTHONPATH``."""
    ours = {
        "show --date D": ["show", "--date", DAY],
        "add --note x": ["add", "--date", DAY, "--note", "x"],
    }
    out = {k: ([sys.executable, "-c", v], {}) for k, v in FLOOR.items()}
    for label, tree in (trees or {"": Path()}).items():
        data, env = (folder / label, {"PYTHONPATH": str(tree)}) if trees else (folder, {})
        for name, args in ours.items():
            key = f"{name} ({label})" if trees else name
            out[key] = ([sys.executable, "-c", SCRIPT, "--data-dir", str(data), *args], env)
    return out


def cpu_ms(
    cmds: dict[str, tuple[list[str], dict[str, str]]], runs: int, cwd: Path | None = None
) -> dict[str, float]:
    samples: dict[str, list[float]] = {k: [] for k in cmds}
    for i in range(runs + 1):  # one warm-up round (writes the bytecode caches)
        for name, (args, env) in cmds.items():
            proc = subprocess.Popen(
                args, env={**ENV, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                cwd=cwd,
            )  # fmt: skip
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


def instructions(args: list[str], env: dict[str, str], cwd: Path | None = None) -> int:
    out = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *args],
        env={**ENV, **env}, capture_output=True, text=True, cwd=cwd,
    ).stderr  # fmt: skip
    return int(re.search(r"Collected : (\d+)", out).group(1))  # type: ignore[union-attr]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--valgrind", action="store_true")
    parser.add_argument("--before", type=Path, help="an earlier tree to compare, run alike")
    opts = parser.parse_args()
    base = Path(tempfile.mkdtemp(prefix="stridelog-startup-"))
    trees = {"this": REPO, "before": opts.before.resolve()} if opts.before else None
    cwd = base / "cwd" if trees else None
    try:
        days = plain_days(3650)
        for label in trees or {"": None}:
            write_stridelog(base / "j" / label, days)
        if cwd:
            cwd.mkdir()
        cmds = commands(base / "j", trees)
        jrnl, jenv = str(ensure_jrnl()), write_jrnl(base / "jrnl", days)
        cmds["jrnl -n 1"] = ([jrnl, "-n", "1"], jenv)
        cmds["jrnl TEXT"] = ([jrnl, "ran 10 km easy, legs fine"], jenv)
        cpu = cpu_ms(cmds, opts.runs, cwd)
        print("| process | CPU ms (median) | of `jrnl -n 1` | of jrnl add |\n|---|---|---|---|")
        for name, ms in cpu.items():
            show, add = ms / cpu["jrnl -n 1"], ms / cpu["jrnl TEXT"]
            print(f"| {name} | {ms:.1f} | {show:.2f}× | {add:.2f}× |")
        if opts.valgrind and shutil.which("valgrind"):
            print("\n| process | instructions |\n|---|---|")
            for name, (args, env) in cmds.items():
                print(f"| {name} | {instructions(args, env, cwd) / 1e6:.0f} M |")
        if trees:
            return
        for name in ("show --date D", "add --note x"):
            print(f"\n`{name}`, -X importtime:")
            print("\n".join(import_top(cmds[name][0], opts.runs)))
    finally:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
