"""Round 27a: a word that is not food is never read as a food; everyday typos of amount words
read as meant; a bar's weight said before "bar" is the bar's weight."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from journal import foods

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))


def _names(phrase: str) -> list[str]:
    return [i.name for i in foods.parse_meal(phrase).items]


@pytest.mark.parametrize(
    "word", ["porch", "barn", "coach", "price", "calm", "card", "nail", "rope", "drill", "sleep"]
)
def test_an_everyday_word_is_never_mended_into_a_food(word: str) -> None:
    # "porch" was perch, "barn" oat bran, "coach" conch, "price" rice, "calm" clam
    assert _names(f"a banana on the {word}") == ["Bananas, raw"]
    assert len(_names(f"toast, {word}")) == 1


@pytest.mark.parametrize("word", ["garden", "gold", "great", "young", "summer", "sun"])
def test_an_everyday_word_alone_is_no_food_it_only_describes(word: str) -> None:
    assert _names(word) == []  # "garden" was "Cress, garden", "gold" a gold kiwifruit


@pytest.mark.parametrize(
    "phrase",
    ["cherries on the porch", "a banana on the bench", "toast in the garden", "coffee in the car"],
)
def test_where_it_was_eaten_is_context(phrase: str) -> None:
    parsed = foods.parse_meal(phrase)
    assert len(parsed.items) == 1 and not parsed.unmatched


@pytest.mark.parametrize("phrase", ["eggs, desk snack", "banana, afternoon snack", "a snack"])
def test_a_snack_said_alone_is_when_not_a_food(phrase: str) -> None:
    assert not [n for n in _names(phrase) if n.startswith("Snacks")]


def test_a_food_named_with_a_place_word_still_reads() -> None:
    assert _names("chicken on a bed of rice")[1].startswith("Rice")
    assert len(_names("eggs on toast")) == 2


@pytest.mark.parametrize(
    ("phrase", "grams"),
    [
        ("quater cup of oats", 20),
        ("harf a bagel", 52),
        ("haf a banana", 59),
        ("1 tblsp honey", 21),
        ("1 tspn sugar", 4),
        ("a slcie of toast", 28),
        ("2 slcies of toast", 56),
        ("a peice of cake", 95),
    ],
)
def test_a_mistyped_amount_word_reads_as_meant(phrase: str, grams: float) -> None:
    parsed = foods.parse_meal(phrase)
    assert not parsed.unmatched
    assert parsed.items[0].grams == pytest.approx(grams, rel=0.1)


def test_a_real_word_near_an_amount_word_is_not_mended() -> None:
    from journal.foods.amounttypos import amount_word

    for word in ("rounds", "dram", "once", "spices", "slices", "glasses", "pottle"):
        assert amount_word(word) == word


@pytest.mark.parametrize(
    ("phrase", "start", "grams"),
    [
        ("cadbury dairy milk 45g bar", "Candies, milk chocolate", 45),
        ("galaxy 42g bar", "Candies, milk chocolate", 42),
        ("snickers 50g bar", "Candies, MARS SNACKFOOD US, SNICKERS", 50),
        ("protein bar 60g bar", "Snacks, CLIF BAR", 60),
    ],
)
def test_a_bar_weighed_before_bar(phrase: str, start: str, grams: float) -> None:
    parsed = foods.parse_meal(phrase)
    assert not parsed.unmatched
    assert parsed.items[0].name.startswith(start)
    assert parsed.items[0].grams == pytest.approx(grams)


def test_the_sweep_finds_few_words_read_as_food() -> None:
    import nonfood_sweep

    assert len(nonfood_sweep.words()) > 1000
    assert not nonfood_sweep.misses("porch") and not nonfood_sweep.misses("coach")


@pytest.mark.parametrize(
    "phrase",
    [
        "a packet of ready salted crisps from the meal deal",
        "crisps from the meal deal",
        "crisps as part of a tesco meal deal",
    ],
)
def test_from_the_meal_deal_is_where_not_the_deal(phrase: str) -> None:
    assert _names(phrase) == ["Snacks, potato chips, plain, salted"]


@pytest.mark.parametrize(
    ("phrase", "bread"),
    [
        ("sourdough heel", "Bread, french or vienna"),
        ("a heel of bread", "Bread, white"),
        ("the heel of the loaf", "Bread, white"),
        ("2 rye ends with butter", "Bread, rye"),
    ],
)
def test_the_heel_of_a_loaf_is_a_slice(phrase: str, bread: str) -> None:
    parsed = foods.parse_meal(phrase)
    assert not parsed.unmatched and parsed.items[0].name.startswith(bread)
