"""What a shop's tub or bag of a fresh food holds, when the food has no such portion in SR24.

"half a tub of hummus", "a tub of cottage cheese", "a bag of spinach": the pack a supermarket
sells, not the food's everyday helping (60 g of hummus) nor a 35 g bag of crisps. Sizes are the
usual UK and US pack labels:

- hummus: UK 200 g tubs (Sabra, supermarket own brands), US 8-10 oz (227-283 g) -> 200 g.
- cottage cheese: UK 300 g tubs, US 16 oz (454 g) -> 300 g.
- cream cheese: UK 180-200 g tubs (Philadelphia 180 g), US 8 oz (227 g) -> 200 g.
- coleslaw and potato salad: UK deli tubs 250-300 g, US 1 lb -> 300 g.
- bagged leaves: UK mixed salad and rocket 90-120 g, US 5 oz (142 g) -> 120 g; spinach and
  kale bags UK 200-260 g, US 6-10 oz (170-280 g) -> 200 g.

Read by :func:`journal.foods.portions.retail_grams`; a food with its own SR24 container
portion (a yogurt's 8 oz container) keeps that one.
"""

from __future__ import annotations

from journal.foods.table import Table

_TUB_G = (
    ("Hummus", 200.0),
    ("Cheese, cottage", 300.0),
    ("Cheese, cream", 200.0),
    ("Coleslaw", 300.0),
    ("Potato salad", 300.0),
)
_LEAF_BAG_G = (
    ("Spinach, raw", 200.0),
    ("Kale, raw", 200.0),
    ("Lettuce", 120.0),
    ("Arugula, raw", 120.0),
    ("Watercress, raw", 120.0),
    ("Cress, garden, raw", 120.0),
)


def pack_grams(table: Table, i: int, unit: str, word: str = "") -> float | None:
    """Grams in one tub or bag of food ``i`` as shops sell it, or None. Only a tub: "a pot of
    hummus" or "a hummus snack pot" is a snack pot (60 g, the everyday helping)."""
    tub = unit == "container" and word.lower().startswith("tub")
    sizes = _TUB_G if tub else _LEAF_BAG_G if unit == "bag" else ()
    name = table.name(i)
    return next((g for prefix, g in sizes if name.startswith(prefix)), None)
