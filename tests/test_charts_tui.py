"""The Charts screen: keys switch chart and range, the widget fits and caches, snapshots."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.style import Style
from rich.text import Text
from textual.pilot import Pilot

from journal import charts
from journal.tui.screens.charts import RANGES, ChartsScreen
from journal.tui.widgets.chart import ChartView
from tests.charts_harness import ChartsApp
from tests.conftest import FIXED_TODAY
from tests.helpers.pilot import settle as settle_app


@pytest.fixture
def demo_dir(data_dir: Path) -> Path:
    from journal.demo import write_demo

    write_demo(data_dir, 200, FIXED_TODAY)
    return data_dir


async def settle(pilot: Pilot) -> None:
    await settle_app(pilot, pilot.app, rounds=1)


def view_of(app: ChartsApp) -> ChartView:
    return app.screen.query_one(ChartView)


async def test_keys_switch_chart_and_range(demo_dir: Path) -> None:
    app = ChartsApp(demo_dir, FIXED_TODAY, "stridelog-dark")
    async with app.run_test(size=(110, 34)) as pilot:
        await settle(pilot)
        view = view_of(app)
        screen = app.screen
        assert isinstance(screen, ChartsScreen)
        assert "Weekly mileage" in view.render().plain
        await pilot.press("right")
        assert view.chart == "load"
        assert "Daily training load" in view.render().plain
        await pilot.press("4")
        assert "Nutrient intake vs reference" in view.render().plain
        await pilot.press("left", "left", "left", "left")
        assert view.chart == "macros"  # wraps around
        assert "Macronutrient share of energy" in view.render().plain
        await pilot.press("plus")
        assert screen.range_index == 2
        assert view.start == FIXED_TODAY.replace(month=5, day=23)  # 182 days
        await pilot.press("minus", "minus", "minus")
        assert screen.range_index == 0
        bar = str(screen.query_one("#chart-bar").render())
        assert RANGES[0][1] in bar and "Macros" in bar


async def test_renders_fit_the_widget_and_are_cached(demo_dir: Path) -> None:
    app = ChartsApp(demo_dir, FIXED_TODAY, "stridelog-dark")
    async with app.run_test(size=(110, 34)) as pilot:
        await settle(pilot)
        view = view_of(app)
        text = view.render()
        assert max(charts.visible_width(line) for line in text.plain.split("\n")) <= view.size.width
        assert len(text.plain.split("\n")) <= view.size.height
        drawn = view.renders
        await pilot.press("right", "left")  # load, then mileage again: from the cache
        view.render()
        assert view.renders == drawn + 1
        await pilot.resize_terminal(90, 28)
        await pilot.pause()
        resized = view.render()
        assert view.renders == drawn + 2
        lines = resized.plain.split("\n")
        assert max(charts.visible_width(line) for line in lines) <= view.size.width == 88
        await pilot.resize_terminal(110, 34)
        await pilot.pause()
        view.render()
        assert view.renders == drawn + 2  # the earlier size is still cached


async def test_theme_change_redraws_in_the_new_colours(demo_dir: Path) -> None:
    app = ChartsApp(demo_dir, FIXED_TODAY, "stridelog-dark")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        view = view_of(app)
        dark = view.render()
        app.theme = "high-contrast"
        await pilot.pause()
        contrast = view.render()

        def colours(text: Text) -> set[str]:
            return {
                span.style.color.triplet.hex
                for span in text.spans
                if isinstance(span.style, Style) and span.style.color and span.style.color.triplet
            }

        assert "#00e5ff" in colours(contrast)  # high-contrast's first series
        assert "#00e5ff" not in colours(dark)
        assert contrast.plain == dark.plain


async def test_colour_off_gives_plain_markers(demo_dir: Path) -> None:
    app = ChartsApp(demo_dir, FIXED_TODAY, "stridelog-dark", chart="sleep")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("c")
        text = view_of(app).render()
        assert not text.spans
        assert "• sleep (h)  x fatigue (right axis)" in text.plain


async def test_the_apps_charts_mode_opens_this_screen(demo_dir: Path) -> None:
    from journal.tui.app import create_app

    app = create_app(demo_dir, today=FIXED_TODAY)
    async with app.run_test(size=(110, 34)) as pilot:
        await settle(pilot)
        await pilot.press("f5")
        await settle(pilot)
        assert isinstance(app.screen, ChartsScreen)
        view = app.screen.query_one(ChartView)
        assert view.end == FIXED_TODAY
        assert "Weekly mileage" in view.render().plain
        await pilot.press("2")
        assert "Daily training load" in view.render().plain


def test_screen_module_does_not_import_plotext() -> None:
    import subprocess
    import sys

    code = "import sys, journal.tui.screens.charts; print('plotext' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# --- snapshots ----------------------------------------------------------------------------------


async def _settled(pilot: Pilot) -> None:
    await settle(pilot)


def test_snapshot_mileage_dark(demo_dir: Path, snap_compare) -> None:  # type: ignore[no-untyped-def]
    app = ChartsApp(demo_dir, FIXED_TODAY, "stridelog-dark", chart="mileage")
    assert snap_compare(app, terminal_size=(110, 34), run_before=_settled)


def test_snapshot_sleep_light(demo_dir: Path, snap_compare) -> None:  # type: ignore[no-untyped-def]
    app = ChartsApp(demo_dir, FIXED_TODAY, "stridelog-light", chart="sleep")
    assert snap_compare(app, terminal_size=(110, 34), run_before=_settled)
