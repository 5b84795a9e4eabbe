"""Whether a reading is one a person could have eaten, so a wild one is shown as unsure.

A misread count or size ("coke 330 can" as 330 cans, "a 12 pho" as twelve bowls) gives the
analyzer kilograms no runner ate. The parser cannot know every such reading is wrong, but it
can know it is implausible: one item over 2.5 kg (a drink over 3 l) or over 2,500 kcal, or a
meal over 4,000 kcal. Such an item keeps its reading but is shown as unsure, so the check-in
asks the runner to check it, unless the runner said that weight or volume outright ("1.2 kg
of rice", "2 l of water"): then it is what they said. The weight is judged by what the runner
typed (said plainly: "1,5 l" is "1.5 l"), not by the item's text after rewriting, since a
rewrite can put a figure in ("a juice box of" is "200 ml of") that no runner vouched for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from journal.foods.amountwords import plain_amounts
from journal.foods.table import Table

ITEM_G = 2500.0  # a solid helping past this is more than anyone eats at one sitting
DRINK_G = 3000.0  # a drink (or a soup's broth) past 3 l
ITEM_KCAL = 2500.0
MEAL_KCAL = 4000.0
UNSURE = 0.5  # the confidence an implausible reading is shown with (below foods.SURE)

# A weight or volume said with a figure: "400g", "1.2 kg", "2 l", "16 oz", "1 lb", "500 ml".
_WEIGHED = re.compile(
    r"(\d+(?:\.\d+)?)\s*(?:g|gr|grams?|grammes?|kg|kgs|kilos?|kilograms?|mg|ml|mls|millilit(?:re|er)s?|cl"
    r"|dl|l|lt|ltr|litres?|liters?|oz|ozs|ounces?|fl\.?\s*oz|lbs?|pounds?)\b",
    re.I,
)
_LIQUID_GROUPS = frozenset(("Beverages", "Soups, Sauces, and Gravies"))
_LIQUID_NAME = re.compile(r"\b(?:milk|juice|broth|stock|water|drink|beverage)\b", re.I)


def weighed(text: str, said: str | None = None) -> bool:
    """Whether the runner said a weight or volume outright: one in ``text`` whose figure is
    among those typed in ``said`` (the meal as typed), or any in ``text`` when not given."""
    if said is None:
        return bool(_WEIGHED.search(text))
    typed = _typed_figures(said)
    return any(float(m[1]) in typed for m in _WEIGHED.finditer(text))


@lru_cache(maxsize=8)
def _typed_figures(said: str) -> frozenset[float]:
    """The figures of every weight or volume typed in the meal (once a meal: a paste's
    hundreds of items each ask)."""
    return frozenset(float(m[1]) for m in _WEIGHED.finditer(plain_amounts(said)))


def _liquid(table: Table, i: int) -> bool:
    return table.group(i) in _LIQUID_GROUPS or bool(_LIQUID_NAME.search(table.name(i)))


def kcal_of(table: Table, parts: Sequence[tuple[int, float]]) -> float:
    """The energy of (row, grams) pairs; a value not measured adds nothing."""
    k = table.nutrient_keys.index("kcal")
    return sum((table.values(i)[k] or 0.0) * g / 100.0 for i, g in parts)


def implausible(
    table: Table, text: str, parts: Sequence[tuple[int, float]], said: str | None = None
) -> bool:
    """Whether one item's reading is more than one person eats, and not a weight said."""
    if not parts:
        return False
    grams = sum(g for _i, g in parts)
    if grams * 9.0 <= ITEM_KCAL or weighed(text, said):
        return False  # the cheap common case first: nothing is 9 kcal a gram or more
    liquid = sum(g for i, g in parts if _liquid(table, i))
    if grams - liquid > ITEM_G or grams > DRINK_G:
        return True
    return kcal_of(table, parts) > ITEM_KCAL


def meal_outliers(
    table: Table,
    items: Sequence[tuple[str, Sequence[tuple[int, float]]]],
    said: str | None = None,
) -> set[int]:
    """The items to doubt in a meal over 4,000 kcal: every item not weighed outright that
    holds a quarter or more of it (the misread one is the big one)."""
    energies = [kcal_of(table, parts) for _text, parts in items]
    total = sum(energies)
    if total <= MEAL_KCAL:
        return set()
    return {
        n
        for n, ((text, _parts), kcal) in enumerate(zip(items, energies, strict=True))
        if kcal >= total / 4 and not weighed(text, said)
    }
