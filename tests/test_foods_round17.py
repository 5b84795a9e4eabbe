"""Issue 15, seventeenth round: the general rules found on the held16 misses, asserted on
phrases of the same families that are in no table (a grain, pasta or pulse said dry or
uncooked; a weight in brackets beside words that name no food; a count of small pieces whose
helping is a measure).
"""

from __future__ import annotations

import pytest

from journal import foods
from tests.test_foods_round3 import _items

BROWN_RICE_RAW = "20036"
WHITE_RICE_RAW = "20044"
WW_SPAGHETTI_DRY = "20124"
LENTILS_RAW = "16069"
DRY_EGG_NOODLES = "20109"
QUINOA_RAW = "20035"
OATS = "08120"
LENTIL_SOUP = "06037"
ALMONDS = "12061"
COD = "15016"
THIGH = "05098"
BRAZIL = "12078"
MACADAMIA = "12131"
BABY_CARROTS = "11960"
PISTACHIO = "12152"


def test_the_parser_version_is_bumped() -> None:
    version = int(foods.VERSION.rsplit("+p", 1)[1])
    assert version >= 18  # later rounds bump it again


@pytest.mark.parametrize(
    ("text", "food", "grams"),
    [
        ("100g dry brown rice", BROWN_RICE_RAW, 100),
        ("75g dry jasmine rice", WHITE_RICE_RAW, 75),
        ("80g uncooked wholewheat spaghetti", WW_SPAGHETTI_DRY, 80),
        ("60g dry red lentils", LENTILS_RAW, 60),  # "dry" taken by the name, still dry
        ("50g dry egg noodles", DRY_EGG_NOODLES, 50),
        ("1 cup dry brown rice", BROWN_RICE_RAW, 185),  # the raw rice's own cup
        ("brown rice 100g dry for dinner", BROWN_RICE_RAW, 100),  # weight said after
        ("wholewheat penne 90g dry w pesto", WW_SPAGHETTI_DRY, 90),
        ("quinoa 70g uncooked, roast veg", QUINOA_RAW, 70),
        ("dry oats 40g", OATS, 40),  # sold dry already: the word only drops
    ],
)
def test_a_grain_said_dry_is_its_dry_form(text: str, food: str, grams: float) -> None:
    got = _items(text)
    assert got.get(food) == pytest.approx(grams, rel=0.02), got


def test_dry_keeps_meat_and_drinks_as_they_are() -> None:
    """Only grains, pasta and pulses are weighed dry: "dry rub" wings stay cooked wings."""
    parsed = foods.parse_meal("dry rub chicken wings")
    assert [i.food_id for i in parsed.items] == ["05103"]


@pytest.mark.parametrize(
    ("text", "food", "grams"),
    [
        ("lentil soup (tin, 400g)", LENTIL_SOUP, 400),  # was: the soup lost, "400g tin"
        ("almonds (25g kernels)", ALMONDS, 25),
        ("cod loin (frozen, 140g) + peas", COD, 140),  # was: frozen yogurt
        ("chicken thighs (boneless, 300g raw)", THIGH, 300),
    ],
)
def test_a_bracketed_weight_beside_words_naming_no_food(text: str, food: str, grams: float) -> None:
    got = _items(text)
    assert got.get(food) == pytest.approx(grams, rel=0.02), got


def test_a_bracketed_dish_weight_scales_the_dish() -> None:
    parsed = foods.parse_meal("pasta bake (leftover, ~350g)")
    assert parsed.unmatched == []
    assert sum(i.grams for i in parsed.items) == pytest.approx(350, rel=0.02)


def test_a_bracket_listing_parts_is_still_a_list() -> None:
    got = _items("burrito (rice, beans, 30g cheese)")
    assert got.get("01009") == pytest.approx(30, rel=0.02)
    assert "20045" in got  # the rice, listed


@pytest.mark.parametrize(
    ("text", "food", "low", "high"),
    [
        ("6 brazil nuts", BRAZIL, 24, 36),  # six kernels, not six ounces
        ("5 macadamias", MACADAMIA, 10, 16),  # "1 oz (10-12 kernels)"
        ("5 baby carrots", BABY_CARROTS, 40, 75),  # not five NLEA servings
        ("20 pistachios", PISTACHIO, 10, 20),
    ],
)
def test_a_count_of_small_pieces_counts_pieces(
    text: str, food: str, low: float, high: float
) -> None:
    got = _items(text)
    assert low <= got.get(food, 0.0) <= high, got


def test_a_count_of_helpings_stays_helpings() -> None:
    got = _items("2 steaks")
    assert sum(got.values()) > 250  # two steaks, not two pieces of one


def _total(text: str) -> float:
    parsed = foods.parse_meal(text)
    assert parsed.unmatched == [], parsed.unmatched
    return sum(i.grams for i in parsed.items)


@pytest.mark.parametrize(
    ("after", "before"),
    [
        ("cappuccino, large", "large cappuccino"),
        ("soy flat white (small)", "small soy flat white"),
        ("hot chocolate, small", "small hot chocolate"),
        ("porridge, a big one", "big porridge"),
    ],
)
def test_a_size_said_after_the_food_is_its_size(after: str, before: str) -> None:
    assert _total(after) == pytest.approx(_total(before), rel=0.01)
    assert _total(after) != pytest.approx(_total(after.split(",")[0].split("(")[0]), rel=0.01)


def test_a_size_after_a_joined_list_is_left_alone() -> None:
    """Which of "jacket potato w beans & cheese" is large is not said: nothing is moved."""
    from journal.foods.sizeafter import size_first

    said = "jacket potato w beans & cheese, large"
    assert size_first(said) == said


@pytest.mark.parametrize(
    ("iced", "hot", "share"),
    [
        ("iced mocha 16oz", "16 fl oz mocha", 0.75),
        ("iced latte, 12 fl oz", "12 fl oz latte", 0.75),
        ("iced flat white, 400ml", "400ml flat white", 0.75),
    ],
)
def test_an_iced_drink_said_by_volume_shares_its_cup_with_ice(
    iced: str, hot: str, share: float
) -> None:
    assert _total(iced) == pytest.approx(_total(hot) * share, rel=0.1)


def test_a_bottled_iced_drink_has_no_ice() -> None:
    assert _total("a 500ml bottle of peach iced tea") == pytest.approx(500, rel=0.05)


@pytest.mark.parametrize(("text", "ml"), [("16 fl oz latte", 473), ("12 fl oz mocha", 355)])
def test_a_dish_drink_in_fluid_ounces_is_one_cup(text: str, ml: float) -> None:
    """Was sixteen lattes (5.4 kg): the ounces are the cup's volume."""
    assert _total(text) == pytest.approx(ml, rel=0.1)


@pytest.mark.parametrize(
    ("text", "food"),
    [
        ("2 cups of tetley w milk", "14355"),  # a tea brand is tea
        ("a mug of typhoo", "14355"),
        ("50g mornflake oats", OATS),  # an oat brand drops, the oats stay
        ("hovis wholemeal, 2 slices", "18075"),
        ("3 richmond sausages", "07064"),
        ("kingsmill white toast, 2 slices", "18069"),
    ],
)
def test_a_grocery_brand_said_with_its_food_names_no_other(text: str, food: str) -> None:
    assert food in _items(text)  # and nothing left unread (checked by _items)


@pytest.mark.parametrize(
    ("shared", "whole", "share"),
    [
        ("pad thai, half the box", "pad thai", 0.5),
        # (a share of a family tray is a share of four helpings: test_foods_r19a.py)
        ("lasagne, a third of the portion", "lasagne", 1 / 3),
        ("beef chow mein, 1/3 of the order", "beef chow mein", 1 / 3),
        ("orange juice 1L, drank half", "1L orange juice", 0.5),  # half the litre, not 2 L
    ],
)
def test_a_share_said_after_the_food_takes_that_share(
    shared: str, whole: str, share: float
) -> None:
    assert _total(shared) == pytest.approx(_total(whole) * share, rel=0.02)


def test_a_fraction_of_a_cup_after_the_food_is_no_share() -> None:
    from journal.foods.shareafter import share_first

    assert share_first("rice, 1/2 cup") == "rice, 1/2 cup"


@pytest.mark.parametrize(
    ("text", "named", "default"),
    [
        ("beef chow mein", "13931", "05064"),  # was the chow mein's chicken
        ("prawn chow mein", "15151", "05064"),
        ("pork lo mein", "10042", "05064"),
        ("thai basil beef", "13931", "10220"),  # was the dish's pork mince
    ],
)
def test_a_dish_named_by_its_protein_swaps_the_default(text: str, named: str, default: str) -> None:
    got = _items(text)
    assert named in got and default not in got, got


_PROTEINS = {
    "beef": "Beef",
    "chicken": "Chicken",
    "prawn": "Crustaceans",
    "shrimp": "Crustaceans",
    "pork": "Pork",
    "lamb": "Lamb",
    "tofu": "Tofu",
    "duck": "Duck",
    "turkey": "Turkey",
}


def test_no_dish_name_names_another_protein_than_its_main() -> None:
    """A name like "beef chow mein" on a dish whose swappable main is chicken kept the
    chicken: the name must go (the swap reads it) or the dish must say the named meat."""
    import re
    from pathlib import Path

    table = foods.table.load()
    by_id = {row[0]: i for i, row in enumerate(table.rows)}
    aliases = Path(foods.__file__).with_name("aliases.txt").read_text().splitlines()
    wrong = []
    for line in aliases:
        if line.startswith("#") or "=" not in line:
            continue
        names, recipe = line.split("=", 1)
        main = re.search(r"\*([\w-]+)", recipe)
        if main is None or main[1] not in by_id:
            continue
        main_name = table.name(by_id[main[1]])
        for name in names.split(";"):
            for word in name.split():
                if word in _PROTEINS and not main_name.startswith(_PROTEINS[word]):
                    wrong.append(name.strip())
    assert wrong == []


@pytest.mark.parametrize(
    ("text", "food", "low", "high"),
    [
        ("chicken meatballs x5", "05333", 100, 160),  # was chicken 550 g + beef 600 g
        ("4 lamb meatballs", "17225", 80, 140),
        ("a bowl of vegan meatballs", "43128", 100, 250),
    ],
)
def test_meatballs_of_another_meat_are_that_meat(
    text: str, food: str, low: float, high: float
) -> None:
    got = _items(text)
    assert list(got) == [food] and low <= got[food] <= high, got


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("6 piece wings", 150, 260),  # six wings, not six 200 g helpings of wings
        ("10 pc bbq wings", 250, 420),
    ],
)
def test_pieces_of_a_food_named_in_plural_are_the_pieces(
    text: str, low: float, high: float
) -> None:
    assert low <= _total(text) <= high


def test_pieces_of_a_food_named_singly_are_helpings() -> None:
    assert _total("2 pieces of cake") > 120  # two pieces of cake, not two crumbs


def test_had_half_of_a_sized_drink_is_half_its_size() -> None:
    """ "coconut water 500ml, had half" was 500 g (half of a helping times the 500 ml)."""
    assert _total("coconut water 500ml, had half") == pytest.approx(
        _total("500ml coconut water") / 2, rel=0.05
    )
