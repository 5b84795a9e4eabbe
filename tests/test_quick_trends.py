"""A plain ``stridelog trends --json`` runs without click (journal.commands.quick), as ``add``
and ``export`` do: it must read the line as click does, leave to click the runner's styled
lines and what click refuses, and print and fail exactly as the click command does."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journal.commands import quick
from journal.commands import trends as trends_command

from . import test_quick
from .conftest import REPO

PLAIN = [
    ["trends", "--json"],
    ["trends", "--from", "2026-01-01", "--to=2026-02-01", "--json"],
    ["--data-dir", "/tmp/g", "trends", "--json", "--from", "-30", "--json"],
    ["trends", "--to", "today", "--data-dir", "/tmp/c", "--json", "--from", "yesterday"],
]
TOKENS = [
    *quick.TRENDS_VALUES, *quick.TRENDS_FLAGS, "--data-dir", "trends", "export", "--help", "-h",
    "--", "-", "--json=1", "--from=-3", "today", "2026-11-01", "2026-13-01", "", " ", "--nope",
    "--Json", "x",
]  # fmt: skip


def same_as_click(args: list[str], monkeypatch: pytest.MonkeyPatch) -> bool:
    return test_quick.same_as_click(args, monkeypatch, quick.read_trends, trends_command.trends)


@pytest.mark.parametrize("args", PLAIN)
def test_plain_trends_lines_are_read_as_click_reads_them(
    args: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert same_as_click(args, monkeypatch)


def test_the_runners_lines_and_what_click_refuses_are_left_to_click() -> None:
    for args in (
        ["trends"],  # the styled lines for the runner
        ["trends", "--from", "2026-01-01"],
        ["trends", "--json", "--from", "2026-02-01", "--to", "2026-01-01"],
        ["trends", "--json", "--from", "2026-13-01"],
        ["trends", "--json", "-h"],
        ["trends", "--json", "x"],
        ["--json", "trends"],
    ):
        with pytest.raises(quick.Declined):
            quick.read_trends(args, os.environ)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(TOKENS), max_size=3),
    st.lists(st.sampled_from(TOKENS), max_size=8),
)
def test_any_trends_line_is_read_as_click_reads_it_or_left_to_click(
    group: list[str], command: list[str]
) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        same_as_click([*group, "trends", *command], monkeypatch)


def both(data_dir: Path, *args: str) -> list[tuple[Any, ...]]:
    """(exit code, stdout, stderr) through quick, then through click, on the same journal."""
    results = []
    for script in (None, test_quick.CLICK):
        exe = [str(Path(sys.executable).parent / "stridelog")] if script is None else []
        cmd = [*(exe or [sys.executable, "-c", script]), *args]
        env = {**os.environ, "STRIDELOG_DATA_DIR": str(data_dir)}
        ran = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=REPO)
        said = [text.replace(str(data_dir), "DATA") for text in (ran.stdout, ran.stderr)]
        results.append((ran.returncode, *said))
    return results


@pytest.fixture
def logged(data_dir: Path) -> Path:
    from journal.demo import demo_profile, generate_days
    from journal.store import Journal

    Journal.open(data_dir).put_many(generate_days(200), profile=demo_profile())
    return data_dir


@pytest.mark.parametrize(
    "args",
    [["--json"], ["--json", "--from", "-60", "--to", "-10"], ["--json", "--from", "1999-01-01"]],
)
def test_trends_prints_what_the_click_command_does(logged: Path, args: list[str]) -> None:
    quick_result, click_result = both(logged, "trends", *args)
    assert quick_result == click_result
    assert quick_result[0] == 0 and '"flags"' in quick_result[1]


def test_a_damaged_journal_is_explained_as_under_click(logged: Path) -> None:
    (logged / "journal.json").write_bytes(b'{"meta": ')
    quick_result, click_result = both(logged, "trends", "--json")
    assert quick_result == click_result
    assert quick_result[0] == 1 and quick_result[2].startswith("stridelog: ")


@pytest.mark.parametrize(("args", "click_loaded"), [(["--json"], False), ([], True)])
def test_trends_json_runs_without_click(logged: Path, args: list[str], click_loaded: bool) -> None:
    from tests.test_quick_export import PROBE

    env = {**os.environ, "STRIDELOG_DATA_DIR": str(logged)}
    cmd = [sys.executable, "-c", PROBE, "trends", *args]
    ran = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO, env=env)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.splitlines()[-1] == f"click loaded: {click_loaded}"
