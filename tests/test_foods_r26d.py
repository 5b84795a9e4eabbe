"""Round 26d: counted pieces of a dish, and readings no runner could have eaten."""

from __future__ import annotations

import pytest

from journal import foods


def _grams(phrase: str, start: str) -> float:
    return sum(i.grams for i in foods.parse_meal(phrase).items if i.name.startswith(start))


def _kcal(phrase: str) -> float:
    return foods.parse_meal(phrase).totals["kcal"]


@pytest.mark.parametrize("phrase", ["sev puri 6 pcs", "sev puri x6", "6 pieces of sev puri"])
def test_six_puri_are_one_chaat_plate(phrase: str) -> None:
    assert _kcal(phrase) == pytest.approx(_kcal("sev puri"), rel=0.05)


def test_a_figure_counts_pieces_and_plates_are_said_as_plates() -> None:
    # a figure always counts puri, so four are twice two (three were three plates and four
    # two-thirds of one); plates are said as plates
    assert _kcal("4 sev puri") == pytest.approx(2 * _kcal("2 sev puri"), rel=0.01)
    assert _kcal("6 sev puri") == pytest.approx(_kcal("sev puri"), rel=0.05)
    assert _kcal("2 plates of sev puri") > 1.5 * _kcal("sev puri")


@pytest.mark.parametrize(
    ("phrase", "bread"),
    [
        ("two quarter pb&j sandwiches", 28.0),
        ("2 half cheese sandwiches", 56.0),
        ("3 ham sandwich triangles", 84.0),
        ("cheese sandwich quarters x2", 28.0),
    ],
)
def test_cut_sandwiches_are_shares_of_one(phrase: str, bread: float) -> None:
    parsed = foods.parse_meal(phrase)
    assert not parsed.unmatched
    assert _grams(phrase, "Bread") == pytest.approx(bread, rel=0.3)


@pytest.mark.parametrize(
    "phrase",
    ["onigiri x2, salmon and tuna, 7-11", "a salmon onigiri and a tuna onigiri"],
)
def test_fillings_after_counted_pieces_are_one_each(phrase: str) -> None:
    assert _grams(phrase, "Sushi rice") == pytest.approx(200.0, rel=0.1)
    assert _grams(phrase, "Fish, salmon") < 40.0
    assert _grams(phrase, "Fish, tuna") < 40.0


def test_two_sandwiches_of_two_kinds_are_both_eaten() -> None:
    phrase = "a ham sandwich, a cheese sandwich"
    assert _grams(phrase, "Bread") == pytest.approx(112.0, rel=0.1)
    assert _grams(phrase, "Cheese") > 0 and _grams(phrase, "Ham") > 0


def test_bracketed_count_and_filling_of_dumplings() -> None:
    parsed = foods.parse_meal("steamed dumplings (2, pork)")
    assert not parsed.unmatched
    assert 30.0 < parsed.items[0].grams < 80.0


@pytest.mark.parametrize(
    ("phrase", "first"),
    [
        ("yoghurt with honey and toasted oats, 200g tub", "Yogurt"),
        ("coffee, greek yoghurt with granola, 150g pot", "Greek yogurt"),
    ],
)
def test_a_containers_weight_is_the_contained_food(phrase: str, first: str) -> None:
    weight = 200.0 if "200g" in phrase else 150.0
    assert _grams(phrase, first) == pytest.approx(weight)
    assert _grams(phrase, "Cereals") < 60.0


@pytest.mark.parametrize(
    ("phrase", "veg"),
    [
        ("sweetcorn fritters x3", "Corn, sweet"),
        ("3 courgette fritters", "Squash, summer, zucchini"),
        ("corn fritters x3", "Corn, sweet"),
    ],
)
def test_a_fritter_is_one_small_fritter(phrase: str, veg: str) -> None:
    parsed = foods.parse_meal(phrase)
    assert not parsed.unmatched
    assert _grams(phrase, veg) == pytest.approx(90.0, rel=0.3)
    assert 300.0 < parsed.totals["kcal"] < 550.0


@pytest.mark.parametrize(
    ("phrase", "shells"),
    [("chicken tinga tostadas x3", 36.0), ("2 beef tostadas", 24.0), ("shrimp tostada", 12.0)],
)
def test_filled_tostadas_count_shells(phrase: str, shells: float) -> None:
    parsed = foods.parse_meal(phrase)
    assert not parsed.unmatched
    assert _grams(phrase, "Tostada") == pytest.approx(shells, rel=0.1)
    assert parsed.totals["kcal"] < 200.0 * shells / 12.0


@pytest.mark.parametrize("phrase", ["besan chilla x2", "2 besan cheela", "sliders x2"])
def test_small_counted_dishes_are_read(phrase: str) -> None:
    parsed = foods.parse_meal(phrase)
    assert not parsed.unmatched
    assert 200.0 < parsed.totals["kcal"] < 450.0


@pytest.mark.parametrize(
    ("phrase", "start", "grams"),
    [
        ("granola on top 40g", "Cereals", 40.0),
        ("yoghurt with granola on top 40g", "Cereals", 40.0),
        ("fries on the side 150g", "Fast foods, potato", 150.0),
    ],
)
def test_a_weight_after_an_aside_is_the_foods(phrase: str, start: str, grams: float) -> None:
    parsed = foods.parse_meal(phrase)
    assert not parsed.unmatched
    assert _grams(phrase, start) == pytest.approx(grams, rel=0.05)


@pytest.mark.parametrize("phrase", ["a half fat cheddar sandwich", "a half-fat cheese sandwich"])
def test_half_fat_is_a_kind_not_a_cut(phrase: str) -> None:
    assert _grams(phrase, "Bread") == pytest.approx(56.0, rel=0.1)


@pytest.mark.parametrize("phrase", ["a fry", "proper fry", "full irish fry", "coffee, a fry"])
def test_a_fry_is_the_cooked_breakfast(phrase: str) -> None:
    assert _grams(phrase, "Fast foods, potato") == 0.0
    assert _grams(phrase, "Pork sausage") > 0.0


@pytest.mark.parametrize(
    "phrase",
    [
        "fried bread and tomatoes with 2 eggs, proper fry",
        "bacon, eggs and beans - a proper fry up",
    ],
)
def test_a_fry_named_after_its_foods_is_their_label(phrase: str) -> None:
    parsed = foods.parse_meal(phrase)
    assert not parsed.unmatched
    assert _grams(phrase, "Fast foods, potato") == 0.0
    assert _grams(phrase, "Pork sausage") == 0.0
    assert parsed.totals["kcal"] < 500.0


def test_a_stir_fry_stays_a_stir_fry() -> None:
    assert _grams("chicken stir fry", "Vegetables") > 0.0


@pytest.mark.parametrize(("phrase", "buns"), [("bao bun", 1), ("2 bao", 2), ("bao buns x4", 4)])
def test_a_bao_is_one_steamed_bun(phrase: str, buns: int) -> None:
    assert 150.0 * buns < _kcal(phrase) < 300.0 * buns


@pytest.mark.parametrize("phrase", ["onigiri, 4 pieces", "4 onigiri", "onigiri x4"])
def test_onigiri_pieces_are_onigiri(phrase: str) -> None:
    assert _grams(phrase, "Sushi rice") == pytest.approx(400.0, rel=0.05)


def test_a_few_takoyaki_are_balls_of_the_boat() -> None:
    assert _kcal("4 takoyaki") == pytest.approx(_kcal("takoyaki") * 4 / 6, rel=0.05)


@pytest.mark.parametrize(
    ("phrase", "grams"), [("clif bloks, 3 cubes", 30.0), ("shot bloks, 2 cubes", 20.0)]
)
def test_cubes_of_chews_are_chews(phrase: str, grams: float) -> None:
    assert _grams(phrase, "Energy chews") == pytest.approx(grams, rel=0.1)


@pytest.mark.parametrize(
    ("phrase", "other"),
    [
        ("toad-in-the-hole (2 bangers) for tea", "Yorkshire"),
        ("toad in the hole (2 sausages)", "Yorkshire"),
        ("bangers and mash (3 sausages)", "Potatoes, mashed"),
    ],
)
def test_a_counted_part_in_brackets_keeps_the_dish(phrase: str, other: str) -> None:
    parsed = foods.parse_meal(phrase)
    assert not parsed.unmatched
    assert _grams(phrase, other) > 50.0
    assert _grams(phrase, "Pork sausage") > 80.0


@pytest.mark.parametrize(
    ("phrase", "fish"),
    [("fish finger butty, 2 fingers", 56.0), ("fish finger sandwich (3 fingers)", 84.0)],
)
def test_fingers_said_short_are_fish_fingers(phrase: str, fish: float) -> None:
    parsed = foods.parse_meal(phrase)
    assert not parsed.unmatched
    assert _grams(phrase, "Fish, fish portions") == pytest.approx(fish, rel=0.1)


@pytest.mark.parametrize(
    ("phrase", "start", "grams", "sauce", "most"),
    [
        ("pierogi with sour cream, 6", "Wheat flour", 60.0, "Cream, sour", 40.0),
        ("pancakes with syrup, 3", "Pancakes", 114.0, "Syrups", 60.0),
        ("crumpets with butter, 2", "Crumpet", 110.0, "Butter", 20.0),
    ],
)
def test_a_bare_count_after_a_food_with_its_sauce_counts_the_food(
    phrase: str, start: str, grams: float, sauce: str, most: float
) -> None:
    assert _grams(phrase, start) == pytest.approx(grams, rel=0.1)
    assert _grams(phrase, sauce) < most


@pytest.mark.parametrize(
    ("phrase", "gels"), [("2 x high5 isogels on the long run", 2), ("isogel", 1)]
)
def test_an_isogel_is_one_isotonic_gel(phrase: str, gels: int) -> None:
    parsed = foods.parse_meal(phrase)
    assert [i.name.split(",")[0] for i in parsed.items] == ["Isotonic energy gel"]
    assert _kcal(phrase) == pytest.approx(90.0 * gels, rel=0.2)
