"""Round 21d: runner drink mixes by the made-up drink, branded drinks' and snacks' flavours,
egg dishes by their eggs, hot chocolate made on milk and coffee over ice.

Phrases of no scoring table; each asserts what a runner would see in the check-in.
"""

from __future__ import annotations

import pytest

from journal import foods


def _grams(text: str, word: str) -> float:
    return sum(i.grams for i in foods.parse_meal(text).items if word in i.name.lower())


def _within(got: float, want: float) -> bool:
    return 0.7 * want <= got <= 1.3 * want


@pytest.mark.parametrize(
    ("text", "ml"),
    [
        ("ph 1000 tablet in a 600ml bottle", 600),
        ("2 nuun tabs dissolved in 1l", 1000),
        ("lmnt, 500ml", 500),
        ("a hydration tab popped into my 750ml bidon", 750),
    ],
)
def test_an_electrolyte_tab_is_its_bottle_of_water(text: str, ml: float) -> None:
    parsed = foods.parse_meal(text)
    assert not parsed.unmatched
    assert _within(_grams(text, "water"), ml)
    assert parsed.totals["kcal"] <= 31  # a tab is 10-15 kcal of sugar (labels, round 26b)


@pytest.mark.parametrize(
    ("text", "ml"),
    [
        ("skratch 2 scoops 600ml", 600),
        ("tailwind, 3 scoops / 1l", 1000),
        ("high five energy drink one sachet 500ml", 500),
        ("maurten drink mix dissolved in 500ml", 500),
    ],
)
def test_a_carb_mix_is_its_volume_of_sports_drink(text: str, ml: float) -> None:
    parsed = foods.parse_meal(text)
    assert not parsed.unmatched
    assert _within(_grams(text, "sports drink"), ml)
    assert not _grams(text, "syrup")  # never read as gels


def test_a_mix_counted_in_bottles_after_it() -> None:
    text = "tailwind endurance fuel, two bottles"
    assert not foods.parse_meal(text).unmatched and _within(_grams(text, "sports"), 1200)


@pytest.mark.parametrize(
    ("text", "word", "grams"),
    [
        ("powerade fierce grape 20oz", "powerade", 591),
        ("gatorade glacier freeze 1l", "gatorade", 1000),
        ("body armor strawberry banana 16oz", "sports drink", 473),
        ("core power vanilla after the tempo", "whey", 25),
    ],
)
def test_a_branded_drinks_flavour_is_no_food(text: str, word: str, grams: float) -> None:
    parsed = foods.parse_meal(text)
    assert not parsed.unmatched
    assert _within(_grams(text, word), grams)
    assert not _grams(text, "banana") and not _grams(text, "grape") and not _grams(text, "candies")


def test_a_flavour_after_a_comma_may_be_a_food() -> None:
    assert _grams("powerade, banana", "banana") > 0


def test_a_bar_by_which_one_in_brackets() -> None:
    parsed = foods.parse_meal("clif bar (the white choc macadamia one)")
    assert not parsed.unmatched and len(parsed.items) == 1


def test_a_kind_bar_is_one_bar() -> None:
    parsed = foods.parse_meal("2 kind bars, caramel almond and sea salt")
    assert len(parsed.items) == 1 and _within(parsed.items[0].grams, 80)


def test_an_uncrustable_by_its_filling() -> None:
    parsed = foods.parse_meal("uncrustable strawberry")
    assert not parsed.unmatched and _within(_grams("uncrustable strawberry", "bread"), 30)


@pytest.mark.parametrize(("text", "eggs"), [("3 egg shakshuka", 150), ("a two-egg menemen", 100)])
def test_an_egg_dish_by_its_eggs(text: str, eggs: float) -> None:
    parsed = foods.parse_meal(text)
    assert not parsed.unmatched
    assert _within(_grams(text, "egg"), eggs)


def test_a_frittata_by_its_eggs() -> None:
    assert _within(_grams("4 egg frittata", "egg"), 244)


def test_bread_to_dip_is_the_bread() -> None:
    parsed = foods.parse_meal("hummus, pita to dip")
    assert not parsed.unmatched and _grams("hummus, pita to dip", "pita") > 0


@pytest.mark.parametrize(
    "text", ["a mug of cocoa made with semi skimmed milk", "hot choc, made on whole milk"]
)
def test_hot_chocolate_made_on_milk_is_one_drink(text: str) -> None:
    parsed = foods.parse_meal(text)
    assert [i.name.split(",")[0] for i in parsed.items] == ["Milk"]
    assert parsed.totals["kcal"] < 260


def test_coffee_over_ice_is_the_iced_one() -> None:
    assert _within(_grams("an americano poured over ice", "coffee"), 250)


def test_bircher_pot_is_soaked_oats() -> None:
    assert _within(_grams("bircher pot from the station cafe", "oats"), 40)


def test_raisin_bran_crunch_is_its_own_cereal() -> None:
    parsed = foods.parse_meal("a cup of raisin bran crunch")
    assert not parsed.unmatched and "CRUNCH" in parsed.items[0].name
