"""Issue 15, tenth round: shorthand a tired runner types, and the general rules found on the
held10 misses, asserted on phrases of the same kinds that are not in any table.
"""

from __future__ import annotations

import pytest

from journal import foods
from tests.test_foods_round3 import _items


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("chkn n rice", "chicken and rice"),
        ("ckn caesar", "chicken caesar"),
        ("roast chook", "roast chicken"),
        ("a mozz n tomato sammich", "a mozzarella and tomato sandwich"),
        ("chook sammie", "chicken sandwich"),
        ("steamed brocc w dinner", "steamed broccoli"),
        ("cauli cheese", "cauliflower cheese"),
        ("cherry toms w feta", "cherry tomatoes with feta"),
        ("rum 'n' coke", "rum and coke"),
        ("tea w/o sugar", "tea without sugar"),
        ("double double from timmies", "a double double"),
        ("mcds fries", "fries"),
        ("a pottle of hummus", "a pot of hummus"),
        ("a glass of oj w lunch", "a glass of oj"),
        ("brekky burrito", "breakfast burrito"),
        ("mac n chz", "mac and cheese"),
        ("sw potato fries", "sweet potato fries"),
        ("a cappa", "a cappuccino"),
        ("2 flatties", "2 flat whites"),
        ("2 coldies", "2 beers"),
    ],
)
def test_shorthand_reads_as_the_words_spelled_out(short: str, long: str) -> None:
    assert _items(short) == _items(long)


def test_names_that_hold_an_n_keep_reading_as_themselves() -> None:
    assert _items("fish n chips") == _items("fish and chips")
    assert set(_items("mac 'n' cheese")) == set(_items("mac and cheese"))
    assert _items("a four n twenty pie") == {"22529": 175}  # the AU meat pie, not 4 and 20 of it


def test_a_count_after_the_whole_item_counts_all_of_it() -> None:
    assert _items("flat white (x3)") == {k: 3 * g for k, g in _items("flat white").items()}
    # the count is not taken from the name ("double double" stays the coffee)
    assert _items("double double x2") == {k: 2 * g for k, g in _items("double double").items()}
    assert _items("iced coffee x2") == {k: 2 * g for k, g in _items("iced coffee").items()}


def test_a_filling_before_jacket_is_a_jacket_potato_with_it() -> None:
    assert _items("cheese n pickle jacket")["11674"] == 220
    beans = _items("beans and cheese jacket spud")
    assert beans["11674"] == 220 and beans["16006"] == 150
    # a size or a sweet potato is not a filling
    assert set(_items("a big jacket")) == {"11674"}
    assert set(_items("a sweet potato jacket")) == {"11508"}


def test_breakfast_sausage_links_are_counted_singly() -> None:
    assert _items("3 breakfast links n 2 eggs") == {"07064": 75, "01123": 100}
    assert _items("4 sausage links")["07064"] == 100  # not four 84 g Italian links


def test_a_bare_plural_of_a_bite_sized_vegetable_is_a_few() -> None:
    assert _items("cherry tomatoes") == {"11529": 85}  # five, not one
    assert _items("10 cherry tomatoes") == {"11529": 170}  # a count is kept
    assert _items("2 cherry tomatoes") == {"11529": 34}


@pytest.mark.parametrize(
    ("text", "food", "grams"),
    [
        ("frites w mayo", "21138", 134),
        ("6 ritz", "18229", 19.2),
        ("3 corn thins", "19413", 18),
        ("a mcchicken", "21356", 138),
        ("2 minute noodles", "06583", 85),
        ("egg bhurji", "01132", 122),
        ("chicken pad see ew", "20134", 250),
        ("salmon donburi", "20053", 250),
        ("a brioche bun", "18350", 60),
    ],
)
def test_names_added_in_round_10(text: str, food: str, grams: float) -> None:
    assert _items(text)[food] == pytest.approx(grams)


def test_brand_and_when_words_name_no_food() -> None:
    for text in ("a lamington at smoko", "skinless chicken thighs", "jungle oats"):
        assert foods.parse_meal(text).unmatched == [], text


def test_round10_leaves_the_parser_version_bumped() -> None:
    # round 12 bumped the parser again; the version only moves forward
    assert foods.PARSER_VERSION >= "p10" and foods.VERSION.endswith(f"+{foods.PARSER_VERSION}")


def test_smashed_avocado_is_at_most_half_an_avocado_over_the_slices() -> None:
    assert _items("a slice of rye with avo")["09037"] == 60  # one slice, as before
    assert _items("3 slices of toast with smashed avocado")["09037"] == 78  # not 120 or 180


def test_irish_and_scottish_plates_by_their_own_meat() -> None:
    assert "17225" in _items("lamb stew, a big bowl")  # lamb, not beef
    assert _items("boiled bacon and cabbage")["10136"] == 150  # a bacon joint, not a rasher
    assert _items("mince and potatoes")["11367"] == 250
    assert "x-sushi-rice" in _items("a pack of sushi")


def test_a_big_number_after_a_gel_names_it_and_a_drink_mix_is_a_drink() -> None:
    assert _items("a torq gel 100")["19350"] < 50  # one gel, never a hundred
    assert _items("almonds 20")["12061"] < 30  # a small number after a food still counts
    mix = _items("gu roctane mix in 600ml")
    # not 10 kg of syrup; Roctane's drink is a sports drink and 32 g more sugar (round 11)
    assert set(mix) == {"14460", "19335"} and 530 <= mix["14460"] <= 600


def test_a_runners_own_alias_in_shorthand_still_meets_its_meal() -> None:
    mine = {"chkn n rice": ("05064", 300.0), "my pb sammich": {"food_id": "16098", "grams": 40}}
    parsed = foods.parse_meal("chkn n rice, my pb sammich", mine)
    assert [(i.food_id, i.grams) for i in parsed.items] == [("05064", 300.0), ("16098", 40.0)]


def test_milk_said_before_no_sugar_went_in_the_drink() -> None:
    assert _items("brew, milk no sugar")["14355"] > 200
    assert sum(g for f, g in _items("brew, milk no sugar").items() if f != "14355") <= 30
    assert max(_items("filter coffee, semi skimmed milk, no sugar").values()) > 200  # the coffee
    assert min(_items("filter coffee, semi skimmed milk, no sugar").values()) <= 30  # a splash


def test_a_bare_chai_is_masala_chai_and_a_chai_latte_is_the_cafe_one() -> None:
    assert _items("3 chais") == {"14355": 450, "01077": 300}  # small cups, tea with milk
    assert _items("a large chai latte")["19335"] > 10  # the cafe chains' sweetened latte


def test_a_weight_in_the_pod_or_shell_is_about_half_eaten() -> None:
    assert set(_items("edamame, 120g in the pod").values()) == {60}
    assert set(_items("pistachios 80 g in their shells").values()) == {40}
