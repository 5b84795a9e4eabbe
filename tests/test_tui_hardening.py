"""The check-in under a careless or hostile hand: markup in typed text, saving while the day
changes, a full disk, impossible dates, removed rows and crashes. Each case failed before."""

from __future__ import annotations

import asyncio
import datetime as dt
import errno
import os
from pathlib import Path

import pytest

from journal import drafts
from journal.model import parse_day
from journal.store import Journal
from journal.tui.app import create_app
from tests.test_tui import SIZE, TODAY, field, settle, type_into

YESTERDAY = TODAY - dt.timedelta(days=1)


@pytest.fixture(autouse=True)
def _private_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STRIDELOG_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("STRIDELOG_DATA_DIR", raising=False)


def two_days(data: Path) -> Journal:
    from journal.foods import resolve_day

    journal = Journal.open(data)
    journal.put(
        resolve_day(
            parse_day(
                {
                    "date": YESTERDAY.isoformat(),
                    "runs": [{"distance_km": 5, "duration_min": 30, "rpe": 3}],
                    "fatigue": 2,
                    "meals": [{"name": "dinner", "text": "rice 200g"}],
                }
            )
        )
    )
    journal.put(
        parse_day(
            {
                "date": TODAY.isoformat(),
                "runs": [{"distance_km": 20, "duration_min": 110, "rpe": 7}],
                "fatigue": 7,
                "sleep": {"hours": 6},
            }
        )
    )
    return journal


async def test_markup_typed_as_a_value_is_refused_as_text_not_a_crash(tmp_path: Path) -> None:
    app = create_app(tmp_path / "data", today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await type_into(pilot, app, "runs[0].duration_min", "55[/]")
        await pilot.press("tab", "6")
        await type_into(pilot, app, "tags", "[bold]heat[/]")
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        assert app.is_running
        duration = field(app, "runs[0].duration_min")
        assert duration.has_class("-has-error")
        shown = str(app.screen.query_one(".scope-error.-shown").render())
        assert "55[/]" in shown
        assert field(app, "tags").text == "[bold]heat[/]"  # what was typed is still there
        assert app.screen.is_dirty()  # type: ignore[attr-defined]
    assert Journal.open(tmp_path / "data").get(TODAY) is None


async def test_history_filter_with_markup_shows_an_error(tmp_path: Path) -> None:
    two_days(tmp_path / "data")
    app = create_app(tmp_path / "data", today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("f3")
        await settle(pilot, app)
        app.screen.query_one("#filter-from").input.focus()  # type: ignore[attr-defined]
        await pilot.press(*"[/]", "enter")
        await settle(pilot, app)
        assert app.is_running
        assert "[/]" in str(app.screen.query_one("#filter-from").error_text)  # type: ignore[attr-defined]


async def test_store_error_dialog_with_markup_in_the_path(tmp_path: Path) -> None:
    data = tmp_path / "x[" / "]y"
    data.mkdir(parents=True)
    (data / "journal.json").write_text("{not json")
    app = create_app(data, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        message = str(app.screen.query_one("#store-error-message").render())
        assert "x[/]y" in message and "cannot be read" in message


async def test_switching_day_and_saving_at_once_never_crosses_days(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal.tui.screens.checkin import CheckinScreen

    fill = CheckinScreen._fill

    async def slow_fill(self: CheckinScreen, doc: dict) -> None:  # a busy machine
        await asyncio.sleep(0.3)
        await fill(self, doc)

    data = tmp_path / "data"
    before = {d.date: d for d in two_days(data).days()}
    app = create_app(data, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        monkeypatch.setattr(CheckinScreen, "_fill", slow_fill)
        await pilot.press("alt+left", "ctrl+s")  # save while yesterday is loading
        await settle(pilot, app)
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        assert app.screen.date == YESTERDAY  # type: ignore[attr-defined]
        assert field(app, "fatigue").text == "2"
        assert not app.screen.is_dirty()  # type: ignore[attr-defined]
        await pilot.press("alt+right", "ctrl+s", "alt+left", "ctrl+s")
        await settle(pilot, app)
    after = {d.date: d for d in Journal.open(data).days()}
    assert after == before


async def test_days_asked_for_while_one_loads_are_loaded_in_turn(tmp_path: Path) -> None:
    """alt+← read three times while each day's rows are still being mounted, then alt+→:
    the app stays up (cancelling a fill mid-mount ended it) and shows the day counted to."""
    data = tmp_path / "data"
    two_days(data)
    app = create_app(data, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        screen = app.screen
        for delta in (-1, -1, -1, 1):  # as keys read in one burst reach the screen
            screen.action_shift_day(delta)  # type: ignore[attr-defined]
            await asyncio.sleep(0.005)  # the fill under way
        for _ in range(40):
            await asyncio.sleep(0.05)
            if screen._loading is None:  # type: ignore[attr-defined]
                break
        await settle(pilot, app)
        assert app.is_running
        assert screen.date == TODAY - dt.timedelta(days=2)  # type: ignore[attr-defined]
        await pilot.press("alt+right")
        await settle(pilot, app)
        assert screen.date == YESTERDAY  # type: ignore[attr-defined]
        assert field(app, "fatigue").text == "2"


async def test_keys_typed_just_before_ctrl_s_are_saved(tmp_path: Path) -> None:
    """A note typed and ctrl+s in one burst: ctrl+s is read at once, the letters are still
    queued for the field; the save waits for them and nothing typed is left unsaved."""
    from textual import events

    data = tmp_path / "data"
    app = create_app(data, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        target = field(app, "fatigue")
        target.input.focus()
        await pilot.pause()
        target.input.post_message(events.Key("7", "7"))  # queued for the field
        app.screen.action_save()  # type: ignore[attr-defined]  # ctrl+s, read meanwhile
        for _ in range(40):
            await settle(pilot, app)
            if (day := Journal.open(data).get(TODAY)) is not None:
                break
            await asyncio.sleep(0.05)
        assert day is not None and day.fatigue == 7
        assert not app.screen.is_dirty()  # type: ignore[attr-defined]


async def test_a_full_disk_keeps_the_form(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    app = create_app(data, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await type_into(pilot, app, "fatigue", "5")

        def no_space(fd: int) -> None:  # the disk fills up as the save is flushed
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(os, "fsync", no_space)
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        assert app.is_running
        messages = " ".join(n.message for n in app._notifications)
        assert "no space left" in messages.lower()
        assert field(app, "fatigue").text == "5"
        assert app.screen.is_dirty()  # type: ignore[attr-defined]
    assert not (data / "journal.json").exists() or Journal.open(data).get(TODAY) is None


async def test_go_to_an_impossible_date_is_refused(tmp_path: Path) -> None:
    app = create_app(tmp_path / "data", today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("ctrl+g")
        await settle(pilot, app)
        await pilot.press("ctrl+u", "ctrl+k", *"9999-12-31", "enter")
        await settle(pilot, app)
        error = str(app.screen.query_one("#date-error").render())
        assert "9999-12-31 is not allowed" in error and "1900-01-01" in error
        await pilot.press("escape")
        await pilot.press("alt+right", "alt+right", "alt+right")
        await settle(pilot, app)
        assert app.screen.date == TODAY + dt.timedelta(days=1)  # type: ignore[attr-defined]
        assert app.is_running


async def test_a_removed_run_comes_back_with_ctrl_z(tmp_path: Path) -> None:
    data = tmp_path / "data"
    two_days(data)
    app = create_app(data, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        button = app.screen.query_one("#list-runs .remove-row")
        button.focus()
        await pilot.press("enter")
        await settle(pilot, app)
        assert "runs" not in app.screen.collect()[0]  # type: ignore[attr-defined]
        assert any("ctrl+z" in n.message for n in app._notifications)
        await pilot.press("ctrl+z")
        await settle(pilot, app)
        runs = app.screen.collect()[0]["runs"]  # type: ignore[attr-defined]
        assert runs == [{"distance_km": 20, "duration_min": 110, "rpe": 7}]
        assert not app.screen.is_dirty()  # type: ignore[attr-defined]


async def test_typed_input_survives_a_crash_as_a_draft(tmp_path: Path) -> None:
    data = tmp_path / "data"
    two_days(data)
    app = create_app(data, today=TODAY)
    with pytest.raises(ZeroDivisionError):  # the harness re-raises what ended the app
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot, app)
            await type_into(pilot, app, "fatigue", "9")
            app.call_later(lambda: 1 / 0)  # a bug in some handler
            await pilot.pause()
    assert app.return_code == 1
    assert drafts.load(data, TODAY)["fatigue"] == 9  # type: ignore[index]
    assert Journal.open(data).get(TODAY).fatigue == 7  # type: ignore[union-attr]

    again = create_app(data, today=TODAY)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot, again)
        assert field(again, "fatigue").text == "9"
        assert again.screen.is_dirty()  # type: ignore[attr-defined]
        await pilot.press("ctrl+s")
        await settle(pilot, again)
    assert Journal.open(data).get(TODAY).fatigue == 9  # type: ignore[union-attr]
    assert drafts.load(data, TODAY) is None


@pytest.mark.parametrize("width", [80, 111, 115, 122])
async def test_the_remove_button_of_a_run_is_visible(tmp_path: Path, width: int) -> None:
    two_days(tmp_path / "data")
    app = create_app(tmp_path / "data", today=TODAY)
    async with app.run_test(size=(width, 36)) as pilot:
        await settle(pilot, app)
        button = app.screen.query_one("#list-runs .remove-row")
        region = button.region
        assert region.width >= 3
        widget, _ = app.screen.get_widget_at(region.x + 1, region.y)
        assert widget is button


@pytest.mark.parametrize("first", ["alt+left", "ctrl+t", "alt+left alt+left"])
async def test_keys_typed_while_a_day_loads_reach_the_loaded_day(
    tmp_path: Path, first: str
) -> None:
    """alt+← (twice, or ctrl+t), ctrl+n, a meal and ctrl+s in one burst: the keys read while the day
    loads wait for it and land in its form, in order, and the meal is saved on that day (they
    were dropped, and ctrl+s said "still loading; nothing was saved")."""
    from textual import events

    data = tmp_path / "data"
    two_days(data)
    app = create_app(data, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        if first == "ctrl+t":  # start from the day before, then jump to today
            await pilot.press("alt+left")
            await settle(pilot, app)
        back = first.count("alt+left") if first != "ctrl+t" else 0
        target = TODAY - dt.timedelta(days=back)
        keys = [*first.split(), "ctrl+n", *"pasta 150g", "ctrl+s"]
        for key in keys:
            char = {"space": " "}.get(key, key if len(key) == 1 else None)
            app.post_message(events.Key("space" if key == " " else key, char))
        for _ in range(40):
            await settle(pilot, app)
            day = Journal.open(data).get(target)
            if day is not None and any(m.text == "pasta 150g" for m in day.meals):
                break
            await asyncio.sleep(0.05)
        assert app.screen.date == target  # type: ignore[attr-defined]
        texts = [m.text for m in day.meals] if day is not None else []
        assert "pasta 150g" in texts
        assert not app.screen.is_dirty()  # type: ignore[attr-defined]
        messages = " ".join(n.message for n in app._notifications)
        assert "still loading" not in messages


async def test_keys_typed_while_the_journal_opens_reach_the_first_form(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A runner who starts typing before the journal has opened (years of days take a moment):
    the keys wait for today's form and land in its first fields, in order; ctrl+s saves them."""
    import threading

    from textual import events

    data = tmp_path / "data"
    two_days(data)
    opened = Journal.open.__func__  # type: ignore[attr-defined]
    typed = threading.Event()

    def slow_open(cls: type[Journal], *args: object, **kwargs: object) -> Journal:
        typed.wait(5)  # still opening (as years of days take a moment) while keys arrive
        return opened(cls, *args, **kwargs)

    monkeypatch.setattr(Journal, "open", classmethod(slow_open))
    app = create_app(data, today=TODAY - dt.timedelta(days=3))
    async with app.run_test(size=SIZE) as pilot:
        assert app.journal is None  # still opening
        for key in ("1", "2", "tab", "6", "5", "ctrl+s"):
            app.post_message(events.Key(key, key if len(key) == 1 else None))
        await pilot.pause()
        typed.set()
        for _ in range(40):
            await settle(pilot, app)
            if (day := Journal.open(data).get(TODAY - dt.timedelta(days=3))) is not None:
                break
            await asyncio.sleep(0.05)
        assert day is not None and day.runs
        assert (day.runs[0].distance_km, day.runs[0].duration_min) == (12, 65)


@pytest.mark.parametrize("kind", ["meals", "supplements"])
async def test_a_row_added_as_the_food_table_finishes_loading_is_no_crash(
    tmp_path: Path, kind: str
) -> None:
    """ctrl+n (or a supplement) just as the food table finishes loading: every meal row's
    preview and the day's nutrition are refreshed, and the row still being mounted had no
    fields yet. That ended the app with a traceback; the new row reads the table on mount."""
    from textual.containers import Vertical

    from journal.tui.widgets.rows import MealRow, SupplementRow

    data = tmp_path / "data"
    two_days(data)
    app = create_app(data, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        app.foods_ready = False  # as while it loads
        row = MealRow({"name": "lunch", "text": "rice 200g"}) if kind == "meals" else None
        row = row or SupplementRow({"text": "iron 65mg"})
        mounting = app.screen.query_one(f"#list-{kind}", Vertical).mount(row)  # ctrl+n's mount
        app.foods_ready = True  # what the app does once the table is loaded, meanwhile
        app.foods_loaded.publish(None)
        await mounting
        await settle(pilot, app)
        assert app.is_running and app.return_code is None
        if kind == "meals":
            assert "rice 200g → Rice" in str(row.query_one(".meal-preview").render())


async def test_keys_typed_after_ctrl_s_wait_for_the_save(tmp_path: Path) -> None:
    """A meal, ctrl+s, alt+←, another meal, ctrl+s, alt+← in one burst: each meal is saved on
    its own day. alt+← read before the first save was written found the form not yet saved
    and asked to discard it (or started loading the day, and the save said "still loading")."""
    from textual import events

    from journal.tui.screens.common import ConfirmScreen

    data = tmp_path / "data"
    two_days(data)
    app = create_app(data, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        keys = ["ctrl+n", *"apple", "ctrl+s", "alt+left", "ctrl+n", *"pear", "ctrl+s", "alt+left"]
        for key in keys:
            app.post_message(events.Key(key, key if len(key) == 1 else None))
        yesterday = TODAY - dt.timedelta(days=1)
        for _ in range(40):
            await settle(pilot, app)
            if app.screen.__class__.__name__ != "CheckinScreen":
                break
            if app.screen.date == TODAY - dt.timedelta(days=2):  # type: ignore[attr-defined]
                break
            await asyncio.sleep(0.05)
        assert not isinstance(app.screen, ConfirmScreen)
        journal = Journal.open(data)
        for date, text in ((TODAY, "apple"), (yesterday, "pear")):
            day = journal.get(date)
            assert day is not None and text in [m.text for m in day.meals], date
        messages = " ".join(n.message for n in app._notifications)
        assert "still loading" not in messages


async def test_an_unexpected_error_ends_the_app_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    """A bug ends the app with one line, as the CLI's do: the traceback with every frame's
    locals (years of days) took minutes to render while the app sat frozen at full CPU."""
    monkeypatch.delenv("STRIDELOG_DEBUG", raising=False)
    data = tmp_path / "data"
    two_days(data)
    app = create_app(data, today=TODAY)
    with pytest.raises(RuntimeError):
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot, app)
            years = [Journal.open(data).get(TODAY)] * 5000  # a local like a journal's days

            def bug(days: list[object] = years) -> None:
                raise RuntimeError("a bug")

            app.call_later(bug)
            await pilot.pause()
    said = " ".join(capfd.readouterr().err.split())  # as printed when the app ended
    assert said.startswith("stridelog: unexpected error (RuntimeError)")
    assert "STRIDELOG_DEBUG=1" in said and "Traceback" not in said


async def test_hidden_screens_catch_up_when_shown_not_after_every_save(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """History, Trends and Charts once opened stay mounted; they read the journal again when
    shown after a save, not after every save while hidden (at 50 years that work slowed the
    check-in's next keys by seconds). Shown again, each has the day saved meanwhile."""
    from textual.widgets import DataTable

    from journal.tui.screens.charts import ChartsScreen
    from journal.tui.screens.history import HistoryScreen
    from journal.tui.screens.trends import TrendsScreen

    calls: list[str] = []
    for cls, name in ((HistoryScreen, "reload"), (TrendsScreen, "refresh_analysis")):
        original = getattr(cls, name)
        monkeypatch.setattr(
            cls, name, lambda self, *a, _o=original, _n=name: (calls.append(_n), _o(self, *a))[1]
        )
    loads = ChartsScreen.load

    def load(self: ChartsScreen) -> object:
        calls.append("charts")
        return loads(self)

    monkeypatch.setattr(ChartsScreen, "load", load)
    data = tmp_path / "data"
    two_days(data)
    app = create_app(data, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        for key in ("f3", "f4", "f5", "f2"):
            await pilot.press(key)
            await settle(pilot, app)
        calls.clear()
        new_day = TODAY - dt.timedelta(days=5)
        app.screen.request_date(new_day)  # type: ignore[attr-defined]
        await settle(pilot, app)
        await pilot.press("ctrl+n", *"rice 200g", "ctrl+s")
        await settle(pilot, app)
        assert Journal.open(data).get(new_day) is not None
        assert calls == []  # nothing hidden worked after the save
        await pilot.press("f3")
        await settle(pilot, app)
        table = app.screen.query_one(DataTable)
        shown = " ".join(str(table.get_row_at(i)[0]) for i in range(table.row_count))
        assert new_day.strftime("%d %b") in shown or new_day.isoformat() in shown
        for key, name in (("f4", "refresh_analysis"), ("f5", "charts")):
            await pilot.press(key)
            await settle(pilot, app)
            assert name in calls
