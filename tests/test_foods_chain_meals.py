"""A chain's item said with the chain's name, and a combo said with its drink or side run on."""

from __future__ import annotations

import pytest

from journal import foods


def _names(phrase: str) -> list[str]:
    return [i.name for i in foods.parse_meal(phrase).items]


@pytest.mark.parametrize(
    "phrase", ["mcdonalds big mac", "mcdonald's big mac", "a mcdonalds big mac", "maccas big mac"]
)
def test_a_chains_name_before_its_item_keeps_the_item(phrase: str) -> None:
    meal = foods.parse_meal(phrase)
    assert not meal.unmatched
    assert [i.name for i in meal.items] == ["McDONALD'S, BIG MAC"]


@pytest.mark.parametrize(
    "phrase",
    [
        "big mac meal medium coke",
        "mcdonalds big mac meal large coke",
        "big mac meal medium coke + medium fries",
        "whopper meal medium coke",
    ],
)
def test_a_combo_with_its_drink_run_on_is_main_side_and_one_drink(phrase: str) -> None:
    meal = foods.parse_meal(phrase)
    names = [i.name.lower() for i in meal.items]
    assert not meal.unmatched
    assert sum("french fr" in n for n in names) == 1  # the side once, not twice
    assert sum("cola" in n for n in names) == 1
    assert any("big mac" in n or "whopper" in n for n in names)
    assert 900 < meal.totals["kcal"] < 1500


def test_the_drink_said_sets_the_combos_size() -> None:
    medium = foods.parse_meal("big mac meal medium coke").totals["kcal"]
    large = foods.parse_meal("big mac meal large coke").totals["kcal"]
    assert large > medium
