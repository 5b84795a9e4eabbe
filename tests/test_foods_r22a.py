"""Round 22a: readings no runner could have eaten, on phrases of no scoring table.

A count, a size or a container figure read the wrong way gives the analyzer kilograms: these
pin the causes fixed (a measure read as a count of cups or of a chain's pieces, a share of a
slice read as a share of the whole cake, a count of bite-sized cuts read as whole fruit, a
chain's name put between a figure and its unit) and the honest doubt left for the rest: an
implausible reading not weighed outright is shown as unsure, so the check-in asks.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from journal import foods


def _grams(text: str, word: str) -> float:
    parsed = foods.parse_meal(text)
    return sum(i.grams for i in parsed.items if word in i.name.lower())


def _near(got: float, want: float) -> bool:
    return 0.7 * want <= got <= 1.3 * want


# A weight or metric volume said with a cafe's cup name is what was drunk, not that many cups.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("250ml venti soy latte", 250),
        ("a 300 ml grande flat white", 300),
        ("12 oz tall oat latte", 340),
    ],
)
def test_a_measure_with_a_cup_name_is_the_measure(text: str, want: float) -> None:
    parsed = foods.parse_meal(text)
    total = sum(i.grams for i in parsed.items)
    assert _near(total, want), (text, total)


# A weight or volume before a counter's or a fair's food is not a count of its pieces.
@pytest.mark.parametrize(
    ("text", "word", "want"),
    [
        ("120g sausage roll from the servo", "sausage", 120),
        ("200 g corn dog at the county fair", "corn dog", 200),
        ("80g cookie from starbucks", "cookie", 80),
    ],
)
def test_a_weight_is_not_a_count_of_pieces(text: str, word: str, want: float) -> None:
    got = _grams(text, word)
    assert _near(got, want), (text, got)


def test_a_figure_and_its_unit_stay_together_before_a_chain() -> None:
    # "double rum from the pub" reads a double (50 ml), never fifty of the pub's pours
    got = sum(i.grams for i in foods.parse_meal("double vodka from wetherspoons").items)
    assert got < 120, got
    got = sum(i.grams for i in foods.parse_meal("40 ml gin from greggs").items)
    assert got < 120, got


# Half of a slice is half a slice, never half the whole cake.
@pytest.mark.parametrize(
    ("text", "most"),
    [
        ("half a slice of banana cake", 80),
        ("half slice of coffee cake", 80),
        ("half a piece of sponge cake", 80),
    ],
)
def test_half_a_slice_is_half_a_slice(text: str, most: float) -> None:
    total = sum(i.grams for i in foods.parse_meal(text).items)
    assert 5 < total <= most, (text, total)


def test_half_a_whole_cake_is_still_half_the_cake() -> None:
    assert sum(i.grams for i in foods.parse_meal("half a cake").items) > 300


# A count of bite-sized cuts is that many cuts, not that many whole fruits.
@pytest.mark.parametrize(
    ("text", "word", "want"),
    [
        ("8 melon cubes", "melon", 120),
        ("5 chunks of mango", "mango", 75),
        ("4 papaya chunks", "papaya", 60),
        ("10 clementine segments", "clementine", 120),
        ("6 apple slices with peanut butter", "apple", 132),
        ("4 slices of pear", "pear", 88),
    ],
)
def test_counted_cuts_weigh_as_cuts(text: str, word: str, want: float) -> None:
    got = _grams(text, word)
    assert _near(got, want), (text, got)


def test_a_measure_of_cuts_is_the_measure() -> None:
    # "1 cup melon cubes": a cup of them, as before
    assert _grams("1 cup mango chunks", "mango") > 100


# What is left implausible is shown as unsure ("check this"), unless weighed outright.
@pytest.mark.parametrize("text", ["16 lasagne", "25 croissants", "a 14 chicken curry"])
def test_an_implausible_reading_is_unsure(text: str) -> None:
    parsed = foods.parse_meal(text)
    assert parsed.items and parsed.unsure == list(range(len(parsed.items))), text


@pytest.mark.parametrize("text", ["1.5 kg of roast potatoes", "4 l of water", "800g peanuts"])
def test_a_weight_said_outright_is_trusted(text: str) -> None:
    parsed = foods.parse_meal(text)
    assert parsed.items and not parsed.unsure, text


def test_a_meal_far_past_a_day_doubts_its_big_item_only() -> None:
    parsed = foods.parse_meal("9 bagels, 9 croissants, a cup of tea")
    assert parsed.totals["kcal"] > 4000
    names = [(i.name.lower(), n in parsed.unsure) for n, i in enumerate(parsed.items)]
    assert all(unsure for name, unsure in names if "tea" not in name)
    assert not any(unsure for name, unsure in names if "tea" in name)


def test_an_ordinary_meal_stays_sure() -> None:
    parsed = foods.parse_meal("2 eggs on toast, a banana, a flat white")
    assert not parsed.unsure


def test_the_check_in_preview_marks_an_implausible_reading() -> None:
    from journal.tui.widgets.rows import MealRow

    fake = SimpleNamespace(app=object())
    shown = str(MealRow.render_parse(fake, foods.parse_meal("16 lasagne")))  # type: ignore[arg-type]
    assert "unsure: f9 to fix" in shown
    shown = str(MealRow.render_parse(fake, foods.parse_meal("a slice of lasagne")))  # type: ignore[arg-type]
    assert "unsure" not in shown


# A weight said after the words of when it was eaten is still the food's weight.
@pytest.mark.parametrize(
    ("text", "word", "want"),
    [
        ("porridge oats before my long run 70g", "oats", 70),
        ("couscous after the race 250g", "couscous", 250),
        ("dates at the aid station 50g", "dates", 50),
    ],
)
def test_a_weight_after_when_words_is_the_foods(text: str, word: str, want: float) -> None:
    got = _grams(text, word)
    assert _near(got, want), (text, got)


# A cup of a dry snack or nut is mostly air, not a cup of water's weight.
@pytest.mark.parametrize(
    ("text", "word", "most"),
    [
        ("2 cups of salt and vinegar crisps", "chips", 90),
        ("a cup of cashews", "cashew", 170),
        ("half a cup of pretzels", "pretzel", 45),
    ],
)
def test_a_cup_of_a_dry_snack_is_light(text: str, word: str, most: float) -> None:
    got = _grams(text, word)
    assert 0 < got <= most, (text, got)
