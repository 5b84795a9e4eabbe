"""A plain ``stridelog add`` runs without click (journal.commands.quick): it must read a command
line as click does, leave to click every line click answers itself, and end and print as click
would."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import click
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journal.cli import main
from journal.commands import day, quick
from journal.commands._common import data_dir_from

from .conftest import REPO

PLAIN = [
    ["add", "--date", "2026-11-01", "--note", "x"],
    ["add", "--note=x y", "--date=yesterday", "--json"],
    ["--data-dir", "/tmp/elsewhere", "add", "--date", "-3", "--fatigue", "4", "--fatigue", "5"],
    ["--data-dir=/tmp/a", "add", "--data-dir", "/tmp/b", "--run", "5km 30min", "--run", "-"],
    ["add", "--meal", "lunch: rice", "--meals-partial", "--meals-complete", "--no-fever"],
    ["add", "--sleep", "7h30", "--sleep-quality", "4", "--tag", "heat", "--tag=", "--replace"],
    ["add", "--note", "--json", "--period", "--no-period", "--symptom", "cough", "--rpe", "2=6"],
    ["add", "--weight", "61", "--pain", "left shin 3", "--supplement", "iron", "--cross", "yoga"],
    ["add", "--rhr", "50", "--stress", "3", "--soreness", "2", "--note", ""],
    ["add"],
]
TOKENS = [
    *quick.VALUES, *quick.LISTS, *quick.FLAGS, "--data-dir", "add", "show", "--help", "-h",
    "--version", "--", "-", "--nope", "--note=x", "--json=1", "--data-dir=", "--fever=", "x",
    "", " ", "-1", "today", "2026-11-01", "2026-13-01", "a=b", "7.5", "--Note", "-date",
]  # fmt: skip


def click_reads(
    args: list[str], monkeypatch: pytest.MonkeyPatch, command: click.Command = day.add
) -> tuple[dict[str, Any], Any]:
    """What click hands ``command`` for ``args``, and the data folder it chose."""
    seen: dict[str, Any] = {}

    def capture(**options: Any) -> None:
        seen.update(options, folder=data_dir_from(click.get_current_context()))

    monkeypatch.setattr(command, "callback", capture)
    main.main(args, prog_name="stridelog", standalone_mode=False)
    folder = seen.pop("folder")
    return seen, folder


def same_as_click(
    args: list[str],
    monkeypatch: pytest.MonkeyPatch,
    read: Any = quick.read_add,
    command: click.Command = day.add,
) -> bool:
    """True when quick reads ``args`` (then exactly as click does); False when it declines."""
    try:
        options, folder = read(args, os.environ)
    except quick.Declined:
        return False
    assert click_reads(args, monkeypatch, command) == (options, folder)
    return True


@pytest.mark.parametrize("args", PLAIN)
def test_plain_lines_are_read_as_click_reads_them(
    args: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert same_as_click(args, monkeypatch)


@pytest.mark.parametrize("env", ["", "/tmp/from-env"])
def test_the_folder_comes_from_the_command_then_the_group_then_the_environment(
    env: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STRIDELOG_DATA_DIR", env)
    for args in (["add"], ["--data-dir", "/g", "add"], ["add", "--data-dir", "/c"], PLAIN[3]):
        assert same_as_click(args, monkeypatch)


@pytest.mark.parametrize(
    "args",
    [
        ["add", "--help"], ["add", "-h"], ["--help", "add"], ["add", "--nope", "x"],
        ["add", "--note"], ["add", "x"], ["add", "--", "--note", "x"], ["add", "--json=1"],
        ["add", "--date", "2026-13-01"], ["add", "--date", "1800-01-01"], ["show", "add"],
        ["--version", "add"], ["add", "--data-dir", " "], ["--data-dir=", "add"], ["add", "add"],
        ["add", "--note", "caf\udce9"], ["add", "--Note", "x"], ["add", "-date", "today"],
        ["--fever", "add"], ["add", "--data-dir", str(REPO / "pyproject.toml")],
    ],
)  # fmt: skip
def test_lines_click_answers_or_refuses_are_left_to_click(args: list[str]) -> None:
    with pytest.raises(quick.Declined):
        quick.read_add(args, os.environ)


def test_an_empty_folder_variable_or_shell_completion_is_left_to_click() -> None:
    with pytest.raises(quick.Declined):
        quick.read_add(["add"], {"STRIDELOG_DATA_DIR": "  "})
    with pytest.raises(quick.Declined):
        quick.read_add(["add"], {"_STRIDELOG_COMPLETE": "bash_source"})


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(TOKENS), max_size=3),
    st.lists(st.sampled_from(TOKENS), max_size=8),
)
def test_any_line_is_read_as_click_reads_it_or_left_to_click(
    group: list[str], command: list[str]
) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        same_as_click([*group, "add", *command], monkeypatch)


CLICK = "import sys; sys.argv[0] = 'stridelog'; from journal.cli import main; main()"


def both(data_dir: Path, *args: str) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    """(exit code, stdout, stderr, the day stored) through journal.commands.quick, then through
    click, each on a copy of the same journal."""
    from journal.store import Journal, StoreError

    results = []
    for name, script in (("quick", None), ("click", CLICK)):
        folder = data_dir.parent / name
        if data_dir.exists():
            shutil.copytree(data_dir, folder)
        exe = [str(Path(sys.executable).parent / "stridelog")] if script is None else []
        cmd = exe or [sys.executable, "-c", script]
        env = {**os.environ, "STRIDELOG_DATA_DIR": str(folder)}
        out = subprocess.run([*cmd, *args], capture_output=True, text=True, env=env, cwd=REPO)
        try:
            stored = Journal.open(folder).get(dt.date(2026, 11, 1))
        except StoreError as err:
            stored = str(err).replace(str(folder), "DATA")
        said = [text.replace(str(folder), "DATA") for text in (out.stdout, out.stderr)]
        results.append((out.returncode, *said, stored))
    return results[0], results[1]


@pytest.mark.parametrize(
    "args",
    [
        ["--note", "x", "--run", "10km 55min rpe6", "--sleep", "7.5"],
        ["--note", "crème", "--fatigue", "4", "--json"],
        ["--meal", "lunch: rice 200g, zzqx 3", "--pain", "left shin 3", "--replace"],
        ["--fatigue", "11"],
        ["--sleep-quality", "4"],
        ["--run", "5km 30min", "--rpe", "3=6"],
        ["--weight", "heavy"],
    ],
)
def test_add_says_and_stores_what_the_click_command_does(data_dir: Path, args: list[str]) -> None:
    from journal.model import parse_day
    from journal.store import Journal

    Journal.open(data_dir).put(parse_day({"date": "2026-11-01", "runs": [{"duration_min": 40}]}))
    quick_result, click_result = both(data_dir, "add", "--date", "2026-11-01", *args)
    assert quick_result == click_result
    assert quick_result[0] in (0, 1)


def test_a_damaged_journal_is_explained_as_under_click(data_dir: Path) -> None:
    from journal.model import parse_day
    from journal.store import Journal

    Journal.open(data_dir).put(parse_day({"date": "2026-11-01", "notes": "x"}))
    (data_dir / "journal.json").write_bytes(b'{"meta": ')
    quick_result, click_result = both(data_dir, "add", "--note", "x")
    assert quick_result == click_result
    assert quick_result[0] == 1 and quick_result[2].startswith("stridelog: ")


def test_add_with_stdout_closed_saves_and_ends_quietly(data_dir: Path, stridelog_exe: str) -> None:
    """Started with no stdout (``>&-``), there is nothing to print to: no traceback."""
    from journal.store import Journal

    out = subprocess.run(
        ["sh", "-c", f"exec '{stridelog_exe}' add --date 2026-11-01 --note x >&-"],
        capture_output=True, text=True,
    )  # fmt: skip
    assert (out.returncode, out.stderr) == (0, "")
    day = Journal.open(data_dir).get(dt.date(2026, 11, 1))
    assert day is not None and day.notes == "x"
