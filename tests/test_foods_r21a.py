"""Round 21a: counts, handfuls and shares said after or apart from their food.

Phrases of no scoring table; each asserts what a runner would see in the check-in.
"""

from __future__ import annotations

import pytest

from journal import foods


def _grams(text: str, word: str) -> float:
    """Grams of the items whose name holds ``word`` (case-insensitive)."""
    parsed = foods.parse_meal(text)
    assert not parsed.unmatched, parsed.unmatched
    return sum(i.grams for i in parsed.items if word in i.name.lower())


def _near(got: float, want: float) -> bool:
    return 0.7 * want <= got <= 1.3 * want


@pytest.mark.parametrize(
    ("after", "before"),
    [
        ("carrot sticks w hummus, 6 sticks", "6 carrot sticks w hummus"),
        ("toast w vegemite, 3 slices", "3 slices toast w vegemite"),
        ("oreos, 5 of them", "5 oreos"),
        ("green tea, 3 cups so far", "3 cups green tea"),
        ("10 chicken wings, ate 6 of them", "6 chicken wings"),
        ("a bag of mini donuts, had 4", "4 mini donuts"),
    ],
)
def test_a_count_said_after_is_the_foods(after: str, before: str) -> None:
    got, want = foods.parse_meal(after), foods.parse_meal(before)
    assert not got.unmatched
    assert [i.name for i in got.items] == [i.name for i in want.items]
    assert abs(got.totals["kcal"] - want.totals["kcal"]) <= 0.05 * want.totals["kcal"]


def test_the_dip_keeps_its_helping_when_the_count_is_the_sticks() -> None:
    assert _grams("celery w cream cheese, 4 sticks", "cream cheese") < 40


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("maurten gel at 8k and 16k", 2),
        ("a gu at 5k, 12k and 20k", 3),
        ("clif shot at 40 and 80 min", 2),
    ],
)
def test_one_at_each_mark(text: str, count: int) -> None:
    one = foods.parse_meal(text.split(" at ")[0]).totals["kcal"]
    got = foods.parse_meal(text).totals["kcal"]
    assert _near(got, count * one)


def test_a_time_of_day_is_not_a_mark() -> None:
    assert _near(_grams("espresso at 6 and 11", "espresso"), 30)


@pytest.mark.parametrize(
    ("text", "word", "want"),
    [
        ("8 jelly snakes", "sweets", 8 * 6.5),  # not eight 40 g bags
        ("carrot sticks w hummus, 6 sticks", "carrots", 6 * 10),  # sticks, not six carrots
        ("red frogs x4", "sweets", 4 * 6),
        ("a fistful of prunes", "plums", 5 * 9.5),  # a fistful is a handful
        ("medjool dates, a handful", "dates", 3.5 * 24),
        ("cherries, a handful off the tree", "cherries", 10 * 8.2),
        ("a handful of pretzels", "pretzels", 30),  # small pieces stay a 30 g handful
    ],
)
def test_pieces_of_a_known_size(text: str, word: str, want: float) -> None:
    assert _near(_grams(text, word), want)


@pytest.mark.parametrize(
    ("text", "word", "want"),
    [
        ("gelato 2 scoops in a waffle cone", "ice creams", 132),
        ("weet-bix 4 biscuits w milk", "shredded", 4 * 19),
        ("haagen dazs half a pint", "ice creams", 210),
    ],
)
def test_scoops_biscuits_and_shares_said_behind(text: str, word: str, want: float) -> None:
    assert _near(_grams(text, word), want)


def test_frosted_mini_wheats_are_counted_by_the_biscuit() -> None:
    assert _near(_grams("30 frosted mini wheats", "mini-wheats"), 30 * 59 / 24)


@pytest.mark.parametrize(
    ("after", "before"),
    [
        ("pretzels: a handful", "a handful of pretzels"),
        ("sparkling water, 2 bottles so far today", "2 bottles sparkling water"),
        ("dumplings, ate 5 of the 12", "5 dumplings"),
        ("poached eggs w toast, 2 slices wholemeal", "poached eggs w 2 slices wholemeal bread"),
    ],
)
def test_more_ways_of_saying_it_after(after: str, before: str) -> None:
    got, want = foods.parse_meal(after), foods.parse_meal(before)
    assert not got.unmatched
    assert abs(got.totals["kcal"] - want.totals["kcal"]) <= 0.05 * want.totals["kcal"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("yoghurt, 1 pot strawberry", "yogurt, fruit"),  # a strawberry yoghurt, not a punnet
        ("coke, 2 cans diet", "low calorie"),
        ("ice cream, 2 scoops chocolate", "ice creams, chocolate"),
    ],
)
def test_a_kind_said_after_the_amount_is_the_foods(text: str, word: str) -> None:
    parsed = foods.parse_meal(text)
    assert not parsed.unmatched
    assert [word in i.name.lower() for i in parsed.items] == [True]


def test_a_kind_that_is_a_food_alone_stays_apart() -> None:
    names = [i.name.lower() for i in foods.parse_meal("toast, 2 slices sourdough").items]
    assert len(names) == 1 and names[0].startswith("bread")
