"""Benchmark: each chart of 365 days at 120×30, in process (target ≤ 30 ms per chart).

    python bench/bench_charts.py [--days-journal 3650] [--repeat 15]

The journal is the generated 10-year demo (journal.demo.generate_days). When the food table is
not available to resolve the demo's meal text, each meal day gets explicit nutrient amounts so
the nutrient charts have real work to do. Reports the median and worst time of: the whole
render (what the CLI and a TUI cache miss pay), the data step alone (spec) and plotext alone
(draw), with colour and without.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from journal import charts
from journal.demo import demo_profile, generate_days
from journal.model import Day, replace

END = dt.date(2026, 11, 20)
WIDTH, HEIGHT = 120, 30
TARGET_MS = 30.0


def journal_days(n: int) -> list[Day]:
    days = generate_days(n, END)
    try:
        from journal.demo import meal_resolver

        resolve = meal_resolver()
        days = [resolve(d) if d.meals else d for d in days]
    except Exception:  # pragma: no cover - the food table is optional here
        pass
    if any(m.resolved for d in days for m in d.meals):
        return days
    meal = {"name": "day", "kcal": 2300, "carbs_g": 310, "protein_g": 90, "fat_g": 70}
    meal |= {"iron_mg": 14.0, "b6_mg": 1.6, "b12_ug": 3.1}
    return [replace(d, meals=[meal]) if d.meals else d for d in days]


def timed(fn, repeat: int) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days-journal", type=int, default=3650)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()

    t0 = time.perf_counter()
    days = journal_days(args.days_journal)
    print(f"journal: {len(days)} days generated in {time.perf_counter() - t0:.1f} s")
    profile = demo_profile()
    start = END - dt.timedelta(days=364)
    window = [d for d in days if start - dt.timedelta(days=180) <= d.date <= END]
    flags = [{"severity": "warning", "start": "2026-06-01", "end": "2026-06-07"}]
    palette = charts.theme_palette("stridelog-dark")

    t0 = time.perf_counter()
    charts.render("mileage", window, start, END, width=WIDTH, height=HEIGHT)
    print(f"first render (imports plotext): {(time.perf_counter() - t0) * 1000:.0f} ms\n")

    header = (
        f"{'chart':<10} {'colour':<6} {'render med':>10} {'max':>7} {'cold':>7} "
        f"{'spec':>7} {'draw':>7}"
    )
    print(f"365 days at {WIDTH}x{HEIGHT}, {args.repeat} runs, milliseconds")
    print(header)
    print("-" * len(header))
    worst = 0.0
    for name in charts.CHART_NAMES:
        for color in (True, False):
            kw = {"profile": profile, "flags": flags}

            def render(name: str = name, color: bool = color, kw: dict = kw) -> None:  # type: ignore[type-arg]
                charts.render(
                    name,
                    window,
                    start,
                    END,
                    width=WIDTH,
                    height=HEIGHT,
                    palette=palette,
                    color=color,
                    **kw,
                )

            total = timed(render, args.repeat)

            def cold(render=render) -> None:  # type: ignore[no-untyped-def]
                charts.nutrition._INTAKES.clear()  # as the CLI: no day's intake remembered yet
                render()

            cold_t = timed(cold, 5)
            spec_t = timed(
                lambda name=name, kw=kw: charts.spec_for(name, window, start, END, **kw), 5
            )
            spec = charts.spec_for(name, window, start, END, **kw)
            draw_t = timed(
                lambda spec=spec, color=color: charts.draw(spec, WIDTH, HEIGHT, palette, color),
                args.repeat,
            )
            med = statistics.median(total)
            cold_med = statistics.median(cold_t)
            worst = max(worst, med, cold_med)
            flag = "" if max(med, cold_med) <= TARGET_MS else "  OVER TARGET"
            print(
                f"{name:<10} {'yes' if color else 'no':<6} {med:>10.1f} {max(total):>7.1f} "
                f"{cold_med:>7.1f} "
                f"{statistics.median(spec_t):>7.1f} {statistics.median(draw_t):>7.1f}{flag}"
            )
    print(f"\nslowest median (warm or cold): {worst:.1f} ms (target {TARGET_MS:.0f} ms)")
    print("cold = no day's intake remembered yet (the CLI's case); spec/draw are warm medians")

    # The whole journal handed over, as the CLI does for a long --days: filtering costs too.
    t_all = timed(lambda: charts.render("load", days, start, END, width=WIDTH, height=HEIGHT), 5)
    print(f"load chart with all {len(days)} days passed in: {statistics.median(t_all):.1f} ms")
    return 0 if worst <= TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
