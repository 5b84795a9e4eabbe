"""Round 27b: small counted things and pieces of a dish, as a runner would see them."""

from __future__ import annotations

import pytest

from journal import foods


def _grams(phrase: str, start: str) -> float:
    parsed = foods.parse_meal(phrase)
    assert not parsed.unmatched, parsed.unmatched
    return sum(i.grams for i in parsed.items if i.name.startswith(start))


@pytest.mark.parametrize(
    ("phrase", "start", "low", "high"),
    [
        # a count said with the food's head word counts the food as first said
        ("baby carrots and ranch, like 10 carrots", "Carrots, baby", 70, 130),
        ("baby carrots, about 12 carrots", "Carrots, baby", 90, 160),
        ("baby carrots with hummus, 8 carrots", "Carrots, baby", 55, 105),
        # a handful after a food and its dip is the food's
        ("tortilla chips and salsa, a couple handfuls", "Snacks, tortilla", 40, 75),
        ("pretzels and hummus, a handful", "Snacks, pretzels", 20, 40),
        # slices of a topping after a pizza are slices of that pizza
        (
            "leftover cold pizza for breakfast, 2 slices of pepperoni",
            "DOMINO'S 14\" Pepperoni",
            150,
            260,
        ),
        # balls of onigiri count the onigiri, the filling theirs
        ("onigiri I made, salmon, 2 balls", "Sushi rice", 180, 220),
        ("onigiri I made, salmon, 2 balls", "Fish, salmon", 22, 38),
        ("rice balls, 3 pieces", "Sushi rice", 270, 330),
        # pieces of a rolled omelette; the bento it came from is where
        ("tamagoyaki from the bento, 3 pieces", "Egg, whole", 65, 115),
        ("tamagoyaki, 2 pieces", "Egg, whole", 45, 80),
        # a pack said after the food
        ("packet of raisins from the lunchbox, mini box", "Raisins", 10, 18),
        ("raisins, mini box", "Raisins", 10, 18),
        # a cooking word picks SR24's cooked row; a cup of seeds is shelled
        ("peanuts, boiled, one cup", "Peanuts, all types, cooked, boiled", 45, 80),
        ("boiled peanuts", "Peanuts, all types, cooked, boiled", 20, 80),
        ("sunflower seeds, quarter cup", "Seeds, sunflower", 25, 42),
        ("a cup of sunflower seeds", "Seeds, sunflower", 110, 170),
    ],
)
def test_small_counts(phrase: str, start: str, low: float, high: float) -> None:
    assert low <= _grams(phrase, start) <= high


def test_head_word_of_another_food_is_left() -> None:
    # "8 eggs" is not the toast's head word: the count stays where it was
    assert _grams("toast, 2 eggs", "Egg") >= 90


def test_part_of_a_dish_said_again_is_the_part() -> None:
    # "keema pav, 2 pav": two buns with one keema, never two plates
    assert _grams("keema pav, 2 pav", "Lamb") < 150
