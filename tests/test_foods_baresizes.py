"""A container's size said as a bare figure ("coke 330 can") is its size, not a count: it was
330 cans, the parser's 10 kg cap."""

from __future__ import annotations

import pytest

from journal import foods


@pytest.mark.parametrize(
    ("text", "grams"),
    [
        ("coke 330 can", 330),
        ("pepsi max, 330 can", 330),
        ("a 330 can of lemonade", 330),
        ("sprite 500 bottle", 500),
        ("a 600 bottle of water", 600),
        ("2 375 cans of ginger beer", 750),
        ("baked beans 400 tin", 400),
    ],
)
def test_a_bare_figure_before_a_container_is_its_size(text: str, grams: float) -> None:
    parsed = foods.parse_meal(text)
    assert not parsed.unmatched, text
    assert sum(i.grams for i in parsed.items) == pytest.approx(grams, rel=0.12), text


def test_a_small_figure_before_a_container_is_still_a_count() -> None:
    one = sum(i.grams for i in foods.parse_meal("a can of coke").items)
    assert sum(i.grams for i in foods.parse_meal("3 cans of coke").items) == pytest.approx(3 * one)
