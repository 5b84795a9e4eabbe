"""Sweep breakfast cereals x liquids x ways of saying them through the meal parser.

Run ``PYTHONPATH=. python scripts/cereal_sweep.py [-v]``. A phrase reads right when every
word is read, a breakfast cereal is there, each liquid said is there at 100-400 g (its share
when two), and nothing else was added (a flavour name read as maple syrup or pecans). It
prints the misses with ``-v`` and the count.
"""

from __future__ import annotations

import sys

from journal import foods

CEREALS = (
    "porridge",
    "oats",
    "60g oats",
    "2 weetabix",
    "cornflakes",
    "granola",
    "muesli",
    "bran flakes",
    "rice krispies",
    "cheerios",
    "a porridge sachet",
    "quick oats sachet",
    "maple and pecan granola",
    "honey nut cheerios",
    "fruit and nut muesli",
    "chocolate granola",
    "steel cut oats, 1/4 cup dry",
    "2 cups cornflakes",
)
LIQUIDS = ("milk", "water", "oat milk", "semi skimmed milk", "almond milk", "half milk half water")
FORMS = (
    "{c} with {l}",
    "{c} made with {l}",
    "{c} cooked in {l}",
    "{c} soaked in {l}",
    "{c} crushed into warm {l}",
    "{c} w {l}",
)
_LIQUID_WORDS = ("Milk,", "Water,", "Oat drink", "Almond drink")


def _miss(phrase: str, liquid: str) -> str | None:
    """Why the phrase reads wrong, or None."""
    meal = foods.parse_meal(phrase)
    if meal.unmatched:
        return f"unmatched {meal.unmatched}"
    if not any(i.name.startswith("Cereals") for i in meal.items):
        return "no cereal"
    said = 2 if liquid.startswith("half") else 1
    liquids = [i for i in meal.items if i.name.startswith(_LIQUID_WORDS)]
    if len(liquids) != said:
        return f"{len(liquids)} liquids, want {said}"
    if not all(100 / said <= i.grams <= 400 / said for i in liquids):
        return "liquid " + ", ".join(f"{i.grams:g} g" for i in liquids)
    extra = [i.name[:30] for i in meal.items if i not in liquids and "Cereals" not in i.name]
    return f"extra {extra}" if extra else None


def main(argv: list[str]) -> None:
    misses = []
    phrases = [
        (f.format(c=c, l=liquid), liquid) for c in CEREALS for liquid in LIQUIDS for f in FORMS
    ]
    for phrase, liquid in phrases:
        why = _miss(phrase, liquid)
        if why:
            misses.append(f"  {phrase!r}: {why}")
    if "-v" in argv:
        print("\n".join(misses))
    print(f"cereal sweep: {len(phrases) - len(misses)} of {len(phrases)} read right")


if __name__ == "__main__":
    main(sys.argv[1:])
