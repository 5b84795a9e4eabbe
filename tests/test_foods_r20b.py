"""Round 20b: containers, shares of them and drinks by volume, on phrases of no scoring table."""

from __future__ import annotations

import pytest

from journal import foods


def _grams(phrase: str, prefix: str) -> float:
    parsed = foods.parse_meal(phrase)
    assert not parsed.unmatched, parsed.unmatched
    return sum(i.grams for i in parsed.items if i.name.startswith(prefix))


@pytest.mark.parametrize(
    ("phrase", "prefix", "grams"),
    [
        # a share of a pack said after the food keeps the pack
        ("white wine, a third of the bottle", "Alcoholic beverage, wine", 250.0),
        ("rose wine - half the bottle", "Alcoholic beverage, wine", 375.0),
        ("tater tots, a third of the bag", "Potato puffs", 267.0),
        ("chicken noodle soup, the whole can", "Soup, chicken noodle", 600.0),
        ("cornflakes, most of the box", "Cereals ready-to-eat", 375.0),
        # a pack of a kind sized as sold
        ("half a pint of haagen dazs", "Ice creams", 210.0),
        ("a tub of chocolate ice cream", "Ice creams", 420.0),
        ("a quarter of a box of penne", "Spaghetti, cooked", 250.0),
        ("a sleeve of saltines", "Crackers, saltines", 110.0),
        ("a can of pringles", "Snacks, potato chips", 160.0),
        # a pack said after its food
        ("m&ms sharing bag", "Candies, MARS", 100.0),
        ("coke can", "Carbonated beverage, cola", 368.0),
        ("red bull 473ml can", "Energy drink", 473.0),
    ],
)
def test_pack_and_share(phrase: str, prefix: str, grams: float) -> None:
    assert _grams(phrase, prefix) == pytest.approx(grams, rel=0.3)


@pytest.mark.parametrize(
    ("phrase", "spirit", "mixer", "mixer_prefix"),
    [
        ("3 vodka cokes", 99.0, 600.0, "Carbonated beverage, cola"),
        ("whisky and ginger ale x2", 66.0, 400.0, "Carbonated beverage, ginger ale"),
        ("a triple rum and coke", 71.0, 200.0, "Carbonated beverage, cola"),
        ("v&t double", 47.0, 200.0, "Carbonated beverage, tonic"),
    ],
)
def test_mixed_drink_counts_its_mixer(
    phrase: str, spirit: float, mixer: float, mixer_prefix: str
) -> None:
    assert _grams(phrase, "Alcoholic beverage, distilled") == pytest.approx(spirit, rel=0.3)
    assert _grams(phrase, mixer_prefix) == pytest.approx(mixer, rel=0.3)


def test_a_tea_bag_is_no_bag_of_tea() -> None:
    parsed = foods.parse_meal("tea bag in hot water")
    assert all(i.grams < 300 for i in parsed.items)
    assert not any(i.grams == pytest.approx(35.0) for i in parsed.items)


def test_a_single_pour_stays_a_single() -> None:
    assert _grams("gin and slimline tonic, single", "Alcoholic beverage") == pytest.approx(
        24.0, rel=0.3
    )
