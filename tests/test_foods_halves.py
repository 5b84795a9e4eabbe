"""Amounts said after the food: "14 walnut halves" is a handful of nuts, not 14 ounces (it
was 397 g, 2,596 kcal), "4 apricot halves" are two apricots, "can of ipa, 440" is one 440 ml
can (it was 440 cans) and "handful of almonds (about 23)" is 23 almonds, not 23 handfuls."""

from __future__ import annotations

import pytest

from journal import foods


def _grams(text: str) -> float:
    parsed = foods.parse_meal(text)
    assert parsed.unmatched == [], parsed.unmatched
    return sum(i.grams for i in parsed.items)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("10 walnut halves", 18, 32),  # SR24: 1 oz is 14 halves
        ("8 pecan halves", 8, 16),  # SR24: a cup of halves (~75) is 99 g
        ("a dozen cashew pieces", 12, 24),
        ("20 almond bits", 18, 30),
        ("6 apricot halves", 90, 120),  # three apricots, 35 g each
        ("2 pear halves", 150, 200),  # one pear
        ("4 meatball halves", 40, 60),  # two meatballs
    ],
)
def test_halves_and_pieces_weigh_what_they_are(text: str, low: float, high: float) -> None:
    assert low <= _grams(text) <= high


def test_pieces_of_other_foods_are_read_as_pieces_of_them() -> None:
    assert _grams("6 chicken pieces") == _grams("6 pieces of chicken")


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("a can of cider, 500", 450, 560),  # a 500 ml can, not 500 cans
        ("bottle of kombucha, 330", 300, 360),
        ("3 cans of lager, 440", 1250, 1400),  # three 440 ml cans
        ("handful of cashews (about 15)", 15, 30),  # 15 cashews, not 15 handfuls
        ("a handful of walnut halves, 10", 18, 32),
    ],
)
def test_a_bare_size_after_a_measured_item_is_its_size(text: str, low: float, high: float) -> None:
    assert low <= _grams(text) <= high
