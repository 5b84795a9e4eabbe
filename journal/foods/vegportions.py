"""Vegetables with no amount that went into or beside a dish: a portion, not a whole one.

"couscous with roast courgette and peppers" is not a whole courgette and a whole pepper, nor
"omelette with peppers and onion" a whole onion (kept apart from context.py, which holds how
the items of a meal shape each other).
"""

from __future__ import annotations

import re

from journal.foods.items import ParsedItem
from journal.foods.sizing import free as _free
from journal.foods.sizing import set_grams as _set_grams
from journal.foods.table import Table

_VEG = "Vegetables and Vegetable Products"


def is_potato(table: Table, i: int) -> bool:
    """Chips, fries or a jacket: a side (beside a burger, an omelette), never a vegetable in it."""
    return table.name(i).startswith(("Potato", "Sweet potato"))


# A portion of vegetables or pulses (NHS "5 A Day": 80 g) is what goes in or beside a grain
# dish: "couscous with roast courgette and peppers" is not a whole courgette and a whole pepper.
VEG_PORTION_G = 80.0
_GRAIN = "Cereal Grains and Pasta"
_VEG_OR_PULSE = frozenset((_VEG, "Legumes and Legume Products"))
_NOT_VEG = ("sauce", "paste", "puree", "juice", "soup", "hummus", "tofu")  # sauces, not sides


def veg_with_grain(table: Table, items: list[ParsedItem]) -> None:
    """Vegetables and pulses with no amount, in a meal built on rice, pasta or a grain: one
    portion each, at most (a helping of a dish said by name is left as it is)."""
    if not any(table.group(i) == _GRAIN for item in items for i, _g in item.parts):
        return
    for item in items:
        veg = item.index is not None and table.group(item.index) in _VEG_OR_PULSE
        name = table.name(item.index).lower() if item.index is not None else ""
        sauce = name.startswith(("potato", "tomato products")) or any(w in name for w in _NOT_VEG)
        if _free(item) and veg and not sauce and item.grams > VEG_PORTION_G:
            _set_grams(item, VEG_PORTION_G)


EGG_VEG_G = 50.0  # a vegetable folded into an omelette or scramble: half a pepper, a small onion
_EGG_DISH = re.compile(r"\b(?:omelett?e|omelet|scramble|scrambled|frittata|shakshuka)\b", re.I)


def veg_in_eggs(table: Table, items: list[ParsedItem]) -> None:
    """Vegetables with no amount beside an omelette or a (tofu) scramble went into it: ~50 g
    each (BBC Good Food's veggie omelettes: half a pepper, a small onion, a few mushrooms)."""
    if not any(_EGG_DISH.search(item.text) for item in items):
        return
    for item in items:
        veg = item.index is not None and table.group(item.index) == _VEG
        if _free(item) and veg and not is_potato(table, item.index or 0) and item.grams > EGG_VEG_G:
            _set_grams(item, EGG_VEG_G)
