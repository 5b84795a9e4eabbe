"""A dish named, then its parts listed without amounts: each part weighed as the dish weighs it.

"poke bowl: salmon, rice, edamame, avo", "greek salad - tomato, cucumber, feta, olives",
"buddha bowl (quinoa, chickpeas, sweet potato)": said.py sets the name aside and reads the
list, each part at a helping of its own (a plate of rice, a side of edamame), so a bowl's
parts came to a bowl and a half. When the name is a dish the table builds from parts, each
listed part takes the grams the recipe gives the same food, or a food of its kind (salmon for
the bowl's tuna, sweet potato for its vegetables); a part the recipe lacks keeps its helping.

When the list misses the dish's largest part ("frittata slice (spinach + feta)",
"lasagne (beef + cheese)"), the list says what is in the dish, not the dish: the dish is read
whole, its like parts swapped for the ones named.
"""

from __future__ import annotations

import re
from dataclasses import replace

from journal.foods import match as matcher
from journal.foods.items import ParsedItem, _parse_item_cached
from journal.foods.mainswap import is_main
from journal.foods.table import Table

# "name: list", "name - list", "name (list)": one line, the list with no amount in it.
_HEADED = re.compile(
    r"^\s*([a-z][a-z' &]{1,40}?)\s*(?::\s|\s[-–]\s|\()\s*([^\n;:()\d]+?)\)?\s*$", re.I
)
# A bread or a drink named first holds the list or is had beside it, never made of it.
_FILLED_APART = frozenset(("Baked Products", "Beverages"))
_LONGEST = 300  # a heading and its list are a line, not a paste
_LISTED = re.compile(r",|\+|&|\band\b|\bwith\b|\bw\b", re.I)


def _head(table: Table, text: str) -> ParsedItem | None:
    """The dish a meal's heading names, when it is one the table knows the make-up of."""
    m = _HEADED.match(text) if len(text) <= _LONGEST else None
    if m is None or not _LISTED.search(m.group(2)):
        return None
    head = _parse_item_cached(m.group(1))
    if head.index is None or head.unknown or not head.parts:
        return None
    if len(head.parts) == 1 and table.group(head.parts[0][0]) in _FILLED_APART:
        return None  # "brekky muffin - bacon & egg": the bread and what is in it, both eaten
    return head


def _kin(table: Table, a: int, b: int) -> int:
    """How alike two foods are for taking each other's place: 3 the same, 2 the same head
    word, 1 both mains or the same group, 0 unlike."""
    if a == b:
        return 3
    if matcher.head_stems(a) == matcher.head_stems(b):
        return 2
    if is_main(table, a) and is_main(table, b):
        return 1
    if not is_main(table, a) and not is_main(table, b) and table.group(a) == table.group(b):
        return 1
    return 0


def _pairs(table: Table, dish: ParsedItem, listed: list[ParsedItem]) -> dict[int, int]:
    """Listed item → the recipe part it weighs as, each part taken once, likest first."""
    taken: dict[int, int] = {}
    used: set[int] = set()
    for level in (3, 2, 1):
        for n, item in enumerate(listed):
            if n in taken or item.index is None or len(item.parts) != 1:
                continue
            for k, (part, _g) in enumerate(dish.parts):
                if k not in used and _kin(table, item.parts[0][0], part) >= level:
                    taken[n] = k
                    used.add(k)
                    break
    return taken


def _weighed(item: ParsedItem, grams: float) -> ParsedItem:
    scale = grams / item.grams if item.grams else 0.0
    parts = tuple((i, round(g * scale, 2)) for i, g in item.parts)
    return replace(item, grams=round(grams, 2), parts=parts)


def weighed_by_dish(table: Table, text: str, items: list[ParsedItem]) -> list[ParsedItem]:
    """``items`` read from a headed list, weighed by the dish the heading names."""
    dish = _head(table, text)
    if dish is None or any(i.amount_given or i.count != 1 for i in items if i.index is not None):
        return items
    listed = [i for i in items if i.index is not None]
    if len(dish.parts) == 1:  # "lasagne (beef + cheese)": one row, the list what is in it
        if any(_kin(table, i.parts[0][0], dish.parts[0][0]) >= 2 for i in listed):
            return items
        return [replace(dish, text=text)]
    if not listed:
        return items
    pairs = _pairs(table, dish, listed)
    largest = max(range(len(dish.parts)), key=lambda k: dish.parts[k][1])
    if largest not in pairs.values():  # "recovery shake - whey, banana": the runner's own mix
        return items
    by_item = {id(listed[n]): dish.parts[k][1] for n, k in pairs.items()}
    return [_weighed(i, by_item[id(i)]) if id(i) in by_item else i for i in items]
