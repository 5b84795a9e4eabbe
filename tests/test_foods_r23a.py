"""Round 23a: measure, vessel and share words, on phrases of no scoring table.

Each phrase is read as a runner would see it: the food named, and grams within ±30 % of a
household figure (USDA household measures, UK pour and pack sizes, approx.).
"""

from __future__ import annotations

import pytest

from journal import foods
from journal.foods.measureafter import measures_first
from journal.foods.sharesbefore import shares_before


def _one(text: str) -> tuple[str, float]:
    parsed = foods.parse_meal(text)
    assert parsed.unmatched == [], (text, parsed.unmatched)
    assert len(parsed.items) == 1, (text, parsed.items)
    return parsed.items[0].name.lower(), parsed.items[0].grams


def _near(grams: float, want: float) -> bool:
    return 0.7 * want <= grams <= 1.3 * want


@pytest.mark.parametrize(
    ("text", "word", "want"),
    [
        ("rooibos, a big mug", "tea", 400),  # a big mug 350-450 ml
        ("a teacup of earl grey", "tea", 200),  # a teacup 180-200 ml
        ("a tumbler of apple juice", "apple juice", 275),  # a tumbler 250-300 ml
        ("a goblet of merlot", "wine", 200),  # a goblet's pour 175-250 ml
        ("a carafe of rose", "wine", 500),  # a restaurant carafe 500 ml
        ("a thermos of hot chocolate", "chocolate", 500),  # a vacuum flask 500 ml
        ("a ramekin of rice pudding", "pudding", 120),  # a 4 oz ramekin, 118 ml
        ("cashews, a generous handful", "cashew", 40),  # a handful 30 g, generous 40
        ("pistachios 1 small handful", "pistachio", 20),
        ("macadamias, roughly a handful", "macadamia", 30),
        ("tahini, a dollop", "tahini", 30),
        ("ghee a knob", "butter", 10),
        ("marmalade, a scrape", "marmalade", 3),
        ("oat milk, a splash", "oat", 30),
        ("maple syrup a drizzle", "maple", 9),  # 7 ml
        ("parmesan, a sprinkle", "parmesan", 8),
        ("brown sugar, a level teaspoon", "sugar", 4),
        ("stout, a pint", "beer", 568),
        ("a forkful of cheesecake", "cheesecake", 15),
    ],
)
def test_a_measure_either_side_of_its_food(text: str, word: str, want: float) -> None:
    name, grams = _one(text)
    assert word in name, (text, name)
    assert _near(grams, want), (text, grams, want)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("a cup of gumbo", 215),  # FNDDS: a cup of a mixed dish 137-253 g
        ("a cup of chicken tikka masala", 215),
        ("2 cups of beef stew", 430),
        ("a ladle of sambar", 110),  # an Indian ladle 100-120 ml
    ],
)
def test_a_cup_or_ladle_of_a_dish_is_that_much_of_it(text: str, want: float) -> None:
    parsed = foods.parse_meal(text)
    assert parsed.unmatched == [], text
    assert _near(sum(i.grams for i in parsed.items), want), (text, parsed.items)


def test_a_plate_of_a_full_plated_dish_is_no_more_than_a_plate_holds() -> None:
    parsed = foods.parse_meal("a plate of beef stroganoff")
    assert sum(i.grams for i in parsed.items) <= 460


@pytest.mark.parametrize(
    ("text", "whole", "share"),
    [
        ("most of a calzone", "a calzone", 0.75),
        ("calzone, most of it", "a calzone", 0.75),
        ("most of the bottle of cava", "a bottle of cava", 0.75),
        ("3/4 of a bottle of rose", "a bottle of rose", 0.75),
        ("half the tub of gelato", "a tub of gelato", 0.5),
        ("the whole bottle of cava", "a bottle of cava", 1.0),
        ("all of the pizza margherita", "a whole pizza margherita", 1.0),
    ],
)
def test_a_share_said_before_its_food(text: str, whole: str, share: float) -> None:
    got = sum(i.grams for i in foods.parse_meal(text).items)
    base = sum(i.grams for i in foods.parse_meal(whole).items)
    assert foods.parse_meal(text).unmatched == [], text
    assert _near(got, share * base), (text, got, base)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("kombucha, a tumbler", "a tumbler of kombucha"),
        ("honey 1 heaped teaspoon", "1 heaped teaspoon of honey"),
        ("muesli, about a cup", "a cup of muesli"),
        # left alone: an amount of its own, words joined to it, or a hedge or verb as "food"
        ("toast with jam, a scrape", "toast with jam, a scrape"),
        ("2 crumpets, a knob", "2 crumpets, a knob"),
        ("plums, probably 2 cups", "2 cups of plums"),
        ("electrolytes, drank 2 bottles", "electrolytes, drank 2 bottles"),
    ],
)
def test_a_measure_said_after_is_said_first_only_for_a_plain_food(text: str, said: str) -> None:
    assert measures_first(text) == said


@pytest.mark.parametrize(
    "text",
    ["ate all of it", "roast with all the trimmings", "half the batch of brownies"],
)
def test_shares_of_no_food_are_left_alone(text: str) -> None:
    assert shares_before(text) == text


@pytest.mark.parametrize(
    ("text", "word", "low", "high"),
    [
        ("a sprinkle of nutmeg", "nutmeg", 0.2, 1.5),  # a shake of a spice, not 8 g
        ("demerara sugar, a sprinkle", "sugar", 1.5, 5),
        ("a smear of almond butter", "almond", 5, 10),  # a thin spread
        ("a sliver of cheesecake", "cheesecake", 25, 60),  # a thin cut of its slice
        ("a sliver of stilton", "cheese", 5, 20),
        ("a knob of unsalted butter", "butter", 7, 15),
    ],
)
def test_a_kitchen_amount_weighs_what_it_is_of(
    text: str, word: str, low: float, high: float
) -> None:
    name, grams = _one(text)
    assert word in name, (text, name)
    assert low <= grams <= high, (text, grams)
