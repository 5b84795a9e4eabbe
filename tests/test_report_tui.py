"""The Export screen's Report action (from the command palette): the visit report."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from journal.tui.app import create_app
from journal.tui.widgets.form import Field
from tests.helpers.pilot import settle

TODAY = dt.date(2026, 11, 20)
SIZE = (100, 34)


@pytest.fixture
def demo_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    from journal.demo import write_demo

    monkeypatch.setenv("STRIDELOG_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("STRIDELOG_DATA_DIR", raising=False)
    write_demo(tmp_path / "data", 120, TODAY)
    return tmp_path / "data"


async def test_report_action_writes_a_private_page_and_never_replaces_a_file(
    demo_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    expected = out / "stridelog-report-2026-08-31-2026-11-20.html"
    expected.write_text("the runner's own file")
    app = create_app(demo_dir, today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("f6")
        await pilot.pause()
        screen = app.screen
        screen.query_one("#export-path", Field).text = str(out / "export.json")
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"visit report")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot, app)
        result = str(screen.query_one("#export-result").content)
    written = out / "stridelog-report-2026-08-31-2026-11-20-2.html"
    assert str(written) in result
    assert expected.read_text() == "the runner's own file"
    assert os.stat(written).st_mode & 0o777 == 0o600
    page = written.read_text(encoding="utf-8")
    assert "Week by week (12 weeks)" in page and page.count("<svg") >= 4
