"""A dish named, then its parts listed without amounts: each part weighs what the dish gives it.

Before, the name was set aside and each part read at a helping of its own, so "poke bowl:
salmon, rice, edamame, avo" came to more than the bowl, and "lasagne (beef + cheese)" to a
steak and a slice of cheddar with no lasagne.
"""

from __future__ import annotations

import pytest

from journal import foods


def _grams(text: str) -> dict[str, float]:
    parsed = foods.parse_meal(text)
    assert not parsed.unmatched, text
    return {i.name: i.grams for i in parsed.items}


@pytest.mark.parametrize(
    ("listed", "bare"),
    [
        ("poke bowl: salmon, rice, edamame, avo", "poke bowl"),
        ("buddha bowl: quinoa, roast chickpeas, sweet potato, tahini", "buddha bowl"),
        ("burrito bowl - rice, black beans, cheese, salsa, lettuce", "burrito bowl"),
        ("greek salad - tomato, cucumber, feta, olives, olive oil", "greek salad"),
        ("irish stew (lamb, spuds, carrots)", "irish stew"),
    ],
)
def test_a_listed_part_weighs_what_the_dish_gives_it(listed: str, bare: str) -> None:
    """The list is about the dish: each part the recipe holds weighs the recipe's grams."""
    recipe = {i.food_id: i.grams for i in foods.parse_meal(bare).items}
    read = [i for i in foods.parse_meal(listed).items if i.food_id in recipe]
    assert len(read) >= 2, listed
    for item in read:
        assert item.grams == pytest.approx(recipe[item.food_id]), (listed, item.name)


def test_a_listed_part_takes_the_weight_of_the_part_it_replaces() -> None:
    """The bowl's tuna is 100 g; salmon said in its place weighs the same, not a fillet."""
    bowl = _grams("poke bowl")
    listed = _grams("poke bowl: salmon, rice, edamame, avo")
    tuna = next(g for name, g in bowl.items() if name.startswith("Fish, tuna"))
    salmon = next(g for name, g in listed.items() if name.startswith("Fish, salmon"))
    assert salmon == pytest.approx(tuna)


@pytest.mark.parametrize(
    ("text", "dish"),
    [
        ("lasagne (beef + cheese)", "Lasagna"),
        ("frittata slice (spinach + feta)", "Egg, whole, cooked, omelet"),
    ],
)
def test_a_list_of_what_is_in_a_one_row_dish_reads_the_dish(text: str, dish: str) -> None:
    names = list(_grams(text))
    assert len(names) == 1 and names[0].startswith(dish), names


def test_a_bread_named_first_is_eaten_with_its_list() -> None:
    """ "brekky muffin - bacon & egg": the filling is no recipe of the muffin's."""
    names = " ".join(_grams("brekky muffin - bacon & egg"))
    assert "bacon" in names and "Egg" in names


def test_dishes_in_a_list_keep_their_own_weight() -> None:
    """A meal deal's sandwich is a sandwich, not the deal's 56 g of bread."""
    deal = foods.parse_meal("meal deal - chicken & bacon sandwich, walkers crisps, diet coke")
    sandwich = sum(i.grams for i in deal.items if i.text.startswith("chicken"))
    assert sandwich > 100


def test_an_amount_in_the_list_keeps_the_runner_s_figures() -> None:
    grams = _grams("poke bowl: 150g salmon, rice, avo")
    assert next(g for n, g in grams.items() if n.startswith("Fish, salmon")) == 150
