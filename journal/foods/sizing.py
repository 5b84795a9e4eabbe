"""Small readers and setters the meal-context rules share (:mod:`journal.foods.context`,
:mod:`journal.foods.spreads`, :mod:`journal.foods.plates`): which food an item is, whether its
amount is ours to judge, and resizing a single-food item.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from journal.foods.table import Table

if TYPE_CHECKING:
    from journal.foods.items import ParsedItem


def free(item: ParsedItem) -> bool:
    """A single food the runner gave no amount for: its grams are ours to judge."""
    return item.index is not None and not item.amount_given and len(item.parts) == 1


def food_id(table: Table, i: int) -> str:
    """The SR24 (or modelled) id of the table row ``i``."""
    return table.rows[i][0]


def first(item: ParsedItem) -> int | None:
    """The item's first food: a dish's first part, else the food itself."""
    return item.parts[0][0] if item.parts else item.index


def set_grams(item: ParsedItem, grams: float) -> None:
    """Resize a single-food item."""
    item.grams = round(grams, 2)
    item.parts = ((item.parts[0][0], item.grams),)
