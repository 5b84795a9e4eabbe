"""Pilot tests of the check-in for daily use: every mistake at once, deleting a day, the side
panel, unrated imported runs, the meals-complete answer and imperial units.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from journal.model import Day, Profile, Run, Sleep
from journal.store import Journal
from journal.tui.app import create_app
from tests.test_tui import TODAY, field, settle, type_into

SIZE = (120, 36)


@pytest.fixture(autouse=True)
def _private_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STRIDELOG_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("STRIDELOG_DATA_DIR", raising=False)


def _journal(tmp_path: Path, *days: Day, profile: Profile | None = None) -> Path:
    data = tmp_path / "data"
    journal = Journal.open(data)
    if profile is not None:
        journal.set_profile(profile)
    for day in days:
        journal.put(day)
    return data


def _text(app, selector: str) -> str:  # type: ignore[no-untyped-def]
    return str(app.screen.query_one(selector).content)


async def test_every_invalid_field_is_marked_after_one_save(tmp_path: Path) -> None:
    data = tmp_path / "data"
    app = create_app(data, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await type_into(pilot, app, "runs[0].distance_km", "-3")
        await type_into(pilot, app, "runs[0].duration_min", "40")
        await type_into(pilot, app, "runs[0].rpe", "0")
        await type_into(pilot, app, "runs[0].avg_hr", "abc")
        await type_into(pilot, app, "sleep.hours", "30")
        await type_into(pilot, app, "fatigue", "11")
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        marked = {
            path: field(app, path).error_text
            for path in (
                "runs[0].distance_km",
                "runs[0].rpe",
                "runs[0].avg_hr",
                "sleep.hours",
                "fatigue",
            )
        }
        assert all(marked.values()), marked
        assert "0 to 1000" in marked["runs[0].distance_km"]
        assert "1 to 10" in marked["runs[0].rpe"] and "1 to 10" in marked["fatigue"]
        assert '"abc"' in marked["runs[0].avg_hr"]
        assert "0 to 24" in marked["sleep.hours"]
        assert "5 to fix, not saved" in _text(app, "#status")
        # the messages are on screen, each under its row or group
        errors = " ".join(str(e.content) for e in app.screen.query(".scope-error.-shown"))
        assert "km: -3 is not allowed" in errors and "fatigue: 11 is not allowed" in errors
        summary = _text(app, "#day-summary")
        assert "-3" not in summary and "30 h" not in summary
        assert "40 min" in summary  # the valid part of the run still counts
        assert app.focused is field(app, "runs[0].distance_km").input  # the first one
    assert Journal.open(data).get(TODAY) is None


async def test_a_field_is_checked_when_left(tmp_path: Path) -> None:
    app = create_app(tmp_path / "data", today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await type_into(pilot, app, "fatigue", "11")
        assert not field(app, "fatigue").error_text
        await pilot.press("tab")
        await pilot.pause()
        assert "1 to 10" in field(app, "fatigue").error_text
        await type_into(pilot, app, "fatigue", "7")  # fixed: the mark goes as it is typed
        await pilot.press("tab")
        await pilot.pause()
        assert not field(app, "fatigue").has_class("-has-error")


async def test_delete_the_day_asks_and_backs_up_first(tmp_path: Path) -> None:
    day = Day(date=TODAY, fatigue=4, sleep=Sleep(hours=7.5), runs=[Run(duration_min=40, rpe=5)])
    data = _journal(tmp_path, day, Day(date=TODAY - dt.timedelta(days=1), fatigue=3))
    app = create_app(data, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("f10")
        await settle(pilot, app)
        assert "Delete all of Fri 20 Nov 2026? A backup is made first." in str(
            app.screen.query_one(".dialog-question").content
        )
        await pilot.press("n")  # kept
        await settle(pilot, app)
        assert Journal.open(data).get(TODAY) == day
        await pilot.press("f10")
        await settle(pilot, app)
        await pilot.press("y")
        await settle(pilot, app)
        assert field(app, "fatigue").text == ""  # the form shows the empty day
    journal = Journal.open(data)
    assert journal.get(TODAY) is None
    assert journal.get(TODAY - dt.timedelta(days=1)) is not None  # only that day
    backups = journal.backups()
    assert backups and any(TODAY.isoformat() in p.name for p in backups)


async def test_save_and_quit(tmp_path: Path) -> None:
    data = tmp_path / "data"
    app = create_app(data, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await type_into(pilot, app, "fatigue", "4")
        await pilot.press("ctrl+q")
        await settle(pilot, app)
        assert "Save and quit" in str(app.screen.query_one("#save").label)
        await pilot.press("s")
        await settle(pilot, app)
    assert app.return_code is not None or not app.is_running
    day = Journal.open(data).get(TODAY)
    assert day is not None and day.fatigue == 4


async def test_save_and_quit_stays_on_a_bad_field(tmp_path: Path) -> None:
    data = tmp_path / "data"
    app = create_app(data, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await type_into(pilot, app, "fatigue", "11")
        await pilot.press("ctrl+q")
        await settle(pilot, app)
        await pilot.press("s")
        await settle(pilot, app)
        assert app.is_running
        assert field(app, "fatigue").error_text
    assert Journal.open(data).get(TODAY) is None


async def test_new_day_starts_at_the_top_and_panel_names_the_day(tmp_path: Path) -> None:
    data = _journal(tmp_path, Day(date=TODAY, fatigue=4))
    app = create_app(data, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        assert "Nutrition today" in _text(app, "#nutrition-panel")
        form = app.screen.query_one("#form")
        field(app, "tags").input.focus()
        form.scroll_end(animate=False)
        await settle(pilot, app)
        assert form.scroll_y > 0
        await pilot.press("alt+left")
        await settle(pilot, app)
        assert form.scroll_y == 0
        panel = _text(app, "#nutrition-panel")
        assert "Nutrition today" not in panel and "Nutrition Thu 19 Nov" in panel


async def test_placeholders_are_words_not_data(tmp_path: Path) -> None:
    app = create_app(tmp_path / "data", today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        assert field(app, "tags").input.placeholder == "words to find the day by, comma-separated"
        assert field(app, "illness.symptoms").input.placeholder == "words, separated by commas"


def test_reference_bar_agrees_with_its_label() -> None:
    from journal.tui.widgets.summary import BAR_LEN, reference_bar

    assert reference_bar(30.7, 32.4) == (7, False)  # below the RDA: never a full bar
    assert reference_bar(32.39, 32.4) == (BAR_LEN - 1, False)
    assert reference_bar(16.2, 32.4) == (4, False)
    assert reference_bar(0, 18) == (0, False)
    assert reference_bar(32.4, 32.4) == (BAR_LEN, True)
    assert reference_bar(90, 18) == (BAR_LEN, True)


async def test_narrow_side_panel_keeps_a_gutter(tmp_path: Path) -> None:
    run = Run(duration_min=55, rpe=5, distance_km=10.2)
    data = _journal(tmp_path, Day(date=TODAY, runs=[run], sleep=Sleep(hours=8, quality=5)))
    app = create_app(data, today=TODAY)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        summary = app.screen.query_one("#day-summary")
        panel = app.screen.query_one("#nutrition-panel")
        assert summary.region.right + 2 <= panel.region.x
        assert "55 min" in str(summary.content)


async def test_unrated_runs_are_asked_for_first(tmp_path: Path) -> None:
    imported = [
        Run(duration_min=42, distance_km=8.1, source="watch/a.fit"),
        Run(duration_min=30, distance_km=5.0, source="watch/b.fit"),
    ]
    data = _journal(tmp_path, Day(date=TODAY, runs=imported, fatigue=3))
    app = create_app(data, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        rpe = field(app, "runs[0].rpe")
        assert "rate it" in str(rpe.query_one(".field-label").content)
        assert app.focused is rpe.input
        assert "2 runs wait for their RPE" in _text(app, "#status")
        assert "load (estimated)" in _text(app, "#day-summary")
        await pilot.press("6")
        await pilot.pause()
        assert "1 run waits for its RPE" in _text(app, "#status")
        await type_into(pilot, app, "runs[1].rpe", "4")
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        summary = _text(app, "#day-summary")
        assert "load (estimated)" not in summary and "load 372 AU" in summary
    day = Journal.open(data).get(TODAY)
    assert day is not None and [r.rpe for r in day.runs] == [6, 4]
    assert [r.source for r in day.runs] == ["watch/a.fit", "watch/b.fit"]


async def test_meals_complete_is_asked_and_kept(tmp_path: Path) -> None:
    data = tmp_path / "data"
    app = create_app(data, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        select = field(app, "meals_complete").select
        assert select.is_blank()  # not said until the runner says
        await type_into(pilot, app, "fatigue", "4")
        select.value = "complete"
        await pilot.press("ctrl+s")
        await settle(pilot, app)
    day = Journal.open(data).get(TODAY)
    assert day is not None and day.meals_complete is True

    again = create_app(data, today=TODAY)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot, again)
        select = field(again, "meals_complete").select
        assert select.value == "complete"
        select.value = "partial"
        await pilot.press("ctrl+s")
        await settle(pilot, again)
    day = Journal.open(data).get(TODAY)
    assert day is not None and day.meals_complete is False


async def test_side_panel_shows_the_analyzers_status(tmp_path: Path) -> None:
    from journal.demo import write_demo

    data = tmp_path / "data"
    write_demo(data, 60, TODAY)
    app = create_app(data, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await settle(pilot, app)
        summary = _text(app, "#day-summary")
        assert "\nToday\n" in summary
        from journal.analysis import analyze

        journal = Journal.open(data)
        days = journal.days(TODAY - dt.timedelta(days=119), TODAY)
        expected = analyze(days, journal.profile(), TODAY, TODAY).status()
        line = expected.line or "nothing unusual against your own last 4 weeks"
        assert " ".join(line.split()) in " ".join(summary.split())


async def test_imperial_profile_sees_miles_and_pounds(tmp_path: Path) -> None:
    stored = Day(date=TODAY, runs=[Run(duration_min=55, rpe=5, distance_km=10.0)], weight_kg=61.0)
    data = _journal(tmp_path, stored, profile=Profile(units="imperial"))
    app = create_app(data, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        distance = field(app, "runs[0].distance_km")
        weight = field(app, "weight_kg")
        assert str(distance.query_one(".field-label").content) == "mi"
        assert distance.text == "6.21"
        assert str(weight.query_one(".field-label").content) == "weight lb"
        assert weight.text == "134.5"
        assert not app.screen.is_dirty()  # type: ignore[attr-defined]
        assert "6.2 mi" in _text(app, "#day-summary")
        await type_into(pilot, app, "fatigue", "3")
        await pilot.press("ctrl+s")  # untouched miles keep the stored km exactly
        await settle(pilot, app)
        assert Journal.open(data).get(TODAY).runs[0].distance_km == 10.0  # type: ignore[union-attr]
        await type_into(pilot, app, "runs[0].distance_km", "5")
        await type_into(pilot, app, "weight_kg", "150")
        await pilot.press("ctrl+s")
        await settle(pilot, app)
    day = Journal.open(data).get(TODAY)
    assert day is not None
    assert day.runs[0].distance_km == pytest.approx(8.047, abs=0.001)
    assert day.weight_kg == pytest.approx(68.04, abs=0.01)


def test_unit_conversions_for_imperial_profiles() -> None:
    from journal import entry

    assert entry.km_to_shown(10.0, "imperial") == 6.21
    assert entry.shown_to_km(6.2, "imperial") == 9.978
    assert entry.kg_to_shown(61.0, "imperial") == 134.5
    assert entry.shown_to_kg(150, "imperial") == 68.04
    assert entry.km_to_shown(10.0, "metric") == 10.0 and entry.shown_to_kg(61, "metric") == 61
    assert entry.DISTANCE_UNIT["imperial"] == "mi" and entry.WEIGHT_UNIT["imperial"] == "lb"


def test_day_problems_lists_every_refused_field() -> None:
    from journal.day_check import day_problems

    doc = {
        "date": "2026-11-20",
        "runs": [{"distance_km": -3, "duration_min": 40, "rpe": 0, "avg_hr": "abc"}, {"rpe": 5}],
        "sleep": {"hours": 30, "quality": 3},
        "fatigue": 11,
        "soreness": 3,
    }
    problems, clean = day_problems(doc)
    assert [p.path for p in problems] == [
        "runs[0].distance_km",
        "runs[0].rpe",
        "runs[0].avg_hr",
        "runs[1].duration_min",
        "sleep.hours",
        "fatigue",
    ]
    assert clean == {"date": "2026-11-20", "runs": [{"duration_min": 40}], "soreness": 3}
    assert doc["fatigue"] == 11  # the caller's document is left as it was


async def test_keys_typed_in_one_burst_land_in_their_fields(tmp_path: Path) -> None:
    """A terminal delivers fast typing (or typing under load) as one burst of keys: a tab in
    it moves focus before the keys after it are handed to a field, and so does ctrl+r."""
    from textual import events

    app = create_app(_journal(tmp_path), today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        field(app, "runs[0].distance_km").input.focus()
        await pilot.pause()
        for key in ("1", "0", "tab", "5", "5", "tab", "6", "ctrl+r", "8"):
            char = key if len(key) == 1 else None
            app.post_message(events.Key(key, char))  # all queued before any is handled
        await settle(pilot, app)
        runs = app.screen.query_one("#list-runs").children
        assert [f.text for f in runs[0].query("Field")][:3] == ["10", "55", "6"]
        assert len(runs) == 2 and runs[1].query("Field").first().text == "8"


async def test_a_number_tabbed_into_is_retyped_whole_and_a_meal_is_added_to(
    tmp_path: Path,
) -> None:
    """Tab into a filled number and type: the new number replaces it ("53" → "55", not
    "5355"); tab into a meal and type: the words are added after what is there."""
    app = create_app(_journal(tmp_path), today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        km, minutes = field(app, "runs[0].distance_km"), field(app, "runs[0].duration_min")
        km.input.focus()
        await pilot.press("5", "3", "tab", "4", "0", "shift+tab", "8")
        await settle(pilot, app)
        assert (km.text, minutes.text) == ("8", "40")
        meal = field(app, "meals[0].text")
        meal.text = "oatmeal 80g"
        meal.input.focus()
        await pilot.press("end", ",", " ", "1", " ", "b", "a", "n", "a", "n", "a")
        await settle(pilot, app)
        assert meal.text == "oatmeal 80g, 1 banana"
