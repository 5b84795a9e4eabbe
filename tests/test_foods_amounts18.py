"""Issue 15, session 11 (amounts18): amounts said apart from their food, hedged or corrected,
and a share eaten of a batch whose amounts were said as made. The phrases are written for this
test and are in no phrase table; the ranges are ±30 % around what a careful person would log.
"""

from __future__ import annotations

import pytest

from journal import foods
from journal.foods.amountsapart import amounts_apart
from journal.foods.batchshare import batch_shared
from tests.test_foods_round3 import _items

ALMONDS = "12061"
SALTINES = "18228"
RICE = "20045"
BROWN_RICE = "20037"
GRAPES = "09132"
CHOC_CHIP = "18159"
PASTA = "20121"
STRAWBERRIES = "09316"
YOGURT = "01116"
OATS = "08120"
BLUEBERRIES = "09050"
MILK_CHOC = "19120"
DATES = "09421"
FLOUR = "20081"
EGG = "01123"
MILK = "01077"
BEEF = "23567"
POTATO = "11674"
CHEESE = "01009"
BREAD = "18069"


def _in(text: str, food: str, low: float, high: float) -> None:
    got = _items(text).get(food, 0.0)
    assert low <= got <= high, (text, food, got, foods.parse_meal(text).items)


@pytest.mark.parametrize(
    ("text", "food", "low", "high"),
    [
        # a hedged count after the food replaces the loose amount said first
        ("a handful of almonds, like 20", ALMONDS, 17, 31),  # 1.2 g a kernel
        ("some saltines, maybe 8", SALTINES, 17, 31),  # 3 g a cracker
        ("big bowl of grapes, like 25 of them", GRAPES, 86, 160),  # 4.9 g a grape
        ("chocolate chip cookies, well 5 of them", CHOC_CHIP, 43, 80),  # 12 g a cookie
        ("a few squares of chocolate, like 4", MILK_CHOC, 20, 37),  # a 7 g square
        ("dates, only 3 or 4 honestly", DATES, 59, 109),  # 24 g a medjool
        # a hedged measure after the food: the measure, not the bowl
        ("bowl of white rice, probably 1.5 cups", RICE, 166, 308),
        ("pasta, 1.5 cups-ish", PASTA, 147, 273),
        ("brown rice - roughly 150g cooked", BROWN_RICE, 105, 195),
        ("a few squares of chocolate, maybe 25g", MILK_CHOC, 18, 33),
    ],
)
def test_a_hedged_amount_after_the_food(text: str, food: str, low: float, high: float) -> None:
    _in(text, food, low, high)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "of each": every food of the list gets the amount
        ("strawberries and yoghurt, 1 cup of each", {STRAWBERRIES: (100, 190), YOGURT: (170, 320)}),
        ("oatmeal and blueberries, half a cup of each", {OATS: (28, 53), BLUEBERRIES: (52, 96)}),
        ("toast and eggs, 2 of each", {BREAD: (39, 73), EGG: (70, 130)}),
    ],
)
def test_one_amount_of_each(text: str, want: dict[str, tuple[float, float]]) -> None:
    for food, (low, high) in want.items():
        _in(text, food, low, high)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the listed amounts went into the batch; the share says what was eaten
        (
            "pancakes: 2 cups flour, 2 eggs, 2 cups milk - ate half the batch",
            {FLOUR: (88, 163), EGG: (35, 65), MILK: (170, 318)},
        ),
        ("tray bake: 400g potatoes, 200g cheese, i ate a quarter", {POTATO: (70, 130)}),
        ("300g beef mince w 1 cup cheddar, had a third", {BEEF: (70, 130)}),
    ],
)
def test_a_share_of_a_batch(text: str, want: dict[str, tuple[float, float]]) -> None:
    for food, (low, high) in want.items():
        _in(text, food, low, high)


def test_a_batch_made_to_a_weight() -> None:
    assert batch_shared("made 900g of stew, ate a third") == "300g of stew"
    assert batch_shared("stew, made 1.2kg, had a quarter") == "0.3kg stew"
    assert (
        batch_shared("curry: 600g chicken, 2 cups rice; i ate half")
        == "curry: 300g chicken, 1 cups rice"
    )


@pytest.mark.parametrize(
    "text",
    [
        "lasagne, ate half",  # one food's share: shareafter.py
        "2 eggs, 2 toast, coffee",
        "chicken and rice, like always",  # no figure
        "salmon, ~150g",  # read as said already
        "well done steak",
        "a large latte, like 16oz",  # a coffee's size names its cup
    ],
)
def test_left_as_said(text: str) -> None:
    assert amounts_apart(batch_shared(text)) == text


def test_only_cued_lines_are_rewritten() -> None:
    text = "2 eggs\ncrackers, like 6\nbanana"
    assert amounts_apart(text) == "2 eggs\n6 crackers\nbanana"


CHICKEN_THIGH = "05098"
SALMON = "15237"
MUESLI = "42184"
TURKEY_MINCE = "05665"
LAMB = "17225"
PORK_MINCE = "10220"


@pytest.mark.parametrize(
    ("text", "food", "low", "high"),
    [
        # the state the scale saw, then how it was cooked: the weight stands
        ("chicken thigh 180g raw, air fried", CHICKEN_THIGH, 126, 234),
        ("salmon fillet 130g (raw) oven baked", SALMON, 91, 169),
        ("lamb 150g raw bbq'd w salad", LAMB, 105, 195),
        # "made with", "mixed with": the weight ends its food's item
        ("muesli 45g mixed with yoghurt", MUESLI, 32, 59),
        ("oats 45g made with water", OATS, 32, 59),
        # a lean-to-fat ratio is no fraction of the food
        ("turkey mince 90/10 250g raw, tacos", TURKEY_MINCE, 175, 325),
        ("pork mince 90/10 150g cooked w rice", PORK_MINCE, 105, 195),
        # the dish, then the weighed ingredient it was made of
        ("porridge 70g oats, honey", OATS, 49, 91),
        ("overnight oats 50g oats, 100ml milk", OATS, 35, 65),
    ],
)
def test_a_weight_after_its_food_with_words_after_it(
    text: str, food: str, low: float, high: float
) -> None:
    _in(text, food, low, high)


def test_the_dish_is_not_counted_beside_its_weighed_oats() -> None:
    assert sum(_items("porridge 70g oats, honey").values()) < 120  # oats and a spoon of honey


PRETZELS = "19047"


@pytest.mark.parametrize(
    ("text", "food", "low", "high"),
    [
        # one food's weight and the share of it eaten
        ("400g bag of pretzels, had a quarter", PRETZELS, 70, 130),
        ("a 200g bar of chocolate, ate half of it", MILK_CHOC, 70, 130),
        ("ground turkey 1 lb, i had half", TURKEY_MINCE, 159, 295),
    ],
)
def test_a_share_of_one_weighed_food(text: str, food: str, low: float, high: float) -> None:
    _in(text, food, low, high)


BAKED_BEANS = "16006"
SPIRITS = "14037"
EGG_NOODLES = "20110"
PORK_CHOP = "10042"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a dish of two parts, then an amount for each, in the dish's order
        ("beans on toast: a whole tin, 3 slices", {BAKED_BEANS: (290, 540), BREAD: (59, 110)}),
        ("cheese on crackers: 40g, 6 crackers", {CHEESE: (28, 52), SALTINES: (13, 24)}),
        ("eggs on toast - 2 eggs, 1 slice", {EGG: (70, 130), BREAD: (20, 37)}),
        # the count of pours and each one's size, said apart from the drink
        ("gin, 3 shots (25ml each)", {SPIRITS: (49, 92)}),
        ("2 glasses of bourbon, big pours (60ml each)", {SPIRITS: (79, 147)}),
        # a helping measure after a dish joined to what it came with is the dish's
        ("noodles with tofu, 1 bowl", {EGG_NOODLES: (130, 320)}),
        # pounds with a state, as a weight, and the share eaten of them
        ("pork 1 lb raw, grilled, i had half", {PORK_CHOP: (159, 295)}),
    ],
)
def test_amounts_after_a_dish_or_a_drink(text: str, want: dict[str, tuple[float, float]]) -> None:
    for food, (low, high) in want.items():
        _in(text, food, low, high)


def test_a_dish_named_with_and_keeps_its_measure() -> None:
    """'kale & potato soup, 2 cups': the '&' names one dish; its measure is not moved."""
    from journal.foods.partsapart import parts_apart

    assert parts_apart("kale & potato soup, 2 cups") == "kale & potato soup, 2 cups"
    assert parts_apart("chicken on rice") == "chicken on rice"


GEL = "19350"
BANANA = "09040"
DRY_PASTA = "20120"
RAW_RICE = "20044"
BEEF_CHILLI = "22904"


@pytest.mark.parametrize(
    ("text", "food", "low", "high"),
    [
        # a rate with its hours or its total: what was taken in all
        ("1 banana every hour for 3 hours", BANANA, 248, 460),
        ("3 dates every hour, 2 hours", DATES, 101, 187),
        ("a gel every 30 min, 6 total", GEL, 134, 250),
        ("gel every 40 min through the marathon, 5 total", GEL, 112, 208),
        # a dry weight after words about when it was eaten
        ("plate of spaghetti after the long run, 120g dry", DRY_PASTA, 84, 156),
        ("bowl of rice before the race, 100g dry", RAW_RICE, 70, 130),
        # a dish of two parts, each amount said with its own name
        ("chilli on rice, 1 cup chilli and 1 cup", BEEF_CHILLI, 170, 315),
        ("chilli on rice, 1 cup chilli and 1 cup", RICE, 110, 205),
    ],
)
def test_totals_and_dry_weights_said_after(text: str, food: str, low: float, high: float) -> None:
    _in(text, food, low, high)


def test_a_rate_with_no_total_is_left() -> None:
    assert batch_shared("water every mile") == "water every mile"


def test_amounts_not_in_the_dish_order_are_left() -> None:
    from journal.foods.partsapart import parts_apart

    said = "cheese on toast, 2 slices, 40g cheddar"
    assert parts_apart(said) == said


KIDNEY_BEANS = "16033"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a batch said with the servings it made: one serving eaten, the name no extra food
        ("stew w 800g beef mince, 4 potatoes - serves 4", {BEEF: (140, 260)}),
        ("made a pasta bake with 400g pasta, 200g cheese for 4", {CHEESE: (35, 65)}),
        ("chilli: 500g mince, 2 tins kidney beans, split between 2", {BEEF: (175, 325)}),
        ("500g pasta, split between 2", {PASTA: (175, 325)}),
    ],
)
def test_a_batch_and_its_servings(text: str, want: dict[str, tuple[float, float]]) -> None:
    for food, (low, high) in want.items():
        _in(text, food, low, high)
    assert sum(_items(text).values()) < 2 * sum(want[f][1] for f in want) + 600  # no whole dish


@pytest.mark.parametrize("text", ["porridge for breakfast", "2 eggs for 2", "pizza, split 2 ways"])
def test_servings_without_a_batch_are_left(text: str) -> None:
    assert batch_shared(text) == text
