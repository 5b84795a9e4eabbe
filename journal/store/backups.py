"""Daily backups of a journal folder: month files by hard link, so a backup costs no copy.

Every write replaces files (a new inode), never changes one in place, so a link taken before
the write keeps the old bytes. journal.json, small and the file a person might edit by hand,
is copied. A backup folder has the layout of a data folder and can be opened as one. The
single-file journal of before the month layout is backed up (before its migration) as a copy.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Callable, Collection
from pathlib import Path

from journal import paths
from journal.files import fsync_dir, fsync_file
from journal.store import layout

PREFIX = "journal-"
KEY_FILE = "journal.key"  # see journal.store.codec


def rmtree(path: Path) -> None:
    import shutil  # only writers remove folders: not on a reader's start-up path

    shutil.rmtree(path, ignore_errors=True)


def copy_private(src: Path, dst: Path) -> None:
    import shutil

    shutil.copyfile(src, dst)
    os.chmod(dst, 0o600)
    fsync_file(dst)


def link_or_copy(src: Path | str, dst: Path | str) -> None:
    """Hard link ``src`` at ``dst``; a copy (0600) where the file system has no links."""
    try:
        os.link(src, dst)
    except OSError as err:
        if err.errno not in (errno.EXDEV, errno.EPERM, errno.EMLINK, errno.ENOTSUP):
            raise
        copy_private(Path(src), Path(dst))


def link_months(src_dir: Path, dst_dir: Path, *, skip: Collection[str] = ()) -> None:
    """Hard link the month files of ``src_dir`` (but ``skip``) into ``dst_dir``.

    Paths are joined as strings: at 50 years that is 600 files, and pathlib's ``/`` cost
    more than the links themselves.
    """
    src, dst = os.fspath(src_dir), os.fspath(dst_dir)
    for month in layout.list_months(src_dir):
        if month not in skip:
            name = f"{month}.json"
            link_or_copy(os.path.join(src, name), os.path.join(dst, name))


def list_backups(backup_dir: Path) -> list[Path]:
    """Backups (folders, and files of the old layout), newest first."""
    try:
        names = os.listdir(backup_dir)
    except (FileNotFoundError, NotADirectoryError):
        return []
    return sorted((backup_dir / n for n in names if n.startswith(PREFIX)), reverse=True)


def take(
    backup_dir: Path, name: str, root: Path, gen_dir: Path | None, *, force: bool
) -> Path | None:
    """Snapshot ``root`` and the month files of ``gen_dir`` as ``backup_dir/name``.

    Built in a dot-named temp folder and renamed into place, so a killed backup leaves only
    a temp folder, which :func:`sweep` removes.
    """
    target = backup_dir / name
    if os.path.lexists(target) and not force:
        return None
    paths.ensure_private_dir(backup_dir)
    tmp = backup_dir / f".{name}.{os.urandom(4).hex()}.tmp"
    if gen_dir is None:  # the single-file layout: the backup is that file
        copy_private(root, tmp)
    else:
        os.mkdir(tmp, 0o700)
        copy_private(root, tmp / paths.JOURNAL_FILE)
        key = root.parent / KEY_FILE  # an encrypted journal's key check: the backup opens alone
        if key.exists():
            copy_private(key, tmp / KEY_FILE)
        days = tmp / gen_dir.name
        os.mkdir(days, 0o700)
        link_months(gen_dir, days)
        fsync_dir(days)
        fsync_dir(tmp)
    if os.path.lexists(target):
        remove(target)
    os.rename(tmp, target)
    fsync_dir(backup_dir)
    return target


def remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        rmtree(path)
    else:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def rotate(backup_dir: Path, keep: int) -> None:
    for old in list_backups(backup_dir)[keep:]:
        remove(old)


def sweep(backup_dir: Path) -> None:
    """Temp folders and files of backups killed half-way (only while holding the lock)."""
    try:
        names = os.listdir(backup_dir)
    except (FileNotFoundError, NotADirectoryError):
        return
    for n in names:
        if n.startswith(f".{PREFIX}") and n.endswith(".tmp"):
            remove(backup_dir / n)


def is_good(backup: Path, decode: Callable[[Path, bytes], bytes] = lambda _p, raw: raw) -> bool:
    """Whether a backup reads as a journal (JSON and shape of every file, not every field);
    ``decode`` is the journal's codec (an encrypted journal's backups are encrypted)."""
    import orjson

    try:
        if not backup.is_dir():
            layout.decode_root(backup, decode(backup, backup.read_bytes()))
            return True
        root_path = backup / paths.JOURNAL_FILE
        root = layout.decode_root(backup, decode(root_path, root_path.read_bytes()))
        meta = root.meta.get("1")
        if meta is None or meta.days is None:
            return root.days is not None
        gen_dir = backup / meta.days
        for month in layout.list_months(gen_dir):
            month_path = gen_dir / f"{month}.json"
            doc = orjson.loads(decode(month_path, month_path.read_bytes()))
            if not isinstance(doc, dict) or not isinstance(doc.get("days"), dict):
                return False
        return True
    except (OSError, ValueError):
        return False
