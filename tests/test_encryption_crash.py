"""kill -9 during encrypt, passwd and an import into an encrypted journal: the journal opens
with the old or the new passphrase (never neither), and holds all or none of the change."""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from journal import crypto
from journal.model import Profile, parse_day
from journal.store import Journal, StoreError, codec
from tests.helpers.batch_writer import kill_during_writes

from .conftest import REPO

START = dt.date(2021, 1, 1)
PASSES = ["first long passphrase", "second long passphrase"]


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STRIDELOG_TEST_ONLY_SCRYPT_LOG2N", "10")
    monkeypatch.delenv("STRIDELOG_PASSPHRASE_FILE", raising=False)


def _open_with(data_dir: Path, secret: str | None, pw_file: Path) -> list[str] | None:
    """The notes of every day when ``secret`` opens the journal (None: plain), else None."""
    codec._unlocked.clear()  # a fresh process: nothing unlocked yet
    _use(pw_file, secret)
    try:
        return [d.notes or "" for d in Journal.open(data_dir).days()]
    except StoreError as err:
        assert "passphrase" in str(err), str(err)
        return None


def _all_under_one_key(data_dir: Path) -> None:
    """After opening (which finishes a committed change), every file is under the root's key."""
    root = (data_dir / "journal.json").read_bytes()
    params = crypto.read_params(root)
    assert sorted(p.name for p in data_dir.glob("journal.key*")) == ["journal.key"]
    for path in data_dir.rglob("*"):
        if path.is_file() and not path.name.endswith((".lock", ".tmp")):
            assert crypto.read_params(path.read_bytes()) == params, path
    assert not list((data_dir / "backups").glob(".rekey-*"))


def _journal(data_dir: Path) -> list[str]:
    days = [
        parse_day({"date": (START + dt.timedelta(days=i)).isoformat(), "notes": f"day {i}"})
        for i in range(900)
    ]
    journal = Journal.open(data_dir)
    journal.put_many(days[:400])
    journal.backup(force=True, reason="a")
    journal.put_many(days[400:], profile=Profile(weight_kg=60))
    return [d.notes or "" for d in days]


def _rekey(data_dir: Path, new: str, delay: float | None) -> tuple[bool, float]:
    """Run a rekey in its own process, killed ``delay`` s after it opened the journal (None:
    left to finish); whether it acknowledged, and how long it ran."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.rekeyer", str(data_dir), new],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    assert proc.stdout is not None
    proc.stdout.readline()  # opened: the kill lands in the change itself
    started = time.perf_counter()
    if delay is not None:
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
    out, _ = proc.communicate()
    return b"ack" in out, time.perf_counter() - started


def _use(pw_file: Path, secret: str | None) -> None:
    if secret is None:
        os.environ.pop("STRIDELOG_PASSPHRASE_FILE", None)
    else:
        pw_file.write_text(secret + "\n")
        os.environ["STRIDELOG_PASSPHRASE_FILE"] = str(pw_file)


def _check_one_of(
    data_dir: Path, old: str | None, new: str, notes: list[str], pw_file: Path
) -> bool:
    """The journal opens with exactly one of ``old`` (None: plain) and ``new``, whole; True
    when it is the new one (then every file is under the new key once opened)."""
    still_plain = not crypto.is_encrypted((data_dir / "journal.json").read_bytes())
    assert old is None or not still_plain
    with_old = _open_with(data_dir, old, pw_file) if still_plain or old else None
    with_new = None if still_plain else _open_with(data_dir, new, pw_file)
    assert (with_old is None) != (with_new is None), "exactly one passphrase opens it"
    assert (with_old or with_new) == notes, "all of the journal, under one passphrase"
    if with_new is not None:
        _open_with(data_dir, new, pw_file)
        _all_under_one_key(data_dir)
    return with_new is not None


def test_sigkill_during_encrypt_leaves_plain_or_encrypted_whole(
    data_dir: Path, tmp_path: Path
) -> None:
    import shutil

    rng = random.Random(6)
    notes = _journal(data_dir)
    pristine = tmp_path / "pristine"
    shutil.copytree(data_dir, pristine)
    pw_file = tmp_path / "pw"
    _use(pw_file, None)
    _, whole = _rekey(data_dir, PASSES[0], None)
    assert _check_one_of(data_dir, None, PASSES[0], notes, pw_file)
    outcomes: list[bool] = []
    for _ in range(40):
        if len(outcomes) >= 10 and _both(outcomes):
            break
        shutil.rmtree(data_dir)
        shutil.copytree(pristine, data_dir)
        _use(pw_file, None)
        whole = _rescaled(whole, outcomes)
        acked, _ = _rekey(data_dir, PASSES[0], whole * rng.uniform(0.1, 1.1))
        done = _check_one_of(data_dir, None, PASSES[0], notes, pw_file)
        assert done or not acked
        outcomes.append(done)
    assert _both(outcomes)


def _both(outcomes: list[bool]) -> bool:
    """Kills landed before and after the commit. The kill times are fractions of one timed
    run; on a loaded machine later runs can be much faster or slower, so the loops go on
    (a bounded number of times) until both kinds have been seen."""
    return any(outcomes) and not all(outcomes)


def _rescaled(whole: float, outcomes: list[bool]) -> float:
    """The timed run's length, stretched while every kill so far landed before the commit
    and shrunk while every one landed after it (the machine got slower or faster)."""
    recent = outcomes[-3:]
    if len(recent) == 3 and not any(recent):
        return whole * 1.5
    if len(recent) == 3 and all(recent):
        return whole * 0.6
    return whole


def test_sigkill_during_passwd_leaves_old_or_new_passphrase(data_dir: Path, tmp_path: Path) -> None:
    rng = random.Random(7)
    notes = _journal(data_dir)
    pw_file = tmp_path / "pw"
    _use(pw_file, None)
    _rekey(data_dir, PASSES[0], None)
    current = PASSES[0]
    _use(pw_file, current)
    _, whole = _rekey(data_dir, PASSES[1], None)
    current = PASSES[1]
    outcomes: list[bool] = []
    for _ in range(42):
        if len(outcomes) >= 14 and _both(outcomes):
            break
        new = PASSES[0] if current == PASSES[1] else PASSES[1]
        _use(pw_file, current)
        whole = _rescaled(whole, outcomes)
        acked, _ = _rekey(data_dir, new, whole * rng.uniform(0.1, 1.1))
        done = _check_one_of(data_dir, current, new, notes, pw_file)
        assert done or not acked
        outcomes.append(done)
        current = new if done else current
    assert _both(outcomes)


def test_sigkill_during_import_into_an_encrypted_journal_lands_all_or_nothing(
    data_dir: Path, tmp_path: Path
) -> None:
    rng = random.Random(8)
    pw_file = tmp_path / "pw"
    pw_file.write_text(PASSES[0] + "\n")
    os.environ["STRIDELOG_PASSPHRASE_FILE"] = str(pw_file)
    Journal.open(data_dir).set_profile(Profile(weight_kg=60))
    from journal.store import rekey

    rekey.rekey(Journal.open(data_dir), PASSES[0])
    span, acked = 100, -1
    for _ in range(12):
        acked = max([acked, *kill_during_writes(data_dir, START, span, rng)])
        codec._unlocked.clear()
        journal = Journal.open(data_dir)
        notes = {d.notes for d in journal.days()}
        if not notes:  # killed before its first import landed
            assert acked == -1
            continue
        assert len(notes) == 1, f"a torn import: {sorted(notes)}"
        stored = int(next(iter(notes)).split()[1])
        assert stored == round((journal.profile().weight_kg - 20) * 10)
        assert stored >= acked
        for path in data_dir.rglob("*.json"):  # an empty file: a killed commit's, never read
            raw = path.read_bytes()
            assert b"round" not in raw and (not raw or raw.startswith(b"SLOGENC")), path
    assert acked >= 403
