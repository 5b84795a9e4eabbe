"""A counted slice of a fruit or vegetable is a slice, not the whole food.

"4 cucumber slices" read as four cucumbers (1.2 kg), "3 avocado slices" as three avocados:
SR24 gives most produce no slice portion, so the count fell on the whole food or its helping.
"""

from __future__ import annotations

import pytest

from journal import foods

_PRODUCE = (
    "cucumber", "avocado", "beetroot", "pepper", "aubergine", "banana", "kiwi", "peach",
    "lemon", "lime", "orange", "pear", "apple", "tomato", "onion", "courgette", "plantain",
)  # fmt: skip


def _grams(text: str) -> float:
    parsed = foods.parse_meal(text)
    assert not parsed.unmatched, text
    return sum(i.grams for i in parsed.items)


@pytest.mark.parametrize("food", _PRODUCE)
@pytest.mark.parametrize("said", ["3 {} slices", "3 slices of {}"])
def test_three_slices_weigh_a_few_slices(food: str, said: str) -> None:
    """A slice of a small fruit or vegetable weighs 1-30 g (a lemon's 7 g, a tomato's 20 g)."""
    slices = _grams(said.format(food))
    assert 3 <= slices <= 90, (said.format(food), slices)


@pytest.mark.parametrize("food", ["cucumber", "avocado", "apple"])
def test_both_ways_of_counting_slices_agree(food: str) -> None:
    assert _grams(f"4 {food} slices") == pytest.approx(_grams(f"4 slices of {food}"))


def test_a_big_fruit_is_sliced_in_wedges() -> None:
    """A slice of watermelon is SR24's wedge, a sixteenth of the melon (286 g)."""
    assert _grams("a slice of watermelon") == pytest.approx(286, rel=0.1)


def test_slices_without_a_count_are_a_helping() -> None:
    """ "apple slices" alone are a helping of them, not one slice."""
    assert _grams("apple slices") > 3 * _grams("a slice of apple")
