"""The TUI on an encrypted journal: a hidden passphrase dialog before loading, three tries."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from textual.widgets import Input

from journal.model import parse_day
from journal.store import Journal, codec, rekey
from journal.tui.app import create_app
from journal.tui.screens.common import PassphraseScreen, StoreErrorScreen
from tests.test_tui import SIZE, TODAY, settle

PASS = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STRIDELOG_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("STRIDELOG_DATA_DIR", raising=False)
    monkeypatch.delenv("STRIDELOG_PASSPHRASE_FILE", raising=False)
    monkeypatch.setenv("STRIDELOG_TEST_ONLY_SCRYPT_LOG2N", "10")


def encrypted_journal(data: Path) -> None:
    journal = Journal.open(data)
    journal.put(parse_day({"date": TODAY.isoformat(), "fatigue": 7, "notes": "hilly long run"}))
    rekey.rekey(journal, PASS)
    codec._unlocked.clear()  # as in a new process: nothing unlocked yet


async def dialog(pilot, app) -> PassphraseScreen:  # type: ignore[no-untyped-def]
    for _ in range(200):
        await pilot.pause(0.02)
        if isinstance(app.screen, PassphraseScreen):
            return app.screen
    raise AssertionError(f"no passphrase dialog; the screen is {app.screen!r}")


async def answer(pilot, app, text: str) -> PassphraseScreen:  # type: ignore[no-untyped-def]
    screen = await dialog(pilot, app)
    box = screen.query_one("#passphrase-input", Input)
    assert box.password  # never echoed
    await pilot.press(*text, "enter")
    await pilot.pause(0.05)
    return screen


async def test_the_dialog_unlocks_after_a_wrong_try(tmp_path: Path) -> None:
    data = tmp_path / "data"
    encrypted_journal(data)
    app = create_app(data, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        first = await answer(pilot, app, "not the passphrase")
        second = await dialog(pilot, app)
        assert second is not first
        error = str(second.query_one("#passphrase-error").render())
        assert "Wrong passphrase" in error and "2 tries left" in error
        await answer(pilot, app, PASS)
        await settle(pilot, app)
        assert app.journal is not None and app.store_error is None
        assert app.journal.get(TODAY).notes == "hilly long run"  # type: ignore[union-attr]


async def test_three_wrong_tries_or_cancel_refuse_and_change_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    encrypted_journal(data)
    before = {p: p.read_bytes() for p in data.rglob("*") if p.is_file()}
    app = create_app(data, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(3):
            await answer(pilot, app, "wrong wrong wrong")
        await settle(pilot, app)
        assert isinstance(app.screen, StoreErrorScreen)
        assert "passphrase" in (app.store_error or "") and app.journal is None
    app = create_app(data, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await dialog(pilot, app)
        await pilot.press("escape")
        await asyncio.sleep(0.1)
        await settle(pilot, app)
        assert isinstance(app.screen, StoreErrorScreen) and app.journal is None
    assert {p: p.read_bytes() for p in data.rglob("*") if p.is_file()} == before


async def test_keys_typed_right_after_the_passphrase_reach_the_form(tmp_path: Path) -> None:
    """The passphrase, Enter, then at once alt+←, ctrl+n, a meal and ctrl+s: the journal opens
    (the keys after Enter no longer land in the passphrase field, which made it "wrong") and
    they wait for the first form, so the meal is saved on the day before."""
    import datetime as dt

    from textual import events

    data = tmp_path / "data"
    encrypted_journal(data)
    app = create_app(data, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        first = await dialog(pilot, app)
        keys = [*PASS, "enter", "alt+left", "ctrl+n", *"pasta 150g", "ctrl+s"]
        for key in keys:
            name = {" ": "space"}.get(key, key)
            app.post_message(events.Key(name, key if len(key) == 1 else None))
        yesterday = TODAY - dt.timedelta(days=1)
        day = None
        for _ in range(100):
            await pilot.pause(0.05)  # not settle: a second dialog would keep its worker waiting
            if isinstance(app.screen, PassphraseScreen) and app.screen is not first:
                break  # asked again: the passphrase read was not the one typed
            if app.journal is not None and (day := app.journal.get(yesterday)) is not None:
                break
        assert not isinstance(app.screen, PassphraseScreen | StoreErrorScreen)
        await settle(pilot, app)
        assert app.journal is not None and app.store_error is None
        assert app.screen.date == yesterday  # type: ignore[attr-defined]
        assert day is not None and [m.text for m in day.meals] == ["pasta 150g"]
