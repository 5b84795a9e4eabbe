"""Issue 15, thirteenth round: the general rules found on the held12 misses, asserted on
phrases of the same kinds that are not in any table (pack words beside a size, keyboard slips,
potatoes said short, drink mixes by the scoop, when in a runner's day, counted fajitas, frozen
pizzas, flavours after a bar, a pack said after a food, a dish's main weighed again).
"""

from __future__ import annotations

import pytest

from journal import foods
from tests.test_foods_round3 import _items

CIDER = "x-cider"
BEER = "14003"
COLA = "14400"
WATER = "14411"
SPORTS_DRINK = "14460"
SUGAR = "19335"
HUMMUS = "16158"
ORANGE_JUICE = "09206"
EGG = "01123"
BOILED_EGG = "01129"
RICE = "20045"
CHICKEN = "05064"
CLEMENTINE = "09433"
NEW_POTATOES = "11367"
ROAST_POTATO = "11674"
RELISH = "11945"
FROZEN_PIZZA = "22903"
TORTILLA = "18364"
PRETZELS = "19047"
DARK_CHOC = "19904"
BAKED_BEANS = "16006"
SPAGHETTI = "20121"
SHRIMP = "15151"
CLIF = "25051"
GEL = "19350"
REDUCED_FAT_MILK = "01079"
CRISPS = "19411"
TOMATO_JUICE = "11540"
BAGEL = "18001"


def test_the_parser_version_is_bumped() -> None:
    version = int(foods.VERSION.rsplit("+p", 1)[1])
    assert version >= 14  # later rounds bump it again


@pytest.mark.parametrize(
    ("text", "food", "low", "high"),
    [
        ("a coke, 16 oz bottle", COLA, 450, 500),  # 16 oz, the bottle said of it
        ("orange juice carton 250ml", ORANGE_JUICE, 240, 265),  # the pack named, then its size
        ("hummus tub 200g", HUMMUS, 195, 205),
        ("two ciders (500ml cans)", CIDER, 990, 1040),  # each can 500 ml
        ("4 colas, 150ml each", COLA, 590, 640),
    ],
)
def test_a_pack_beside_its_size_is_the_size(text: str, food: str, low: float, high: float) -> None:
    assert low <= _items(text)[food] <= high


def test_an_australian_nip_is_a_shot() -> None:
    assert 25 <= _items("a nip of gin")["14037"] <= 35


@pytest.mark.parametrize(
    ("text", "food", "low", "high"),
    [
        ("100g chciken and rcie", CHICKEN, 95, 105),  # two letters swapped
        ("3 hard boiled eegs", BOILED_EGG, 140, 160),  # a doubled letter in the wrong place
        ("a cup of rcie", RICE, 150, 165),
    ],
)
def test_a_keyboard_slip_in_a_food_word_is_read(
    text: str, food: str, low: float, high: float
) -> None:
    assert low <= _items(text)[food] <= high


def test_a_real_word_is_not_read_as_a_slip() -> None:
    # "real" is a word of the table, one letter from "veal": said of butter, never veal
    assert _items("toast w real butter")  # nothing left unmatched
    names = [i.name for i in foods.parse_meal("toast w real butter").items]
    assert not any(n.lower().startswith("veal") for n in names)


@pytest.mark.parametrize(
    ("text", "food"),
    [
        ("baby pots with butter", NEW_POTATOES),
        ("roast pots and gravy", ROAST_POTATO),
        ("a kumara sweet potato", None),  # the food's own name said after its alias
    ],
)
def test_potatoes_said_short(text: str, food: str | None) -> None:
    parsed = foods.parse_meal(text)
    assert parsed.unmatched == []
    if food is not None:
        assert food in {i.food_id for i in parsed.items}


def test_brown_pickle_in_a_sandwich() -> None:
    items = _items("ham & branston roll")
    assert 10 <= items[RELISH] <= 20


def test_a_drink_mix_by_the_scoop_is_the_drink_and_its_sugar() -> None:
    items = _items("skratch, 3 scoops in my 600ml bottle")
    assert 590 <= items[SPORTS_DRINK] <= 630
    assert 15 <= items[SUGAR] <= 25  # 3 x 80 kcal (Skratch label), 36 g of it the drink's own
    weak = _items("2 scoops of tailwind in 1 litre of water")  # no stronger than a sports drink
    assert SUGAR not in weak and 990 <= weak[SPORTS_DRINK] + weak.get("14411", 0) <= 1040


@pytest.mark.parametrize(
    "text",
    [
        "2 bagels (carbo loading)",
        "carb load 2 bagels",
        "2 bagels mid-morning",
        "2 bagels at aid stations",
    ],
)
def test_when_in_a_runners_day_is_not_a_food(text: str) -> None:
    assert _items(text) == {BAGEL: pytest.approx(210.0)}  # two 105 g bagels, nothing else


def test_an_aid_station_said_without_the_keeps_its_paper_cups() -> None:
    assert _items("a cup of cola at aid stations")[COLA] == pytest.approx(150.0)


def test_fajitas_are_counted_by_the_tortillas_filled() -> None:
    one = _items("one steak fajita")
    assert 45 <= one[TORTILLA] <= 55
    assert 140 <= _items("3 veggie fajitas")[TORTILLA] <= 155


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("a frozen margherita", 400, 450),  # the whole pizza
        ("a third of a supermarket pizza", 130, 155),
        ("3 slices of oven pizza", 300, 340),  # a quarter each
    ],
)
def test_a_frozen_pizza_is_the_whole_pizza(text: str, low: float, high: float) -> None:
    assert low <= _items(text)[FROZEN_PIZZA] <= high


@pytest.mark.parametrize(
    ("text", "food"),
    [
        ("a clif bar, peanut butter and jelly flavour", CLIF),
        ("maurten gel, salted caramel", GEL),
        ("energy bar white chocolate chip", CLIF),
    ],
)
def test_a_flavour_after_a_bar_is_the_bars(text: str, food: str) -> None:
    assert set(_items(text)) == {food}


def test_a_pack_said_after_a_food_is_read_first() -> None:
    assert 180 <= _items("beans on toast, big tin")[BAKED_BEANS] <= 560
    assert 195 <= _items("tomato juice, a carton (200ml)")[TOMATO_JUICE] <= 215


def test_a_packs_size_said_in_brackets_sizes_each_pack() -> None:
    assert 95 <= _items("2 bags of crisps (the sharing 50g bags)")[CRISPS] <= 105


def test_a_seasoning_leading_a_dish_keeps_the_dish() -> None:
    items = _items("garlic shrimp spaghetti")
    assert SHRIMP in items and SPAGHETTI in items


def test_a_dishs_main_weighed_again_is_that_much() -> None:
    items = _items("spaghetti bolognese, 150g mince")
    beef = sum(g for f, g in items.items() if f.startswith("235"))  # ground beef, any state
    assert 140 <= beef <= 160


@pytest.mark.parametrize(
    ("text", "food", "low", "high"),
    [
        ("12 pretzels", PRETZELS, 65, 80),  # 6 g twists, not 12 oz
        ("6 dark chocolate squares", DARK_CHOC, 40, 60),  # not a bag of Squares crisps
        ("a glass of lite milk", REDUCED_FAT_MILK, 200, 260),
    ],
)
def test_everyday_counts_and_names(text: str, food: str, low: float, high: float) -> None:
    assert low <= _items(text)[food] <= high


def test_a_flavour_named_again_after_a_pair_is_not_a_second_helping() -> None:
    parsed = foods.parse_meal("rum and coke, full-sugar coke")
    assert parsed.unmatched == []
    assert [i.food_id for i in parsed.items].count(COLA) == 1


def test_each_after_two_foods_gives_each_that_much() -> None:
    items = _items("rice and chicken, 150g each")
    assert items[RICE] == pytest.approx(150.0) and items[CHICKEN] == pytest.approx(150.0)


def test_a_size_said_as_the_same_food_the_small_one() -> None:
    parsed = foods.parse_meal("a coke, the small one")
    assert parsed.unmatched == [] and len(parsed.items) == 1
    assert parsed.items[0].grams < 368  # smaller than the usual can


def test_milk_after_an_instant_coffee_and_before_sugar_went_in_it() -> None:
    items = _items("a cup of instant coffee, milk and a sugar")
    assert items["01077"] <= 40  # a splash, not a glass


def test_a_counted_celery_stick_is_a_stalk() -> None:
    assert _items("3 celery sticks with hummus")["11143"] == pytest.approx(120.0)


@pytest.mark.parametrize(
    ("text", "food", "grams"),
    [
        ("a tub of 4 mozzarella sticks", "01026", 113.4),  # four 28 g sticks
        ("a box of 20 nuggets", "05321", 400.0),  # 20 nuggets, not one
        ("2 packs of four eggs", EGG, 400.0),
    ],
)
def test_a_count_inside_a_pack_counts_the_food(
    text: str, food: str | None, grams: float | None
) -> None:
    parsed = foods.parse_meal(text)
    assert parsed.unmatched == []
    if food is not None:
        assert _items(text)[food] == pytest.approx(grams)


def test_a_counted_dried_apricot_is_whole() -> None:
    assert _items("8 dried apricots")["09032"] == pytest.approx(56.0)  # two 3.5 g halves each


def test_a_count_said_last_after_a_plural_counts_that_food() -> None:
    items = _items("egg fried rice and chicken wings x4")
    assert items["05103"] == pytest.approx(136.0)  # four 34 g wings
    assert sum(g for f, g in items.items() if f.startswith("366")) < 300  # one rice
