"""Whatever letters a keyboard, a paste or another language sends, a meal is read, never a
crash: letters a case-blind pattern reads as ASCII (the long s, the Turkish dotted and
dotless i, the Kelvin sign) read as the words they look like."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from journal import foods
from tests.foods_tuned import TUNED

ODD = {"s": "ſ", "i": "ı", "I": "İ", "k": "\u212a"}


def _foods(text: str) -> list[tuple[str, float]]:
    return [(i.food_id, i.grams) for i in foods.parse_meal(text).items]


@settings(max_examples=150, deadline=None)
@given(
    phrase=st.sampled_from([row[0] for row in TUNED]),
    which=st.sets(st.sampled_from(sorted(ODD))),
    upper=st.booleans(),
)
def test_odd_case_letters_read_as_the_letters_they_look_like(
    phrase: str, which: set[str], upper: bool
) -> None:
    plain = phrase.upper() if upper else phrase
    odd = plain.translate(str.maketrans({c: ODD[c] for c in which}))
    assert _foods(odd) == _foods(plain), odd


def test_a_turkish_keyboard_and_an_old_long_s() -> None:
    assert _foods("2 BİKKİES") == _foods("2 bikkies") != []
    assert _foods("2 bikkieſ, chKn n rice") == _foods("2 bikkies, chkn n rice")


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=80))
def test_any_unicode_text_is_read_without_error(text: str) -> None:
    parsed = foods.parse_meal(text)
    assert all(0 < i.grams <= 10_000 for i in parsed.items)
    assert all(0.0 <= c <= 1.0 for c in parsed.coverage.values())
