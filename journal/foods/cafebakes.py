"""A cafe's or bakery's bake is bigger than a home or packet one.

"banana bread from the cafe", "a scone at costa": a counter
slice or bake, not SR24's home-baked helping. Sizes from chain labels and menus:

- banana bread: a home slice is 60 g (SR24); a cafe slice 100-120 g (Starbucks banana bread
  113 g, Costa and Pret banana loaf slices 95-115 g).
- scone: a home scone 60-70 g (FSA Food Portion Sizes: 48-70 g); a cafe scone 90-130 g
  (Starbucks scones 113-128 g, Costa and Pret fruit scones ~ 100 g).

A cafe brownie or bakery cinnamon bun stays at SR24's large square (56 g) and roll (90 g):
they sit within what people take a counter one to be (50-110 g).

Read by :mod:`journal.foods.venues` when the meal names a bakery, cafe or chain counter.
"""

from __future__ import annotations

import re

from journal.foods.table import Table

CAFE_BANANA_BREAD_G = 110.0
CAFE_SCONE_G = 100.0

_BY_NAME = (
    ("Bread, banana", CAFE_BANANA_BREAD_G),
    ("Scone,", CAFE_SCONE_G),
)
# "a mini scone", "half a brownie", "a small slice": the runner sized it already
_SIZED = re.compile(r"\b(?:mini|small|little|half|bite|bites|thin|petite)\b", re.I)


def cafe_each(table: Table, i: int, text: str) -> float | None:
    """Grams of one counter-sized bake of food ``i``, or None when it is not such a bake or
    its item text says a smaller size."""
    if _SIZED.search(text):
        return None
    name = table.name(i)
    return next((g for prefix, g in _BY_NAME if name.startswith(prefix)), None)
