"""Cold start: first paint of the check-in against an empty Textual app, from process start.

Run ``python bench/bench_cold_start.py [RUNS] [OTHER_TREE]``; with ``OTHER_TREE`` (a checkout
of another commit) its check-in is timed too, imported from there, for a before/after.
Target (issue 14): the check-in's first paint within 2× an empty Textual app's, on an empty
journal and on a 10-year one.

Each run is a fresh ``python`` process (so imports count) that runs the app headless at
120×36 and exits on ``events.Ready`` (Textual's "the first frame is on screen"). The child
prints the instants since the parent's ``time.time()`` just before the spawn: interpreter up,
imports done, app constructed (themes loaded), first paint. Runs of the three cases are
interleaved so machine noise hits them alike; medians are reported.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import tempfile
from pathlib import Path

from common import process_marks

TODAY = dt.date(2026, 11, 20)

EMPTY_APP = r"""
import sys, time
t0 = float(sys.argv[2])
print("PYTHON", time.time() - t0)
from textual.app import App
from textual.widgets import Static
print("IMPORTS", time.time() - t0)

class Empty(App):
    def compose(self):
        yield Static("hello")
    def on_ready(self):
        print("PAINT", time.time() - t0, flush=True)
        self.exit()

app = Empty()
print("BUILT", time.time() - t0)
app.run(headless=True, size=(120, 36))
"""

STRIDELOG = r"""
import sys, time
t0 = float(sys.argv[2])
print("PYTHON", time.time() - t0)
import datetime as dt
from journal.tui.app import StridelogApp
print("IMPORTS", time.time() - t0)

class Timed(StridelogApp):
    def load_data(self):  # called on events.Ready: the first frame is on screen
        print("PAINT", time.time() - t0, flush=True)
        self.exit()

app = Timed(sys.argv[1], today=dt.date(2026, 11, 20))
print("BUILT", time.time() - t0)
app.run(headless=True, size=(120, 36))
"""


def run_once(script: Path, data_dir: Path, tree: str | None = None) -> dict[str, float]:
    return {k: v * 1000 for k, v in process_marks(script, data_dir, tree).items()}


def main() -> None:
    from journal.demo import write_demo
    from journal.store import Journal

    runs_n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    other = sys.argv[2] if len(sys.argv) > 2 else None
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        big, empty = root / "big", root / "empty"
        write_demo(big, 3650, TODAY)
        Journal.open(empty)
        empty_app, stridelog = root / "empty_app.py", root / "stridelog.py"
        empty_app.write_text(EMPTY_APP)
        stridelog.write_text(STRIDELOG)
        cases: dict[str, tuple[Path, Path, str | None]] = {
            "empty Textual app": (empty_app, empty, None),
            "check-in, empty journal": (stridelog, empty, None),
            "check-in, 3,650-day journal": (stridelog, big, None),
        }
        if other:
            cases["other tree, empty journal"] = (stridelog, empty, other)
            cases["other tree, 3,650 days"] = (stridelog, big, other)
        results: dict[str, list[dict[str, float]]] = {name: [] for name in cases}
        for _ in range(runs_n):
            for name, (script, data, tree) in cases.items():
                results[name].append(run_once(script, data, tree))
        base = statistics.median(r["PAINT"] for r in results["empty Textual app"])
        print(f"load average {os.getloadavg()[0]:.1f}; median of {runs_n} fresh processes, ms")
        print(f"{'case':<30}{'python':>8}{'imports':>9}{'built':>7}{'paint':>7}{'× empty':>9}")
        for name, rows in results.items():
            med = {k: statistics.median(r[k] for r in rows) for k in rows[0]}
            print(
                f"{name:<30}{med['PYTHON']:>8.0f}{med['IMPORTS']:>9.0f}{med['BUILT']:>7.0f}"
                f"{med['PAINT']:>7.0f}{med['PAINT'] / base:>9.2f}"
            )


if __name__ == "__main__":
    main()
