"""A main weighed after a dish whose own main is another: the dish's main, swapped.

"wrap w 100g of tuna", "poke bowl, 120g tofu", "spag bol - 125g turkey mince": the dish's
recipe holds a main (the wrap's chicken, the bowl's salmon, the bolognese's beef). Said bare
("wrap with tuna") the dish is read again with the named main; said with an amount, the named
main was counted beside the recipe's own, two mains where the runner ate one. Only the
recipe's own main is swapped, once: a second main weighed after it ("with 100g chicken and
80g chorizo") is a second main. A bare "patty" weighed ("turkey burger, 4oz patty") names no
meat: it weighs the dish's own main and keeps it.
"""

from __future__ import annotations

from journal.foods.groups import MAIN_GROUPS, PLANT_MAINS
from journal.foods.items import ParsedItem
from journal.foods.table import Table
from journal.foods.text import stem

# Words that say how a patty was weighed or cooked, not what it is made of.
_HOW = frozenset(stem(w) for w in ("raw", "cooked", "uncooked", "grilled", "fried", "homemade"))


def is_main(table: Table, i: int) -> bool:
    """Meat, fish or a plant main (tofu, falafel): what a dish is "with"."""
    return table.group(i) in MAIN_GROUPS or table.name(i).startswith(PLANT_MAINS)


def swapped_main(table: Table, dish: ParsedItem, item: ParsedItem, said: set[int]) -> int | None:
    """The part of ``dish`` that ``item``, a main said with an amount, replaces (its food
    swapped in, the grams left to the caller), or None."""
    if not item.amount_given or item.index is None or len(item.parts) != 1:
        return None
    if set(item.phrase) - _HOW <= {"patty"}:  # "chicken burger, 120g patty": its chicken
        return next(
            (k for k, (i, _g) in enumerate(dish.parts) if k not in said and is_main(table, i)),
            None,
        )
    main = dish.main
    if main is None:
        return None
    food = item.parts[0][0]
    if food == main or not (is_main(table, food) and is_main(table, main)):
        return None
    at = next((k for k, (i, _g) in enumerate(dish.parts) if i == main), None)
    if at is None or at in said or any(i == food for i, _g in dish.parts):
        return None
    parts = list(dish.parts)
    parts[at] = (food, parts[at][1])
    dish.parts = tuple(parts)
    dish.main = food
    return at
