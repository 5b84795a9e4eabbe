"""Issue 15, session 11, sweep D: chain and cafe menu items, with or without the chain's name.

Each phrase is in no phrase table. The expected food is the chain item's SR24 analysis or
the part a careful reader would name first (the fillet of a chicken sandwich, the rice of a
bowl), and the gram range the ±30 % a careful person would accept around the item's served
weight; the energy range is the chain's published figure ±25 %. The last test asserts that
every name of the sweep's vocabulary group resolves to a food.
"""

from __future__ import annotations

import pytest

from journal import foods

CRISPY_FILLET_SANDWICH = "21230"
PLAIN_FILLET_SANDWICH = "21102"
CHEESEBURGER = "21090"
DOUBLE_CHEESEBURGER = "21092"
HAMBURGER = "21108"
WENDYS_DOUBLE = "21243"
FRIES = "21138"
TENDERS = "21401"
FRIED_BREAST = "05058"
RICE = "20045"
SUB = "21124"


def _grams(text: str) -> dict[str, float]:
    parsed = foods.parse_meal(text)
    assert parsed.unmatched == [], (text, parsed.unmatched)
    out: dict[str, float] = {}
    for item in parsed.items:
        out[item.food_id] = out.get(item.food_id, 0.0) + item.grams
    return out


def _kcal(text: str) -> float:
    return foods.parse_meal(text).totals.get("kcal", 0.0)


@pytest.mark.parametrize(
    ("text", "food", "lo", "hi"),
    [
        ("a mcspicy on the way home", CRISPY_FILLET_SANDWICH, 150, 280),
        ("maccas mccrispy", PLAIN_FILLET_SANDWICH, 140, 260),
        ("2 spicy mccrispys", CRISPY_FILLET_SANDWICH, 300, 560),
        ("tendercrisp from hungry jacks", CRISPY_FILLET_SANDWICH, 190, 360),
        ("wendys spicy chicken sandwich, no fries", CRISPY_FILLET_SANDWICH, 140, 260),
        ("popeyes spicy chicken sandwich + water", PLAIN_FILLET_SANDWICH, 170, 320),
        ("a big tasty", CHEESEBURGER, 210, 390),
        ("bacon king for lunch", DOUBLE_CHEESEBURGER, 260, 490),
        ("five guys cheeseburger", DOUBLE_CHEESEBURGER, 220, 410),
        ("a shackburger", CHEESEBURGER, 130, 240),
        ("in n out cheeseburger", CHEESEBURGER, 110, 210),
        ("daves double", WENDYS_DOUBLE, 235, 440),
        ("harveys burger", HAMBURGER, 110, 210),
        ("teen burger", CHEESEBURGER, 125, 235),
        ("king steer burger", CHEESEBURGER, 190, 350),
        ("gbk burger", HAMBURGER, 185, 345),
        ("five guys fries", FRIES, 210, 390),
        ("kfc chips", FRIES, 60, 110),
        ("shack fries", FRIES, 105, 195),
        ("4 canes chicken fingers", TENDERS, 125, 235),
        ("caniac combo", FRIED_BREAST, 210, 390),
        ("a barbacoa bowl", RICE, 90, 170),
        ("naked burrito", RICE, 90, 170),
        ("vito from jimmy johns", SUB, 215, 405),
        ("spicy italian", SUB, 160, 300),
        ("nachos bellgrande", "21080", 230, 430),
        ("beefy 5 layer burrito", "21063", 180, 330),
        ("a mcgriddle", "21327", 120, 220),
        ("chickenjoy", "21471", 75, 145),
        ("mary browns chicken", "21469", 140, 260),
        ("double quarter pounder", "21345", 195, 365),
        ("hash brown rounds", "21387", 55, 100),
        ("a boxmaster", FRIED_BREAST, 90, 165),
    ],
)
def test_a_chain_item_is_its_food_at_a_served_weight(
    text: str, food: str, lo: float, hi: float
) -> None:
    got = _grams(text)
    assert lo <= got.get(food, 0.0) <= hi, got


@pytest.mark.parametrize(
    ("text", "kcal"),
    [
        ("a mcspicy", 523),  # Maccas AU 2190 kJ
        ("bacon king", 1150),  # BK US
        ("chick fil a spicy chicken sandwich", 450),
        ("caramel frappuccino", 380),  # Starbucks grande
        ("vanilla sweet cream cold brew", 110),
        ("iced brown sugar oatmilk shaken espresso", 120),
        ("egg bites", 300),
        ("pink drink", 140),
        ("famous bowl", 740),  # KFC US
        ("honey walnut shrimp", 360),  # Panda Express
        ("cheese and onion bake", 433),  # Greggs
        ("medio latte", 170),  # Costa, semi-skimmed
        ("frostino", 300),
        ("tantanmen", 690),  # Wagamama
        ("yasai katsu curry", 920),
        ("rappa", 550),  # Oporto
        ("farmers wrap", 530),  # Tim Hortons
        ("jolly spaghetti", 510),  # Jollibee
        ("chipotle chips and guac", 770),
        ("animal style fries", 750),  # In-N-Out
    ],
)
def test_a_chain_item_has_the_chains_energy(text: str, kcal: float) -> None:
    assert kcal * 0.75 <= _kcal(text) <= kcal * 1.25


@pytest.mark.parametrize(
    ("text", "side", "lo", "hi"),
    [
        ("mcspicy and fries", FRIES, 100, 170),
        ("a boxmaster and fries", FRIES, 100, 170),  # its hash brown is not the fries
        ("2 x mccrispy and medium fries", FRIES, 100, 170),
        ("a shackburger and shack fries", FRIES, 105, 195),
    ],
)
def test_a_side_said_with_a_chain_item_is_kept(text: str, side: str, lo: float, hi: float) -> None:
    """A dish that held a fast-food part took "and fries" as that part said again."""
    assert lo <= _grams(text).get(side, 0.0) <= hi


def test_counts_and_sizes_apply_to_chain_items() -> None:
    one = _grams("mcspicy")[CRISPY_FILLET_SANDWICH]
    assert _grams("2 x mcspicy and a coke")[CRISPY_FILLET_SANDWICH] == pytest.approx(2 * one)
    assert _grams("half a big tasty")[CHEESEBURGER] == pytest.approx(
        _grams("big tasty")[CHEESEBURGER] / 2
    )
    eight = _grams("8 boneless wings")
    assert sum(eight.values()) == pytest.approx(200, rel=0.3)  # ~ 25 g a piece


def test_a_chain_name_alone_before_a_dish_is_read_as_where() -> None:
    """Chains added to CHAIN_TEXT are shop words: the dish is read, nothing unmatched."""
    for text in ("wimpy burger", "nero croissant", "oporto chips", "supermacs burger"):
        parsed = foods.parse_meal(text)
        assert parsed.items and parsed.unmatched == [], (text, parsed.unmatched)
