"""A plain ``stridelog export`` runs without click (journal.commands.quick), as ``add`` does: it
must read the line as click does, leave to click what click (or the command's own question)
answers, and write, say and fail exactly as the click command does."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journal.commands import export as export_command
from journal.commands import quick

from . import test_quick
from .conftest import REPO, private

PLAIN = [
    ["export"],
    ["export", "-o", "/tmp/x/out.json", "--force"],
    ["export", "--from", "2026-01-01", "--to=2026-02-01", "--no-notes"],
    ["--data-dir", "/tmp/g", "export", "--output=/tmp/o.json", "--force", "--format", "json"],
    ["export", "--from", "-30", "-o", "-", "--data-dir", "/tmp/c", "--to", "today"],
    ["export", "--from", "yesterday", "--from", "2026-11-01", "--force", "--force"],
]
TOKENS = [
    *quick.EXPORT_VALUES, *quick.EXPORT_FLAGS, "-o", "--data-dir", "export", "add", "--help",
    "-h", "--", "-", "json", "md", "fhir", "--format=md", "--from=-3", "-ox", "-o=x", "today",
    "2026-11-01", "2026-13-01", "1800-01-01", "/tmp/out.json", "", " ", "--nope", "--Force",
]  # fmt: skip


def same_as_click(args: list[str], monkeypatch: pytest.MonkeyPatch) -> bool:
    """True when quick reads ``args`` (then exactly as click does); False when it declines."""
    return test_quick.same_as_click(args, monkeypatch, quick.read_export, export_command.export)


@pytest.mark.parametrize("args", PLAIN)
def test_plain_export_lines_are_read_as_click_reads_them(
    args: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert same_as_click(args, monkeypatch)


def test_what_click_or_the_command_asks_or_refuses_is_left_to_click(tmp_path: Path) -> None:
    existing = tmp_path / "old.json"
    existing.write_text("{}")
    for args in (
        ["export", "-o", str(existing)],  # the command asks before replacing it
        ["export", "-o", str(tmp_path)],  # a folder: click refuses it
        ["export", "--encrypt", "-o", str(tmp_path / "x")],  # asks for a passphrase
        ["export", "--format", "md"],
        ["export", "--from", "2026-02-01", "--to", "2026-01-01"],
        ["export", "-o", " "],
        ["export", "-ox.json"],
        ["export", "-h"],
        ["export", "--output"],
        ["export", "--from", "2026-13-01"],
        ["-o", "x", "export"],
        ["add", "-o", "x"],
    ):
        with pytest.raises(quick.Declined):
            quick.read_export(args, os.environ)
    assert quick.prepare(["export", "-o", str(existing)]) is None


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(TOKENS), max_size=3),
    st.lists(st.sampled_from(TOKENS), max_size=8),
)
def test_any_export_line_is_read_as_click_reads_it_or_left_to_click(
    group: list[str], command: list[str]
) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        same_as_click([*group, "export", *command], monkeypatch)


CLICK = "import sys; sys.argv[0] = 'stridelog'; from journal.cli import main; main()"


def both(data_dir: Path, *args: str, blocker: str = "") -> list[tuple[Any, ...]]:
    """(exit code, stdout, stderr, the file written) through quick, then click, each on a copy of
    the same journal writing into a folder of its own (``OUT`` in ``args``), which holds a file
    named ``blocker`` if given."""
    results = []
    for name, script in (("quick", None), ("click", CLICK)):
        folder, out = data_dir.parent / name, data_dir.parent / f"out-{name}"
        out.mkdir()
        if blocker:
            (out / blocker).write_text("")
        if data_dir.exists():
            shutil.copytree(data_dir, folder)
        exe = [str(Path(sys.executable).parent / "stridelog")] if script is None else []
        cmd = [*(exe or [sys.executable, "-c", script])]
        cmd += [a.replace("OUT", str(out)) for a in args]
        env = {**os.environ, "STRIDELOG_DATA_DIR": str(folder)}
        ran = subprocess.run(cmd, capture_output=True, env=env, cwd=REPO)
        said = [
            text.decode().replace(str(folder), "DATA").replace(str(out), "OUT")
            for text in (ran.stdout, ran.stderr)
        ]
        written = out / "e.json"
        if written.exists():
            assert private(written)
        doc = json.loads(written.read_bytes() if written.exists() else said[0] or "null")
        if isinstance(doc, dict):
            doc.pop("generated_at")
            said[0] = "" if not written.exists() else said[0]
        results.append((ran.returncode, *said, doc))
    return results


@pytest.fixture
def logged(data_dir: Path) -> Path:
    from journal.model import parse_day
    from journal.store import Journal

    days = [
        {"date": "2026-10-30", "runs": [{"duration_min": 40, "rpe": 5}], "notes": "easy"},
        {"date": "2026-11-01", "meals": [{"name": "lunch", "text": "rice 200g"}], "fatigue": 4},
    ]
    Journal.open(data_dir).put_many([parse_day(d) for d in days])
    return data_dir


@pytest.mark.parametrize(
    "args",
    [
        ["-o", "OUT/e.json", "--force"],
        ["-o", "OUT/e.json", "--no-notes", "--from", "2026-11-01"],
        ["--from", "2026-10-01", "--to", "2026-10-31"],  # to standard output
        ["--output=OUT/e.json", "--from", "2026-12-01"],  # no day in the period
    ],
)
def test_export_writes_and_says_what_the_click_command_does(logged: Path, args: list[str]) -> None:
    quick_result, click_result = both(logged, "export", *args)
    assert quick_result == click_result
    assert quick_result[0] == 0 and quick_result[3]["format"] == "stridelog"
    if "--from" in args and "2026-11-01" in args:
        assert [d["date"] for d in quick_result[3]["days"]] == ["2026-11-01"]


def test_an_export_that_cannot_be_written_is_explained_as_under_click(logged: Path) -> None:
    args = ("export", "-o", "OUT/blocker/e.json", "--force")  # a file where a folder must be
    quick_result, click_result = both(logged, *args, blocker="blocker")
    assert quick_result == click_result
    assert quick_result[0] == 1
    assert quick_result[2] == (
        "stridelog: -o OUT/blocker/e.json: OUT/blocker: Not a directory; nothing was written\n"
    )


def test_a_damaged_journal_is_explained_as_under_click(logged: Path) -> None:
    (logged / "journal.json").write_bytes(b'{"meta": ')
    quick_result, click_result = both(logged, "export", "-o", "OUT/e.json")
    assert quick_result == click_result
    assert quick_result[0] == 1 and quick_result[2].startswith("stridelog: ")


PROBE = """
import atexit, sys
atexit.register(lambda: print("click loaded:", "click" in sys.modules))
from journal.__main__ import run  # what the stridelog script runs
sys.argv = ["stridelog", *sys.argv[1:]]
run()
"""


@pytest.mark.parametrize(("args", "click_loaded"), [(["--force"], False), (["--help"], True)])
def test_a_plain_export_runs_without_click(
    logged: Path, tmp_path: Path, args: list[str], click_loaded: bool
) -> None:
    out = tmp_path / "e.json"
    cmd = [sys.executable, "-c", PROBE, "export", "-o", str(out), *args]
    ran = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.splitlines()[-1] == f"click loaded: {click_loaded}"
    assert out.exists() != click_loaded
