"""Where a snack was eaten is not a food ("on the porch" was perch), and a pack word after the
weight it is sold at says no more than the weight ("snickers 50g bar" left "g bar" unread)."""

from __future__ import annotations

import pytest

from journal import foods


@pytest.mark.parametrize(
    ("phrase", "only"),
    [
        ("cherries in a bowl on the porch", "Cherries"),
        ("banana on the porch", "Bananas"),
        ("a bowl of cherries on the deck", "Cherries"),
        ("apple on the patio", "Apples"),
        ("peas from the garden", "Peas"),
        ("2 gels on the trail", "Syrups"),
    ],
)
def test_a_place_said_after_a_food_is_not_a_food(phrase: str, only: str) -> None:
    meal = foods.parse_meal(phrase)
    assert not meal.unmatched
    assert [i.name.split(",")[0] for i in meal.items] == [only]


def test_a_cocktail_named_for_a_place_is_still_the_cocktail() -> None:
    assert foods.parse_meal("sex on the beach").items


@pytest.mark.parametrize(
    ("phrase", "grams"),
    [
        ("cadbury dairy milk 45g bar", 45),
        ("snickers 50g bar", 50),
        ("walkers 25g bag", 25),
        ("crisps 32.5g bag", 32.5),
        ("cadbury dairy milk 45g bar on the porch", 45),
        ("walkers 25g bag with lunch", 25),
    ],
)
def test_a_pack_word_after_its_weight_is_that_weight(phrase: str, grams: float) -> None:
    meal = foods.parse_meal(phrase)
    assert not meal.unmatched
    assert [round(i.grams, 1) for i in meal.items] == [grams]
    assert "Milk, whole" not in meal.items[0].name  # "dairy milk 45g bar" was a glass of milk


def test_a_tub_still_holds_the_food_said_before_it() -> None:
    meal = foods.parse_meal("yoghurt with honey and toasted oats, 200g tub")
    assert any(i.name.startswith("Yogurt") and i.grams == 200 for i in meal.items)


@pytest.mark.parametrize("count", [2, 3, 4, 6])
def test_pies_from_the_servo_are_meat_pies_however_many(count: int) -> None:
    # "3 pie from the servo" was an apple pie while 1 and 2 were meat pies
    one = foods.parse_meal("1 pie from the servo")
    many = foods.parse_meal(f"{count} pies from the servo")
    assert [i.food_id for i in many.items] == [i.food_id for i in one.items]
    assert many.totals["kcal"] == pytest.approx(count * one.totals["kcal"], rel=0.01)
