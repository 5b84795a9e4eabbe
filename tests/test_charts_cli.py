"""``stridelog chart``: the right chart, range and size, colours from the saved theme."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from journal import charts
from journal.cli import main
from journal.commands._common import UserError
from journal.commands.chart import resolve_range
from tests.conftest import FIXED_TODAY


@pytest.fixture
def demo_dir(data_dir: Path) -> Path:
    from journal.demo import write_demo

    write_demo(data_dir, 200, FIXED_TODAY)
    return data_dir


def invoke(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["chart", *args], env=env)
    return result.exit_code, result.stdout, result.stderr


RANGE = ("--from", "2026-08-24", "--to", FIXED_TODAY.isoformat())


@pytest.mark.parametrize("name", charts.CHART_NAMES)
def test_each_chart_prints_at_the_size_asked(demo_dir: Path, name: str) -> None:
    code, out, err = invoke(name, *RANGE, "--width", "90", "--height", "25")
    assert code == 0, err
    lines = out.rstrip("\n").split("\n")
    assert len(lines) <= 25
    assert max(len(line) for line in lines) <= 90
    assert charts.CHART_TITLES[name] in out
    assert "\x1b[" not in out  # NO_COLOR is set by the test fixtures


def test_mileage_covers_the_range_given(demo_dir: Path) -> None:
    code, out, _ = invoke("mileage", *RANGE, "--width", "120", "--height", "30")
    assert code == 0
    assert "Weekly mileage, 24 Aug 2026 – 20 Nov 2026" in out
    assert "◆ longest run (km)" in out


def test_colour_comes_from_the_saved_theme(demo_dir: Path) -> None:
    from journal.settings import update_settings

    update_settings(theme="high-contrast")
    code, out, _ = invoke("mileage", *RANGE, "--width", "80", "--height", "20", "--color")
    assert code == 0
    assert "\x1b[38;2;0;229;255m" in out  # high-contrast's first chart series


def test_an_empty_journal_says_so(data_dir: Path) -> None:
    code, out, _ = invoke("sleep", *RANGE, "--width", "80", "--height", "20")
    assert code == 0
    assert "No sleep or fatigue logged between 24 Aug 2026 and 20 Nov 2026" in " ".join(out.split())


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--width", "12"), "--width: 12 is not allowed; allowed: from 30 to 1000"),
        (("--height", "3"), "--height: 3 is not allowed; allowed: from 10 to 500"),
        (("--days", "0"), "--days: 0 is not allowed"),
        (("--days", "7", "--from", "2026-01-01"), "give either --days or --from"),
        (("--from", "2026-12-01", "--to", "2026-11-01"), "--from 2026-12-01 is after --to"),
    ],
)
def test_bad_values_exit_1_with_a_message(
    data_dir: Path, args: tuple[str, ...], message: str
) -> None:
    code, out, err = invoke("load", *args)
    assert code == 1
    assert message in err
    assert "Traceback" not in err + out


def test_unknown_chart_is_a_usage_error(data_dir: Path) -> None:
    code, _, err = invoke("pace")
    assert code == 2
    assert "mileage" in err


def test_resolve_range() -> None:
    today = dt.date(2026, 11, 20)
    assert resolve_range(None, None, None, today) == (dt.date(2026, 8, 23), today)
    assert resolve_range(7, None, None, today) == (dt.date(2026, 11, 14), today)
    assert resolve_range(None, dt.date(2026, 11, 1), None, today) == (dt.date(2026, 11, 1), today)
    end = dt.date(2026, 6, 30)
    assert resolve_range(30, None, end, today) == (dt.date(2026, 6, 1), end)
    with pytest.raises(UserError):
        resolve_range(3, dt.date(2026, 1, 1), None, today)


def test_the_command_never_imports_textual(demo_dir: Path) -> None:
    import subprocess
    import sys

    code = (
        "import sys; from journal.cli import main\n"
        "try:\n"
        "    main(['chart', 'load', '--days', '60', '--width', '80', '--height', '20',"
        " '--color'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('textual' in sys.modules, 'plotext' in sys.modules, file=sys.stderr)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "Daily training load" in out.stdout
    assert out.stderr.split() == ["False", "True"]
