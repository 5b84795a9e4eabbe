"""Round 21c: chain, takeaway and cafe items read as the counter serves them.

Phrases of no scoring table: what a runner sees (the foods, grams within ±30 %).
"""

from __future__ import annotations

import pytest

from journal import foods


def _grams(phrase: str, prefix: str) -> float:
    return sum(i.grams for i in foods.parse_meal(phrase).items if i.food_id.startswith(prefix))


def _near(got: float, want: float) -> bool:
    return 0.7 * want <= got <= 1.3 * want


@pytest.mark.parametrize(
    ("phrase", "prefix", "grams"),
    [
        # a chicken shop's fractions: the leg quarter, the breast quarter, the half bird
        ("red rooster 1/4 leg and chips", "05078", 150),
        ("¼ chicken leg, extra hot", "05078", 150),
        ("1/4 chicken w rice", "05078", 150),
        ("1/2 chicken and a salad", "05009", 300),
        ("leg and thigh from el pollo loco", "05078", 150),
        ("a 1/4 breast, lemon and herb", "05060", 200),
        # a bare leg is a chicken's, not a frog's
        ("one leg and some slaw", "05078", 150),
        # a sub's length said after the sub
        ("chicken teriyaki sub footlong", "18353", 150),
        ("meatball sub 6 inch", "18353", 75),
        # "chippies" are the chips
        ("red rooster burger and chippies", "21138", 170),
        # a bare pie from the bakery or the footy is a meat pie; its filling said after it
        ("a pie at the footy", "22529", 200),
        ("pie from the bakery, steak and mushroom", "22529", 200),
        # a fair's corn dog is SR24's 78 g one, as anywhere (docs/meal-judging.md, round 25d)
        ("corn dog from the carnival", "22973", 78),
        # a chain's own cups for a bare coffee or soda
        ("sausage mcmuffin w a coffee", "14209", 355),
    ],
)
def test_counter_items(phrase: str, prefix: str, grams: float) -> None:
    assert _near(_grams(phrase, prefix), grams), foods.parse_meal(phrase).items


def test_chain_soda_is_its_cup() -> None:
    """A bare soda at a burger chain is its regular fountain cup, not a 355 ml can."""
    meal = foods.parse_meal("whopper and a sprite")
    drink = [i for i in meal.items if i.name.startswith("Carbonated")]
    assert drink and _near(drink[0].grams, 500)
    # a size or a can said is the runner's, not the chain's
    can = foods.parse_meal("whopper and a can of sprite")
    assert all(i.grams < 400 for i in can.items if i.name.startswith("Carbonated"))


def test_dunkin_coffee_is_a_medium() -> None:
    assert _near(_grams("dunkin boston kreme and a black coffee", "14209"), 414)


def test_dotted_initials_are_one_word() -> None:
    meal = foods.parse_meal("b.l.t. on sourdough")
    assert not meal.unmatched
    assert _grams("b.l.t. on sourdough", "10862") > 0  # the bacon
    # two letters are left alone: "a.m." is no food
    assert not foods.parse_meal("gel at 6 a.m.").unmatched


def test_bakery_chain_is_a_place() -> None:
    meal = foods.parse_meal("2 cheese scrolls from bakers delight")
    assert not meal.unmatched


def test_fraction_of_a_dish_stays_a_share() -> None:
    """ "1/4 chicken pie" is a quarter of the pie, not a quarter chicken."""
    meal = foods.parse_meal("1/4 chicken pie")
    assert all(not i.food_id.startswith("05078") for i in meal.items)


def test_size_said_straight_after_a_takeaway() -> None:
    """ "shish kebab large w garlic sauce": the large one; "steak medium" is how it was cooked."""
    plain = _grams("shish kebab w garlic sauce", "18041")
    assert _grams("shish kebab large w garlic sauce", "18041") > plain
    assert _near(_grams("ribeye steak medium", "13"), _grams("ribeye steak", "13"))


def test_chain_side_keeps_the_chain_with_a_size() -> None:
    """ "regular" (the chain's default size) before a side said after the chain's main still
    reads the chain's side."""
    assert _grams("popeyes 3 tenders + regular cajun fries", "21414") > 0
