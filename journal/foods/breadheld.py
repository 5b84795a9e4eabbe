"""A fast-food row that holds its bread, with the bread named after it.

SR24's "Fast foods, hotdog, plain", its burgers and sandwiches are weighed bun and all (a hot
dog 98 g: frank and bun). "2 hot dogs w buns", "a cheeseburger on a bun", "hot dogs, on white
rolls": the bun said is the row's own, not two more rolls beside it (a dish of parts swaps
its bread for the one named instead, see context._other_bread).
"""

from __future__ import annotations

from journal.foods.items import ParsedItem
from journal.foods.table import Table

_HOLDS_BREAD = ("burger", "hotdog", "hot dog", "sandwich", "submarine")


def bread_held(table: Table, before: ParsedItem, item: ParsedItem) -> bool:
    """Whether ``item`` is bread the single fast-food row ``before`` already holds."""
    if item.index is None or len(item.parts) != 1 or len(before.parts) != 1:
        return False
    if item.amount_given and item.count > max(before.count, 1.0):
        return False  # "a hot dog with 2 extra rolls": more bread than the row holds
    row, bread = before.parts[0][0], item.parts[0][0]
    name = table.name(row).lower()
    held = table.group(row) == "Fast Foods" and any(w in name for w in _HOLDS_BREAD)
    is_bread = table.group(bread) == "Baked Products" and table.name(bread).startswith(
        ("Bread", "Rolls")
    )
    return held and is_bread
