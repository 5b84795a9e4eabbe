"""Round 20e: a dish's parts at the helping a plate holds (phrases of no scoring table)."""

from __future__ import annotations

from journal.foods import items
from journal.foods.table import load


def _near(got: float, want: float) -> bool:
    return abs(got - want) <= 0.3 * want


def _bread(phrase: str) -> float:
    table = load()
    return sum(
        g
        for item in items.parse_items(phrase)
        for row, g in item.parts or ()
        if table.name(row).startswith("Bread")
    )


def test_fillets_on_toast_sit_on_two_slices() -> None:
    assert _near(_bread("smoked mackerel fillets on toast"), 56)
    assert _near(_bread("salmon fillets on toast"), 56)


def test_a_spread_on_toast_stays_one_slice() -> None:
    assert _near(_bread("golden syrup on toast"), 28)


def test_bare_eggs_on_toast_is_two_eggs_on_one_slice() -> None:
    # docs/meal-judging.md (round 25d): two eggs on one slice unless slices are said
    assert _near(_bread("eggs on toast and a cuppa"), 28)
    assert _near(_bread("an egg on toast"), 28)


def _cheese(phrase: str) -> float:
    table = load()
    return sum(
        g
        for item in items.parse_items(phrase)
        for row, g in item.parts or ()
        if table.name(row).startswith("Cheese")
    )


def test_a_salads_cheese_said_by_name_is_a_slab() -> None:
    assert _near(_cheese("a horiatiki greek salad with feta cheese"), 50)
    assert _near(_cheese("greek salad"), 36)
    assert _cheese("caesar salad w parmesan") < 20


def test_bare_celery_is_two_stalks() -> None:
    table = load()
    got = [
        g
        for item in items.parse_items("celery and almond butter")
        for row, g in item.parts or ()
        if table.name(row).startswith("Celery")
    ]
    assert got and _near(got[0], 80)
