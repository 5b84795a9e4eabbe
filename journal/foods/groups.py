"""Food groups and ids the matcher treats alike: milks (a drink's main), mains (a dish's
protein), ready dishes (named with their filling).

Kept apart from :mod:`journal.foods.match` so that module stays a matcher.
"""

from __future__ import annotations

# Milks, plant drinks and water: the main of a coffee, shake, smoothie or bowl of cereal.
_DAIRY_MILKS = ("01077", "01078", "01079", "01081", "01082", "01084", "01085", "01087")
_PLANT_MILKS = ("16139", "14639", "x-oat-drink", "x-almond-drink", "x-coconut-drink")
MILKS = frozenset((*_DAIRY_MILKS, *_PLANT_MILKS, "14411"))  # and water
# What a qualifier may add to a milk drink; anything else is its flavour.
ADDED_TO_DRINKS = frozenset(
    ("Fruits and Fruit Juices", "Vegetables and Vegetable Products", "Nut and Seed Products")
)

MAIN_GROUPS = frozenset(
    (
        "Poultry Products",
        "Beef Products",
        "Pork Products",
        "Lamb, Veal, and Game Products",
        "Finfish and Shellfish Products",
        "Sausages and Luncheon Meats",
    )
)


# Fillings that take a meat's place in a wrap, curry or burger ("halloumi wrap", "paneer
# curry", "jackfruit burrito"): without them a dish kept its chicken and the word was lost.
PLANT_MAINS = ("Tofu", "Tempeh", "Falafel", "Jackfruit", "Vegetarian", "Sausage, meatless")
CHEESE_MAINS = frozenset(("01027",))  # halloumi, paneer (see aliases.txt)

# Ready dishes whose name already says what is in them: "beef lasagne", "chicken pizza".
DISH_GROUPS = frozenset(
    (
        "Meals, Entrees, and Side Dishes",
        "Fast Foods",
        "Restaurant Foods",
        "Soups, Sauces, and Gravies",
    )
)

# A dish as a filling weighs at most this many times the main it fills ("butter chicken wrap").
DISH_FILLING_MAX = 2.5
# "a turkey burger", "a falafel burger": a bun with that patty, salad (not a beef hamburger).
BURGER_BUN = (("18350", 60.0), ("11253", 10.0), ("11529", 20.0))
PATTY_MAX_G = 115.0  # a quarter-pound patty, cooked

FILLING_MEAT_MAX_G = 100.0  # a wrap or sandwich holds 70-100 g of meat (UK labels)


def as_filling(grams: float, is_meat: bool, less: float, filling: float) -> float:
    """A dish's part as another dish's filling: its meat stays, up to what a wrap or sandwich
    holds or the dish's own filling; its sauce and sides shrink by ``less``."""
    return min(grams, max(filling, FILLING_MEAT_MAX_G)) if is_meat else grams * less
