"""Kitchen amounts whose weight depends on what they are of.

A knob of butter or a dollop of yoghurt weighs about the same whatever the food, but a
sprinkle of cinnamon is not a sprinkle of cheese (0.5 g, not 8 g), a pinch of sugar or spice
is a third of a gram, a smear of peanut butter or cream cheese is a thin spread (5-10 g, not
a 3 g scrape), and a sliver of cake, pie or cheese is a thin cut of its slice (about 40 %),
not the whole slice. Figures are approx. household weights (USDA: 1 tsp ground cinnamon
2.6 g, 1 tsp sugar 4.2 g; a thin spread of butter 5 g, of nut butter 8 g).
"""

from __future__ import annotations

from journal.foods.table import Table
from journal.foods.units import _GENERIC_G

_SPICE_SPRINKLE_G = 0.5  # a shake of cinnamon, pepper or paprika
_SUGAR_SPRINKLE_G = 3.0  # a sprinkle of sugar over porridge or berries: under a teaspoon
_SMEAR_G = 7.0  # a thin spread of butter, nut butter or cream cheese: 5-10 g
SLIVER_SHARE = 0.4  # a thin cut: about 40 % of the food's slice or helping


def kitchen_grams(table: Table, i: int, unit: str, default_grams: float) -> float:
    """Grams of one ``unit`` (a kitchen amount of :data:`_GENERIC_G`) of food ``i``."""
    if unit == "sliver":
        return SLIVER_SHARE * default_grams
    if unit in ("sprinkle", "pinch"):
        spice = table.group(i) == "Spices and Herbs"
        sugar = table.name(i).startswith("Sugars")
        if unit == "sprinkle" and (spice or sugar):
            return _SPICE_SPRINKLE_G if spice else _SUGAR_SPRINKLE_G
    if unit == "smear":
        return _SMEAR_G
    return _GENERIC_G[unit]
