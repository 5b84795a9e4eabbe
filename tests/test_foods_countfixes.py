"""Counts and sides that were read wildly wrong (session 12): a chain's nuggets counted by the
nugget, an article before a count, a meal's size said with its side, oven chips by the bag."""

from __future__ import annotations

import pytest

from journal import foods


def _grams(text: str) -> float:
    parsed = foods.parse_meal(text)
    assert not parsed.unmatched, (text, parsed.unmatched)
    return sum(i.grams for i in parsed.items)


def test_chain_nuggets_are_counted_by_the_nugget() -> None:
    # Chick-fil-A's 8-count is 113 g (~ 14 g a nugget); "8 ..." was 904 g, "12 ..." 1,356 g
    assert _grams("chick fil a nuggets") == pytest.approx(113, rel=0.1)
    assert _grams("12 chick-fil-a nuggets") == pytest.approx(170, rel=0.1)
    assert _grams("chick fil a nuggets 12 count") == pytest.approx(170, rel=0.1)


def test_an_article_before_a_count_is_no_count_of_one() -> None:
    assert _grams("a 12 count nuggets") == pytest.approx(_grams("12 nuggets"))
    assert _grams("a 20 nuggets") == pytest.approx(_grams("20 nuggets"))
    assert _grams("a 330 of heineken") < 500  # a 330 ml bottle, not 330 of them


def test_a_meal_sized_by_its_side_counts_the_side_once() -> None:
    parsed = foods.parse_meal("big mac meal, medium fries")
    fries = [i for i in parsed.items if "french fr" in i.name]
    assert len(fries) == 1
    assert any("cola" in i.name.lower() for i in parsed.items)  # the meal's drink is kept
    sprite = foods.parse_meal("big mac meal, medium fries and a sprite")
    assert any("SPRITE" in i.name for i in sprite.items)
    assert not any("cola" in i.name.lower() for i in sprite.items)
    salad = foods.parse_meal("chicken meal, large salad")  # the size is the salad's
    assert not any("french fr" in i.name for i in salad.items)


def test_a_bag_of_oven_chips_is_chips_not_crisps() -> None:
    parsed = foods.parse_meal("oven chips, half the bag")
    assert [i.food_id for i in parsed.items] == [
        i.food_id for i in foods.parse_meal("oven chips").items
    ]
    assert sum(i.grams for i in parsed.items) > 250  # half a frozen bag, not half a crisp packet
    crisps = foods.parse_meal("a bag of chips")
    assert all("potato chips" in i.name for i in crisps.items)
