"""Meal text nobody types but a paste or an import file can hold: long lines of one phrase
repeated, runs of thousands of digits, deep brackets. Each is read (up to the 20,000 characters
a meal may hold) without an error, and a figure no one means is not turned into a number.

Why: "200g raw grilled" repeated for a whole line once took 13 s, "eggs x4" 107 s and "1 cup of
each" 87 s (windows of words looked up far longer than any alias, lazy spans without bounds),
and "<5,000 digits> lb raw" raised OverflowError; a check-in previews the text on every key.
"""

from __future__ import annotations

import pytest

from journal import foods

LINES = {
    "hedged": "granola maybe ",
    "of each": "1 cup of each ",
    "every hour": "gel every hour ",
    "x count": "eggs x4 ",
    "state then cooking": "200g raw grilled ",
    "batch share": "ate half the batch of ",
    "made with": "oats 50g made with ",
    "width": "a 12in ",
    "chain count": "kfc 3 pc ",
    "ratio": "90/10 ",
    "on each": "3 dates w a tsp of pb ",
}


@pytest.mark.parametrize("name", sorted(LINES))
def test_a_long_line_of_one_phrase_is_read(name: str) -> None:
    text = (LINES[name] * (20_000 // len(LINES[name]) + 1))[:20_000]
    parsed = foods.parse_meal(text)
    assert all(0 < i.grams <= 10_000 for i in parsed.items)


@pytest.mark.parametrize(
    "tail", ["lb raw", "lbs cooked", " cup of each", "g (raw) grilled", " scoops", "x eggs"]
)
def test_thousands_of_digits_are_no_amount(tail: str) -> None:
    for text in ("9" * 5000 + tail, "ate a " + "9" * 5000 + tail + " w " + "9" * 5000 + "g rice"):
        parsed = foods.parse_meal(text)
        assert all(0 < i.grams <= 10_000 for i in parsed.items)
