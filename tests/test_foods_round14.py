"""Issue 15, fourteenth round: the general rules found on the held13 misses, asserted on
phrases of the same kinds that are not in any table (a plate's words: served over, a cup each
of, an amount on each, N-egg omelettes, eggs in brackets; a pack or a milk said after a food; a
bar's flavour; a food said again with its amount; drinks: fizz, pots, singles, mixers; a
takeaway order and a cup of a restaurant dish; when and where it was eaten).
"""

from __future__ import annotations

import pytest

from journal import foods
from tests.test_foods_round3 import _items

RICE = "20045"
BROWN_RICE = "20037"
OATS = "08120"
RAISINS = "09298"
ALMONDS = "12061"
CRACKERS = "18228"
CHEDDAR = "01009"
OMELETTE = "01130"
EGG_WHITE = "01124"
MUSHROOM = "11260"
WATER = "14411"
SPORTS_DRINK = "14460"
COLA = "14400"
APPLESAUCE = "09019"
LOW_FAT_MILK = "01082"
REDUCED_FAT_MILK = "01079"
COFFEE = "14209"
MICROWAVE_POPCORN = "19035"
KOMBUCHA = "x-kombucha"
CLIF = "25051"
FRUIT_NUT_BAR = "25048"
APPLE = "09003"
KIT_KAT = "19109"
WHITE_FISH = "15016"
KUNG_PAO = "36619"
GENERAL_TSO = "36618"
HAM = "07029"
WHITE_WINE = "14106"
BEER = "14003"
SPIRIT = "14037"
DIET_TONIC = "14143"
TONIC = "14155"
BAKED_BEANS = "16006"
SUGAR = "19335"
ICE_CREAM = "19095"
CRISPS = "19411"
SUSHI_RICE = "x-sushi-rice"
ISO_GEL = "x-energy-gel-iso"
TAMALE = "36412"
EMPANADA = "36403"
MAPLE_SYRUP = "19353"


def test_the_parser_version_is_bumped() -> None:
    version = int(foods.VERSION.rsplit("+p", 1)[1])
    assert version >= 15  # later rounds bump it again


def test_a_dish_served_over_a_base_is_both() -> None:
    got = _items("a bowl of dal over a cup of brown rice")
    assert 180 <= got[BROWN_RICE] <= 210 and len(got) > 1  # the dal too, on the rice


def test_over_said_of_time_stays_time() -> None:
    got = _items("2 gels over 2 hours")
    assert set(got) == {"19350"}


def test_eggs_over_easy_are_fried_eggs_not_a_base() -> None:
    assert _items("toast and 2 eggs over easy")  # nothing left unmatched


def test_a_measure_each_of_a_list_is_that_much_of_every_food() -> None:
    got = _items("half a cup each of oats, raisins and almonds")
    assert 35 <= got[OATS] <= 45 and 75 <= got[RAISINS] <= 90 and 65 <= got[ALMONDS] <= 80


def test_an_amount_on_each_of_a_count_is_multiplied() -> None:
    got = _items("4 crackers with a slice of cheese each")
    assert 80 <= got[CHEDDAR] <= 96  # four slices, one a cracker


@pytest.mark.parametrize(
    ("text", "food", "low", "high"),
    [
        ("a 2 egg mushroom omelette", OMELETTE, 110, 135),  # two eggs, not a 2 x 120 g omelette
        ("a 3 egg white omelette", EGG_WHITE, 90, 110),  # three whites
    ],
)
def test_an_omelette_is_as_many_eggs_as_said(text: str, food: str, low: float, high: float) -> None:
    assert low <= _items(text)[food] <= high


def test_an_omelettes_filling_between_count_and_name_goes_in() -> None:
    got = _items("a 2 egg mushroom omelette")
    assert MUSHROOM in got and got[MUSHROOM] <= 60


def test_a_dish_with_its_eggs_in_brackets_keeps_the_dish() -> None:
    got = _items("egg fried rice (3 eggs)")
    assert len(got) >= 2  # the rice is still there, not only three eggs


@pytest.mark.parametrize(
    ("text", "food", "low", "high"),
    [
        ("a large 2L bottle of water", WATER, 1950, 2050),  # the size said twice
        ("coke can", COLA, 330, 375),  # the pack said after the drink
        ("2 applesauce pouches", APPLESAUCE, 170, 190),
    ],
)
def test_a_pack_or_size_said_around_a_food(text: str, food: str, low: float, high: float) -> None:
    assert low <= _items(text)[food] <= high


def test_a_pack_word_after_an_unknown_word_stays() -> None:
    from journal.foods.said import plainly

    assert "pot of" not in plainly("a hot pot")  # only a food the table names is packed


def test_milk_named_by_its_fat_alone() -> None:
    assert LOW_FAT_MILK in _items("a mocha w 1%")
    assert 250 <= _items("oats in 250ml 2%")[REDUCED_FAT_MILK] <= 265


def test_black_cold_brew_is_coffee() -> None:
    assert COFFEE in _items("black cold brew")


def test_cheese_cubes_and_popcorn_cups() -> None:
    assert 45 <= _items("3 cubes of cheddar")[CHEDDAR] <= 56  # SR24's cubic inch, 17 g
    assert 20 <= _items("2 cups of microwave popcorn")[MICROWAVE_POPCORN] <= 25


def test_booch_is_kombucha() -> None:
    assert KOMBUCHA in _items("a booch")


@pytest.mark.parametrize(
    ("text", "food"),
    [
        ("grenade bar, fudge brownie", CLIF),  # a flavour after the bar, no other food
        ("powerbar, double chocolate", CLIF),
        ("cashew larabar", FRUIT_NUT_BAR),  # a flavour before the bar's one-word name
    ],
)
def test_a_bars_flavour_is_the_bars(text: str, food: str) -> None:
    assert set(_items(text)) == {food}


def test_a_food_word_after_a_bar_may_be_a_food() -> None:
    assert APPLE in _items("kind bar, apple")


def test_a_two_finger_kit_kat_is_half_the_bar() -> None:
    assert 18 <= _items("two finger kit kat")[KIT_KAT] <= 24


def test_a_fish_fillet_said_after_the_fish() -> None:
    assert 300 <= _items("2 hoki fillets")[WHITE_FISH] <= 380


def test_how_a_steak_was_cooked_is_not_a_food() -> None:
    assert _items("sirloin steak, well done, w chips")


def test_a_takeaway_order_is_the_restaurant_order() -> None:
    assert 250 <= _items("half an order of orange chicken")[GENERAL_TSO] <= 290


def test_a_cup_of_a_restaurant_dish_in_pieces_is_not_a_cup_of_water() -> None:
    assert 150 <= _items("2 cups of kung pao chicken")[KUNG_PAO] / 2 <= 170


def test_a_food_said_again_with_an_amount_sizes_the_first() -> None:
    got = _items("ham and swiss on a bagel, 3 slices ham")
    assert 75 <= got[HAM] <= 90  # three slices, not a filling plus three slices


def test_more_said_again_is_more() -> None:
    got = _items("ham and swiss on a bagel, 3 more slices ham")
    assert got[HAM] > 90


@pytest.mark.parametrize(
    ("text", "food", "low", "high"),
    [
        ("2 glasses of champagne", WHITE_WINE, 240, 260),  # flutes of 125 ml
        ("a pot of lager", BEER, 280, 295),  # an Australian pot, 285 ml
        ("a single vodka", SPIRIT, 20, 28),  # a 25 ml single
    ],
)
def test_drinks_by_their_pour(text: str, food: str, low: float, high: float) -> None:
    assert low <= _items(text)[food] <= high


def test_a_mixer_named_again_after_with_says_which() -> None:
    got = _items("a rum and tonic with diet tonic")
    assert DIET_TONIC in got and TONIC not in got


def test_a_shared_bottle() -> None:
    assert 240 <= _items("split a bottle of white between three")[WHITE_WINE] <= 260


def test_drink_mix_scoops_each_bottle() -> None:
    got = _items("3 x 500ml bottles of tailwind, 2 scoops each")
    assert 1450 <= got[SPORTS_DRINK] <= 1600 and got[SUGAR] >= 50


def test_a_tin_said_after_an_on_pair_is_the_first_foods() -> None:
    got = _items("baked beans on 3 crackers, half a tin")
    assert 180 <= got[BAKED_BEANS] <= 215


def test_ampersand_is_and_in_names() -> None:
    assert 40 <= _items("sour cream & onion chips, 45g bag")[CRISPS] <= 50


def test_a_scoop_of_a_flavour_is_ice_cream() -> None:
    assert 120 <= _items("apple pie w 2 scoops of vanilla")[ICE_CREAM] <= 145


def test_a_sushi_roll_cut_in_pieces_is_one_roll() -> None:
    assert 130 <= _items("6 piece tuna avocado roll")[SUSHI_RICE] <= 170


@pytest.mark.parametrize(
    "text",
    [
        "a bagel on the start line",
        "a bottle of water through the morning",
        "figs off the tree",
        "a banana lol",
        "pasta bake, carb loading",
        "2 bagels (carb loading day 3)",
        "coke at aid 4",
        "katsu curry (set meal)",
        "a frozen cottage pie meal",
    ],
)
def test_when_where_and_how_words_are_not_foods(text: str) -> None:
    assert _items(text)


def test_cooked_on_the_barbie_is_not_a_barbie_carrot() -> None:
    assert len(_items("3 snags on the barbie and a roll")) == 2  # sausages and the roll


def test_an_isotonic_gel_is_a_watered_gel() -> None:
    got = _items("2 isotonic gels")
    assert 110 <= got[ISO_GEL] <= 130


def test_dishes_sr24_has_by_the_piece() -> None:
    assert 270 <= _items("2 chicken tamales")[TAMALE] <= 300
    assert 170 <= _items("2 empanadas")[EMPANADA] <= 190
    assert MAPLE_SYRUP in _items("pancakes with maple")


def test_cottage_cheese_on_rice_cakes_is_spread() -> None:
    assert 70 <= _items("2 rice cakes topped with cottage cheese")["01012"] <= 90


def test_a_bowl_of_a_food_weighed_after_it_is_that_weight() -> None:
    assert 75 <= _items("huge bowl of oatmeal, 75g oats, honey")[OATS] <= 80


def test_slices_said_after_a_filled_bun_are_the_fillings() -> None:
    got = _items("ham on a bun, 3 slices")
    assert 75 <= got[HAM] <= 90 and got["18350"] <= 60  # one bun, three slices of ham


def test_parm_alone_is_the_cheese_and_chicken_parm_the_dish() -> None:
    assert set(_items("penne with pesto and parm")) >= {"01032"}
    assert len(_items("chicken parm")) > 2  # the breaded dish, not chicken and cheese


def test_a_yoghurts_flavour_before_its_size_is_the_yoghurts() -> None:
    assert set(_items("icelandic yoghurt, blueberry 170g")) == {"x-greek-yogurt"}
