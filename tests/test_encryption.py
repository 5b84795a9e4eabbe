"""Encryption at rest through the installed ``stridelog``: nothing plain on disk, the journal
opens with its passphrase only, and every refusal leaves it byte for byte as it was."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from journal import drafts
from journal.store import Journal

PASS = "correct horse battery staple"
OTHER = "another long passphrase"


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STRIDELOG_TEST_ONLY_SCRYPT_LOG2N", "10")
    monkeypatch.delenv("STRIDELOG_PASSPHRASE_FILE", raising=False)


def secret_file(tmp_path: Path, text: str, name: str = "pw") -> Path:
    path = tmp_path / name
    path.write_text(text + "\n")
    return path


def run(exe: str, *args: str, pw: Path | None = None, **extra: str) -> subprocess.CompletedProcess:
    env = {**os.environ, **extra}
    if pw is not None:
        env["STRIDELOG_PASSPHRASE_FILE"] = str(pw)
    return subprocess.run(
        [exe, *args], env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL
    )


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def secrets_of(data: Path) -> set[bytes]:
    """Every note, meal word and date of the journal, as bytes that must not appear on disk."""
    out: set[bytes] = set()
    for day in Journal.open(data).days():
        out.add(day.date.isoformat().encode())
        if day.notes:
            out.add(day.notes.encode())
        for meal in day.meals or []:
            names = [meal.text or "", *(item.name or "" for item in meal.items or [])]
            for word in re.findall(r"[A-Za-z]{5,}", " ".join(names)):
                out.add(word.encode())
    return out


@pytest.fixture
def encrypted(data_dir: Path, stridelog_exe: str, tmp_path: Path) -> Path:
    """The demo journal with a plain backup and a note, then encrypted."""
    assert run(stridelog_exe, "demo", "--days", "60", "--data-dir", str(data_dir)).returncode == 0
    added = run(stridelog_exe, "add", "--date", "-3", "--note", "heavy legs after hills")
    assert added.returncode == 0 and Journal.open(data_dir).backups()
    pw = secret_file(tmp_path, PASS)
    done = run(stridelog_exe, "encrypt", pw=pw)
    assert done.returncode == 0, done.stderr
    assert "cannot be recovered" in done.stdout or "no way to recover" in done.stdout
    return pw


def test_after_encrypt_no_file_holds_plain_text(
    data_dir: Path, stridelog_exe: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal.foods import personal

    assert run(stridelog_exe, "demo", "--days", "60", "--data-dir", str(data_dir)).returncode == 0
    assert run(stridelog_exe, "add", "--date", "-3", "--note", "heavy legs").returncode == 0
    personal.remember(data_dir, "grandma's flapjack", (("09040", 80.0),))
    secrets = secrets_of(data_dir) | {b"grandma's flapjack"}
    assert b"heavy legs" in secrets and len(secrets) > 100
    exported = tmp_path / "export.json"
    assert run(stridelog_exe, "export", "-o", str(exported)).returncode == 0  # a plain cache
    plain = snapshot(data_dir)
    assert b"heavy legs" in plain["export-cache.bin"]
    assert any(b"heavy legs" in raw for raw in plain.values())  # the test can fail
    pw = secret_file(tmp_path, PASS)
    assert run(stridelog_exe, "encrypt", pw=pw).returncode == 0
    assert (
        run(stridelog_exe, "add", "--date", "-2", "--note", "tempo felt easy", pw=pw).returncode
        == 0
    )
    assert run(stridelog_exe, "trends", pw=pw).returncode == 0
    assert run(stridelog_exe, "export", "--force", "-o", str(exported), pw=pw).returncode == 0
    monkeypatch.setenv("STRIDELOG_PASSPHRASE_FILE", str(pw))
    assert "grandma's flapjack" in personal.load(data_dir).foods  # still read, now sealed
    assert len(Journal.open(data_dir).day_index()) == len(Journal.open(data_dir).days()) > 50
    files = snapshot(data_dir)
    assert any(name.startswith("backups/") for name in files)
    assert "day-index.msgpack" in files and "month-hits.msgpack" in files
    assert "export-cache.bin" in files
    for name, raw in files.items():
        if name.endswith(".lock"):
            assert raw == b""
            continue
        leaked = [s for s in [*secrets, b"tempo felt easy"] if s in raw]
        assert not leaked, f"{name} holds {leaked[:3]} in plain text"
        assert raw.startswith(b"SLOGENC\x01"), name
        assert (os.stat(data_dir / name).st_mode & 0o077) == 0


def test_commands_work_with_the_passphrase_and_refuse_without(
    data_dir: Path, stridelog_exe: str, encrypted: Path
) -> None:
    for args in (("show", "--date", "-3"), ("trends",), ("export",), ("check",)):
        ok = run(stridelog_exe, *args, pw=encrypted)
        assert ok.returncode == 0, (args, ok.stderr)
        refused = run(stridelog_exe, *args)
        assert refused.returncode == 1 and "Traceback" not in refused.stderr
        assert "encrypted" in refused.stderr and "STRIDELOG_PASSPHRASE_FILE" in refused.stderr
    shown = run(stridelog_exe, "show", "--date", "-3", pw=encrypted)
    assert "heavy legs after hills" in shown.stdout
    assert '"heavy legs after hills"' in run(stridelog_exe, "export", pw=encrypted).stdout


def test_wrong_passphrase_tampered_and_cut_files_are_refused_and_nothing_changes(
    data_dir: Path, stridelog_exe: str, encrypted: Path, tmp_path: Path
) -> None:
    before = snapshot(data_dir)
    wrong = run(stridelog_exe, "add", "--date", "-1", "--fatigue", "3",
                pw=secret_file(tmp_path, OTHER, "wrong"))  # fmt: skip
    assert wrong.returncode == 1 and "passphrase" in wrong.stderr and "wrong" in wrong.stderr
    assert snapshot(data_dir) == before
    month = sorted((data_dir).glob("days.*/*.json"))[-1]
    good = month.read_bytes()
    for damaged in (good[:-1] + bytes([good[-1] ^ 1]), good[: len(good) // 2], good[:30]):
        month.write_bytes(damaged)
        state = snapshot(data_dir)
        for args in (("show", "--date", "today"), ("add", "--date", "today", "--fatigue", "3")):
            out = run(stridelog_exe, *args, pw=encrypted)
            assert out.returncode == 1 and "Traceback" not in out.stderr
            assert str(month) in out.stderr and "damaged" in out.stderr
            assert snapshot(data_dir) == state
    month.write_bytes(good)
    assert snapshot(data_dir) == before


def test_decrypt_writes_a_plain_copy_to_a_new_folder_only(
    data_dir: Path, stridelog_exe: str, encrypted: Path, tmp_path: Path
) -> None:
    before = snapshot(data_dir)
    target = tmp_path / "plain"
    out = run(stridelog_exe, "decrypt", "--to", str(target), pw=encrypted)
    assert out.returncode == 0, out.stderr
    assert snapshot(data_dir) == before
    shown = run(stridelog_exe, "show", "--date", "-3", "--data-dir", str(target))
    assert "heavy legs after hills" in shown.stdout
    again = run(stridelog_exe, "decrypt", "--to", str(target), pw=encrypted)
    assert again.returncode == 1 and "exists" in again.stderr


def test_passwd_moves_journal_and_backups_to_the_new_passphrase(
    data_dir: Path, stridelog_exe: str, encrypted: Path, tmp_path: Path
) -> None:
    new = secret_file(tmp_path, OTHER, "new")
    short = secret_file(tmp_path, "short", "short")
    refused = run(stridelog_exe, "passwd", pw=encrypted, STRIDELOG_NEW_PASSPHRASE_FILE=str(short))
    assert refused.returncode == 1 and "at least 8" in refused.stderr
    out = run(stridelog_exe, "passwd", pw=encrypted, STRIDELOG_NEW_PASSPHRASE_FILE=str(new))
    assert out.returncode == 0, out.stderr
    assert run(stridelog_exe, "show", "--date", "-3", pw=encrypted).returncode == 1
    assert "heavy legs" in run(stridelog_exe, "show", "--date", "-3", pw=new).stdout
    assert sorted(p.name for p in data_dir.glob("journal.key*")) == ["journal.key"]
    listed = run(stridelog_exe, "check", pw=new)
    assert listed.returncode == 0 and "backups (" in listed.stdout
    for backup in (data_dir / "backups").iterdir():  # every backup opens with the new one
        assert run(stridelog_exe, "check", "--data-dir", str(backup), pw=new).returncode == 0


def test_the_checkin_draft_is_encrypted_too(
    data_dir: Path, stridelog_exe: str, encrypted: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import datetime as dt

    monkeypatch.setenv("STRIDELOG_PASSPHRASE_FILE", str(encrypted))
    today = dt.date.today()
    drafts.keep(data_dir, {"date": today.isoformat(), "notes": "unsaved words"})
    raw = drafts.draft_path(data_dir).read_bytes()
    assert b"unsaved words" not in raw and raw.startswith(b"SLOGENC")
    assert drafts.load(data_dir, today) == {"date": today.isoformat(), "notes": "unsaved words"}


def test_encrypt_twice_and_passwd_on_a_plain_journal_are_refused(
    data_dir: Path, stridelog_exe: str, encrypted: Path, tmp_path: Path
) -> None:
    again = run(stridelog_exe, "encrypt", pw=encrypted)
    assert again.returncode == 1 and "already encrypted" in again.stderr
    plain = tmp_path / "plain-journal"
    assert run(stridelog_exe, "demo", "--days", "7", "--data-dir", str(plain)).returncode == 0
    out = run(stridelog_exe, "passwd", "--data-dir", str(plain), pw=encrypted)
    assert out.returncode == 1 and "not encrypted" in out.stderr


@pytest.mark.parametrize(
    "args",
    [("export",), ("export", "--format", "fhir"), ("report", "--format", "md")],
)
def test_exports_are_plain_by_default_and_sealed_with_encrypt(
    data_dir: Path, stridelog_exe: str, encrypted: Path, tmp_path: Path, args: tuple[str, ...]
) -> None:
    from journal import crypto

    plain_out, sealed_out = tmp_path / "plain.out", tmp_path / "sealed.out"
    done = run(stridelog_exe, *args, "-o", str(plain_out), pw=encrypted)
    assert done.returncode == 0, done.stderr
    plain = plain_out.read_bytes()
    assert not crypto.is_encrypted(plain)
    own = secret_file(tmp_path, "export passphrase one", "export-pw")
    sealed = run(stridelog_exe, *args, "--encrypt", "-o", str(sealed_out), pw=encrypted,
                 STRIDELOG_EXPORT_PASSPHRASE_FILE=str(own))  # fmt: skip
    assert sealed.returncode == 0, sealed.stderr
    blob = sealed_out.read_bytes()
    assert crypto.is_encrypted(blob) and b"2026-" not in blob
    opened = crypto.Cipher.unlock("export passphrase one", crypto.read_params(blob)).decrypt(blob)
    assert opened[:30] == plain[:30]  # the same document (ids and timestamps aside)
    assert abs(len(opened) - len(plain)) < len(plain) / 20
    assert (b"heavy legs after hills" in opened) == (b"heavy legs after hills" in plain)
    no_file = run(stridelog_exe, *args, "--encrypt", "-o", "-", pw=encrypted,
                  STRIDELOG_EXPORT_PASSPHRASE_FILE=str(own))  # fmt: skip
    assert no_file.returncode == 1 and "-o" in no_file.stderr


def test_keyring_commands_explain_themselves_without_the_extra(
    data_dir: Path, stridelog_exe: str, encrypted: Path
) -> None:
    import importlib.util

    if importlib.util.find_spec("keyring") is not None:
        pytest.skip("keyring is installed here: the message for a missing extra cannot show")
    for cmd in ("remember", "forget"):
        out = run(stridelog_exe, "passphrase", cmd, pw=encrypted)
        assert out.returncode == 1 and "Traceback" not in out.stderr
        assert "stridelog[keyring]" in out.stderr
