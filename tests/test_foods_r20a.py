"""Round 20a: a word no food names is left unread, not read as an unrelated food.

Phrases of no scoring table; each asserts what a runner would see in the check-in.
"""

from __future__ import annotations

import pytest

from journal import foods


def _names(text: str) -> list[str]:
    return [i.name for i in foods.parse_meal(text).items]


@pytest.mark.parametrize(
    "text",
    [
        "a plate of hangi",  # a Maori earth oven, five letters from "chang" (a beer)
        "wharekai special",  # no food word at all
        "everything but the kitchen sink",
    ],
)
def test_an_unknown_word_is_shown_not_read(text: str) -> None:
    parsed = foods.parse_meal(text)
    assert not parsed.items
    assert parsed.unmatched


@pytest.mark.parametrize(
    ("text", "food"),
    [("chickn breast", "chicken"), ("mashed pototoes", "potato"), ("cheescake slice", "cheese")],
)
def test_a_real_typo_still_reads(text: str, food: str) -> None:
    parsed = foods.parse_meal(text)
    assert parsed.items and food in parsed.items[0].name.lower() and not parsed.unmatched


def test_a_word_run_together_is_its_last_food() -> None:
    """ "a butterburger" is a burger, not butterbur (a plant, canned)."""
    names = _names("a butterburger")
    assert names and "burger" in names[0].lower()


@pytest.mark.parametrize("text", ["2 eggs on toast, all the toppings", "pasta bake, restaurant"])
def test_a_describing_word_is_no_food(text: str) -> None:
    names = " ".join(_names(text)).lower()
    assert "peanut" not in names and "restaurant, chinese" not in names


def test_a_pack_said_after_a_measured_drink_is_its_pack() -> None:
    parsed = foods.parse_meal("250ml coconut water carton")
    assert [i.food_id for i in parsed.items] == ["12119"]
    assert 175 <= parsed.items[0].grams <= 325 and not parsed.unmatched


def test_the_black_stuff_is_a_pint_of_stout() -> None:
    parsed = foods.parse_meal("two pints of the black stuff")
    assert [i.food_id for i in parsed.items] == ["14003"]
    assert 800 <= parsed.items[0].grams <= 1500


def test_biscuits_with_gravy_are_us_biscuits() -> None:
    parsed = foods.parse_meal("3 biscuits with sausage gravy")
    ids = [i.food_id for i in parsed.items]
    assert "18016" in ids and "18173" not in ids
    biscuit = next(i for i in parsed.items if i.food_id == "18016")
    assert 126 <= biscuit.grams <= 234


def test_a_patty_said_with_a_burger_is_beef() -> None:
    names = " ".join(_names("burger at home, 120g patty, sesame bun")).lower()
    assert "beef" in names and "chicken" not in names


def test_a_meal_label_after_the_list_is_no_item() -> None:
    parsed = foods.parse_meal("porridge, a banana - brunch")
    assert len(parsed.items) == 2 and not parsed.unmatched


def test_a_food_word_before_a_size_is_not_dropped() -> None:
    """ "frosty small chocolate": the Frosty, not a chocolate bar with "frosty" dropped."""
    names = _names("frosty small chocolate")
    assert names and "frosty" in names[0].lower()
