"""Round 25c: how food is ordered at a counter (journal/foods/ordermods.py)."""

from __future__ import annotations

import pytest

from journal import foods


def _grams(phrase: str) -> dict[str, float]:
    out: dict[str, float] = {}
    for item in foods.parse_meal(phrase).items:
        out[item.name.split(",")[0]] = out.get(item.name.split(",")[0], 0) + item.grams
    return out


@pytest.mark.parametrize(
    "phrase", ["burger extra bacon", "burrito add avocado", "wrap side of slaw", "blt extra bacon",
               "burger, make it a meal", "latte double shot", "chicken tacos extra cheese"],
)  # fmt: skip
def test_modifiers_leave_no_word_unread(phrase: str) -> None:
    assert not foods.parse_meal(phrase).unmatched


def test_extra_of_a_part_doubles_it() -> None:
    assert _grams("blt extra bacon")["Pork"] == pytest.approx(2 * _grams("blt")["Pork"])
    assert _grams("burrito bowl extra cheese")["Cheese"] == pytest.approx(
        2 * _grams("burrito bowl")["Cheese"]
    )


def test_extra_of_a_new_food_is_an_add_on() -> None:
    assert _grams("burger add avocado")["Avocados"] == 50
    assert "Fast foods" in _grams("burger extra bacon")  # the burger stays a burger
    assert "Pork" in _grams("burger extra bacon")


def test_make_it_a_meal_adds_fries_and_a_drink() -> None:
    names = " ".join(_grams("burger, make it a meal"))
    assert "Fast foods" in names and "Carbonated beverage" in names


def test_sized_side_after_a_dish() -> None:
    assert _grams("wrap large fries")["Fast foods"] == pytest.approx(
        _grams("wrap and large fries")["Fast foods"]
    )


@pytest.mark.parametrize(
    ("phrase", "main", "tortillas"),
    [("3 steak tacos", "Beef", 3), ("tofu tacos", "Tofu", 2), ("mushroom tacos", "Mushrooms", 2)],
)
def test_filled_tacos_are_tortillas_and_filling(phrase: str, main: str, tortillas: int) -> None:
    g = _grams(phrase)
    assert g["Tortillas"] == pytest.approx(24 * tortillas)
    assert 35 * tortillas <= g[main] <= 65 * tortillas


@pytest.mark.parametrize(("phrase", "main"), [("steak bowl", "Beef"), ("tofu bowl", "Tofu")])
def test_filled_bowl_has_its_rice(phrase: str, main: str) -> None:
    g = _grams(phrase)
    assert "Rice" in g and main in g


@pytest.mark.parametrize("phrase", ["carnitas burrito", "al pastor wrap"])
def test_taqueria_filling_in_a_burrito_is_one_tortilla(phrase: str) -> None:
    assert sum(1 for i in foods.parse_meal(phrase).items if i.name.startswith("Tortillas")) == 1
