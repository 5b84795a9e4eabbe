"""Every food the table can resolve a meal to can be saved: a reading the journal's schema
refuses would make the runner's day unsavable ("Not saved: ... food_id")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from journal import service
from journal.foods.table import load
from journal.model import FOOD_ID_MAX, parse_day
from journal.store import Journal


def test_every_food_id_fits_the_stored_schema() -> None:
    too_long = [i for i in load().ids if len(i) > FOOD_ID_MAX]
    assert too_long == []


@pytest.mark.parametrize(
    "text",
    [
        "2 x high5 isogels on the long run",  # was x-energy-gel-isotonic, 21 characters
        "200g 0% greek yogurt",  # x-greek-yogurt-ff: was x-greek-yogurt-fat-free, 23
        "maurten 160 drink mix 500ml, peeled two mandarins at my desk",
    ],
)
def test_a_meal_of_modelled_foods_is_saved_and_read_back(data_dir: Path, text: str) -> None:
    journal = Journal.open(data_dir)
    day = parse_day({"date": "2026-12-04", "meals": [{"name": "lunch", "text": text}]})
    service.save_day(journal, day)
    again = Journal.open(data_dir).get(dt.date(2026, 12, 4))
    assert again is not None and again.meals and again.meals[0].text == text
    assert again.meals[0].resolved is not None and again.meals[0].resolved.items


def test_every_phrase_of_every_table_resolves_to_a_day_that_can_be_stored() -> None:
    """Seven thousand meals as runners type them: each resolved day passes the journal's own
    validation (at the start of session 14, twelve did not)."""
    import msgspec

    from tests.foods_score import TABLES, rows_of

    phrases = sorted({row[0] for name in TABLES for row in rows_of(name)})
    refused = []
    for text in phrases:
        day = parse_day({"date": "2026-12-04", "meals": [{"name": "lunch", "text": text}]})
        try:
            parse_day(msgspec.json.decode(msgspec.json.encode(service.prepare(day))))
        except msgspec.ValidationError as err:
            refused.append((text, str(err)))
    assert len(phrases) > 7000
    assert refused == []
