"""The journal folder under attack and carelessness: read-only folders, files of the wrong
shape, files that are not journals, symlinks, killed backups, folder modes under umask 000.

Every case runs the installed ``stridelog`` and checks what a person sees (exit code, the
message) and that nothing on disk changed that was not ours to change.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest

from journal.model import parse_day, to_doc
from journal.store import Journal, LinkRefused

D = dt.date(2026, 11, 1)
ORD = D.toordinal()


def run(exe: str, *args: str, env: dict[str, str] | None = None, **kw: object):
    return subprocess.run(
        [exe, *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=60,
        **kw,  # type: ignore[arg-type]
    )


def snapshot(folder: Path) -> dict[str, tuple[int, bytes | None]]:
    """Every file and folder under ``folder``: mode and bytes."""
    out: dict[str, tuple[int, bytes | None]] = {".": (os.stat(folder).st_mode, None)}
    for p in sorted(folder.rglob("*")):
        st = os.lstat(p)
        data = p.read_bytes() if p.is_file() and not p.is_symlink() else None
        out[str(p.relative_to(folder))] = (st.st_mode, data)
    return out


def good_journal(exe: str, data_dir: Path) -> None:
    """A journal with two days and a backup (the second write of the day takes one)."""
    assert run(exe, "add", "--date", "2026-11-01", "--fatigue", "3").returncode == 0
    assert run(exe, "add", "--date", "2026-11-02", "--run", "8km 45min rpe4").returncode == 0


# --- a read-only data folder ------------------------------------------------------------------


@pytest.fixture
def other_user_folder() -> Iterator[tuple[Path, list[str]]]:
    """A folder owned by an unprivileged user and the command prefix that runs as them
    (root ignores folder modes, so a read-only folder is only read-only for someone else)."""
    if os.geteuid() != 0:
        folder = Path(tempfile.mkdtemp())
        yield folder, []
        os.chmod(folder, 0o700)
        for p in folder.rglob("*"):
            if p.is_dir():
                os.chmod(p, 0o700)
        shutil.rmtree(folder)
        return
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: cannot take write access away")
    as_nobody = [setpriv, "--reuid", "65534", "--regid", "65534", "--clear-groups"]
    for base in (tempfile.gettempdir(), "/var/tmp", "/dev/shm"):
        folder = Path(tempfile.mkdtemp(dir=base))
        os.chown(folder, 65534, 65534)
        if subprocess.run([*as_nobody, "test", "-w", str(folder)]).returncode == 0:
            break
        shutil.rmtree(folder)  # a parent the unprivileged user cannot pass through
    else:
        pytest.skip("no temp folder an unprivileged user can reach")
    yield folder, as_nobody
    shutil.rmtree(folder)


def test_read_only_folder_reads_and_explains_writes(
    stridelog_exe: str, other_user_folder: tuple[Path, list[str]]
) -> None:
    folder, as_user = other_user_folder
    data = folder / "data"
    env = {"STRIDELOG_DATA_DIR": str(data), "STRIDELOG_CONFIG_DIR": str(folder / "config")}

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return run(as_user[0] if as_user else stridelog_exe, *as_user[1:],
                   *([stridelog_exe] if as_user else []), *args, env=env)  # fmt: skip

    assert cli("add", "--date", "2026-11-01", "--fatigue", "3").returncode == 0
    assert cli("add", "--date", "2026-11-02", "--fatigue", "4").returncode == 0
    os.chmod(data, 0o500)
    before = snapshot(data)
    for args in (["show", "--date", "2026-11-01"], ["show", "--from", "2026-11-01"], ["check"],
                 ["export"], ["trends", "--json"], ["profile", "show"]):  # fmt: skip
        out = cli(*args)
        assert out.returncode == 0, (args, out.stderr)
        assert "Traceback" not in out.stderr
    assert "fatigue 3" in cli("show", "--date", "2026-11-01").stdout
    for args in (["add", "--fatigue", "5"], ["profile", "set", "--sex", "female"]):
        out = cli(*args)
        assert out.returncode == 1, (args, out.stderr)
        assert f"cannot write to {data}" in out.stderr and "nothing was written" in out.stderr
        assert "Traceback" not in out.stderr
    assert snapshot(data) == before  # and its mode was not "fixed" by any command
    assert os.stat(data).st_mode & 0o777 == 0o500


# --- folders: only those Stridelog creates are made private -----------------------------------


def test_existing_folder_is_never_chmodded(stridelog_exe: str, tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o755)
    out = run(stridelog_exe, "--data-dir", str(shared), "add", "--fatigue", "3")
    assert out.returncode == 0, out.stderr
    assert os.stat(shared).st_mode & 0o777 == 0o755
    assert os.stat(shared / "journal.json").st_mode & 0o777 == 0o600
    days = next(shared.glob("days.*"))
    assert os.stat(days).st_mode & 0o777 == 0o700


def test_every_created_folder_is_private_under_umask_000(
    stridelog_exe: str, tmp_path: Path
) -> None:
    data = tmp_path / "p1" / "p2" / "data"
    out = run(
        stridelog_exe, "add", "--fatigue", "3",
        env={"STRIDELOG_DATA_DIR": str(data)}, preexec_fn=lambda: os.umask(0),
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    for folder in (tmp_path / "p1", tmp_path / "p1" / "p2", data, next(data.glob("days.*"))):
        assert os.stat(folder).st_mode & 0o777 == 0o700, folder


def test_empty_data_dir_is_refused(stridelog_exe: str, data_dir: Path) -> None:
    out = run(stridelog_exe, "--data-dir", "", "show")
    assert out.returncode == 1 and "--data-dir: is empty" in out.stderr
    out = run(stridelog_exe, "add", "--data-dir", "", "--fatigue", "3")
    assert out.returncode == 1 and "--data-dir: is empty" in out.stderr
    assert not data_dir.exists()


# --- files of the wrong shape, and files that are not journals --------------------------------

DAY = {"date": D.isoformat(), "fatigue": 3}
META = {"1": {"schema_version": 1}}
WRONG_SHAPES = {
    "meta-not-a-document": {"meta": {"1": 5}, "days": {}},
    "meta-version-text": {"meta": {"1": {"schema_version": "x"}}, "days": {}},
    "day-key-abc": {"meta": META, "days": {"abc": DAY}},
    "day-garbage": {"days": {str(ORD): "garbage"}},
    "day-fatigue-99": {"meta": META, "days": {str(ORD): {**DAY, "fatigue": 99}}},
    "day-under-other-date": {"meta": META, "days": {str(ORD + 1): DAY}},
    "profile-not-a-document": {"meta": META, "profile": {"1": 7}, "days": {}},
    "profile-bad-field": {"meta": META, "profile": {"1": {"sex": 7}}, "days": {}},
    "days-a-list": {"meta": META, "days": []},
    "empty-object": {},
    "unknown-table": {"meta": META, "days": {}, "notes": {}},
    "months-layout-without-folder": {"meta": {"1": {"schema_version": 1, "layout": "months"}}},
}
MONTH_DAMAGE = {
    "month-fatigue-99": {"days": {str(ORD): {**DAY, "fatigue": 99}}},
    "month-key-abc": {"days": {"abc": DAY}},
    "month-wrong-month": {"days": {str(ORD + 40): {**DAY, "date": "2026-12-11"}}},
    "month-not-tables": [1, 2],
}
COMMANDS = [
    ["show", "--date", "2026-11-01"],
    ["show", "--from", "2026-10-01"],
    ["add", "--date", "2026-11-01", "--fatigue", "4"],
    ["add", "--date", "2026-10-01", "--fatigue", "4"],
    ["check"],
    ["export"],
    ["trends", "--json"],
    ["profile", "show"],
    ["profile", "set", "--sex", "male"],
]


def refused_everywhere(exe: str, data_dir: Path, damaged: Path, backup: bool) -> None:
    before = snapshot(data_dir)
    for args in COMMANDS:
        out = run(exe, *args)
        assert out.returncode == 1, (args, out.stdout, out.stderr)
        assert "Traceback" not in out.stderr, (args, out.stderr)
        assert f"The journal file {damaged} cannot be read" in out.stderr, (args, out.stderr)
        assert "It has not been changed" in out.stderr
        if backup:
            assert "The newest good backup is " + str(data_dir / "backups") in out.stderr
    assert snapshot(data_dir) == before


@pytest.mark.parametrize("name", list(WRONG_SHAPES))
def test_root_file_of_the_wrong_shape_is_refused_by_every_command(
    stridelog_exe: str, data_dir: Path, name: str
) -> None:
    good_journal(stridelog_exe, data_dir)
    (data_dir / "journal.json").write_bytes(orjson.dumps(WRONG_SHAPES[name]))
    refused_everywhere(stridelog_exe, data_dir, data_dir / "journal.json", backup=True)


@pytest.mark.parametrize("name", list(MONTH_DAMAGE))
def test_month_file_of_the_wrong_shape_is_refused_naming_it(
    stridelog_exe: str, data_dir: Path, name: str
) -> None:
    good_journal(stridelog_exe, data_dir)
    month = next(data_dir.glob("days.*")) / "2026-11.json"
    month.write_bytes(orjson.dumps(MONTH_DAMAGE[name]))
    before = snapshot(data_dir)
    for args in (["show", "--date", "2026-11-01"], ["check"], ["export"], ["trends", "--json"],
                 ["add", "--date", "2026-11-03", "--fatigue", "4"]):  # fmt: skip
        out = run(stridelog_exe, *args)
        assert out.returncode == 1, (args, out.stderr)
        assert f"The journal file {month} cannot be read" in out.stderr
        assert "The newest good backup is" in out.stderr and "Traceback" not in out.stderr
    assert snapshot(data_dir) == before


@pytest.mark.parametrize("name", ["empty-object", "day-garbage", "day-fatigue-99"])
def test_a_file_that_is_not_a_journal_is_never_modified(
    stridelog_exe: str, data_dir: Path, name: str
) -> None:
    """No backup, no meta, no lock: not even `check`, not even on a fresh folder."""
    data_dir.mkdir(mode=0o700)
    (data_dir / "journal.json").write_bytes(orjson.dumps(WRONG_SHAPES[name]))
    refused_everywhere(stridelog_exe, data_dir, data_dir / "journal.json", backup=False)
    assert sorted(p.name for p in data_dir.iterdir()) == ["journal.json"]


def test_check_writes_nothing_even_on_a_journal_to_convert(
    stridelog_exe: str, data_dir: Path
) -> None:
    data_dir.mkdir(mode=0o700)
    old = {"meta": META, "days": {str(ORD): DAY}}
    (data_dir / "journal.json").write_bytes(orjson.dumps(old))
    before = snapshot(data_dir)
    out = run(stridelog_exe, "check")
    assert out.returncode == 0 and "1 day(s)" in out.stdout, out.stderr
    assert snapshot(data_dir) == before
    assert run(stridelog_exe, "show", "--date", "2026-11-01").returncode == 0  # converts it
    assert (data_dir / "journal.json").read_bytes() != orjson.dumps(old)
    before = snapshot(data_dir)
    assert run(stridelog_exe, "check").returncode == 0
    assert snapshot(data_dir) == before


# --- killed backups, symlinks ---------------------------------------------------------------


def test_temp_files_of_killed_backups_are_swept(stridelog_exe: str, data_dir: Path) -> None:
    good_journal(stridelog_exe, data_dir)
    backups = data_dir / "backups"
    (backups / ".journal-2026-11-01.1a2b3c4d.tmp").mkdir()
    (backups / ".journal-2026-11-01.1a2b3c4d.tmp" / "journal.json").write_bytes(b"x" * 1000)
    (backups / ".journal-2026-10-31-pre-migration-v1.json.9f8e7d6c.tmp").write_bytes(b"{")
    (data_dir / ".journal.json.k2j3h4.tmp").write_bytes(b"{")
    assert run(stridelog_exe, "add", "--fatigue", "5").returncode == 0
    leftovers = [p for p in data_dir.rglob("*") if p.name.endswith(".tmp")]
    assert leftovers == []
    assert [p.name for p in backups.iterdir()] == [p.name for p in Journal(data_dir).backups()]


def test_symlinked_journal_file_is_refused_at_open(stridelog_exe: str, data_dir: Path) -> None:
    elsewhere = data_dir.parent / "elsewhere"
    Journal.open(elsewhere).put(parse_day(DAY))
    data_dir.mkdir(mode=0o700)
    (data_dir / "journal.json").symlink_to(elsewhere / "journal.json")
    before = snapshot(elsewhere)
    for args in (["show", "--date", "2026-11-01"], ["add", "--fatigue", "4"], ["check"]):
        out = run(stridelog_exe, *args)
        assert out.returncode == 1 and "is a symbolic link" in out.stderr, out.stderr
        assert "Traceback" not in out.stderr
    assert (data_dir / "journal.json").is_symlink()
    assert snapshot(elsewhere) == before
    with pytest.raises(LinkRefused):
        Journal.open(data_dir)


def test_symlinked_data_folder_is_written_through(stridelog_exe: str, tmp_path: Path) -> None:
    target = tmp_path / "synced"
    link = tmp_path / "link"
    link.symlink_to(target, target_is_directory=True)
    target.mkdir(mode=0o700)
    for n in (1, 2):
        out = run(stridelog_exe, "--data-dir", str(link), "add", "--date", f"2026-11-0{n}",
                  "--fatigue", "3")  # fmt: skip
        assert out.returncode == 0, out.stderr
    assert link.is_symlink()
    assert [d.date.day for d in Journal.open(target).days()] == [1, 2]
    assert to_doc(Journal.open(link).get(D)) == DAY
