"""Which misses the check-in marks, and which signals would mark the ones it does not.

Issue 15, point 4: a reading the parser is not sure of is shown unsure ("check this"), never
trusted silently. A miss the runner is not told about is the one that hurts. For each table
this prints, per candidate signal (each a thing the parser already knows about one item), how
many misses it would newly mark and how many right rows it would mark (false alarms):

    python scripts/mark_audit.py held16 held17 ...      # the signal tallies
    python scripts/mark_audit.py held20 -v              # and every row unmarked/flagged

A signal worth setting marks many misses and few right rows (under one right row for each
three misses, on every table).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import foods_score

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mark_signals as trust

from journal import foods
from journal.foods import items as _items

Signal = Callable[[_items.ParsedItem, str], bool]


def _signals() -> dict[str, Signal]:
    out: dict[str, Signal] = {name: fn for name, fn in trust.CANDIDATES.items()}
    out["score<90"] = lambda p, _t: p.index is not None and p.score < 90
    out["score<85"] = lambda p, _t: p.index is not None and p.score < 85
    out["unamounted"] = lambda p, _t: p.index is not None and not p.amount_given
    out["dish"] = lambda p, _t: p.index is not None and len(p.parts) > 1
    return out


def audit(name: str, verbose: bool) -> dict[str, tuple[int, int]]:
    rows = foods_score.rows_of(name)
    signals = _signals()
    tally = {s: [0, 0] for s in ("marked now", *signals, "lost_word", "lost_heading")}
    n_miss = n_right = 0
    for phrase, expected, kcal in rows:
        v = foods_score.judge(phrase, expected, kcal)
        miss = not (v.foods_ok and v.energy_ok)
        n_miss += miss
        n_right += not miss
        meal = foods.parse_meal(phrase)
        marked = bool(meal.unsure or meal.unmatched)
        read = [p for p in _items.parse_items(phrase) if p.index is not None and p.grams > 0]
        hits = [s for s, fn in signals.items() if any(fn(p, phrase) for p in read)]
        lost = trust.lost_words(phrase)
        if lost:
            hits.append("lost_word")
        if trust.lost_heading(phrase):
            hits.append("lost_heading")
        if marked:
            tally["marked now"][0 if miss else 1] += 1
        else:
            for s in hits:
                tally[s][0 if miss else 1] += 1
        if verbose and ((miss and not marked) or (not miss and not marked and hits)):
            flag = "MISS" if miss else "ok  "
            print(f"  {flag} {phrase!r}: {', '.join(hits) or '-'} {lost}  {v.why[:160]}")
    print(f"{name}: {n_miss} misses, {n_right} right")
    for s, (m, r) in tally.items():
        print(f"  {s:24s} misses {m:4d}  right {r:4d}")
    return {s: (m, r) for s, (m, r) in tally.items()}


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    for t in args or ["held20"]:
        audit(t, "-v" in sys.argv)
