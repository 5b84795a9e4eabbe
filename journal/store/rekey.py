"""Encrypting a journal, changing its passphrase, and writing a plain copy of it.

A new key is committed like any multi-month write: ``journal.key.new`` (the new key check),
every backup re-encrypted beside itself as ``backups/.rekey-NAME.ready``, a new days folder
with every month re-encrypted, then the new root ``journal.json`` (the commit point: its
header's salt names the new key). What follows the commit (old days folders and backups
replaced, the key file renamed) is redone by :func:`settle` when a process was killed
half-way; before the commit the old journal, key and backups are untouched and the staged
files are removed. So a kill at any moment leaves the old or the new passphrase, all or none.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from journal import crypto, drafts, paths
from journal.files import fsync_dir, write_new_private, write_private_atomic
from journal.store import backups, layout
from journal.store.codec import KEY_FILE, NEW_KEY_FILE, Codec, Encrypted, new_params, remember
from journal.store.errors import ReadOnlyStore, StoreError
from journal.store.layout import Damaged

if TYPE_CHECKING:
    from journal.store.journal import Journal

STAGE = ".rekey-"


def _staged(backup_dir: Path) -> list[str]:
    try:
        return [n for n in os.listdir(backup_dir) if n.startswith(STAGE)]
    except (FileNotFoundError, NotADirectoryError):
        return []


def _recode_file(src: Path, dst: Path, old: Codec, new: Codec, done: dict[int, Path]) -> None:
    """``src`` under the new key at ``dst``; files hard-linked to each other stay linked."""
    st = os.stat(src)
    if st.st_ino in done:
        os.link(done[st.st_ino], dst)
        return
    write_new_private(dst, new.encode(old.decode(src, src.read_bytes())))
    done[st.st_ino] = dst


def _stage_backups(backup_dir: Path, old: Codec, new: Codec) -> None:
    """Every backup re-encoded as ``.rekey-NAME.ready`` (renamed from ``.partial`` once
    complete); a backup that cannot be read stops the change before anything is committed."""
    done: dict[int, Path] = {}
    for backup in backups.list_backups(backup_dir):
        part = backup_dir / f"{STAGE}{backup.name}.partial"
        try:
            if backup.is_dir():
                os.mkdir(part, 0o700)
                for folder, _dirs, files in os.walk(backup):
                    rel = Path(folder).relative_to(backup)
                    (part / rel).mkdir(mode=0o700, exist_ok=True)
                    for name in sorted(files):
                        _recode_file(Path(folder) / name, part / rel / name, old, new, done)
                if not (part / KEY_FILE).exists():  # a backup opens as a journal
                    write_new_private(part / KEY_FILE, new.cipher.key_check())
            else:
                _recode_file(backup, part, old, new, done)
        except Damaged as err:
            raise StoreError(
                f"the backup {backup} cannot be read ({err}); nothing was changed. Move it out "
                "of the backups folder and try again."
            ) from None
        ready = backup_dir / f"{STAGE}{backup.name}.ready"
        os.rename(part, ready)
        for ino, path in done.items():  # later backups link to the renamed files
            if path.is_relative_to(part):
                done[ino] = ready / path.relative_to(part)
    if done:
        fsync_dir(backup_dir)


def _drop_staged(backup_dir: Path) -> None:
    for name in _staged(backup_dir):
        backups.remove(backup_dir / name)


def rekey(journal: Journal, secret: str) -> Encrypted:
    """Store the whole journal (backups and draft included) under a new passphrase."""
    new = Encrypted(crypto.Cipher.unlock(secret, new_params()))
    data_dir = journal.data_dir
    with journal._locked():
        journal._refresh(migrate=True)
        if journal._legacy is not None:
            raise ReadOnlyStore(data_dir, "the journal could not be converted")
        if not journal.path.exists():
            raise StoreError(f"there is no journal in {data_dir} yet; nothing was changed")
        old = journal._codec
        _drop_staged(journal.backup_dir)
        write_private_atomic(data_dir / NEW_KEY_FILE, new.cipher.key_check())
        _stage_backups(journal.backup_dir, old, new)
        for name in layout.CACHE_FILES:  # caches: rebuilt under the new key
            (data_dir / name).unlink(missing_ok=True)
        months: dict[str, bytes] = {}
        if journal.days_dir is not None:
            for month in layout.list_months(journal.days_dir):
                path = journal.days_dir / f"{month}.json"
                months[month] = old.decode(path, path.read_bytes())
        for side in side_files(data_dir):
            with contextlib.suppress(OSError, Damaged):
                side_doc = old.decode(side, side.read_bytes())
                write_private_atomic(side.with_name(side.name + ".new"), new.encode(side_doc))
        profile = journal._profile
        journal._codec = new
        try:
            journal._commit_generation(months, profile)  # the commit point
        except BaseException:
            journal._codec = old
            raise
        remember(data_dir, new)
        settle(data_dir, new)
        for name in layout.CACHE_FILES:  # written plain by a reader before the commit
            (data_dir / name).unlink(missing_ok=True)
    return new


def side_files(data_dir: Path) -> list[Path]:
    """Files beside the journal that hold the runner's words: the check-in draft and the food
    corrections. They follow the journal's key."""
    from journal.foods import personal

    return [drafts.draft_path(data_dir), personal.path_for(data_dir)]


def settle(data_dir: Path, codec: Codec) -> None:
    """Finish a committed key change, or clear one that never committed (caller holds the
    writer lock): idempotent, so a process killed in here is finished by the next one."""
    backup_dir = data_dir / paths.BACKUP_DIR
    new_key = data_dir / NEW_KEY_FILE
    root = data_dir / paths.JOURNAL_FILE
    raw = root.read_bytes()
    params = crypto.read_params(raw) if crypto.is_encrypted(raw) else None
    try:
        committed = params is not None and crypto.read_params(new_key.read_bytes()) == params
    except (OSError, crypto.Damaged):
        committed = False
    if not committed:
        new_key.unlink(missing_ok=True)
        for side in side_files(data_dir):
            side.with_name(side.name + ".new").unlink(missing_ok=True)
        _drop_staged(backup_dir)
        return
    gen = layout.decode_root(root, codec.decode(root, raw)).meta["1"].days
    for number in layout.list_generations(data_dir):
        if layout.gen_name(number) != gen:  # under the old key (or plain)
            backups.rmtree(data_dir / layout.gen_name(number))
    for name in _staged(backup_dir):
        staged = backup_dir / name
        if name.endswith(".ready"):
            target = backup_dir / name[len(STAGE) : -len(".ready")]
            backups.remove(target)
            os.rename(staged, target)
        else:
            backups.remove(staged)
    for backup in backups.list_backups(backup_dir):  # any left under the old key
        first = backup / paths.JOURNAL_FILE if backup.is_dir() else backup
        with contextlib.suppress(OSError, crypto.Damaged):
            if crypto.read_params(first.read_bytes()) == params:
                continue
        backups.remove(backup)
    for side in side_files(data_dir):
        staged_side = side.with_name(side.name + ".new")
        if staged_side.exists():
            os.replace(staged_side, side)
        elif side.exists() and not _readable(side, codec):
            side.unlink()  # written under the old key: unreadable now, so not kept
    if backup_dir.is_dir():
        fsync_dir(backup_dir)
    os.replace(new_key, data_dir / KEY_FILE)
    fsync_dir(data_dir)


def _readable(path: Path, codec: Codec) -> bool:
    try:
        codec.decode(path, path.read_bytes())
    except (OSError, Damaged):
        return False
    return True


def plain_copy(journal: Journal, to_dir: Path) -> int:
    """Write every day and the profile, unencrypted, as a new journal in ``to_dir`` (which
    must not exist); the journal itself is only read. Returns the number of days."""
    from journal.store.journal import Journal as JournalClass

    if os.path.lexists(to_dir):
        raise StoreError(f"--to {to_dir}: exists; allowed: a folder that does not exist yet")
    days = journal.days()
    profile = journal.profile()
    paths.ensure_private_dir(to_dir)
    JournalClass(to_dir).put_many(days, profile=profile)
    return len(days)
