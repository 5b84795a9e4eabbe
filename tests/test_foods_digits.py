"""Names the parser must read as typed: digits in a product's name ("33shake" was ~10 kg of
milkshake, "precision fuel 30" 1,530 g of gel, "7up" and "v8" matched nothing), a chain's name
before its dish ("pizza hut" alone vanished), "frosty" (Wendy's, not Frosties) and cafe cup
names on drinks ("a tall flat white" was half a tall)."""

from __future__ import annotations

import pytest

from journal import foods


def _read(text: str) -> tuple[list[str], float, list[str]]:
    parsed = foods.parse_meal(text)
    ids = [i.food_id for i in parsed.items]
    return ids, sum(i.grams for i in parsed.items), parsed.unmatched


@pytest.mark.parametrize(
    ("text", "food", "low", "high"),
    [
        ("7up", "14145", 300, 400),  # a can of lemon-lime soda
        ("a can of 7up", "14145", 300, 400),
        ("l&p", "14145", 300, 400),  # not a litre of "p"
        ("v8", "11578", 200, 260),  # 8 fl oz of vegetable juice
        ("33shake", "12006", 15, 30),  # a chia gel sachet, not 33 milkshakes
        ("precision fuel 30", "19350", 45, 60),  # one 51 g gel, not thirty
        ("maurten gel 160", "19350", 60, 70),  # the 65 g sachet
        ("2 maurten gel 100", "19350", 75, 85),  # two 40 g gels
        ("3 musketeers", "19159", 50, 60),  # one bar, not three of something
        ("subway 6 inch", "21124", 200, 260),  # one six-inch sub
        ("5 guys", "21107", 250, 350),  # its burger
    ],
)
def test_digits_in_a_name_are_the_name(text: str, food: str, low: float, high: float) -> None:
    ids, grams, unmatched = _read(text)
    assert unmatched == []
    assert ids[0] == food
    assert low <= grams <= high


def test_a_real_count_or_size_is_still_read() -> None:
    assert _read("2 maurten gel 100")[1] == pytest.approx(80.0)  # two 40 g gels
    assert _read("maurten gel 100 g")[1] == pytest.approx(100.0)  # a weight after the name
    for text, grams in (("2 gels", 64.0), ("gel 100g", 100.0), ("3 eggs", 150.0)):
        assert _read(text)[1] == pytest.approx(grams)
    assert _read("banana 120g")[1] == pytest.approx(120.0)


@pytest.mark.parametrize(
    "text",
    [
        "wingstop wings",
        "kfc bucket",
        "panera bread bowl",
        "taco bell cheesy gordita crunch",
        "in n out double double animal style",
        "pizza hut",
        "five guys",
    ],
)
def test_a_chain_before_its_dish_leaves_no_word_unmatched(text: str) -> None:
    ids, grams, unmatched = _read(text)
    assert ids and grams > 0
    assert unmatched == []


def test_the_chain_picks_its_own_dish() -> None:
    burger, _g, _u = _read("in n out double double")
    coffee, _g, _u = _read("double double")
    assert "21093" in burger  # SR24's double cheeseburger (round 19b: chain rows)
    assert "14209" in coffee  # Tim Hortons' coffee


def test_a_bare_chain_without_a_food_is_said_unmatched() -> None:
    ids, _grams, unmatched = _read("taco bell")
    assert ids == []
    assert unmatched == ["taco bell"]


def test_frosty_is_wendys_and_frosties_the_cereal() -> None:
    assert _read("frosty")[0] == ["21248"]
    ids, grams, _u = _read("a small frosty")
    assert ids == ["21248"] and grams == pytest.approx(227.0)  # the 12 oz cup
    assert _read("frosties")[0] == ["08069"]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("a grande latte", 450, 500),  # 16 fl oz
        ("a tall flat white", 330, 380),  # 12 fl oz, not a 6 oz flat white
        ("a venti cold brew", 400, 480),  # 20 fl oz, iced: ice takes a quarter
        ("a serving of grande latte", 450, 500),  # the cup named after the measure
    ],
)
def test_a_cafe_cup_name_is_the_cups_volume(text: str, low: float, high: float) -> None:
    _ids, grams, unmatched = _read(text)
    assert unmatched == []
    assert low <= grams <= high


def test_double_cream_is_a_cream_not_two() -> None:
    ids, grams, unmatched = _read("a serving of double cream")
    assert unmatched == []
    assert ids == ["01053"] and grams < 40


def test_the_names_with_digits_are_indexed_when_the_table_loads() -> None:
    """foods.load() runs in a worker before the first keystroke; the first meal typed must
    not pay for indexing every alias (it cost 13 ms of a 17 ms first parse)."""
    from journal.foods import typednames

    typednames._index.cache_clear()
    foods.load()
    assert typednames._index.cache_info().currsize == 1
