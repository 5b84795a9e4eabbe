"""Round 20c: a dish eaten out is the venue's helping (journal/foods/eatenout.py), on
phrases of no scoring table."""

from __future__ import annotations

import pytest

from journal import foods


def _grams(phrase: str, name_start: str) -> float:
    return sum(i.grams for i in foods.parse_meal(phrase).items if i.name.startswith(name_start))


def _near(got: float, want: float) -> bool:
    return 0.7 * want <= got <= 1.3 * want


@pytest.mark.parametrize(
    "phrase",
    [
        "spaghetti carbonara at the restaurant",
        "linguine w clams, italian restaurant",
        "fettuccine alfredo at olive garden",
        "penne pesto, dinner out",
    ],
)
def test_sit_down_pasta_is_a_restaurant_plate(phrase: str) -> None:
    assert _near(_grams(phrase, "Spaghetti, cooked"), 325)


def test_home_pasta_keeps_its_helping() -> None:
    assert _grams("spaghetti carbonara", "Spaghetti, cooked") < 250


def test_restaurant_side_of_fries_and_pub_chips() -> None:
    assert _near(_grams("burger and fries at the diner", "Fast foods, potato"), 200)
    assert _near(_grams("scampi and chips at the pub", "Fast foods, potato"), 200)


def test_pub_nachos_are_a_plate() -> None:
    assert _near(_grams("nachos at the restaurant", "Fast foods, nachos"), 500)


def test_after_the_pub_is_not_at_the_pub() -> None:
    assert _grams("cheesy chips after the pub", "Fast foods, potato") < 190


def test_chip_shop_fish_and_meal_deal() -> None:
    assert _near(_grams("haddock and chips from the chip shop", "Fish in batter"), 200)
    meal = "boots meal deal: egg and cress sandwich, crisps, diet coke"
    assert _near(_grams(meal, "Carbonated beverage"), 500)


def test_venue_word_alone_is_no_food() -> None:
    parsed = foods.parse_meal("lasagna, restaurant")
    assert not [i for i in parsed.items if "fried rice" in i.name.lower()]
