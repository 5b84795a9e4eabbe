"""`show` and `add` import only what they use: start-up is most of their time."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from journal.model import parse_day
from journal.store import Journal

from .conftest import REPO

PROBE = """
import atexit, sys
heavy = ("textual", "plotext", "rapidfuzz", "jsonschema", "filelock", "platformdirs",
         "journal.charts", "journal.analysis", "journal.foods", "journal.tui", "tinydb",
         "journal.exchange", "journal.store.index", "logging", "statistics", "random",
         "dataclasses", "orjson", "json", "shutil", "tempfile", "subprocess", "cryptography",
         "asyncio", "linecache", "tokenize", "textwrap", "ipaddress", "fnmatch",
         "msgspec.inspect", "typing_extensions", "click", "inspect", "platform")
loaded = lambda m: type(sys.modules[m]).__name__ != "_Deferred"  # journal.deferred's placeholders
atexit.register(lambda: print(sorted({m.split(".")[0] if not m.startswith("journal") else m
                                      for m in list(sys.modules)
                                      if m.startswith(heavy) and loaded(m)})))
from journal.__main__ import run  # what the stridelog script runs
sys.argv = ["stridelog", *sys.argv[1:]]
run()
"""


@pytest.mark.parametrize(
    ("args", "allowed"),
    [
        (["show", "--date", "2026-11-01"], ["click", "inspect"]),
        (
            ["show", "--from", "2026-10-01", "--json"],
            ["click", "dataclasses", "inspect", "json", "orjson"],
        ),
        # one day merged as TinyDB would, without it (journal.store.tinyfile); the day's first
        # write takes the daily backup; a plain `add` is read without click (journal.commands.quick)
        (["add", "--date", "2026-11-01", "--note", "x"], ["shutil"]),
        (
            ["--data-dir", "{data}", "add", "--date", "2026-11-01", "--run=5km 30min rpe5"],
            ["shutil"],
        ),
        (
            ["add", "--date", "2026-11-01", "--json"],
            ["dataclasses", "inspect", "json", "orjson", "shutil"],
        ),  # orjson's imports
        # refused by click, whose usage message needs shutil and textwrap
        (["add", "--date", "2026-11-01", "--", "x"], ["click", "inspect", "shutil", "textwrap"]),
    ],
)
def test_show_and_add_import_only_what_they_use(
    data_dir: Path, args: list[str], allowed: list[str]
) -> None:
    if "--date" in args:  # a stored day to read (and add to), with a run, sleep and a note
        day = {"date": "2026-11-01", "runs": [{"duration_min": 50, "rpe": 5}], "notes": "é\tx"}
        Journal.open(data_dir).put(parse_day({**day, "sleep": {"hours": 7.5}}))
    args = [a.replace("{data}", str(data_dir)) for a in args]
    out = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, cwd=REPO
    )
    assert out.returncode == (2 if "--" in args else 0), out.stderr
    assert out.stdout.strip().splitlines()[-1] == repr(allowed)


def test_the_script_starts_through_run() -> None:
    """``run`` holds the collector off while the CLI loads; the script must go through it."""
    import tomllib

    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["scripts"]["stridelog"] == "journal.__main__:run"
