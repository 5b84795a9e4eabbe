"""Benchmark the food table and meal parser.

Targets: table load ≤ 50 ms (issue 3); a 6-item meal < 1 ms, a keystroke preview < 5 ms and
a 20,000-character paste < 0.5 s (issue 15, also timed on a meal of issue 15's dishes).

Run: python bench/bench_foods.py
Prints a markdown table: import cost, table load in a fresh process and in process, parsing a
6-item meal cold (caches cleared) and warm, a keystroke-by-keystroke preview, and resolving
the meals of a generated 10-year journal.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from journal import foods
from journal.foods import match, ranking, table

try:
    from journal.foods import items
except ImportError:  # the parser before issue 15, for comparison runs
    items = None  # type: ignore[assignment]

MEAL = "2 eggs, oatmeal 80g, a banana, 250 ml milk, 2 slices of bread, 1 tbsp peanut butter"
MEAL15 = (
    "chicken burrito, oat milk latte, a bag of crisps, greek yogurt with honey, "
    "sushi 8 pieces, a pint of beer"
)


def paste_text(size: int = 20_000) -> str:
    """A long paste of varied meals (the fresh phrase table, cycled) of ``size`` characters."""
    from tests.foods_tuned import TUNED

    lines, n = [], 0
    while n < size:
        phrase = TUNED[len(lines) % len(TUNED)][0]
        lines.append(phrase)
        n += len(phrase) + 1
    return "\n".join(lines)[:size]


FRESH = """
import time
t0 = time.perf_counter()
import journal.foods as f
t1 = time.perf_counter()
import journal.foods.table as tb
tb.load()
t2 = time.perf_counter()
f.load()
t3 = time.perf_counter()
f.parse_meal({meal!r})
t4 = time.perf_counter()
print((t1 - t0) * 1000, (t2 - t1) * 1000, (t3 - t2) * 1000, (t4 - t3) * 1000)
"""


def _median(samples: list[float]) -> float:
    return statistics.median(samples)


def _row(name: str, value_ms: float, target: str = "") -> None:
    print(f"| {name} | {value_ms:.2f} ms | {target} |", flush=True)


def _clear_caches() -> None:
    if items is not None:
        items._parse_item_cached.cache_clear()
        items._only_amount.cache_clear()
        if hasattr(items, "said"):  # the everyday-phrasing rewrites (issue 15, fifth round)
            items.said.plainly.cache_clear()
    match.match.cache_clear()
    match.correct.cache_clear()
    ranking.food_stems.cache_clear()
    ranking.food_prior.cache_clear()
    ranking.warm()  # done by foods.load(), which the app runs in a worker before the first key


def fresh_process(repeat: int = 7) -> tuple[float, float, float, float]:
    imports, loads, warms, firsts = [], [], [], []
    for _ in range(repeat):
        out = subprocess.run(
            [sys.executable, "-c", FRESH.format(meal=MEAL)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        imports.append(float(out[0]))
        loads.append(float(out[1]))
        warms.append(float(out[2]))
        firsts.append(float(out[3]))
    return _median(imports), _median(loads), _median(warms), _median(firsts)


def in_process_load(repeat: int = 15) -> float:
    samples = []
    for _ in range(repeat):
        table._table = None
        t = time.perf_counter()
        table.load()
        samples.append((time.perf_counter() - t) * 1000)
    return _median(samples)


def parse_cold(meal: str = MEAL, repeat: int = 50) -> float:
    foods.load()
    samples = []
    for _ in range(repeat):
        _clear_caches()
        t = time.perf_counter()
        foods.parse_meal(meal)
        samples.append((time.perf_counter() - t) * 1000)
    return _median(samples)


def parse_warm(meal: str = MEAL, repeat: int = 500) -> float:
    foods.parse_meal(meal)
    t = time.perf_counter()
    for _ in range(repeat):
        foods.parse_meal(meal)
    return (time.perf_counter() - t) * 1000 / repeat


def keystrokes(meal: str = MEAL) -> tuple[float, float]:
    """Parse every prefix of the meal, as the TUI preview does while the runner types."""
    _clear_caches()
    samples = []
    for n in range(1, len(meal) + 1):
        t = time.perf_counter()
        foods.parse_meal(meal[:n])
        samples.append((time.perf_counter() - t) * 1000)
    return _median(samples), max(samples)


def paste(repeat: int = 5) -> tuple[float, float, int]:
    """A 20,000-character paste: cold (caches cleared) and warm, and its item count."""
    text = paste_text()
    cold, warm = [], []
    for _ in range(repeat):
        _clear_caches()
        t = time.perf_counter()
        parsed = foods.parse_meal(text)
        cold.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        foods.parse_meal(text)
        warm.append((time.perf_counter() - t) * 1000)
    return _median(cold), _median(warm), len(parsed.items) + len(parsed.unmatched)


def ten_years() -> tuple[int, float] | None:
    try:
        sys.path.insert(0, str(Path(__file__).parent))
        from common import ten_year_days  # type: ignore[import-not-found]
    except ImportError:
        return None
    days = ten_year_days()
    _clear_caches()
    t = time.perf_counter()
    out = [foods.resolve_day(d) for d in days]
    elapsed = (time.perf_counter() - t) * 1000
    return sum(len(d.meals) for d in out), elapsed


def main() -> None:
    print(f"meal: {MEAL!r} (6 items)\n")
    print("| measurement | time | target |")
    print("|---|---|---|")
    imp, load, warm, first = fresh_process()
    _row("import journal.foods, fresh process (incl. journal.model)", imp)
    _row("table load (decode + indexes), fresh process", load, "≤ 50 ms")
    _row("rest of foods.load() warm-up (parser, rapidfuzz, vocabulary)", warm)
    _row("first 6-item parse after foods.load(), fresh process", first, "≤ 5 ms")
    _row("table load, in process (median of 15)", in_process_load(), "≤ 50 ms")
    _row("6-item meal, cold caches (median of 50)", parse_cold(), "≤ 5 ms")
    _row("6-item meal, warm (mean of 500)", parse_warm(), "≤ 5 ms")
    median, worst = keystrokes()
    _row(f"keystroke preview, {len(MEAL)} prefixes: median", median, "< 5 ms")
    _row("keystroke preview: worst prefix", worst, "< 5 ms")
    _row("issue-15 6-item meal, cold caches (median of 50)", parse_cold(MEAL15), "< 1 ms warm")
    _row("issue-15 6-item meal, warm (mean of 500)", parse_warm(MEAL15), "< 1 ms")
    median, worst = keystrokes(MEAL15)
    _row(f"issue-15 keystroke preview, {len(MEAL15)} prefixes: median", median, "< 5 ms")
    _row("issue-15 keystroke preview: worst prefix", worst, "< 5 ms")
    cold, warm, n = paste()
    _row(f"20,000-character paste ({n} items), cold caches", cold, "< 500 ms")
    _row("20,000-character paste, warm", warm, "< 500 ms")
    result = ten_years()
    if result:
        meals, ms = result
        _row(f"resolve_day over 10 years ({meals} meals, text parsed)", ms, "")


if __name__ == "__main__":
    main()
