"""A mistyped word is searched for only among food words of a length that can match it.

Why: the preview mends the half-typed word on every keystroke, and the vocabulary grows
with every sweep of names; the shortlist must give exactly what the whole list gives.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from journal.foods import typos
from journal.foods.table import load

VOCABULARY = load().vocabulary_list
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _whole_list(word: str) -> str | None:
    found = process.extractOne(word, VOCABULARY, scorer=fuzz.ratio, score_cutoff=80)
    return found[0] if found else None


def _shortlist(word: str) -> str | None:
    found = process.extractOne(
        word, typos._near_lengths(len(word)), scorer=fuzz.ratio, score_cutoff=80
    )
    return found[0] if found else None


@settings(max_examples=300, deadline=None)
@given(
    base=st.sampled_from([w for w in VOCABULARY if len(w) >= 4]),
    cut=st.integers(0, 30),
    extra=st.text(alphabet=LETTERS, max_size=4),
)
def test_a_slip_of_a_food_word_is_mended_as_by_the_whole_list(
    base: str, cut: int, extra: str
) -> None:
    k = cut % len(base)
    word = base[:k] + extra + base[k + 1 :]
    assert _shortlist(word) == _whole_list(word)


@settings(max_examples=200, deadline=None)
@given(word=st.text(alphabet=LETTERS, min_size=4, max_size=16))
def test_any_word_is_mended_as_by_the_whole_list(word: str) -> None:
    assert _shortlist(word) == _whole_list(word)


def test_typed_words_are_mended() -> None:
    assert typos.correct("bananna") == "banana"
    assert typos.correct("brocoli") == "broccoli"
