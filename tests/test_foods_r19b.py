"""Issue 15, session 11 round 19b: world, takeaway and chain dishes read as their make-up.

Breaded, battered and katsu mains are SR24's fried-in-batter rows (not roast meat plus flour
and oil), a quarter chicken's breast is the breast quarter, a Thai curry named by colour and
protein keeps its coconut milk, and a chain item is never resized by the side said after it.
Each phrase is written for this test, in no phrase table; the gram range is what a careful
person would accept for the named part (about +-30 %).
"""

from __future__ import annotations

import pytest

from tests.test_foods_round3 import _items

CASES: list[tuple[str, str, float, float]] = [
    # breaded and battered chicken: the fried-in-batter rows
    ("katsu chicken with sticky rice", "05058", 100, 190),
    ("schnitzel and a side salad", "05058", 125, 235),
    ("2 schnitzels for dinner", "05058", 250, 470),
    ("crispy chicken burger", "05058", 90, 165),
    ("panko chicken with slaw", "05058", 90, 180),
    ("breaded chicken wrap", "05058", 70, 165),
    ("karaage and rice", "05092", 90, 170),
    ("2 pieces fried chicken", "05007", 230, 420),
    ("ayam goreng w rice", "05076", 105, 195),
    ("korean fried chicken", "05007", 315, 585),
    ("kfc bucket", "21436", 230, 430),
    # battered seafood
    ("tempura prawns with soba", "15150", 75, 145),
    ("crumbed fish with salad", "x-battered-fish", 90, 200),
    ("battered fish tacos x2", "x-battered-fish", 85, 155),
    # the breast quarter; the leg quarter stays the default
    ("quarter chicken breast and chips", "05060", 140, 260),
    ("1/4 chicken white meat w rice", "05060", 140, 260),
    ("quarter chicken and chips", "05078", 105, 195),
    # Thai curries named by colour and protein keep their coconut milk
    ("thai red chicken with rice", "12118", 85, 155),
    ("thai green prawns", "15151", 85, 155),
    ("thai green beef curry", "12118", 85, 155),
    # chain rows are not sized by the side said after them
    ("mccrispy, small fries", "21102", 130, 215),
    ("mccrispy, small fries", "21138", 55, 110),
    ("chick fil a sandwich", "21102", 130, 240),
    # a chain said once names the meal's other items from its menu
    ("five guys cheeseburger + little fries", "21138", 120, 220),
    ("little fries and a shake from five guys", "21138", 120, 220),
    # a chain's piece count before the pieces it lists is not a count of the first piece
    ("2 piece kfc: thigh and wing", "21436", 105, 200),
    ("4 pc popeyes: 2 thighs, 2 legs", "21458", 165, 310),
    # chain burgers as SR24's fast-food rows
    ("baconator, no fries", "21092", 215, 400),
    ("in-n-out double double and a coke", "21093", 170, 320),
]


@pytest.mark.parametrize(("text", "food", "low", "high"), CASES)
def test_r19b_part_and_grams(text: str, food: str, low: float, high: float) -> None:
    assert low <= _items(text).get(food, 0.0) <= high


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("stir fried chicken with noodles", "05058"),  # stir-fried, not battered
        ("chicken fried rice", "05058"),  # the rice was fried, not the chicken
        ("pan fried chicken and rice", "05058"),  # pan-fried bare, not battered
        ("quarter chicken breast", "05078"),  # the breast quarter, not the leg
        ("thai green chicken", "05058"),  # no crumb in a curry
    ],
)
def test_r19b_not_fried_or_wrong_part(text: str, wrong: str) -> None:
    assert wrong not in _items(text)


def test_breaded_main_weighed_keeps_its_weight() -> None:
    """A weight said is the cooked cutlet's, crumb and all: no coating added on top."""
    assert _items("200g crumbed chicken")["05058"] == pytest.approx(200.0)
