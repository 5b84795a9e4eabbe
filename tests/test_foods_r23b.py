"""Round 23b: how a food was cooked, said before or after it (phrases of no scoring table).

SR24's own row for the cooking where it has one, else the word read as describing the food,
and frying's oil where there is no fried row.
"""

from __future__ import annotations

import pytest

from journal import foods


def _read(text: str) -> list[tuple[str, float]]:
    meal = foods.parse_meal(text)
    assert meal.unmatched == [], meal.unmatched
    return [(i.name, i.grams) for i in meal.items]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("2 eggs, poached", "Egg, whole, cooked, poached"),
        ("boiled parsnips", "Parsnips, cooked, boiled"),
        ("poached chicken thigh", "thigh, meat only, cooked, stewed"),
        ("one microwaved potato", "Potatoes, microwaved"),
        ("tinned salmon", "salmon, sockeye, canned"),
        ("braised leeks", "Leeks, (bulb and lower leaf-portion), cooked"),
        ("a pickled egg", "Egg, whole, cooked, hard-boiled"),
    ],
)
def test_the_cooking_picks_its_row(text: str, row: str) -> None:
    got = _read(text)
    assert row in got[0][0], got


@pytest.mark.parametrize(
    ("text", "food", "oil"),
    [
        ("fried mackerel", "mackerel", 4.4),
        ("sauteed mushrooms", "Mushrooms", 7.8),
        ("courgette, pan fried", "zucchini", 9.0),
        ("stir fried pak choi", "pak-choi", 8.5),
        ("soda bread, fried", "soda", 12.5),
    ],
)
def test_frying_adds_its_oil(text: str, food: str, oil: float) -> None:
    got = _read(text)
    assert food in got[0][0], got
    assert got[1][0] == "Oil, canola" and abs(got[1][1] - oil) <= 0.3 * oil, got


@pytest.mark.parametrize(
    ("text", "food"),
    [
        ("ribeye, well done", "rib eye"),
        ("sous vide chicken breast", "breast"),
        ("instant pot chicken thighs", "thigh"),
        ("shallow fried hake", "Fish"),
    ],
)
def test_how_it_was_done_only_describes_it(text: str, food: str) -> None:
    got = _read(text)
    assert food in got[0][0] and len(got) <= 2, got


def test_weighed_raw_then_fried_keeps_the_raw_row() -> None:
    got = _read("200g raw chicken breast, air fried")
    assert got == [(got[0][0], 200.0)] and got[0][0].endswith("raw"), got


def test_the_cooking_sweep_stays_read() -> None:
    from scripts import cooking_sweep

    misses = [r for r in cooking_sweep.grid() if r[3]]
    assert len(misses) <= 21, misses
