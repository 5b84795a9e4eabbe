"""TUI benchmarks: first paint with a 3,650-day journal vs an empty one, and meal preview.

Run ``python bench/bench_tui.py``. Targets (issue 5): first paint of the check-in screen with
a 10-year journal ≤ 1.3× the empty journal's, measured from process start; one keystroke in
the meal field updates the preview in ≤ 50 ms.

First paint is timed in a fresh process per run (so imports count): the child records
``time.perf_counter()`` at interpreter start (``-X importtime`` is not needed: the parent
passes the start instant) and when Textual sends ``events.Ready`` (the first frame is
displayed), then exits. The median of several runs is reported.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from common import process_marks

TODAY = dt.date(2026, 11, 20)
RUNS = 7

CHILD = r"""
import sys, time
t0 = float(sys.argv[2])
import datetime as dt
from textual import on
from journal.tui.app import StridelogApp

class Timed(StridelogApp):
    def load_data(self):
        # events.Ready: the first frame has been displayed
        print("PAINT", time.time() - t0, flush=True)
        return super().load_data()

    # beside the app's own handlers (a same-named override would replace or double them)
    @on(StridelogApp.JournalLoaded)
    def _mark_journal(self, event):
        print("JOURNAL", time.time() - t0, flush=True)

    @on(StridelogApp.FoodsLoaded)
    def _mark_foods(self, event):
        print("FOODS", time.time() - t0, flush=True)
        self.done.set()

async def main():
    app = Timed(sys.argv[1], today=dt.date(2026, 11, 20))
    app.done = asyncio.Event()
    async with app.run_test(size=(120, 36)):
        await asyncio.wait_for(app.done.wait(), 60)

import asyncio
asyncio.run(main())
"""


def first_paint_s(data_dir: Path, script: Path) -> dict[str, float]:
    return process_marks(script, data_dir)


async def meal_keystroke_ms(data_dir: Path) -> dict[str, float]:
    """Per keystroke in a meal field: the app's own work, and the Pilot round trip.

    App work = every handler the key sets off (the meal row parses and renders its preview,
    the screen sums the day and compares it with the references, the unsaved marker), timed
    by wrapping those handlers. The Pilot round trip adds the test harness's own waiting
    for the screen to go idle, measured for comparison on a plain text field too.
    """
    from journal.tui.app import create_app
    from journal.tui.screens.checkin import CheckinScreen
    from journal.tui.widgets.rows import MealRow

    spent: list[float] = []

    def timed(cls: type, name: str) -> None:
        original = getattr(cls, name)

        def wrapper(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            t = time.perf_counter()
            try:
                return original(self, *args, **kwargs)
            finally:
                spent.append(time.perf_counter() - t)

        setattr(cls, name, wrapper)

    # the methods the @on handlers call (the handlers themselves are bound at class creation)
    timed(MealRow, "refresh_preview")
    timed(CheckinScreen, "_update_status")
    timed(CheckinScreen, "_update_nutrition")
    app = create_app(data_dir, today=TODAY)
    work: list[float] = []
    pilot_ms: list[float] = []
    plain_ms: list[float] = []
    async with app.run_test(size=(120, 36)) as pilot:
        for _ in range(3):
            await pilot.pause()
            await app.workers.wait_for_complete()
        screen = app.screen
        row = screen.query(MealRow).first()
        row.text_field.input.focus()
        await pilot.pause()
        for ch in "oatmeal 80g, 1 banana, 250 ml milk, 2 eggs":
            spent.clear()
            parse_before = row.parse
            t = time.perf_counter()
            await pilot.press(ch if ch != " " else "space")
            pilot_ms.append((time.perf_counter() - t) * 1000)
            work.append(sum(spent) * 1000)
            assert row.parse is not parse_before  # the preview was recomputed
        screen._field("tags").input.focus()  # type: ignore[attr-defined]
        await pilot.pause()
        for ch in "heatwaves":
            t = time.perf_counter()
            await pilot.press(ch)
            plain_ms.append((time.perf_counter() - t) * 1000)
        # History on the 10-year journal: from the key to the first page of rows on screen
        t = time.perf_counter()
        app.switch_mode("history")
        rows = 0
        while not rows:
            await asyncio.sleep(0.002)
            tables = app.screen.query("#history-table")
            rows = tables.first().row_count if tables else 0
        history_ms = (time.perf_counter() - t) * 1000
    return {
        "app_median": statistics.median(work),
        "app_worst": max(work),
        "pilot_median": statistics.median(pilot_ms),
        "pilot_plain_median": statistics.median(plain_ms),
        "history_open": history_ms,
        "history_rows": rows,
    }


def main() -> None:
    from journal.demo import write_demo
    from journal.store import Journal

    n_days = int(sys.argv[sys.argv.index("--days") + 1]) if "--days" in sys.argv else 3650
    label = f"{n_days:,} days"
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        big, empty = root / "big", root / "empty"
        t = time.perf_counter()
        write_demo(big, n_days, TODAY)  # meals resolved by the food table, as saved days are
        size = sum(p.stat().st_size for p in big.rglob("*.json"))
        print(f"built {label} journal ({size / 1e6:.1f} MB) in {time.perf_counter() - t:.1f} s")
        Journal.open(empty)
        script = root / "child.py"
        script.write_text(CHILD)
        runs: dict[str, list[dict[str, float]]] = {"empty": [], "big": []}
        for _ in range(RUNS):  # interleaved, so machine noise hits both alike
            runs["empty"].append(first_paint_s(empty, script))
            runs["big"].append(first_paint_s(big, script))

        def median_ms(which: str, mark: str) -> float:
            return statistics.median(r[mark] for r in runs[which]) * 1000

        med = {k: median_ms(k, "PAINT") for k in runs}
        ratio = med["big"] / med["empty"]
        print(
            f"first paint from process start (median of {RUNS}): "
            f"empty {med['empty']:.0f} ms, {label} {med['big']:.0f} ms, "
            f"ratio {ratio:.2f} (target ≤ 1.3)"
        )
        for which, name in (("empty", "empty"), ("big", label)):
            print(
                f"  {name}: journal open and parsed at {median_ms(which, 'JOURNAL'):.0f} ms, "
                f"food table ready at {median_ms(which, 'FOODS'):.0f} ms (in the worker)"
            )
        ready = median_ms("big", "JOURNAL") - med["big"]
        print(f"  {label}: journal ready {ready:.0f} ms after the first paint (target ≤ 1,500)")
        if "--paint-only" in sys.argv:
            return
        keys = asyncio.run(meal_keystroke_ms(big))
        print(
            f"meal keystroke → preview, app work: median {keys['app_median']:.1f} ms, "
            f"worst {keys['app_worst']:.1f} ms (target ≤ 50 ms)"
        )
        print(
            f"  Pilot round trip per key: meal field {keys['pilot_median']:.0f} ms, "
            f"plain field {keys['pilot_plain_median']:.0f} ms (harness idle-waiting included)"
        )
        print(
            f"History on {label}: first {keys['history_rows']:.0f} rows shown "
            f"{keys['history_open']:.0f} ms after switching to it (screen built on first show)"
        )
        print(json.dumps({"first_paint_ms": med, "ratio": ratio, "keystroke_ms": keys}))


if __name__ == "__main__":
    main()
