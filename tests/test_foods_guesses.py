"""A typed word mended into a food by likeness alone is a guess: shown unsure, never trusted.

"glorp" is one letter from "gorp" (trail mix) and was read as trail mix, sure; a clear typo
of a longer word ("bannana", "spinich") and a keyboard slip ("rcie") stay sure.
"""

from __future__ import annotations

import pytest

from journal import foods


@pytest.mark.parametrize(
    "text",
    [
        "glorp",  # a short food word ("gorp") one letter away
        "milke",  # "milk" is short: another word may have been meant
    ],
)
def test_a_guessed_word_is_shown_unsure(text: str) -> None:
    parsed = foods.parse_meal(text)
    assert parsed.items, "the guess is still offered, for the runner to confirm"
    assert parsed.unsure == list(range(len(parsed.items)))


def test_a_word_two_letters_from_a_short_food_word_is_left_unread() -> None:
    """ "glorpy" is two letters from "gorp": another word, not a slip (round 20a), so it is
    shown as not read rather than offered as trail mix."""
    parsed = foods.parse_meal("glorpy")
    assert not parsed.items and parsed.unmatched == ["glorpy"]


@pytest.mark.parametrize(
    ("text", "food"),
    [
        ("bannana", "09040"),
        ("spinich", "11457"),
        ("brocoli", "11091"),
        ("rcie", "20045"),  # two letters swapped: a slip, every letter kept
        ("a glass of milk", "01077"),
    ],
)
def test_a_clear_typo_stays_sure(text: str, food: str) -> None:
    parsed = foods.parse_meal(text)
    assert [i.food_id for i in parsed.items] == [food]
    assert parsed.unsure == []


def test_a_guess_counts_half_known_for_coverage() -> None:
    sure = foods.parse_meal("bannana")
    guess = foods.parse_meal("glorp")
    assert sure.coverage["kcal"] == 1.0
    assert guess.coverage["kcal"] == 0.5
