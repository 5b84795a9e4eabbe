"""Modules the CLI defers (journal.deferred) load, whole and once, the moment they are used."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from journal import deferred
from journal.model import parse_day
from journal.store import Journal

from .conftest import REPO


def run_python(code: str, *args: str) -> str:
    out = subprocess.run(
        [sys.executable, "-W", "error", "-c", code, *args], capture_output=True, text=True, cwd=REPO
    )
    assert out.returncode == 0, out.stderr
    assert "Warning" not in out.stderr
    return out.stdout


USE = """
import sys, threading, types
from journal import deferred
deferred.defer()
import textwrap, fnmatch, ipaddress, linecache
placeholder = sys.modules["textwrap"]
assert type(placeholder).__name__ == "_Deferred"
import textwrap as again  # a second import binds the same placeholder and does not run it
assert again is placeholder and type(placeholder).__name__ == "_Deferred"
print(textwrap.dedent("  a\\n  b"))
assert sys.modules["textwrap"] is placeholder and type(placeholder) is types.ModuleType
seen = []  # eight threads meet tokenize first: it runs once, all see the same class
threads = [threading.Thread(target=lambda: seen.append(sys.modules["tokenize"].TokenInfo))
           for _ in range(8)]
[t.start() for t in threads]
[t.join() for t in threads]
print(len(seen), len({id(c) for c in seen}))
from fnmatch import fnmatch as match
print(match("2026-11.json", "*.json"), ipaddress.ip_address("::1").is_loopback)
print(repr(linecache.getline(deferred.__file__, 1)[:3]))
import traceback  # tracebacks read source lines through linecache and tokenize
try:
    ipaddress.ip_address("x")
except ValueError:
    print(traceback.format_exc().strip().splitlines()[-2].strip()[:16])
import msgspec, msgspec.inspect as mi  # a package's submodule: bound by the package itself
assert type(mi).__name__ == "_Deferred" and msgspec.inspect is mi
print(type(mi.type_info(int)).__name__, msgspec.inspect is mi is sys.modules["msgspec.inspect"])
print([n for n in deferred.MODULES if type(sys.modules[n]) is not types.ModuleType])
"""


def test_a_deferred_module_loads_on_use_and_is_the_real_module() -> None:
    out = run_python(USE).splitlines()
    expected = ["a", "b", "8 1", "True True", '\'"""\'', "raise ValueError", "IntType True", "[]"]
    assert out == expected


PROBE = """
import atexit, sys, types
from journal import deferred
def report():
    print("deferred still:", sorted(n for n in deferred.MODULES
                                    if type(sys.modules.get(n)) is not types.ModuleType))
atexit.register(report)
from journal.__main__ import run
sys.argv = ["stridelog", *sys.argv[1:]]
run()
"""


@pytest.mark.parametrize(
    ("args", "still"),
    [
        (["show", "--date", "2026-11-01"], list(deferred.MODULES)),
        (["add", "--date", "2026-11-01", "--note", "y"], list(deferred.MODULES)),
        (["profile", "show"], []),  # any other command: the real modules, before it runs
        (["show", "--help"], [n for n in deferred.MODULES if n != "textwrap"]),
    ],
)
def test_the_cli_defers_only_for_show_and_add(
    data_dir: Path, args: list[str], still: list[str]
) -> None:
    Journal.open(data_dir).put(parse_day({"date": "2026-11-01", "notes": "x"}))
    out = run_python(PROBE, *args).splitlines()
    assert out[-1] == f"deferred still: {sorted(still)}"


def test_the_app_starts_with_every_module_loaded(data_dir: Path) -> None:
    """``stridelog`` alone opens the app, whose threads must never meet a placeholder."""
    fake_app = """
import sys, types
app = types.ModuleType("journal.tui.app")  # stands in for the app: reports, then returns
class App:
    def run(self):
        print("app runs; deferred:", [n for n in deferred.MODULES
                                      if type(sys.modules[n]) is not types.ModuleType])
app.create_app = lambda data_dir: App()
sys.modules["journal.tui.app"] = app
"""
    out = run_python(PROBE.replace("from journal.__main__", fake_app + "from journal.__main__"))
    assert out.splitlines() == ["app runs; deferred: []", "deferred still: []"]


def test_a_refused_value_is_explained_from_the_deferred_msgspec_inspect(data_dir: Path) -> None:
    """The model explains a refused value with msgspec.inspect: it loads then, and says why."""
    out = subprocess.run(
        [sys.executable, "-c", PROBE, "add", "--date", "2026-11-01", "--fatigue", "11"],
        capture_output=True, text=True, cwd=REPO,
    )  # fmt: skip
    assert out.returncode == 1
    assert out.stderr == (
        'stridelog: fatigue: "11" is not allowed; allowed: a whole number from 1 to 10\n'
    )
    assert "msgspec.inspect" not in out.stdout.splitlines()[-1]


def test_msgspec_loads_without_typing_extensions_which_later_imports_get_whole() -> None:
    """msgspec then takes typing's names, the very ones typing_extensions gives it on 3.11+;
    uuid (which msgspec imports) knows the system as platform would tell it."""
    code = """
import sys, typing
from journal import deferred
deferred.defer()
deferred.import_msgspec()
from msgspec import _utils
print("typing_extensions" in sys.modules, _utils.Required is typing.Required,
      _utils.NotRequired is typing.NotRequired)
import uuid
posix = sys.platform not in ("win32", "darwin")
assert "platform" not in sys.modules or not posix
import platform
assert platform.python_version() and "uuid" in sys.modules
assert (uuid._LINUX, uuid._AIX) == (platform.system() == "Linux", platform.system() == "AIX")
import typing_extensions  # the app's Textual imports it later: the real module
print(_utils._get_type_hints is typing.get_type_hints, typing_extensions.Required is
      typing.Required, typing_extensions.get_type_hints.__module__)
import msgspec
class S(msgspec.Struct):
    a: "typing.Annotated[int, msgspec.Meta(ge=1)]"
class T(typing_extensions.TypedDict):
    s: "S"
    n: "typing_extensions.NotRequired[int]"
print(msgspec.json.decode(b'{"s": {"a": 2}}', type=T), _utils.get_type_hints(T) ==
      typing_extensions.get_type_hints(T, include_extras=True))
try:
    msgspec.json.decode(b'{"s": {"a": 0}}', type=T)
except msgspec.ValidationError as err:
    print(err)
"""
    assert run_python(code).splitlines() == [
        "False True True",
        "True True typing_extensions",
        "{'s': S(a=2)} True",
        "Expected `int` >= 1 - at `$.s.a`",
    ]
