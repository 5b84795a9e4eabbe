"""Foods the runner left out of a dish: "a burger, no bun", "burrito without cheese".

Kept apart from items.py so the reading of one item stays in one module of readable size.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from journal.foods import match as matcher
from journal.foods.table import Table, load
from journal.foods.units import SLICE_IN_BREAD_G as CHEESE_SLICE_G

if TYPE_CHECKING:
    from journal.foods.items import ParsedItem

# "no bun", "without cheese", "hold the mayo": the runner left that food out.
WITHOUT = re.compile(
    r"\s+(?:without|minus|hold\s+the|but\s+no|no(?!\s+(?:added|fat|bake|knead|sugar\s+added)\b))\s+",
    re.I,
)
NEGATED = re.compile(
    r"^(?:no|without|minus|hold\s+the)\s+(?!(?:added|fat|bake|knead)\b|(?:sugar|salt)\s+\w)"
    r"(?:the\s+|any\s+)?(.+)$",
    re.I,
)  # "no added sugar squash" is a food


def leave_out(items: list[ParsedItem], food: int | None) -> None:
    """ "a burger, no bun": drop the named food (or its kind) from the dishes said."""
    if food is None:
        return
    heads = matcher.head_stems(food)
    table = load()
    for item in items:
        kept = tuple((i, g) for i, g in item.parts if i != food and matcher.head_stems(i) != heads)
        if kept and len(kept) < len(item.parts):
            item.parts = kept
            item.grams = round(sum(g for _i, g in kept), 2)
        elif len(item.parts) == 1 and _is_bread(table, food):
            _bunless(table, item)


# A fast-food burger is one row of SR24, bun and all: without the bun it is its patty (and
# cheese). A regular bun weighs ~50 g (SR24 "Rolls, hamburger": 43-52 g), a cheese slice 20 g.
BUN_G = 50.0
_PATTY = "23568"
_CHEESE_SLICE = "01042"


def _is_bread(table: Table, i: int) -> bool:
    return table.group(i) == "Baked Products" and table.name(i).startswith(("Bread", "Rolls"))


def _bunless(table: Table, item: ParsedItem) -> None:
    """ "a cheeseburger, no bun": the fast-food burger's patty and cheese, not its bun."""
    name = table.name(item.parts[0][0]).lower()
    if table.group(item.parts[0][0]) != "Fast Foods" or "burger" not in name:
        return
    count = max(1.0, item.count)
    cheese = CHEESE_SLICE_G * count * (2 if "double" in name else 1) if "cheese" in name else 0
    patty = item.grams - (BUN_G * count) - cheese
    if patty <= 0:
        return
    parts = [(table.ids[_PATTY], round(patty, 2))]
    if cheese:
        parts.append((table.ids[_CHEESE_SLICE], round(cheese, 2)))
    item.parts = tuple(parts)
    item.grams = round(patty + cheese, 2)
