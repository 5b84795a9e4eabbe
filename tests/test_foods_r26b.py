"""Round 26b: runner fuel read as a runner would see it (gels, chews, bars, drink mixes)."""

from __future__ import annotations

import pytest

from journal import foods


def _kcal(phrase: str) -> float:
    meal = foods.parse_meal(phrase)
    assert not meal.unmatched, (phrase, meal.unmatched)
    return meal.totals["kcal"]


def _grams(phrase: str, prefix: str) -> float:
    return sum(i.grams for i in foods.parse_meal(phrase).items if i.food_id.startswith(prefix))


@pytest.mark.parametrize(
    ("phrase", "kcal"),
    [
        ("skratch 1 scoop 500ml", 80),
        ("tailwind 3 scoops in a 1L bladder", 300),
        ("maurten 160 drink mix, 500ml", 160),
        ("maurten 320 in 500ml", 320),
        ("750ml bottle of sis go electrolyte", 146),
        ("2 maurten 160 sachets, 1L total", 320),
        ("tailwind 1 scoop in 16oz", 100),
        ("electrolyte tabs x2 in 1l", 20),
        ("nuun tab in 500ml water", 15),
    ],
)
def test_a_drink_mix_follows_its_scoops_not_its_water(phrase: str, kcal: float) -> None:
    assert _kcal(phrase) == pytest.approx(kcal, rel=0.15, abs=6)


def test_a_mix_is_its_volume_of_drink() -> None:
    for phrase, ml in (("skratch 1 scoop 500ml", 500), ("tailwind 3 scoops in a 1L bladder", 1000)):
        drink = _grams(phrase, "14460") + _grams(phrase, "14411")
        assert drink == pytest.approx(ml * 1.02, rel=0.05)


@pytest.mark.parametrize(
    ("phrase", "gels"),
    [
        ("gu gel at mile 8 and another at 16", 2),
        ("maurten gel 160 around 25 km", 1),
        ("gu gel, one every 30 min for 2 hours", 4),
        ("a gel, every 45 min over 3 hours", 4),
        ("precision fuel 30 gel, one every 30 min for 2 hours", 4),
    ],
)
def test_fuel_is_counted_by_marks_and_clock(phrase: str, gels: int) -> None:
    one = _grams(phrase.split(" at ")[0].split(" every")[0].split(",")[0], "19350")
    assert _grams(phrase, "19350") == pytest.approx(gels * one)


@pytest.mark.parametrize(
    ("phrase", "prefix", "grams"),
    [
        ("clif bloks, 3 cubes", "x-energy-chews", 30),
        ("shot bloks, 2 pieces", "x-energy-chews", 20),
        ("honey stinger chews pack", "x-energy-chews", 50),
        ("clif bar, half of one", "25051", 34),
        ("cocoa orange nakd bar", "25048", 35),
        ("choc sea salt rxbar", "25051", 55),
        ("trek flapjack (cocoa oat)", "x-flapjack", 50),
        ("KIND bar, the dark chocolate sea salt one", "25053", 40),
        ("2 picky bars", "25053", 90),
        ("stroopwafel energy waffle, 2", "18159", 60),
        ("2 x high5 isogels", "x-energy-gel", 120),
    ],
)
def test_chews_bars_and_gels_at_their_label_serving(phrase: str, prefix: str, grams: float) -> None:
    assert not foods.parse_meal(phrase).unmatched
    assert _grams(phrase, prefix) == pytest.approx(grams, rel=0.1)


def test_a_food_said_before_a_bar_is_kept() -> None:
    assert _grams("coffee and kind bar", "14209") > 0
