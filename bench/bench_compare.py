"""Whole-process timings at 10 and 50 years, side by side with jrnl 4.x in the same run.

Each command's variants (3,650 days, 18,000 days, jrnl) take turns run by run, so a machine
busy with other work slows them alike; the ratios are the figures to read.

Run: ``python bench/bench_compare.py`` (add ``--quick`` for 3 repeats instead of 7).
``--before DIR`` (a tree of an earlier commit, ``git archive C journal | tar -x -C DIR``) also
runs that tree's commands at 3,650 days, in the same turns, on a copy of the same journal; both
trees then run as ``python -c`` from an empty folder with the tree on ``PYTHONPATH``, and the
ratios to jrnl of both are printed (``before/this``).
Builds a 3,650-day and an 18,000-day journal (three text meals a day resolved against the food
table, as the app stores them, no body weight: a common real journal), installs jrnl into its
own venv under /tmp (``pip install jrnl``; reused when present) with a journal of as many
entries holding the same text, and prints the tables of bench/README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import msgspec
from common import END, ten_year_days, timeit

from journal.demo import demo_profile, meal_resolver
from journal.model import Day
from journal.store import Journal

FIFTY_YEARS = 18_000
JRNL_VENV = Path(tempfile.gettempdir()) / "stridelog-bench-jrnl-venv"
STRIDELOG = str(Path(sys.executable).parent / "stridelog")
YEAR_AGO = (END - dt.timedelta(days=364)).isoformat()


def plain_days(n: int) -> list[Day]:
    """``n`` days with breakfast, lunch and dinner typed as text (resolved), no weight."""
    resolve = meal_resolver()
    out = []
    for day in ten_year_days(n):
        day = msgspec.structs.replace(day, meals=day.meals[:3], weight_kg=None)
        out.append(resolve(day))
    return out


def write_stridelog(folder: Path, days: list[Day]) -> None:
    Journal.open(folder).put_many(days, profile=demo_profile())


def jrnl_text(day: Day) -> str:
    """The same day as a jrnl entry: a title line and the meals and feelings as text."""
    run = day.runs[0] if day.runs else None
    title = f"{run.distance_km:g} km {run.type} rpe {run.rpe}." if run else "Rest day."
    body = [f"{m.name}: {m.text}" for m in day.meals]
    if day.sleep:
        body.append(f"sleep {day.sleep.hours:g} h, fatigue {day.fatigue}, rhr {day.resting_hr}")
    return title + "\n" + "\n".join(body)


def ensure_jrnl() -> Path:
    exe = JRNL_VENV / "bin" / "jrnl"
    if not exe.exists():
        subprocess.run([sys.executable, "-m", "venv", str(JRNL_VENV)], check=True)
        pip = [str(JRNL_VENV / "bin" / "pip"), "install", "-q", "jrnl>=4,<5"]
        subprocess.run(pip, check=True)
    return exe


def write_jrnl(folder: Path, days: list[Day]) -> dict[str, str]:
    """A plain-text jrnl journal and its config; returns the environment that selects it."""
    folder.mkdir(parents=True)
    journal = folder / "journal.txt"
    with journal.open("w") as fh:
        for day in days:
            fh.write(f"[{day.date.isoformat()} 07:00:00 AM] {jrnl_text(day)}\n\n")
    config = folder / "config" / "jrnl"
    config.mkdir(parents=True)
    (config / "jrnl.yaml").write_text(
        "colors: {body: none, date: none, tags: none, title: none}\n"
        "default_hour: 9\ndefault_minute: 0\neditor: ''\nencrypt: false\n"
        "highlight: false\nindent_character: '|'\n"
        f"journals:\n  default:\n    journal: {journal}\n"
        "linewrap: 79\ntagsymbols: '#@'\ntemplate: false\n"
        "timeformat: '%Y-%m-%d %I:%M:%S %p'\nversion: v4.6\n"
    )
    return {"XDG_CONFIG_HOME": str(folder / "config"), "HOME": str(folder)}


def time_interleaved(
    commands: dict[str, tuple[list[str], dict[str, str]]], repeat: int, cwd: Path | None = None
) -> dict[str, float]:
    """Median wall time (ms) of each whole-process command, the commands taking turns run by
    run (one warm-up round first), so a machine busy with other work slows them alike."""
    samples: dict[str, list[float]] = {k: [] for k in commands}
    for i in range(repeat + 1):
        for key, (args, env) in commands.items():
            t = time.perf_counter()
            subprocess.run(
                args, check=True, capture_output=True, env={**os.environ, **env},
                stdin=subprocess.DEVNULL, cwd=cwd,
            )  # fmt: skip
            if i:
                samples[key].append((time.perf_counter() - t) * 1000)
    return {k: statistics.median(v) for k, v in samples.items()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--only", help="comma-separated commands, e.g. show,add,trends90")
    parser.add_argument("--before", type=Path, help="an earlier tree, run alike at 3,650 days")
    args = parser.parse_args()
    repeat = 3 if args.quick else 7
    jrnl = str(ensure_jrnl())
    base = Path(tempfile.mkdtemp(prefix="stridelog-bench-"))
    try:
        only = set(args.only.split(",")) if args.only else None
        run(base, jrnl, repeat, only, args.before.resolve() if args.before else None)
    finally:
        shutil.rmtree(base, ignore_errors=True)


SCRIPT = "import sys; from journal.__main__ import run; sys.argv[0] = 'stridelog'; run()"
REPO = Path(__file__).resolve().parents[1]


def run(
    base: Path, jrnl: str, repeat: int, only: set[str] | None = None, before: Path | None = None
) -> None:
    figures: dict[int, dict[str, float]] = {3650: {}, FIFTY_YEARS: {}}
    envs, firsts = {}, {}
    day = (END - dt.timedelta(days=200)).isoformat()
    for n in (3650, FIFTY_YEARS):
        days = plain_days(n)
        folder = base / f"s{n}"
        write_stridelog(folder, days)
        envs[n] = {"STRIDELOG_DATA_DIR": str(folder)}
        firsts[n] = days[0].date.isoformat()
        if n == 3650:
            jenv = write_jrnl(base / "jrnl", days)
            if before:
                write_stridelog(base / "before", days)
        journal = Journal.open(folder)
        journal.days()
        count = [0]

        def save(journal: Journal = journal, count: list[int] = count) -> None:
            count[0] += 1
            journal.add(Day(date=dt.date.fromisoformat(day), fatigue=1 + count[0] % 10))

        figures[n]["save_in_process"] = timeit(save, 30, warmup=1)["median_ms"]
    out = str(base / "export.json")
    ours = {
        "show": ["show", "--date", day],
        "add": ["add", "--date", day, "--note", "x"],
        "export": ["export", "--force", "-o", out],
        "export_year": ["export", "--force", "--from", YEAR_AGO, "-o", out],
        "trends90": ["trends", "--json"],
        "trends_all": ["trends", "--from", "{first}", "--json"],
    }
    theirs = {
        "show": [jrnl, "-n", "1"],
        "add": [jrnl, "ran 10 km easy, legs fine"],
        "export": [jrnl, "--export", "json"],
        "export_year": [jrnl, "-from", YEAR_AGO, "--export", "json"],
        "trends_all": [jrnl, "--export", "json"],
    }
    for key, args in ours.items():
        if only is not None and key not in only:
            continue
        commands = {
            str(n): ([STRIDELOG, *[a.replace("{first}", firsts[n]) for a in args]], envs[n])
            for n in (3650, FIFTY_YEARS)
        }
        cwd = None
        if before:  # both trees alike: `python -c` from an empty folder, the tree on PYTHONPATH
            cwd = base / "cwd"
            cwd.mkdir(exist_ok=True)
            argv = [a.replace("{first}", firsts[3650]) for a in args]
            for label, tree, folder in (("this", REPO, envs[3650]), ("before", before, None)):
                data = folder or {"STRIDELOG_DATA_DIR": str(base / "before")}
                env = {**data, "PYTHONPATH": str(tree)}
                commands[label] = ([sys.executable, "-c", SCRIPT, *argv], env)
        if key in theirs:
            commands["jrnl"] = (theirs[key], jenv)
        times = time_interleaved(commands, repeat, cwd)
        for n in (3650, FIFTY_YEARS):
            figures[n][key] = times[str(n)]
        if "jrnl" in times:
            figures[3650]["jrnl_" + key] = times["jrnl"]
        print(key, ", ".join(f"{k} {v:.0f} ms" for k, v in times.items()), flush=True)
        if before and "jrnl" in times:
            ratios = (times["before"] / times["jrnl"], times["this"] / times["jrnl"])
            print(f"{key} of jrnl, before/this: {ratios[0]:.2f}× / {ratios[1]:.2f}×", flush=True)
    report(figures)


def report(figures: dict[int, dict[str, float]]) -> None:
    ten, fifty = figures[3650], figures[FIFTY_YEARS]
    print("\n| command (3,650 days) | Stridelog | jrnl | ratio | bar |\n|---|---|---|---|---|")
    rows = [
        ("`show --date D` / `jrnl -n 1`", "show", "jrnl_show", 0.4),
        ("`add --note x` / `jrnl TEXT`", "add", "jrnl_add", 0.2),
        ("`export -o F` all / `jrnl --export json`", "export", "jrnl_export", 0.4),
        ("`export --from` one year / `jrnl -from`", "export_year", "jrnl_export_year", 0.4),
        ("`trends` all days / `jrnl --export json`", "trends_all", "jrnl_trends_all", 0.4),
    ]
    for label, ours, theirs, bar in rows:
        if ours not in ten:
            continue
        ratio = ten[ours] / ten[theirs]
        ok = "met" if ratio <= bar else "missed"
        print(
            f"| {label} | {ten[ours]:.0f} ms | {ten[theirs]:.0f} ms | {ratio:.2f}× "
            f"| ≤ {bar}× {ok} |"
        )
    print("\n| command | 3,650 days | 18,000 days | growth | bar |\n|---|---|---|---|---|")
    growth = [
        ("`show --date D`", "show", 1.3),
        ("`add --note x`", "add", 1.3),
        ("`trends` (90 days)", "trends90", 1.3),
        ("`export -o F`, all days", "export", 5.0),
        ("`trends`, all days", "trends_all", 5.0),
        ("save one day, in process", "save_in_process", 1.3),
    ]
    for label, key, bar in growth:
        if key not in ten:
            continue
        g = fifty[key] / ten[key]
        ok = "met" if g <= bar else "missed"
        print(f"| {label} | {ten[key]:.0f} ms | {fifty[key]:.0f} ms | {g:.2f}× | ≤ {bar}× {ok} |")


if __name__ == "__main__":
    main()
