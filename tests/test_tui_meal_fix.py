"""Pilot tests of fixing a meal's foods from the check-in (f9), remembered as a correction."""

from __future__ import annotations

import datetime as dt
import json
import stat
from pathlib import Path

import pytest

from journal.foods import personal
from journal.store import Journal
from journal.tui.app import create_app
from journal.tui.widgets.meal_fix import FixFoodsScreen
from journal.tui.widgets.rows import MealRow
from tests.test_tui import SIZE, TODAY, settle


@pytest.fixture(autouse=True)
def _private_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STRIDELOG_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("STRIDELOG_DATA_DIR", raising=False)


async def test_fix_a_food_by_keys_is_remembered_and_saved(tmp_path: Path) -> None:
    data = tmp_path / "data"
    app = create_app(data, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        row, lunch = list(app.screen.query(MealRow))[:2]
        lunch.text_field.input.focus()
        await pilot.press(*"a crumpet")
        row.text_field.input.focus()
        await pilot.press(*"2 crumpets")
        await pilot.pause()
        assert "2 crumpets → Crumpet" in str(row.query_one(".meal-preview").content)
        await pilot.press("f9")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, FixFoodsScreen)
        await pilot.press("enter")  # the first item: search for another food
        await pilot.pause()
        await pilot.press("ctrl+u", "ctrl+k", *"english muffin", "enter")
        await pilot.pause()
        await pilot.press("enter")  # the best match
        await pilot.pause()
        await pilot.press("ctrl+u", "ctrl+k", *"120", "enter")  # grams of both
        await pilot.pause()
        assert "changed" in str(dialog.query_one("#fix-items").get_option_at_index(0).prompt)
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        assert not isinstance(app.screen, FixFoodsScreen)
        preview = str(row.query_one(".meal-preview").content)
        assert "2 crumpets → English muffins" in preview and "120 g" in preview
        other = str(lunch.query_one(".meal-preview").content)  # the same phrase elsewhere
        assert "a crumpet → English muffins" in other and "60 g" in other
        await pilot.press("ctrl+s")  # save the day
        await settle(pilot, app)

    path = data / personal.FILE_NAME
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    stored = json.loads(path.read_text())["corrections"]
    assert stored["crumpets"][0]["grams"] == 60.0  # one helping of the two
    muffin = stored["crumpets"][0]["food_id"]
    with Journal.open(data) as journal:
        day = journal.get(TODAY)
    assert day is not None
    resolved = day.meals[0].resolved
    assert resolved is not None and "+u" in resolved.version
    assert [(i.food_id, i.grams) for i in resolved.items] == [(muffin, 120.0)]
    assert [(i.food_id, i.grams) for i in day.meals[1].resolved.items] == [(muffin, 60.0)]


async def test_unsure_items_are_marked_and_escape_changes_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    app = create_app(data, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        row = app.screen.query(MealRow).first()
        row.text_field.input.focus()
        await pilot.press(*"banana zqxvy smoothie")
        await pilot.pause()
        assert row.parse.unsure, "a match with a word left over is unsure"
        assert "unsure: f9 to fix" in str(row.query_one(".meal-preview").content)
        # the day's panel does not call an unsure meal fully matched: it counts half, as the
        # day's nutrient coverage does
        panel = str(app.screen.query_one("#nutrition-panel").content)
        unsure = len(row.parse.unsure)
        assert f"{unsure} unsure" in panel and "matched 100 %" not in panel
        await pilot.press("f9")
        await pilot.pause()
        assert "unsure" in str(app.screen.query_one("#fix-items").get_option_at_index(0).prompt)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen.query(MealRow).first(), MealRow)
    assert not (data / personal.FILE_NAME).exists()


async def test_a_damaged_corrections_file_does_not_stop_the_check_in(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    (data / personal.FILE_NAME).write_text("{not json")
    app = create_app(data, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        row = app.screen.query(MealRow).first()
        row.text_field.input.focus()
        await pilot.press(*"a banana")
        await pilot.pause()
        assert "a banana → Bananas" in str(row.query_one(".meal-preview").content)
        await pilot.press("ctrl+s")
        await settle(pilot, app)
    with Journal.open(data) as journal:
        assert journal.get(TODAY) is not None
    assert dt.date.today()  # the test ran to the end without a traceback


async def test_changing_only_the_grams_keeps_the_food(tmp_path: Path) -> None:
    data = tmp_path / "data"
    app = create_app(data, today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        row = app.screen.query(MealRow).first()
        row.text_field.input.focus()
        await pilot.press(*"a big bowl of porridge")
        await pilot.pause()
        food = row.parse.items[0].food_id
        await pilot.press("f9", "enter")  # the item; its search is filled in
        await pilot.pause()
        await pilot.press("enter", "enter")  # to the results; the food as it is now
        await pilot.pause()
        await pilot.press("ctrl+u", "ctrl+k", *"90", "enter", "ctrl+s")
        await settle(pilot, app)
        assert "→ Cereals, oats" in str(row.query_one(".meal-preview").content)
    stored = personal.load(data).foods
    assert stored == {"a big bowl of porridge": ((food, 90.0),)}
