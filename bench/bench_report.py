"""The visit report on a 10-year journal: whole-process time, and the printed pages.

    python bench/bench_report.py [--repeat 9] [--png-dir DIR]

Writes the generated journal to a temporary folder, times `stridelog report` (12 weeks, whole
process) and its parts in process, then prints the report with headless Chromium to PDF (A4
and Letter), counts pages and writes each page as PNG (to --png-dir, default a temp folder;
docs/report-page-1.png is the first A4 page).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import END, row, timeit, write_journal
from tests.helpers import browser
from tests.helpers.clinic import add_clinical_events

DOCS = Path(__file__).resolve().parents[1] / "docs"


def process(args: list[str], repeat: int) -> tuple[float, float]:
    """Median wall and CPU (user + system) time in ms of ``repeat`` whole ``stridelog``
    processes; CPU time is less swayed than wall time when other work shares the cores.

    Bytecode is written and used as on a runner's machine (PYTHONDONTWRITEBYTECODE, set in
    some shells, would make every run compile the package from source: ~90 ms).
    """
    exe = str(Path(sys.executable).parent / "stridelog")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    wall, cpu = [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        subprocess.run([exe, *args], check=True, capture_output=True, env=env)
        wall.append((time.perf_counter() - t) * 1000)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(1000 * (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime))
    return statistics.median(wall), statistics.median(cpu)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--png-dir", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "journal"
        t = time.perf_counter()
        journal = write_journal(folder)
        add_clinical_events(journal, END)  # a pain and an illness for the page to show
        print(f"10-year journal: {len(journal)} days ({(time.perf_counter() - t):.1f} s)")
        out = Path(tmp) / "visit.html"
        data_dir = ["--data-dir", str(folder)]
        report = [*data_dir, "report", "--to", str(END), "--force", "-o", str(out)]
        fhir = [
            *data_dir,
            "export",
            "--format",
            "fhir",
            "--to",
            str(END),
            "--force",
            "-o",
            str(out) + ".json",
        ]
        show = [*data_dir, "show", "--date", str(END)]
        start_12 = END - dt.timedelta(days=END.weekday() + 77)
        trends = [*data_dir, "trends", "--json", "--from", str(start_12), "--to", str(END)]
        n = args.repeat
        process(["--help"], 2)  # warm-up: bytecode written, files in the page cache
        print("| measurement | wall (median) | CPU (median) | target |\n|---|---|---|---|")
        for name, argv, target in (
            ("`stridelog report` (12 weeks), whole process", report, "≤ 300 ms"),
            ("`stridelog show --date D` (same journal, for scale)", show, ""),
            ("`stridelog trends --json` (same 12 weeks, for scale)", trends, ""),
            ("`stridelog --help` (Python + CLI import)", ["--help"], ""),
            ("`stridelog export --format fhir` (12 weeks)", fhir, ""),
        ):
            w, c = process(argv, n)
            print(f"| {name} | {w:.0f} ms | {c:.0f} ms | {target} |", flush=True)

        from journal.report import data, html
        from journal.store import Journal

        start, end = data.default_period(END)
        first = start - dt.timedelta(days=data.HISTORY_DAYS)
        t = time.perf_counter()
        j = Journal.open(folder)
        history = j.days(first, end)
        row(
            "open the journal and read the period + history, in process",
            (time.perf_counter() - t) * 1000,
        )
        profile = j.profile()
        build = timeit(lambda: data.build(history, profile, start, end), 5)
        row("build the report (analyzer, weeks, chart specs), in process", build["median_ms"])
        rep = data.build(history, profile, start, end)
        row(
            "render the HTML (SVG charts), in process",
            timeit(lambda: html.render(rep), 5)["median_ms"],
        )
        print(f"HTML size: {out.stat().st_size / 1024:.0f} kB")

        if not browser.available():
            print("chromium or poppler-utils missing: no PDF check")
            return
        png_dir = args.png_dir or Path(tmp) / "png"
        png_dir.mkdir(parents=True, exist_ok=True)
        for paper in ("a4", "letter"):
            page = Path(tmp) / f"visit-{paper}.html"
            exe = str(Path(sys.executable).parent / "stridelog")
            args_ = [*report[:5], "--paper", paper, "--force", "-o", str(page)]
            subprocess.run([exe, *args_], check=True, capture_output=True)
            pdf = browser.print_to_pdf(page, Path(tmp) / f"visit-{paper}.pdf")
            pages, words = browser.layout(pdf)
            pngs = browser.to_pngs(pdf, png_dir / f"report-{paper}")
            print(f"{paper}: {len(pages)} pages, {len(words)} words, PNGs: "
                  + ", ".join(str(p) for p in pngs))  # fmt: skip
            if paper == "a4":
                DOCS.mkdir(exist_ok=True)
                shutil.copy(pngs[0], DOCS / "report-page-1.png")


if __name__ == "__main__":
    main()
