"""Issue 15, twelfth round: the general rules found on the held11 misses, asserted on phrases
of the same kinds that are not in any table (slices of meat, counted biscuit cereals, cans of
fish, dry and cooked states said after the food, toppings past a nut butter, context said in
shorthand, everyday names the parser did not know).
"""

from __future__ import annotations

import pytest

from journal import foods
from tests.test_foods_round3 import _items

HAM = "07029"
TURKEY = "05186"
BEEF_ROAST = "23608"
SALAMI = "07071"
SHREDDED_WHEAT = "08148"
TUNA = "15121"
SARDINES = "15088"
DRY_PASTA = "20120"
RAW_RICE = "20044"
OATS = "08120"
COOKED_FARINA = "08107"
QUINOA = "20137"
BLUEBERRIES = "09050"
RASPBERRIES = "09302"
BAGEL = "18001"
LIGHT_BEER = "14006"
SAUSAGE = "07064"
WHITE_BREAD = "18069"


def test_the_parser_version_is_bumped() -> None:
    version = int(foods.VERSION.rsplit("+p", 1)[1])
    assert version >= 11  # later rounds bump it again


@pytest.mark.parametrize(
    ("text", "food", "low", "high"),
    [
        ("4 slices of turkey on a cracker plate", TURKEY, 80, 120),  # deli slices, 25 g each
        ("2 slices roast beef", BEEF_ROAST, 40, 70),  # not two 120 g helpings
        ("3 slices of ham", HAM, 75, 95),  # SR24's own ham slice, 28 g
    ],
)
def test_a_slice_of_meat_is_a_slice(text: str, food: str, low: float, high: float) -> None:
    assert low <= _items(text)[food] <= high


def test_a_meat_slice_keeps_an_sr24_slice_of_its_own_size() -> None:
    assert _items("5 slices salami")[SALAMI] == pytest.approx(50.0)  # SR24: 10 g a slice


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("2 shredded wheat with cold milk", 40, 50),  # two 22.5 g biscuits
        ("4 shredded wheat", 85, 95),
    ],
)
def test_counted_biscuit_cereal_is_biscuits(text: str, low: float, high: float) -> None:
    assert low <= _items(text)[SHREDDED_WHEAT] <= high


def test_a_bowl_of_biscuit_cereal_is_still_a_bowl() -> None:
    assert _items("a bowl of shredded wheat")[SHREDDED_WHEAT] > 50


@pytest.mark.parametrize(
    ("text", "food", "low", "high"),
    [
        ("a tin of tuna w sweetcorn", TUNA, 100, 130),
        ("2 cans of tuna", TUNA, 200, 260),
        ("half a tin of tuna", TUNA, 50, 65),
    ],
)
def test_a_can_of_fish_is_a_drained_modern_can(
    text: str, food: str, low: float, high: float
) -> None:
    assert low <= _items(text)[food] <= high


def test_a_small_sr24_can_of_fish_keeps_its_size() -> None:
    assert _items("a tin of sardines on toast")[SARDINES] < 100  # SR24's 3.75 oz can, 92 g


@pytest.mark.parametrize(
    ("text", "food", "grams"),
    [
        ("penne w tomato sauce 90g dry", DRY_PASTA, 90),
        ("rice with chilli, 75g uncooked", RAW_RICE, 75),
    ],
)
def test_a_dry_weight_after_a_list_weighs_the_grain(text: str, food: str, grams: float) -> None:
    assert _items(text)[food] == pytest.approx(grams)


@pytest.mark.parametrize(
    ("text", "food"), [("60g dry oats", OATS), ("a bowl of dry shreddies", SHREDDED_WHEAT)]
)
def test_dry_on_a_food_sold_dry_is_understood(text: str, food: str) -> None:
    assert food in _items(text)


@pytest.mark.parametrize(
    ("text", "food", "low", "high"),
    [
        ("farina, 1 cup cooked", COOKED_FARINA, 230, 250),
        ("quinoa, 1 cup cooked", QUINOA, 170, 200),
    ],
)
def test_cups_said_after_a_food_in_a_state(text: str, food: str, low: float, high: float) -> None:
    assert low <= _items(text)[food] <= high


@pytest.mark.parametrize(
    ("text", "fruit"),
    [
        ("porridge 40g, almond butter 1 tbsp, raspberries", RASPBERRIES),
        ("granola, 1 tbsp peanut butter, blueberries", BLUEBERRIES),
    ],
)
def test_toppings_run_on_past_a_nut_butter(text: str, fruit: str) -> None:
    assert _items(text)[fruit] < 90  # a topping, about half a cup


@pytest.mark.parametrize(
    "text",
    [
        "2 gels @ 30min",
        "gel @ 15k",
        "a croissant, cafe one",
        "a banana w brekky",
        "a bag of quavers from a multipack",
        "stir fried broccoli and rice",
        "left over chilli",
    ],
)
def test_context_in_shorthand_names_no_food(text: str) -> None:
    assert foods.parse_meal(text).unmatched == []


@pytest.mark.parametrize(
    ("text", "food", "low", "high"),
    [
        ("2 bagel thins w cream cheese", BAGEL, 85, 100),  # Thomas' label, 46 g a thin
        ("3 coors lights", LIGHT_BEER, 1000, 1100),
        ("sausage sizzle w onions", SAUSAGE, 50, 70),
        ("a sausage sizzle", WHITE_BREAD, 25, 35),
    ],
)
def test_everyday_names(text: str, food: str, low: float, high: float) -> None:
    assert low <= _items(text)[food] <= high


@pytest.mark.parametrize("text", ["a cuppa, skimmed milk and a sugar", "builders tea, oat milk"])
def test_a_milky_drinks_milk_said_again_is_its_own(text: str) -> None:
    parsed = foods.parse_meal(text)
    assert parsed.unmatched == []
    milks = [i for i in parsed.items if "milk" in i.name.lower()]
    assert len(milks) == 1 and milks[0].grams <= 40  # a splash, not a second glass


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("a fun size snickers", 15, 20),  # one fun-size bar, not a small full bar
        ("2 fun size mars bars", 30, 40),
        ("treat size bag of jelly babies", 15, 20),
    ],
)
def test_fun_and_treat_size_sweets_are_weighed_as_one(text: str, low: float, high: float) -> None:
    assert low <= sum(_items(text).values()) <= high


@pytest.mark.parametrize(("text", "low", "high"), [("2 cups of cup noodles", 120, 135)])
def test_a_unit_that_opens_the_name_counts_the_product(text: str, low: float, high: float) -> None:
    assert low <= _items(text)["06583"] <= high  # two 64 g cups, not 2 x 237 ml of noodles
