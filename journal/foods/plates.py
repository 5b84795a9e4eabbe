"""What goes in a bun, roll or muffin already said in the meal: "burger, brioche bun, cheese",
"an english muffin with a fried egg and cheese", "croissant with ham and cheese". Cheese with
no amount there is a slice (20 g, as a deli or burger slice), not the 1 oz of cheese alone.
Run by :func:`journal.foods.context.apply` after a meal's items are matched.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from journal.foods.sizing import first, food_id, free, set_grams
from journal.foods.table import Table

if TYPE_CHECKING:
    from journal.foods.items import ParsedItem

CHEESE_SLICE_G = 20.0  # a deli or burger slice (UK/US packs: 20-21 g)
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
