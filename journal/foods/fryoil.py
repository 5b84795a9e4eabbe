"""The oil a food said fried took up, where SR24 has no fried row for it.

"fried salmon", "pan fried potatoes", "sauteed mushrooms", "fried bread", "stir fried tofu":
the food's own row (cooked dry heat, baked, boiled) holds none of the pan's fat, and SR24 has
no fried form to pick (an egg, a chicken breast and tofu have theirs: :mod:`cookedform` picks
them). The item gains the oil the food took up, as the roast potatoes alias does (8 g to 150 g):
about 5 % of the food's weight shallow or stir fried and sauteed (a tsp to 100 g), 8 % deep
fried bare, and a quarter of bread's weight (fried bread soaks it up: UK fried bread is about
500 kcal / 100 g against 220 for the slice; approx.). Air fried, oven "fried" and a dish that
lists its oil or is fried already ("fried rice", fish in batter) are left as they are.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from journal.foods.sizing import food_id

if TYPE_CHECKING:
    from journal.foods.items import ParsedItem
    from journal.foods.table import Table

_CUE = re.compile(r"\b(?:fried|sauteed|sautéed|sauted|sautee)\b", re.I)
_NOT_IN_OIL = re.compile(r"\b(?:air[- ]?|oven[- ]?)fr\w*|\bfried\s+(?:rice|noodles?)\b", re.I)
OIL = "04582"  # canola oil, the frying oil of the table's dishes
_RATES = {"Baked Products": 0.25}
_DEEP = 0.08
_PAN = 0.05
# the foods a runner fries at home: never a dish, a drink or a sweet
_FRIED_GROUPS = frozenset(
    (
        "Finfish and Shellfish Products",
        "Vegetables and Vegetable Products",
        "Legumes and Legume Products",
        "Baked Products",
        "Cereal Grains and Pasta",
        "Poultry Products",
        "Pork Products",
        "Beef Products",
        "Lamb, Veal, and Game Products",
        "Sausages and Luncheon Meats",
        "Dairy and Egg Products",
    )
)
_FRIED_NAME = ("fried", "fries", "batter", "breaded", "fritter", "chips", "hashed brown")


def _fried_already(name: str) -> bool:
    low = name.lower()
    return any(w in low for w in _FRIED_NAME)


def fried_oil(table: Table, items: list[ParsedItem]) -> None:
    """Give each item said fried whose rows hold no frying its oil."""
    if OIL not in table.ids:
        return
    meal_text = "\n".join(item.text for item in items).lower()
    if "fr" not in meal_text and "saut" not in meal_text:
        return
    oil = table.ids[OIL]
    for item in items:
        low = item.text.lower()
        if item.index is None or not _CUE.search(low) or _NOT_IN_OIL.search(low):
            continue
        parts = list(item.parts) or [(item.index, item.grams)]
        if len(parts) != 1:
            continue  # a dish: its recipe says its own fat
        i, grams = parts[0]
        group = table.group(i)
        if group not in _FRIED_GROUPS or _fried_already(table.name(i)) or grams <= 0:
            continue
        if group == "Fats and Oils" or food_id(table, i) == OIL:
            continue
        rate = _RATES.get(group, _DEEP if "deep" in low else _PAN)
        parts.append((oil, round(grams * rate, 1)))
        item.parts = tuple(parts)
        item.grams = round(sum(g for _i, g in parts), 2)
