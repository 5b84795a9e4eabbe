"""Rules over a whole plate said as a list, run by :func:`journal.foods.context.apply` after a
meal's items are matched:

- cheese with no amount in a bun, roll, muffin or burger said in the meal ("burger, brioche
  bun, cheese", "croissant with ham and cheese") is a slice (20 g), not the 1 oz of cheese alone;
- an amount said after the list for a food named before it ("oatmeal with milk and brown
  sugar, 1/2 cup oats", "turkey wrap, 4 slices turkey") is that food's amount, not a second
  helping.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from journal.foods.match import head_stems
from journal.foods.sizing import first, food_id, free, set_grams
from journal.foods.table import Table, load
from journal.foods.units import SLICE_IN_BREAD_G as CHEESE_SLICE_G

if TYPE_CHECKING:
    from journal.foods.items import ParsedItem

# Cheeses sliced into a sandwich or burger: cheddar, American, Swiss, Monterey Jack, Edam, Gouda.
_SLICED_CHEESES = frozenset(("01009", "01042", "01040", "01025", "01018", "01022"))
# Breads that are filled: a roll or bun, a muffin, a croissant, a bagel, a burger, a sandwich.
_FILLED = ("Rolls", "English muffin", "Croissants", "Bagels", "Bread")
_FAST = ("burger", "sandwich", "submarine", "hotdog", "hot dog")


def cheese_in_bread(table: Table, items: list[ParsedItem], seps: list[str]) -> None:
    """A bare cheese listed with a bun, roll, muffin or burger is one slice; cheese put "on"
    something ("cheese on toast") is melted over it and keeps its own helping."""
    if not any(_filled(table, item) for item in items):
        return
    for k, item in enumerate(items):
        if not free(item) or food_id(table, item.index or 0) not in _SLICED_CHEESES:
            continue
        if k + 1 < len(seps) and seps[k + 1] == "on":
            continue  # "cheese on toast", "cheese on crackers"
        if item.grams > CHEESE_SLICE_G:
            set_grams(item, CHEESE_SLICE_G)


def _filled(table: Table, item: ParsedItem) -> bool:
    food = first(item)
    if food is None:
        return False
    name = table.name(food)
    fast = table.group(food) == "Fast Foods" and any(w in name.lower() for w in _FAST)
    return fast or (table.group(food) == "Baked Products" and name.startswith(_FILLED))


# "2 eggs, toast, 2 more eggs": a second helping, said so
_AGAIN = re.compile(r"\b(?:more|another|again|second|extra|later|then)\b", re.I)


def sized_later(earlier: list[ParsedItem], seps: list[str], item: ParsedItem) -> ParsedItem | None:
    """The single food, said with no amount in the with-list just before a comma item with
    an amount, that the item sizes ("porridge with milk and honey, 50 g oats"); None when
    there is none, or the item says it is more. Only that list is searched: a long paste's
    earlier lines are other meals' foods."""
    if not item.amount_given or len(item.parts) != 1 or _AGAIN.search(item.text):
        return None
    k = len(earlier) - 1
    while k >= 0:
        before = earlier[k]
        if len(before.parts) == 1 and before.index == item.index:
            return None if before.amount_given else before
        if seps[k] not in _LIST_SEPS:
            return None  # the list's first item: it starts after this
        k -= 1
    return None


_LIST_SEPS = frozenset(("with", "and", "&"))
# a helping said by what it came in, not weighed: "a big bowl of porridge, 80g oats"
_VESSEL = re.compile(r"\b(?:bowls?|bowlful|plates?|plateful|mugs?|pots?)\s+of\b", re.I)
_JOINED = frozenset(("with", "and", "&", "on"))
# Chain and restaurant rows are named by the chain ("Fast foods, ...", "McDONALD'S, ..."),
# not the food: a big mac is not sized by ", medium fries".
_CHAIN_GROUPS = frozenset(("Fast Foods", "Restaurant Foods"))


def part_sized_later(
    earlier: list[ParsedItem], seps: list[str], item: ParsedItem
) -> tuple[ParsedItem, int] | None:
    """The earlier item, and which of its parts, that a comma item with an amount sizes: a
    food named with no amount in the joined group just before ("ham & provolone on a roll, 2
    slices ham"), or that group's dish's own part ("turkey wrap, 4 slices turkey"), matched
    by the food's name. None when the item says it is more, or the group has no such food
    (a line before it is another meal's: "porridge\n60g oats" stays two helpings)."""
    if not item.amount_given or len(item.parts) != 1 or _AGAIN.search(item.text):
        return None
    food = item.parts[0][0]
    heads = head_stems(food)
    k = len(earlier) - 1
    while k >= 0:
        before = earlier[k]
        for n, (i, _g) in enumerate(before.parts):
            same = i == food or (head_stems(i) == heads and load().group(i) not in _CHAIN_GROUPS)
            if same and (
                len(before.parts) > 1 or not before.amount_given or _VESSEL.search(before.text)
            ):
                return before, n
        if seps[k] not in _JOINED:
            return None  # the group's first item
        k -= 1
    return None
