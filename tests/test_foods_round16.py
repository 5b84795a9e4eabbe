"""Issue 15, sixteenth round: the general rules found on the held15 misses, asserted on
phrases of the same families that are in no table (a weight said after its food with the state
it was weighed in; asides that name no food; a share said after the food; a dish named for its
bread whose parts list the bread; a vocabulary swept by kind; counted pieces of a helping;
seasonings listed bare; spoon-sized defaults of spices and fats).
"""

from __future__ import annotations

import pytest

from journal import foods
from tests.test_foods_round3 import _items

TURKEY = "05186"
THIGH = "05098"
SALMON_RAW = "15236"
CASHEWS = "12087"
LAMB_CHOP = "17024"
ALMONDS = "12061"
APPLE = "09003"
BANANA = "09040"
OATS = "08120"
PEAR = "09252"
BREAD = "18069"
RYE = "18060"
LENTILS = "16070"
PINK_GRAPEFRUIT = "09112"
INSTANT_NOODLES = "06583"
FROZEN_PIZZA = "22903"
NUGGETS = "05321"
TORTILLA = "18364"
CHICKEN = "05064"
ROAST_POTATO = "11674"
KOFTA = "17225"
YOLK = "01125"
BAKED_BEANS = "16006"
AVOCADO = "09037"
FRESH_CHILLI = "11670"
CHILLI_CON_CARNE = "22904"
SOY_SAUCE = "16123"
GRAPE_JUICE = "09135"
MANGO_NECTAR = "09436"
DRY_EGG_NOODLES = "20109"
PAPRIKA = "02028"
SWEETCORN = "11167"
CANOLA = "04582"


def test_the_parser_version_is_bumped() -> None:
    version = int(foods.VERSION.rsplit("+p", 1)[1])
    assert version >= 17  # later rounds bump it again


@pytest.mark.parametrize(
    ("text", "food", "grams"),
    [
        ("turkey breast 200g roasted", TURKEY, 200),
        ("salmon 140g (raw wt)", SALMON_RAW, 140),  # the raw fish, as weighed
        ("a small can of sweetcorn (150g drained)", SWEETCORN, 150),  # the weight, not the can
        ("a generous handful (40g) of cashews", CASHEWS, 40),  # the handful's own weight
    ],
)
def test_a_weight_said_after_the_food_is_its_weight(text: str, food: str, grams: float) -> None:
    got = _items(text)
    assert got.get(food) == pytest.approx(grams, rel=0.02), got


@pytest.mark.parametrize(
    ("text", "food", "grams"),
    [
        ("chicken thighs (250g raw each)", THIGH, 250),
        ("2 lamb chops (90g cooked each)", LAMB_CHOP, 180),
    ],
)
def test_a_weight_said_each_is_each_ones(text: str, food: str, grams: float) -> None:
    got = _items(text)
    assert got.get(food) == pytest.approx(grams, rel=0.02), got


@pytest.mark.parametrize(
    ("text", "food"),
    [
        ("almonds in the train before work", ALMONDS),
        ("an apple while walking the dog", APPLE),
        ("a banana, kinda starving", BANANA),
        ("porridge, saturday", OATS),
        ("apricots from the garden", "09021"),
        ("a pear, chopped up", PEAR),
        ("a gel between miles 8 and 10", "19350"),
        ("toast 1h before the race", BREAD),
        ("pasta for carb loading dinner", "20121"),
        ("gin on ice", "14037"),
    ],
)
def test_asides_that_name_no_food_are_not_read(text: str, food: str) -> None:
    got = _items(text)  # asserts nothing is left unread
    assert set(got) == {food}, got


def test_a_day_name_is_still_a_dish_when_it_names_one() -> None:
    assert ROAST_POTATO in _items("a sunday roast")


@pytest.mark.parametrize(
    ("text", "food", "low", "high"),
    [
        ("400g tin of beans, half", BAKED_BEANS, 190, 210),
        ("avocado half", AVOCADO, 70, 85),
        ("a 300g tub of hummus, half", "16158", 140, 160),
    ],
)
def test_a_share_said_after_the_food_is_taken_of_it(
    text: str, food: str, low: float, high: float
) -> None:
    got = _items(text)
    assert low <= got.get(food, 0) <= high, got


def test_my_half_before_a_listed_dish_is_a_label() -> None:
    got = foods.parse_meal("stew (my half): 200g beef, 2 carrots")
    assert not got.unmatched
    assert [i.grams for i in got.items if i.name.startswith("Beef")] == [200.0]  # as listed


@pytest.mark.parametrize(
    ("text", "food", "low", "high"),
    [
        ("cheese sandwich: 2 slices wholemeal, 30g cheddar", "18075", 50, 60),
        ("ham sandwich: 2 slices bread, 3 slices ham", BREAD, 50, 60),
    ],
)
def test_a_dish_named_for_its_bread_counts_the_listed_bread_once(
    text: str, food: str, low: float, high: float
) -> None:
    got = _items(text)
    assert low <= got.get(food, 0) <= high, got
    assert sum(g for f, g in got.items() if f.startswith("180")) <= high, got  # no other bread


def test_a_dish_named_for_its_bread_keeps_it_when_the_list_names_none() -> None:
    assert TORTILLA in _items("chicken wrap: chicken, lettuce, salsa")


@pytest.mark.parametrize(
    ("text", "food"),
    [
        ("a slice of schwarzbrot", RYE),
        ("dark rye, 2 slices", RYE),
        ("1 cup beluga lentils", LENTILS),
        ("half a ruby red grapefruit", PINK_GRAPEFRUIT),
        ("a packet of nongshim", INSTANT_NOODLES),
        ("grape juice, 1 cup", GRAPE_JUICE),
        ("mango juice", MANGO_NECTAR),
        ("lingonberry jam", "09081"),
    ],
)
def test_vocabulary_swept_by_kind(text: str, food: str) -> None:
    assert food in _items(text)


def test_a_branded_frozen_pizza_is_one_whole_supermarket_pizza() -> None:
    got = _items("a chicago town pepperoni pizza")
    assert set(got) == {FROZEN_PIZZA} and 350 <= got[FROZEN_PIZZA] <= 450


def test_a_pack_count_counts_pieces() -> None:
    got = _items("10ct nuggets")
    assert 150 <= got[NUGGETS] <= 220  # ten nuggets, ~ 16-20 g each


@pytest.mark.parametrize(
    ("text", "food", "low", "high"),
    [
        ("5 roasties", ROAST_POTATO, 250, 450),  # five pieces, not five helpings
        ("lamb koftas x3", KOFTA, 100, 140),
        ("2 yolks", YOLK, 30, 40),  # raw yolks, 17 g each (were dried)
        ("2 nests of egg noodles", DRY_EGG_NOODLES, 110, 140),
    ],
)
def test_counted_pieces_weigh_pieces(text: str, food: str, low: float, high: float) -> None:
    got = _items(text)
    assert low <= got.get(food, 0) <= high, got


def test_a_chilli_listed_with_garlic_and_oil_is_the_fresh_pepper() -> None:
    got = _items("pasta w garlic, chilli, olive oil")
    assert FRESH_CHILLI in got and CHILLI_CON_CARNE not in got


def test_a_bowl_of_chilli_stays_chilli() -> None:
    assert CHILLI_CON_CARNE in _items("a bowl of chilli")


def test_a_bare_soy_in_a_savoury_list_is_soy_sauce() -> None:
    got = _items("noodles, veg, soy")
    assert got.get(SOY_SAUCE, 0) <= 20


def test_soy_in_a_coffee_is_not_soy_sauce() -> None:
    assert all(i.food_id != SOY_SAUCE for i in foods.parse_meal("a latte with soy").items)


@pytest.mark.parametrize(("text", "high"), [("paprika", 7), ("2 tsp of paprika", 7)])
def test_a_spice_said_bare_is_a_spoonful(text: str, high: float) -> None:
    got = _items(text)
    assert 0 < got[PAPRIKA] <= high


def test_an_oil_from_the_table_is_a_spoonful() -> None:
    got = _items("walnut oil")
    assert 0 < got["04528"] <= 15, got  # a tablespoon, not SR24's cup (218 g)


def test_a_food_left_out_in_brackets_is_left_out() -> None:
    got = _items("a hot dog (no bun)")
    assert not any(f.startswith("182") for f in got), got  # no roll of any kind


@pytest.mark.parametrize(
    ("text", "food", "high"),
    [("yoghurt, sprinkle granola", "08037", 20), ("toast, scraping marmite", "43406", 10)],
)
def test_a_loose_measure_without_of_is_a_small_amount(text: str, food: str, high: float) -> None:
    got = _items(text)
    assert 0 < got.get(food, 0) <= high, got


def test_a_ready_meal_is_the_dish() -> None:
    got = _items("chicken curry microwave meal")
    assert CHICKEN in got


def test_sl_is_slices() -> None:
    got = _items("3 sl toast")
    assert 80 <= got[BREAD] <= 90


@pytest.mark.parametrize("text", ["haddock in breadcrumbs", "2 pollock fillets in panko"])
def test_a_fish_in_breadcrumbs_is_breaded(text: str) -> None:
    got = _items(text)
    assert "20081" in got and CANOLA in got  # the crumb coat and the oil it is cooked in


def test_a_food_sold_coated_is_not_coated_again() -> None:
    assert "20081" not in _items("fish fingers in breadcrumbs")


def test_a_count_and_weight_in_brackets_is_the_weight() -> None:
    got = _items("breaded haddock (2 fillets, 260g)")
    assert 240 <= sum(got.values()) <= 280, got


def test_a_flavoured_latte_takes_the_milk_said_after_the_syrup() -> None:
    got = _items("caramel almond milk latte")
    assert "x-almond-drink" in got and "14210" in got, got  # the espresso and its almond milk


def test_a_count_said_before_a_qualifier_counts_the_food() -> None:
    got = _items("crumpets x2 (toasted), butter")
    assert 100 <= got["x-crumpet"] <= 120, got  # two crumpets (55 g each), not one


def test_marg_is_margarine() -> None:
    got = foods.parse_meal("toast w marg")
    assert not got.unmatched and any(i.name.startswith("Margarine") for i in got.items)


def test_a_size_said_in_brackets_sizes_the_food() -> None:
    small = _items("a muffin (the small one)")
    plain = _items("a muffin")
    assert sum(small.values()) < sum(plain.values())


@pytest.mark.parametrize(
    ("text", "low", "high"), [("a quest bar", 55, 65), ("perfect bar, dark chocolate", 60, 70)]
)
def test_protein_bars_by_brand_weigh_their_pack(text: str, low: float, high: float) -> None:
    got = _items(text)
    assert low <= sum(got.values()) <= high, got
