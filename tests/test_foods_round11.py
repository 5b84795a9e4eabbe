"""Issue 15, eleventh round: the general rules found on the held10 misses, asserted on phrases
of the same kinds that are not in any table (a plate's chicken, bar measures, runner drink
mixes, UK bacon rolls, sweet spreads on two faces, pasta mains, chain chicken sandwiches,
counts said by time, pizza slices by name, duck pancakes, high-cocoa bars, tenders).
"""

from __future__ import annotations

import pytest

from journal import foods
from tests.test_foods_round3 import _items

CHICKEN = "05064"
SPIRIT = "14037"
SPORTS = "14460"
SUGAR = "19335"
BACON = "10862"
FRIED_FILLET = "05058"


def _kcal(text: str) -> float:
    parsed = foods.parse_meal(text)
    assert parsed.unmatched == [], (text, parsed.unmatched)
    return parsed.totals["kcal"]


def test_the_parser_version_is_bumped() -> None:
    # round 12 bumped the parser again; the version only moves forward
    assert foods.PARSER_VERSION >= "p10" and foods.VERSION.endswith(f"+{foods.PARSER_VERSION}")


@pytest.mark.parametrize(
    "text",
    ["grilled chicken with rice and broccoli", "roast chicken, mash and gravy", "chicken stirfry"],
)
def test_a_plates_chicken_is_a_small_breast(text: str) -> None:
    assert 100 <= _items(text)[CHICKEN] <= 120


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("a whisky and ginger ale", 30, 36),  # a 35 ml single
        ("a tequila and soda", 30, 36),
        ("a double rum and lemonade", 45, 50),  # a 50 ml double, not two singles
        ("gin and slimline tonic, double", 45, 50),
        ("a triple vodka and orange", 68, 73),
    ],
)
def test_a_spirit_is_a_bar_measure(text: str, low: float, high: float) -> None:
    assert low <= _items(text)[SPIRIT] <= high


def test_runner_drink_mixes_by_their_labels() -> None:
    strong = _items("a bidon of maurten 320")
    assert strong[SPORTS] == 500 and strong[SUGAR] > 40  # 320 kcal a bottle
    assert 280 <= _kcal("maurten drink mix 320 in 500ml") <= 330
    assert 220 <= _kcal("roctane drink in 500ml") <= 280
    assert _kcal("precision hydration in 750ml") < 15  # electrolytes, no sugar
    assert set(_items("a red gatorade")) == {SPORTS}
    dew = _items("a can of mtn dew")
    assert set(dew) == {"14150"} and 160 <= _kcal("a can of mtn dew") <= 180


def test_a_metric_volume_of_a_mixed_drink_weighs_about_that() -> None:
    mix = _items("liquid iv in 750ml")
    assert 700 <= sum(mix.values()) <= 800  # not 750 helpings


@pytest.mark.parametrize("text", ["a bacon barm with brown sauce", "bacon sarnie", "a bacon cob"])
def test_a_uk_bacon_roll_holds_two_back_rashers(text: str) -> None:
    assert 33 <= _items(text)[BACON] <= 37


@pytest.mark.parametrize(
    ("text", "spread", "low", "high"),
    [
        ("a cinnamon raisin bagel with honey", "19296", 20, 26),  # two faces: a heaped tbsp
        ("2 slices of brown toast with strawberry jam", "19297", 20, 26),
        ("a slice of toast with honey", "19296", 14, 16),  # one face: 15 g
        ("2 toasted bagels with jam", "19297", 45, 52),
        ("2 slices of rye toast with vegemite and butter", "01001", 9, 11),  # butter under it
    ],
)
def test_sweet_spreads_and_butter_on_bread(text: str, spread: str, low: float, high: float) -> None:
    assert low <= _items(text)[spread] <= high


@pytest.mark.parametrize("text", ["penne pomodoro", "meatballs and spaghetti"])
def test_a_pasta_main_is_75_g_dry(text: str) -> None:
    assert 165 <= _items(text)["20121"] <= 185


def test_chain_chicken_sandwiches_and_fillet_rolls() -> None:
    kfc = _items("a kfc chicken sandwich")
    # round 19b: SR24's own fast-food chicken fillet sandwich
    assert kfc == {"21102": 182.0} and CHICKEN not in kfc
    roll = _items("a spicy chicken fillet roll")
    assert roll[FRIED_FILLET] == 150 and roll["18349"] == 110
    assert CHICKEN in _items("a chicken sandwich")  # no chain: the deli sandwich stays


@pytest.mark.parametrize(
    ("text", "food", "grams"),
    [
        ("a gel every 40 minutes over 2 hours", "19350", 96),  # three gels
        ("a gel every hour for 4 hours", "19350", 128),
        ("one gel every 20 min for 1 hr", "19350", 96),
    ],
)
def test_a_count_said_by_time(text: str, food: str, grams: float) -> None:
    assert _items(text)[food] == pytest.approx(grams)


def test_slices_of_a_named_pizza_are_pizza() -> None:
    slices = _items("2 slices of a medium hawaiian")
    assert all(foods.food(i).group == "Fast Foods" for i in slices), slices
    assert "07057" not in _items("4 slices of pepperoni on a cracker")  # sausage slices stay


def test_duck_pancakes_high_cocoa_bars_and_tenders() -> None:
    duck = _items("peking duck and 8 pancakes")
    assert duck["18364"] == 80 and "18293" not in duck  # thin wraps, not breakfast pancakes
    assert set(_items("3 squares of 85% dark chocolate")) == {"19904"}
    assert set(_items("2 squares of lindt 90%")) == {"19904"}
    assert _items("6 chicken strips")["05326"] == 240


@pytest.mark.parametrize(
    "text",
    [
        "brioche bun, beef patty, cheese",  # a burger said as its parts
        "an english muffin with a poached egg and cheese",
        "a croissant with turkey and cheese",
    ],
)
def test_cheese_in_a_bun_is_a_slice(text: str) -> None:
    assert _items(text)["01009"] == 20


def test_cheese_on_toast_keeps_its_helping() -> None:
    assert _items("cheese on toast")["01009"] > 20


def test_an_amount_said_after_the_list_sizes_the_food_named_first() -> None:
    bowl = _items("porridge with banana and honey, 60g oats")
    assert bowl["08120"] == 60  # the porridge's oats, not 40 g more
    assert _items("2 eggs, toast, 2 more eggs")["01123"] == 200  # more is more


@pytest.mark.parametrize(
    ("text", "food", "low", "high"),
    [
        ("salmon with roasted vegetables", "11584", 140, 160),  # two NHS portions
        ("veggie stir fry with noodles", "11584", 140, 160),
        ("a lamb madras with rice", "17061", 125, 135),  # braised lamb, not minced
        ("a long black", "14209", 170, 190),
        ("iced cold brew", "14209", 350, 360),
        ("a refried bean burrito", "16171", 135, 145),
        ("chicken escalope and salad", "05058", 150, 210),  # fried in its crumb (round 19b)
    ],
)
def test_dishes_as_served(text: str, food: str, low: float, high: float) -> None:
    assert low <= _items(text)[food] <= high


def test_a_size_said_after_a_dish_and_chain_piece_meals() -> None:
    said_after = _items("mac and cheese, a big bowl")
    said_first = _items("a big bowl of mac and cheese")
    assert said_after == said_first
    assert sum(_items("biryani, a plate").values()) == sum(_items("biryani").values())
    meal = _items("a 3 piece meal from popeyes")
    assert set(meal) == {"05007"} and meal["05007"] > 200  # fried chicken, not soy meal


def test_a_counter_bakes_bigger_than_a_packet() -> None:
    assert _items("2 sausage rolls from the bakery")["x-sausage-roll"] == 280
    assert _items("a sausage roll") == {"x-sausage-roll": 70}  # no counter named
    assert _items("an oatmeal cookie from starbucks")["18178"] == 45
    assert 300 <= foods.nutrients("x-sausage-roll", 100)["kcal"] <= 340  # type: ignore[index]


def test_sweets_chana_saag_and_tofu_stir_fry() -> None:
    assert _items("a handful of wine gums")["x-sweets"] == 35
    saag = _items("chana saag")
    assert saag["16057"] == 150 and saag["11457"] == 70
    assert _items("tofu stir fry")["16126"] == 126


def test_a_sandwich_on_a_named_loaf_takes_its_slices() -> None:
    assert _items("a ham salad sandwich on sourdough")["18029"] == 100  # two 50 g slices
    sub = _items("a 6 inch ham sub on white")
    assert sum(g for i, g in sub.items() if i.startswith("18")) > 50  # a roll stays a roll


def test_an_amount_after_a_list_sizes_only_that_list() -> None:
    # a long paste: a later line's amount is another meal's food, not the first line's
    assert _items("porridge, banana\ntoast\n60g oats")["08120"] == 100


def test_bare_pancakes_are_a_short_stack() -> None:
    assert _items("pancakes with golden syrup")["18293"] == 114  # three, not two
    assert _items("2 pancakes")["18293"] == 76  # a count said is kept
