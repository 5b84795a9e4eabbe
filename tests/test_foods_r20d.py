"""Issue 15, session 12 round 20d: what a dish is made of, counts of its pieces, and combos.

A filling said after a dish ("burrito, pork") is what the dish holds, not another food; a
dish's own bread said again ("on a brioche bun") is not a second bun; a bare patty is beef
and a weighed patty weighs the burger's own meat; a count of pizza rolls counts rolls; a
chain's combo, meal or #1 is its main with fries and a drink. Each phrase is written for
this test, in no phrase table; the gram range is what a careful person would accept for
the named part (about +-30 %).
"""

from __future__ import annotations

import pytest

from tests.test_foods_round3 import _items

CASES: list[tuple[str, str, float, float]] = [
    # a filling after a comma fills the dish, once
    ("burrito, pork", "10042", 65, 130),
    ("3 empanadas, chicken", "36403", 185, 350),
    ("green curry, tofu", "16126", 70, 130),
    ("souvlaki wrap w tzatziki", "18041", 40, 80),
    # the dish's own bread, said again
    ("sloppy joe on a brioche bun", "18350", 30, 55),
    # a patty is beef; a weighed patty weighs the burger's own meat
    ("2 patties", "23568", 110, 200),
    ("turkey burger, 5oz patty", "05186", 100, 185),
    ("chicken burger, 120g patty", "05058", 85, 155),
    # a count of small pieces counts the pieces
    ("12 pizza rolls", "21299", 120, 220),
    ("pizza bites x10", "21299", 100, 180),
    # a chain's combo, meal or #1: main, fries, drink
    ("bk #1 large", "21252", 200, 380),
    ("bk #1 large", "21138", 120, 220),
    ("bk #1 large", "14400", 330, 620),
    ("mcdonalds quarter pounder meal", "21138", 95, 175),
    ("mcdonalds quarter pounder meal", "14400", 260, 480),
    ("wendys baconator combo w a sprite", "14145", 340, 630),
    ("wendys baconator combo w a sprite", "21138", 95, 175),
    ("jack in the box #1", "21113", 155, 285),
    ("canes 4 finger combo", "21401", 125, 235),
    ("canes 4 finger combo", "18069", 30, 60),
    ("grand slam at dennys", "18390", 85, 160),
    ("chicken n waffles w hot sauce", "05007", 120, 220),
]


@pytest.mark.parametrize(("text", "food", "low", "high"), CASES)
def test_r20d_part_and_grams(text: str, food: str, low: float, high: float) -> None:
    assert low <= _items(text).get(food, 0.0) <= high


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("3 empanadas, chicken", "05064"),  # the filling is the empanadas' own
        ("2 tacos, pork", "10042"),  # no pork chop beside the tacos
        ("popeyes 3 piece meal w mash", "14400"),  # sides listed: what came, no cola added
        ("homemade burger, 6oz patty", "05324"),  # a patty is beef, never a chicken patty
    ],
)
def test_r20d_not_added(text: str, wrong: str) -> None:
    assert wrong not in _items(text)


def test_filling_is_counted_once() -> None:
    """ "burrito, pork": the burrito's one main, not the recipe's plus a pork chop."""
    mains = [f for f in _items("burrito, pork") if f.startswith(("05", "10", "13"))]
    assert mains == ["10042"]


def test_plain_food_then_main_stays_two() -> None:
    """ "rice, chicken" is a list of two foods: no dish to fill."""
    items = _items("rice, chicken")
    assert items.get("20045", 0) > 100 and items.get("05064", 0) > 80


def test_sweet_pie_is_not_filled() -> None:
    """ "pie, mince" is never re-read as a Christmas mince pie: the mince stays the beef."""
    assert _items("pie, mince").get("23567", 0) > 80
