"""Issue 15, fifteenth round: the general rules found on the held14 misses, asserted on
phrases of the same kinds that are not in any table (chain menu items as SR24 weighs them; a
chain said after a food or once for a whole meal; clock times; where and when said plainly;
shares of one food and a topping on each; a counted fruit by the fruit).
"""

from __future__ import annotations

import pytest

from journal import foods
from tests.test_foods_round3 import _items

BREAD = "18069"
APPLE = "09003"
PECANS = "12142"
HUMMUS = "16158"
EGG = "01123"
LYCHEE = "09164"


def test_the_parser_version_is_bumped() -> None:
    version = int(foods.VERSION.rsplit("+p", 1)[1])
    assert version >= 16  # later rounds bump it again


@pytest.mark.parametrize(
    ("text", "food", "low", "high"),
    [
        ("a chicken burrito supreme", "21266", 230, 270),  # Taco Bell's own, one item
        ("one m&m mcflurry", "21338", 330, 360),  # McDonald's regular cup
        ("a jr hamburger", "21241", 110, 135),  # Wendy's Jr.
        ("kfc wing", "21437", 60, 70),  # Original Recipe, with skin and breading
        ("a papa johns cheese pizza slice", "21283", 100, 140),
    ],
)
def test_a_chain_menu_item_is_the_chains_own_analysis(
    text: str, food: str, low: float, high: float
) -> None:
    got = _items(text)
    assert low <= got.get(food, 0) <= high, got


def test_a_chain_said_after_the_food_gives_its_menu_item() -> None:
    got = _items("two thighs from popeyes")
    assert 220 <= got.get("21458", 0) <= 250  # two Popeyes thighs, 118 g each


def test_a_chain_said_once_serves_the_meals_other_items() -> None:
    got = _items("popeyes drumstick, coleslaw")
    assert "21457" in got and 110 <= got.get("21416", 0) <= 130  # Popeyes' slaw, a package


def test_bk_is_burger_king() -> None:
    got = _items("a hamburger from bk")
    assert "21250" in got


@pytest.mark.parametrize(
    "text", ["7:15am: 2 slices of toast", "2 slices of toast 9pm", "2 slices of toast by 8 am"]
)
def test_a_clock_time_is_when_not_how_many(text: str) -> None:
    got = _items(text)
    assert 50 <= got[BREAD] <= 60


@pytest.mark.parametrize(
    "text",
    [
        "2 slices of toast in the car",
        "2 slices of toast b4 school",
        "2 slices of toast from the bake sale",
        "2 slices of toast (every 2 hours)",
        "2 slices of toast, half marathon",
    ],
)
def test_where_and_when_said_plainly_are_not_food(text: str) -> None:
    got = _items(text)
    assert set(got) == {BREAD} and 50 <= got[BREAD] <= 60


def test_quarters_of_a_fruit_are_shares_of_one() -> None:
    got = _items("6 apple quarters")
    assert 250 <= got[APPLE] <= 290  # one and a half apples


def test_nut_halves_stay_pieces() -> None:
    got = _items("10 pecan halves")
    assert got[PECANS] < 20  # ten halves (~ 1.4 g each), not five pecans' worth of helpings


def test_a_topping_said_each_is_on_every_one() -> None:
    got = _items("3 rice cakes each w 15g hummus")
    assert 40 <= got[HUMMUS] <= 50


def test_a_counted_topping_said_each_is_counted_for_every_one() -> None:
    got = _items("2 bagels each with an egg")
    assert 95 <= got[EGG] <= 105


@pytest.mark.parametrize(
    ("text", "food", "each"), [("15 lychees", LYCHEE, 9.6), ("4 lychees", LYCHEE, 9.6)]
)
def test_a_counted_fruit_is_whole_fruits(text: str, food: str, each: float) -> None:
    count = int(text.split()[0])
    assert _items(text)[food] == pytest.approx(count * each, rel=0.05)


@pytest.mark.parametrize(
    ("text", "low", "high"), [("lg croissant", 70, 90), ("a lil cheddar", 10, 25)]
)
def test_sizes_typed_short_are_sizes(text: str, low: float, high: float) -> None:
    got = _items(text)
    assert len(got) == 1 and low <= next(iter(got.values())) <= high


SPIRIT = "14037"


def test_bourbon_poured_is_whiskey_and_bare_is_the_biscuit() -> None:
    assert SPIRIT in _items("a dram of bourbon") and SPIRIT in _items("bourbon n dry")
    assert SPIRIT not in _items("3 bourbons with a cuppa")


def test_single_said_after_a_mixed_drink_is_its_measure() -> None:
    got = _items("vodka and lemonade, single")
    assert 20 <= got[SPIRIT] <= 27


def test_sis_go_electrolyte_carries_carbohydrate() -> None:
    got = _items("500ml sis go electrolyte")
    assert "14411" not in got  # a carbohydrate drink, not water


def test_a_piece_of_a_food_helped_in_slices_is_one_slice() -> None:
    got = _items("a piece of french toast")
    assert 60 <= got["18269"] <= 70


def test_an_amount_in_brackets_with_an_article_is_one_of_it() -> None:
    got = _items("20 pistachios (an oz)")
    assert 25 <= got["12152"] <= 32


def test_a_pour_size_in_brackets_is_each_pour() -> None:
    got = _items("3 glasses of merlot (6oz pours)")
    assert 480 <= got["14096"] <= 540


def test_a_wine_colour_before_a_bracketed_size_is_wine() -> None:
    assert "14106" in _items("a glass of white (250ml)")


def test_mini_is_the_foods_miniature_when_sr24_lists_one() -> None:
    got = _items("8 mini reese's cups")
    assert 50 <= got["19150"] <= 62  # 7 g each


def test_a_finish_said_after_a_pastry_names_it() -> None:
    assert "18938" in _items("2 pop tarts - frosted")


@pytest.mark.parametrize(
    ("text", "food"),
    [
        ("chamomile before sleep", "14545"),  # SR24's own chamomile, not "other than chamomile"
        ("a nescafe", "14215"),
        ("a maruchan", "06583"),
        ("2 slices of ezekiel", "18075"),
        ("grilled ahi", "15221"),
    ],
)
def test_everyday_names_are_known(text: str, food: str) -> None:
    assert food in _items(text)


def test_a_beers_strength_said_after_it_is_not_food() -> None:
    got = _items("2 cans of ipa, 6.5%")
    assert set(got) == {"14003"}


def test_percent_written_out_is_the_milks_fat() -> None:
    assert "01079" in _items("250ml 2 percent")


def test_a_weight_before_a_pack_is_the_foods() -> None:
    got = _items("300g pot of tomato soup")  # the pot word was left unread
    assert sum(got.values()) == pytest.approx(300, abs=2)


def test_fried_mozzarella_sticks_are_counted_by_the_stick() -> None:
    got = _items("5 fried mozzarella sticks")
    assert 150 <= got["36004"] <= 170  # 32 g each


def test_a_whole_fruit_helped_by_the_cup_is_the_whole_fruit() -> None:
    got = _items("ate a whole mango")
    assert 320 <= got["09176"] <= 350  # SR24's fruit, not its 165 g cup


def test_a_bars_flavour_in_brackets_is_the_bar() -> None:
    got = _items("clif bar (white chocolate macadamia)")
    assert set(got) == {"25051"}


def test_yorkies_typed_plural_are_yorkshire_puddings() -> None:
    assert "x-yorkshire-pudding" in _items("roast beef with 3 yorkies")
    assert "19120" in _items("a yorkie")  # the chocolate bar


def test_a_venison_steak_is_one_food() -> None:
    got = _items("a venison steak")
    assert set(got) == {"17345"}


@pytest.mark.parametrize(
    "text", ["2 slices of toast from my meal prep", "meal prep tub 2: 2 slices of toast"]
)
def test_meal_prep_is_how_it_was_made_not_a_food(text: str) -> None:
    got = _items(text)
    assert set(got) == {BREAD}


def test_a_width_said_after_the_food_is_read_as_said_before() -> None:
    assert _items("meatball sub (12in)") == _items("a 12 inch meatball sub")
    assert _items("a hawaiian pizza, 10 inch") == _items("a 10 inch hawaiian pizza")


def test_per_one_of_them_is_each() -> None:
    got = _items("3 crumpets w a tsp of butter per crumpet")
    assert 13 <= got["01001"] <= 15  # three teaspoons
    gels = foods.parse_meal("2 gels per hour").items  # per an hour is not "each"
    assert sum(i.grams for i in gels if i.food_id == "19350") == pytest.approx(64)
