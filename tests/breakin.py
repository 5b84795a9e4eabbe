"""The break-in script: every attack of the hardening list, through the installed command.

Each attack runs ``stridelog`` in a fresh folder holding a small journal, then checks that it
ended cleanly (the expected exit code, a message, never a traceback) and that no file of the
journal changed unless the command was one that should write. Run it on its own with
``python -m tests.breakin`` (it prints one line per attack and the summary), or through
``tests/test_breakin.py``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from journal.store.layout import CACHE_FILES

DAY = "2026-11-10"
INJECT_ENOSPC = """
import errno, os
_real = os.fsync
def _full(fd):
    raise OSError(errno.ENOSPC, "No space left on device")
os.fsync = _full
"""


@dataclass
class Attack:
    name: str
    args: list[str | bytes]
    expect: tuple[int, ...] = (1,)
    says: str = ""  # the message must contain this (stdout or stderr)
    setup: Callable[[Path, Path], None] | None = None  # (work folder, data folder)
    check: Callable[[Path, Path, subprocess.CompletedProcess[bytes]], str | None] | None = None
    stdin: bytes | None = None
    env: dict[str, str] = field(default_factory=dict)
    writes: bool = False  # a command that should change the journal
    umask: int | None = None


@dataclass
class Outcome:
    attack: Attack
    clean: bool
    traceback: bool
    changed: bool
    problem: str = ""


def _seed(data: Path) -> None:
    from journal.model import parse_day
    from journal.store import Journal

    journal = Journal.open(data)
    for i, fatigue in enumerate((3, 4, 5)):
        date = dt.date(2026, 11, 8) + dt.timedelta(days=i)
        journal.put(
            parse_day(
                {
                    "date": date.isoformat(),
                    "runs": [{"distance_km": 8, "duration_min": 45, "rpe": 5}],
                    "fatigue": fatigue,
                    "notes": "easy",
                }
            )
        )


def _snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    out: dict[str, tuple[str, int]] = {}
    if not folder.exists():
        return out
    for path in sorted(folder.rglob("*")):
        caches = (*CACHE_FILES, *(f".{name}" for name in CACHE_FILES))
        if path.name.endswith(".lock") or path.name.startswith(caches):
            continue  # the lock, and the caches (day index, export): any read may write them
        st = path.lstat()
        digest = ""
        if path.is_file() and not path.is_symlink():
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        out[str(path.relative_to(folder))] = (digest, st.st_mode)
    out["."] = ("", folder.stat().st_mode)
    return out


def _write(path: Path, data: object | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else json.dumps(data).encode())
    return path


def _file_arg(name: str, data: object | bytes) -> tuple[Callable[[Path, Path], None], str]:
    """A setup that writes an import file into the work folder, and its path argument."""
    return (lambda work, _data: _write(work / name, data) and None), f"@{name}"


def _mode_is(rel: str, mode: int) -> Callable[[Path, Path, object], str | None]:
    def check(work: Path, _data: Path, _out: object) -> str | None:
        got = (work / rel).stat().st_mode & 0o7777
        return None if got == mode else f"{rel} is {got:o}, expected {mode:o}"

    return check


def _no_escape(_work: Path, _data: Path, out: subprocess.CompletedProcess[bytes]) -> str | None:
    return "a raw escape reached the terminal" if b"\x1b" in out.stdout + out.stderr else None


def _short_error(_work: Path, _data: Path, out: subprocess.CompletedProcess[bytes]) -> str | None:
    return None if len(out.stderr) < 2000 else f"the error is {len(out.stderr)} bytes long"


def _import(name: str, data: object | bytes, says: str, **kw: object) -> Attack:
    setup, arg = _file_arg("in.json", data)
    return Attack(name, ["import", arg], setup=setup, says=says, **kw)  # type: ignore[arg-type]


def attacks() -> list[Attack]:
    note = "ok\x1b]0;PWNED\x07\x1b[2J"

    def escaped_note(_work: Path, data: Path) -> None:
        from journal.model import parse_day
        from journal.store import Journal

        Journal.open(data).put(parse_day({"date": "2026-11-11", "notes": note}))

    def shared_tmp(work: Path, _data: Path) -> None:
        (work / "shared").mkdir()
        os.chmod(work / "shared", 0o1777)

    def existing_export(work: Path, _data: Path) -> None:
        _write(work / "visit.json", b"the runner's own file")

    def open_data_dir(_work: Path, data: Path) -> None:
        os.chmod(data, 0o755)

    def enospc(work: Path, _data: Path) -> None:
        _write(work / "inject" / "sitecustomize.py", INJECT_ENOSPC.encode())

    def unchanged_export(work: Path, _data: Path, _out: object) -> str | None:
        got = (work / "visit.json").read_bytes()
        return None if got == b"the runner's own file" else "the existing file was overwritten"

    full_disk = {"PYTHONPATH": "@inject"}
    good_day = {"date": DAY, "fatigue": 4}
    resolved = {
        "version": "x",
        "items": [{"food_id": "09040", "grams": 100}],
        "totals": {"kcal": -5000},
    }
    return [
        Attack(
            "1. export -o into a shared sticky folder leaves its mode",
            ["export", "-o", "@shared/visit.json"],
            expect=(0,),
            setup=shared_tmp,
            check=_mode_is("shared", 0o1777),
        ),
        Attack(
            "1. export -o onto an existing file asks (refused without a terminal)",
            ["export", "-o", "@visit.json"],
            setup=existing_export,
            says="--force",
            check=unchanged_export,
        ),
        Attack(
            "1. --data-dir of an existing folder is never chmodded",
            ["show", "--date", DAY],
            expect=(0,),
            setup=open_data_dir,
            check=_mode_is("data", 0o755),
        ),
        Attack(
            "4. full disk during add",
            ["add", "--date", DAY, "--fatigue", "6"],
            setup=enospc,
            env=full_disk,
            says="no space left",
        ),
        Attack(
            "4. full disk during import",
            ["import", "@in.json"],
            setup=lambda w, d: (enospc(w, d), _write(w / "in.json", [good_day]))[0],
            env=full_disk,
            says="no space left",
        ),
        Attack(
            "4. full disk during profile set",
            ["profile", "set", "--sex", "female"],
            setup=enospc,
            env=full_disk,
            says="no space left",
        ),
        Attack(
            "6. a stored note with terminal escapes is shown escaped",
            ["show", "--date", "2026-11-11"],
            expect=(0,),
            setup=escaped_note,
            check=_no_escape,
            says="\\x1b",
        ),
        _import(
            "6. escapes in an import file are not echoed raw",
            [{"date": DAY, "fatigue": "\x1b[2J\x1b]0;PWNED\x07"}],
            "days[0].fatigue",
            check=_no_escape,
        ),
        Attack("7. a day in 9999", ["add", "--date", "9999-12-31", "--fatigue", "3"], says="1900"),
        Attack("7. a day 740000 days ago", ["add", "--date", "-740000", "--fatigue", "3"]),
        Attack("7. a day before 1900", ["add", "--date", "1899-12-31", "--fatigue", "3"]),
        Attack("7. trends from -99999999", ["trends", "--from", "-99999999"], says="--from"),
        Attack("7. a chart from year 1", ["chart", "sleep", "--from", "0001-01-01"]),
        Attack("7. export to 9999", ["export", "--to", "9999-12-31"], says="--to"),
        _import("7. an imported day in 9999", [{"date": "9999-12-31"}], "days[0].date"),
        _import("7. an imported day in 1850", [{"date": "1850-01-01"}], "days[0].date"),
        Attack("8. a note that is not UTF-8", ["add", "--note", b"\xff\xfe"], says="--note"),
        _import(
            "11. 1,000,000 empty documents", b"[" + b",".join([b"{}"] * 1_000_000) + b"]", "at most"
        ),
        _import(
            "11. 100,000 empty documents",
            b"[" + b",".join([b"{}"] * 100_000) + b"]",
            "days[0].date",
        ),
        _import(
            "12. an imported meal of -5000 kcal",
            [{"date": DAY, "meals": [{"name": "x", "text": "apple", "resolved": resolved}]}],
            "kcal",
        ),
        _import(
            "12. an imported meal of 1e308 kcal",
            [
                {
                    "date": DAY,
                    "meals": [{"name": "x", "resolved": {**resolved, "totals": {"kcal": 1e308}}}],
                }
            ],
            "kcal",
        ),
        Attack(
            "13. folders made under umask 000 are 0700",
            ["--data-dir", "@p1/p2/data", "add", "--date", DAY, "--fatigue", "3"],
            expect=(0,),
            umask=0,
            check=lambda w, d, o: (
                _mode_is("p1", 0o700)(w, d, o) or _mode_is("p1/p2", 0o700)(w, d, o)
            ),
        ),
        Attack("16. rpe given twice", ["add", "--run", "10km 55min rpe6 rpe7"], says="rpe"),
        Attack("16. sleep 7h99", ["add", "--sleep", "7h99"], says="sleep"),
        Attack("16. a run time of 1:99:99", ["add", "--run", "10km 1:99:99 rpe5"], says="--run"),
        Attack("16. an empty meal", ["add", "--meal", ""], says="--meal"),
        Attack("16. a date without dashes", ["add", "--date", "20260105", "--fatigue", "3"]),
        _import(
            "16. the date key twice in one document",
            b'[{"date": "2026-11-01", "date": "2026-11-02", "fatigue": 3}]',
            "twice",
        ),
        _import(
            "16. schema_version -5",
            {"format": "stridelog", "schema_version": -5, "days": [good_day]},
            "schema_version",
        ),
        Attack("16. an empty --data-dir", ["--data-dir", "", "show"], says="--data-dir"),
        _import(
            "16. a 10 MB note is refused with a short message",
            [{"date": DAY, "notes": "x" * 10_000_000}],
            "days[0].notes",
            check=_short_error,
        ),
        _import("16. NaN in an import", b'[{"date": "2026-11-01", "fatigue": NaN}]', "NaN"),
    ]


# Item 9 and 10: a valid JSON file of the wrong shape (or no journal at all) as journal.json.
_META = {"1": {"schema_version": 1}}
_DOC = {"date": "2026-11-01", "fatigue": 3}
_ORD = str(dt.date(2026, 11, 1).toordinal())
WRONG_SHAPES: dict[str, object] = {
    "meta not a document": {"meta": {"1": 5}, "days": {}},
    "schema version as text": {"meta": {"1": {"schema_version": "x"}}, "days": {}},
    "day key abc": {"meta": _META, "days": {"abc": _DOC}},
    "day garbage": {"days": {_ORD: "garbage"}},
    "stored fatigue 99": {"meta": _META, "days": {_ORD: {**_DOC, "fatigue": 99}}},
    "day under another date": {"meta": _META, "days": {str(int(_ORD) + 1): _DOC}},
    "profile not a document": {"meta": _META, "profile": {"1": 7}, "days": {}},
    "days a list": {"meta": _META, "days": []},
    "empty object": {},
    "a list": [1, 2, 3],
    "unknown table": {"meta": _META, "days": {}, "notes": {}},
    "schema version -5": {"meta": {"1": {"schema_version": -5}}, "days": {}},
}
SHAPE_COMMANDS: list[list[str | bytes]] = [
    ["show", "--date", "2026-11-01"],
    ["add", "--date", "2026-11-01", "--fatigue", "4"],
    ["check"],
    ["export"],
    ["trends", "--json"],
    ["profile", "set", "--sex", "male"],
]


def _foreign_root(doc: object) -> Callable[[Path, Path], None]:
    def setup(_work: Path, data: Path) -> None:
        shutil.rmtree(data)
        data.mkdir(mode=0o700)
        _write(data / "journal.json", doc)

    return setup


def shape_attacks() -> list[Attack]:
    return [
        Attack(
            f"9/10. {shape} as the journal: {args[0]} refuses, writes nothing",
            args,
            setup=_foreign_root(doc),
            says="cannot be read",
        )
        for shape, doc in WRONG_SHAPES.items()
        for args in SHAPE_COMMANDS
    ]


def file_attacks() -> list[Attack]:
    def linked(work: Path, data: Path) -> None:
        (work / "elsewhere").mkdir()
        os.replace(data / "journal.json", work / "elsewhere" / "journal.json")
        os.symlink(work / "elsewhere" / "journal.json", data / "journal.json")

    def killed_backup(_work: Path, data: Path) -> None:
        tmp = data / "backups" / ".journal-2026-11-01.1a2b3c4d.tmp"
        tmp.mkdir(parents=True, exist_ok=True)
        (tmp / "journal.json").write_bytes(b"x" * 100_000)

    def swept(_work: Path, data: Path, _out: object) -> str | None:
        left = [p.name for p in data.rglob("*.tmp")]
        return f"temp files left: {left}" if left else None

    return [
        Attack(
            "15. journal.json as a symlink is refused at open",
            ["add", "--date", DAY, "--fatigue", "6"],
            setup=linked,
            says="link",
        ),
        Attack(
            "14. a killed backup's temp folder is swept",
            ["add", "--date", DAY, "--fatigue", "6"],
            expect=(0,),
            setup=killed_backup,
            check=swept,
            writes=True,
        ),
    ]


def _arg(value: str | bytes, work: Path) -> str | bytes:
    if isinstance(value, str) and value.startswith("@"):
        return str(work / value[1:])
    return value


def run_attack(exe: str, attack: Attack) -> Outcome:
    work = Path(tempfile.mkdtemp(prefix="breakin-"))
    try:
        data = work / "data"
        _seed(data)
        if attack.setup:
            attack.setup(work, data)
        before = _snapshot(data)
        env = {
            **os.environ,
            "STRIDELOG_DATA_DIR": str(data),
            "STRIDELOG_CONFIG_DIR": str(work / "config"),
            "NO_COLOR": "1",
        }
        env.pop("STRIDELOG_DEBUG", None)
        env.update({k: str(_arg(v, work)) for k, v in attack.env.items()})
        umask = attack.umask

        def preexec() -> None:
            if umask is not None:
                os.umask(umask)

        out = subprocess.run(
            [exe, *(_arg(a, work) for a in attack.args)],
            input=attack.stdin or b"",
            capture_output=True,
            env=env,
            timeout=120,
            preexec_fn=preexec,
        )
        text = (out.stdout + out.stderr).decode("utf-8", "replace")
        traceback = "Traceback (most recent call last)" in text
        changed = not attack.writes and _snapshot(data) != before
        problems = []
        if out.returncode not in attack.expect:
            problems.append(f"exit {out.returncode}, expected {attack.expect}")
        if attack.says and attack.says.lower() not in text.lower():
            problems.append(f"the message does not say {attack.says!r}")
        if attack.check and (problem := attack.check(work, data, out)):
            problems.append(problem)
        if traceback:
            problems.append("traceback")
        if changed:
            problems.append("the journal changed")
        if problems:
            problems.append(f"output: {text[:300]!r}")
        clean = not problems
        return Outcome(attack, clean, traceback, changed, "; ".join(problems))
    finally:
        shutil.rmtree(work, ignore_errors=True)


def every_attack() -> list[Attack]:
    return [*attacks(), *shape_attacks(), *file_attacks()]


def run_all(exe: str, selected: list[Attack] | None = None) -> list[Outcome]:
    return [run_attack(exe, a) for a in selected or every_attack()]


def summary(outcomes: list[Outcome]) -> str:
    n = len(outcomes)
    clean = sum(o.clean for o in outcomes)
    tracebacks = sum(o.traceback for o in outcomes)
    changed = sum(o.changed for o in outcomes)
    return (
        f"{n} tried, {clean} refused cleanly, {tracebacks} tracebacks, {changed} journals changed"
    )


def main() -> None:
    exe = shutil.which("stridelog") or str(Path(sys.executable).parent / "stridelog")
    outcomes = run_all(exe)
    for o in outcomes:
        print(
            f"{'ok  ' if o.clean else 'FAIL'} {o.attack.name}"
            + (f": {o.problem}" if o.problem else "")
        )
    print(summary(outcomes))
    sys.exit(0 if all(o.clean for o in outcomes) else 1)


if __name__ == "__main__":
    main()
