"""Pilot tests of the Textual app on temporary data folders.

Each test drives the app with keys as a runner would, then checks what the journal on disk
holds and what the screen shows.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from journal.store import Journal
from journal.tui.app import StridelogApp, create_app
from journal.tui.widgets.form import Field
from tests.helpers.pilot import settle

TODAY = dt.date(2026, 11, 20)
SIZE = (100, 34)


@pytest.fixture(autouse=True)
def _private_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings and user themes go to a temporary folder, never the real one."""
    monkeypatch.setenv("STRIDELOG_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("STRIDELOG_DATA_DIR", raising=False)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from journal.demo import write_demo

    folder = tmp_path_factory.mktemp("demo")
    write_demo(folder, 120, TODAY)
    return folder


@pytest.fixture
def demo_dir(demo_template: Path, tmp_path: Path) -> Path:
    from journal.store import copy_journal

    target = tmp_path / "data"
    copy_journal(demo_template, target)
    return target


def field(app: StridelogApp, path: str) -> Field:
    """The check-in field whose model path is ``path`` (e.g. ``runs[0].rpe``)."""
    _doc, where = app.screen.collect()  # type: ignore[attr-defined]
    widget = where.get(path)
    if widget is None:  # blank rows are not in the document; find the first row's field
        list_key, _, key = path.partition("[0].")
        row = app.screen.query_one(f"#list-{list_key}").children[0]
        widget = next(f for f in row.query(Field) if f.key == key)
    return widget


async def type_into(pilot, app: StridelogApp, path: str, text: str) -> None:  # type: ignore[no-untyped-def]
    target = field(app, path)
    target.input.focus()
    await pilot.pause()
    await pilot.press("ctrl+u", "ctrl+k", *text)


async def test_checkin_by_keys_saves_and_survives_restart(tmp_path: Path) -> None:
    data = tmp_path / "data"
    app = create_app(data, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        assert app.screen.query_one("#date-label").content.startswith("Friday 20 November 2026")
        await type_into(pilot, app, "runs[0].distance_km", "10")
        await pilot.press("tab", *"55", "tab", "6")
        await type_into(pilot, app, "sleep.hours", "7.5")
        await type_into(pilot, app, "fatigue", "4")
        assert "somewhat tired" in str(field(app, "fatigue").query_one(".field-hint").content)
        await type_into(pilot, app, "tags", "heat, hills")
        assert "unsaved" in str(app.screen.query_one("#status").content)
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        assert "saved" in str(app.screen.query_one("#status").content)
    day = Journal.open(data).get(TODAY)
    assert day is not None
    assert [(r.distance_km, r.duration_min, r.rpe) for r in day.runs] == [(10.0, 55.0, 6)]
    assert day.sleep is not None and day.sleep.hours == 7.5
    assert day.fatigue == 4 and day.tags == ["heat", "hills"]

    again = create_app(data, today=TODAY)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot, again)
        assert field(again, "runs[0].distance_km").text == "10"
        assert field(again, "runs[0].rpe").text == "6"
        assert field(again, "sleep.hours").text == "7.5"
        assert field(again, "tags").text == "heat, hills"
        assert not again.screen.is_dirty()  # type: ignore[attr-defined]


async def test_invalid_value_is_marked_and_nothing_is_saved(tmp_path: Path) -> None:
    data = tmp_path / "data"
    app = create_app(data, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await type_into(pilot, app, "runs[0].duration_min", "40")
        await pilot.press("tab", "1", "2")  # RPE 12 is outside Borg CR-10
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        rpe = field(app, "runs[0].rpe")
        assert rpe.has_class("-has-error")
        assert "12" in rpe.error_text and "1 to 10" in rpe.error_text
        row = next(a for a in rpe.ancestors if a.has_class("form-row"))
        row_errors = str(row.query_one(".scope-error").content)
        assert row_errors.startswith("RPE: 12 is not allowed")  # full width, under the run
        assert app.focused is rpe.input
        assert Journal.open(data).get(TODAY) is None

        await pilot.press("backspace", "backspace", "7")
        assert not rpe.has_class("-has-error")  # editing clears the mark
        await pilot.press("ctrl+s")
        await settle(pilot, app)
    day = Journal.open(data).get(TODAY)
    assert day is not None and day.runs[0].rpe == 7


async def test_text_in_a_number_field_gets_the_models_message(tmp_path: Path) -> None:
    app = create_app(tmp_path / "data", today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await type_into(pilot, app, "sleep.hours", "lots")
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        hours = field(app, "sleep.hours")
        assert '"lots" is not allowed' in hours.error_text
    assert Journal.open(tmp_path / "data").get(TODAY) is None


async def test_leaving_with_unsaved_changes_asks(tmp_path: Path) -> None:
    from journal.tui.screens.common import ConfirmScreen

    app = create_app(tmp_path / "data", today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await type_into(pilot, app, "fatigue", "8")
        await pilot.press("alt+right")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")  # keep editing
        await settle(pilot, app)
        assert app.screen.date == TODAY  # type: ignore[attr-defined]
        assert field(app, "fatigue").text == "8"
        await pilot.press("alt+right")
        await pilot.pause()
        await pilot.press("y")  # discard
        await settle(pilot, app)
        assert app.screen.date == TODAY + dt.timedelta(days=1)  # type: ignore[attr-defined]
        assert field(app, "fatigue").text == ""


async def test_editing_a_day_from_history(demo_dir: Path) -> None:
    app = create_app(demo_dir, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("f3")
        await settle(pilot, app)
        table = app.screen.query_one("#history-table")
        assert table.row_count > 100
        first_key = table.coordinate_to_cell_key((0, 0)).row_key.value
        assert first_key == TODAY.isoformat()  # newest first
        await pilot.press("down", "down", "enter")
        await settle(pilot, app)
        target = TODAY - dt.timedelta(days=2)
        assert app.current_mode == "checkin"
        assert app.screen.date == target  # type: ignore[attr-defined]
        stored = Journal.open(demo_dir).get(target)
        await type_into(pilot, app, "fatigue", "9")
        await pilot.press("ctrl+s")
        await settle(pilot, app)
    day = Journal.open(demo_dir).get(target)
    assert day is not None and day.fatigue == 9
    assert (
        stored is not None and day.runs == stored.runs and day.meals[0].text == stored.meals[0].text
    )


async def test_history_filters_by_text_and_date(demo_dir: Path) -> None:
    app = create_app(demo_dir, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("f3")
        await settle(pilot, app)
        screen = app.screen
        screen.query_one("#filter-from", Field).text = "2026-11-01"
        await pilot.pause()
        table = screen.query_one("#history-table")
        dates = [table.coordinate_to_cell_key((i, 0)).row_key.value for i in range(table.row_count)]
        assert dates and min(dates) >= "2026-11-01"
        screen.query_one("#filter-text", Field).text = "tempo"
        await pilot.pause()
        for i in range(table.row_count):
            key = table.coordinate_to_cell_key((i, 0)).row_key.value
            day = Journal.open(demo_dir).get(dt.date.fromisoformat(key))
            assert day is not None and any(r.type == "tempo" for r in day.runs)


async def test_history_adds_rows_in_pages(tmp_path: Path) -> None:
    from journal.demo import demo_profile, generate_days
    from journal.tui.screens.history import PAGE

    data = tmp_path / "data"
    Journal.open(data).put_many(generate_days(3 * PAGE, TODAY), profile=demo_profile())
    app = create_app(data, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("f3")
        await settle(pilot, app)
        table = app.screen.query_one("#history-table")
        assert table.row_count == PAGE
        assert "more load as you scroll" in str(app.screen.query_one("#history-count").content)
        table.move_cursor(row=PAGE - 1)
        await pilot.pause()
        assert table.row_count == 2 * PAGE


async def test_export_screen_writes_a_valid_private_file(demo_dir: Path, tmp_path: Path) -> None:
    schema_dir = Path(__file__).resolve().parent.parent / "journal" / "schemas"
    schemas = sorted(schema_dir.glob("*.json"))
    out = tmp_path / "out" / "export.json"
    app = create_app(demo_dir, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("f6")
        await pilot.pause()
        screen = app.screen
        screen.query_one("#export-from", Field).text = "2026-11-01"
        screen.query_one("#export-path", Field).text = str(out)
        screen.query_one("#export-notes").checkbox.value = False
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        result = str(screen.query_one("#export-result").content)
        assert str(out) in result and "notes left out" in result
    assert os.stat(out).st_mode & 0o777 == 0o600
    doc = json.loads(out.read_text())
    assert doc["notes_included"] is False
    assert doc["period"] == {"from": "2026-11-01", "to": "2026-11-20"}
    assert all("notes" not in d for d in doc["days"])
    if not schemas:
        pytest.skip("journal/schemas/ has no export schema yet")
    import jsonschema

    jsonschema.validate(doc, json.loads(schemas[0].read_text()))


async def test_profile_screen_saves_and_validates(tmp_path: Path) -> None:
    data = tmp_path / "data"
    app = create_app(data, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("f7")
        await settle(pilot, app)
        screen = app.screen
        birth = next(f for f in screen.query(Field) if f.key == "birth_year")
        birth.text = "1850"
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        assert "1900" in birth.error_text
        birth.text = "1990"
        next(f for f in screen.query(Field) if f.key == "weight_kg").text = "58"
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        assert "aged 19-50" in str(screen.query_one("#profile-refs").content)
    profile = Journal.open(data).profile()
    assert profile.birth_year == 1990 and profile.weight_kg == 58


async def test_corrupt_journal_is_explained_not_a_traceback(tmp_path: Path) -> None:
    from journal.tui.screens.common import StoreErrorScreen

    data = tmp_path / "data"
    data.mkdir()
    (data / "journal.json").write_bytes(b"")  # 0 bytes: corrupt, never "empty journal"
    app = create_app(data, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        assert isinstance(app.screen, StoreErrorScreen)
        message = str(app.screen.query_one("#store-error-message").content)
        assert "journal.json" in message and "cannot be read" in message
        await pilot.press("ctrl+q")
    assert (data / "journal.json").read_bytes() == b""


async def test_trends_lists_flags_with_evidence(demo_dir: Path) -> None:
    from textual.widgets import Collapsible

    app = create_app(demo_dir, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("f4")
        await settle(pilot, app)
        screen = app.screen
        assert screen.analysis is not None  # type: ignore[attr-defined]
        flags = list(screen.query(Collapsible).filter(".flag"))
        assert len(flags) == len(screen.analysis.flags) > 0  # type: ignore[attr-defined]
        await pilot.press("ctrl+e")
        await pilot.pause()
        assert all(not c.collapsed for c in flags)
        body = str(flags[0].query_one(".flag-body").content)
        assert "Evidence" in body and "Rule and source" in body and "Advice" in body


async def test_help_lists_every_key_and_palette_has_screens(tmp_path: Path) -> None:
    from journal.tui.registry import SCREENS
    from journal.tui.screens.common import HelpScreen

    app = create_app(tmp_path / "data", today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        keys = str(app.screen.query_one("#help-keys").content)
        for text in ("Save", "Previous day", "Go to a date", "Quit", "Expand all", "Write export"):
            assert text in keys  # every screen's keys, not only this one's
        await pilot.press("escape")
        await pilot.pause()
        commands = [c.title for c in app.get_system_commands(app.screen)]
        assert {"Theme", "Save check-in", "Add run", "Help"} <= set(commands)
        for mode in (spec.mode for spec in SCREENS):
            app.goto(mode)
            await settle(pilot, app)
            assert app.current_mode == mode


async def test_theme_switch_is_remembered(tmp_path: Path) -> None:
    from journal.settings import load_settings

    app = create_app(tmp_path / "data", today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        assert app.theme == "stridelog-dark"
        app.theme = "stridelog-light"
        await settle(pilot, app)
    assert load_settings().theme == "stridelog-light"
    again = create_app(tmp_path / "data", today=TODAY)
    async with again.run_test(size=SIZE) as pilot:
        assert again.theme == "stridelog-light"
        assert again.severity_color("alert") == "#C53030"


def test_unknown_theme_falls_back_to_the_default(tmp_path: Path) -> None:
    app = create_app(tmp_path / "data", theme="no-such-theme")
    assert app.theme == "stridelog-dark"
    assert any("no-such-theme" in p for p in app.theme_problems)


def test_first_paint_comes_before_the_journal_and_core_load(demo_dir: Path, tmp_path: Path) -> None:
    """The startup path imports no journal, food table, analyzer or charts (DESIGN §6)."""
    script = textwrap.dedent(
        f"""
        import asyncio, datetime as dt, json, sys
        from journal.tui.app import StridelogApp

        heavy = ("journal.store", "journal.foods", "journal.analysis", "journal.nutrition",
                 "journal.charts", "journal.exchange", "tinydb", "plotext", "rapidfuzz")
        seen = {{}}

        class Probe(StridelogApp):
            def load_data(self):
                # called on events.Ready: the first frame is on screen
                seen["at_first_paint"] = [m for m in heavy if m in sys.modules]
                seen["journal_at_first_paint"] = self.journal is not None
                seen["screen"] = type(self.screen).__name__
                return super().load_data()

        async def main():
            app = Probe({str(demo_dir)!r}, today=dt.date(2026, 11, 20))
            async with app.run_test(size=(100, 34)) as pilot:
                for _ in range(3):
                    await pilot.pause()
                    await app.workers.wait_for_complete()
                seen["loaded_in_worker"] = app.journal is not None
                seen["after"] = [m for m in heavy if m in sys.modules]
            print(json.dumps(seen))

        asyncio.run(main())
        """
    )
    env = {**os.environ, "STRIDELOG_CONFIG_DIR": str(demo_dir.parent / "config")}
    probe = tmp_path / "probe.py"
    probe.write_text(script)
    out = subprocess.run(
        [sys.executable, str(probe)], capture_output=True, text=True, timeout=60, env=env
    )
    assert out.returncode == 0, out.stderr
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["screen"] == "CheckinScreen"
    assert seen["at_first_paint"] == []
    assert seen["journal_at_first_paint"] is False
    assert seen["loaded_in_worker"] is True
    assert "journal.store" in seen["after"]


async def test_save_while_another_writer_holds_the_lock_is_explained(tmp_path: Path) -> None:
    import filelock

    data = tmp_path / "data"
    app = create_app(data, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        assert app.journal is not None
        app.journal._lock.timeout = 0.2  # do not wait the default 5 s in a test
        await type_into(pilot, app, "fatigue", "5")
        other = filelock.FileLock(app.journal.lock_path)
        with other.acquire(timeout=1):
            await pilot.press("ctrl+s")
            await settle(pilot, app)
        assert "Not saved" in str(app.screen.query_one("#status").content)
        messages = [n.message for n in app._notifications]
        assert any("Another Stridelog is writing" in m for m in messages)
        assert app.screen.is_dirty()  # type: ignore[attr-defined]
    assert Journal.open(data).get(TODAY) is None


async def test_theme_tcss_applies_only_while_its_theme_is_active(tmp_path: Path) -> None:
    app = create_app(tmp_path / "data", today=TODAY, theme="high-contrast")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        title = app.screen.query(".section-title").first()
        assert title.styles.text_style.reverse  # from themes/high-contrast.tcss
        app.theme = "stridelog-dark"
        await settle(pilot, app)
        assert not title.styles.text_style.reverse


async def test_a_day_changed_elsewhere_is_not_overwritten_silently(tmp_path: Path) -> None:
    from journal.model import Day, Run
    from journal.tui.screens.common import ConfirmScreen

    data = tmp_path / "data"
    app = create_app(data, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await type_into(pilot, app, "fatigue", "6")
        # meanwhile, `stridelog add` in another terminal logs a run for the same day
        Journal.open(data).add(Day(date=TODAY, runs=[Run(duration_min=30, rpe=3)]))
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        assert isinstance(app.screen, ConfirmScreen)
        assert "changed outside this window" in app.screen.question
        await pilot.press("n")
        await settle(pilot, app)
        stored = Journal.open(data).get(TODAY)
        assert stored is not None and stored.fatigue is None and len(stored.runs) == 1
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        await pilot.press("y")  # overwrite, knowingly
        await settle(pilot, app)
    stored = Journal.open(data).get(TODAY)
    assert stored is not None and stored.fatigue == 6 and stored.runs == []


async def test_supplement_is_parsed_and_a_bad_one_is_marked(tmp_path: Path) -> None:
    from journal.tui.widgets.rows import SupplementRow

    data = tmp_path / "data"
    app = create_app(data, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        app.screen.query_one("#add-supplements").scroll_visible(animate=False)
        await pilot.pause()
        await pilot.click("#add-supplements")
        await settle(pilot, app)
        row = app.screen.query_one(SupplementRow)
        supplement = row.fields()[0]
        assert app.focused is supplement.input
        await pilot.press(*"iron lots")
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        assert supplement.has_class("-has-error") and supplement.error_text
        assert Journal.open(data).get(TODAY) is None
        supplement.text = "iron 65mg"
        await pilot.pause()
        assert "65" in str(app.screen.query_one("#nutrition-panel").content)
        await pilot.press("ctrl+s")
        await settle(pilot, app)
    day = Journal.open(data).get(TODAY)
    assert day is not None and day.supplements[0].iron_mg == 65


async def test_meal_preview_and_period_field(demo_dir: Path) -> None:
    from journal.tui.widgets.rows import MealRow

    app = create_app(demo_dir, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        assert app.screen.query_one("#period-field").display  # the demo runner tracks her cycle
        row = app.screen.query(MealRow).first()
        row.text_field.input.focus()
        row.text_field.text = ""
        await pilot.press(*"2 eggs, zqxv")
        preview = str(row.query_one(".meal-preview").content)
        assert "2 eggs → Egg" in preview
        assert "? zqxv" in preview and "counted as unknown" in preview
        assert "1 unknown" in str(app.screen.query_one("#nutrition-panel").content)


async def test_command_palette_goes_to_a_screen(tmp_path: Path) -> None:
    app = create_app(tmp_path / "data", today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        assert not app.screen.query_one("#period-field").display  # no cycle tracking
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"go to trends")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot, app)
        assert app.current_mode == "trends"


async def test_screens_pick_up_days_written_by_another_process(tmp_path: Path) -> None:
    from journal.model import Day, Run

    data = tmp_path / "data"
    app = create_app(data, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("f3")
        await settle(pilot, app)
        assert app.screen.query_one("#history-table").row_count == 0
        Journal.open(data).add(Day(date=TODAY, runs=[Run(distance_km=8, duration_min=45, rpe=4)]))
        await pilot.press("f2")
        await settle(pilot, app)
        assert field(app, "runs[0].distance_km").text == "8"  # the form was not dirty
        await pilot.press("f3")
        await settle(pilot, app)
        assert app.screen.query_one("#history-table").row_count == 1


async def test_a_stored_day_the_model_refuses_is_explained(tmp_path: Path) -> None:
    from journal.model import Day
    from journal.tui.screens.common import StoreErrorScreen

    data = tmp_path / "data"
    journal = Journal.open(data)
    journal.add(Day(date=TODAY, fatigue=3))
    month = journal.days_dir / f"{TODAY:%Y-%m}.json"  # type: ignore[operator]
    raw = json.loads(month.read_text())
    raw["days"][str(TODAY.toordinal())]["fatigue"] = 42  # written by hand, out of range
    month.write_text(json.dumps(raw))
    app = create_app(data, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        assert isinstance(app.screen, StoreErrorScreen)
        message = str(app.screen.query_one("#store-error-message").content)
        assert "fatigue" in message and "stridelog check" in message


async def test_go_to_date_dialog(tmp_path: Path) -> None:
    from journal.tui.screens.common import DateScreen

    app = create_app(tmp_path / "data", today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert isinstance(app.screen, DateScreen)
        await pilot.press("ctrl+u", *"someday", "enter")
        await pilot.pause()
        assert "not a date" in str(app.screen.query_one("#date-error").content)
        await pilot.press("ctrl+u", *"-3", "enter")
        await settle(pilot, app)
        assert app.screen.date == TODAY - dt.timedelta(days=3)  # type: ignore[attr-defined]
        await pilot.press("alt+left")
        await settle(pilot, app)
        assert app.screen.date == TODAY - dt.timedelta(days=4)  # type: ignore[attr-defined]
