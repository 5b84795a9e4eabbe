"""How often two careful people, judging the same meal phrases apart, agree by the parser's
own measure: every food of one within ±30 % of the other's grams, energy within ±25 %.

Run: python bench/judge_agreement.py
Judge 1 is tests/foods_heldout16.py (HELD16, written blind for issue 15's bar); judge 2 is
bench/judge2_held16.py (JUDGE2), written by a second helper who saw only the phrases, the kind
names and the same judging rules. A food of one judge counts for a kind of the other when
their SR24 numbers meet, as the scorer counts a parsed food for a kind.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

from foods_heldout16 import HELD16, KINDS16  # noqa: E402
from foods_kinds import KINDS  # noqa: E402
from foods_score import ENERGY_FLOOR_KCAL, ENERGY_TOLERANCE, GRAMS_TOLERANCE  # noqa: E402
from judge2_held16 import JUDGE2  # noqa: E402

ALL_KINDS = {**KINDS, **KINDS16}


def _meets(a: str, b: str) -> bool:
    ids_a, ids_b = ALL_KINDS.get(a, ()), ALL_KINDS.get(b, ())
    return any(x.startswith(y) or y.startswith(x) for x in ids_a for y in ids_b)


def agrees(
    want: dict[str, float], kcal: float, got: dict[str, float], got_kcal: float
) -> tuple[bool, bool]:
    foods = all(
        (1 - GRAMS_TOLERANCE) * grams
        <= sum(g for k, g in got.items() if _meets(kind, k))
        <= (1 + GRAMS_TOLERANCE) * grams
        for kind, grams in want.items()
    )
    energy = abs(got_kcal - kcal) <= max(ENERGY_TOLERANCE * kcal, ENERGY_FLOOR_KCAL)
    return foods, energy


def main() -> None:
    by_phrase = {row[0]: row for row in JUDGE2}
    pairs = [(row, by_phrase[row[0]]) for row in HELD16 if row[0] in by_phrase]
    print(f"{len(pairs)} of {len(HELD16)} phrases judged by both")
    for label, keep in (
        ("all rows", lambda j2: True),
        ("rows judge 2 was sure of", lambda j2: not j2[3]),
    ):
        rows = [(j1, j2) for j1, j2 in pairs if keep(j2)]
        n = len(rows) or 1
        one_way = [agrees(j1[1], j1[2], j2[1], j2[2]) for j1, j2 in rows]
        other_way = [agrees(j2[1], j2[2], j1[1], j1[2]) for j1, j2 in rows]
        both = [a[0] and b[0] for a, b in zip(one_way, other_way, strict=True)]
        print(
            f"{label} ({len(rows)}): judge 2 scored against judge 1: foods+grams "
            f"{sum(f for f, _ in one_way) / n:.1%}, energy {sum(e for _, e in one_way) / n:.1%}; "
            f"judge 1 against judge 2: foods+grams {sum(f for f, _ in other_way) / n:.1%}, "
            f"energy {sum(e for _, e in other_way) / n:.1%}; "
            f"foods+grams both ways {sum(both) / n:.1%}"
        )


if __name__ == "__main__":
    main()
