"""The journal problems a runner is told about in words (never as a traceback)."""

from __future__ import annotations

import errno
from pathlib import Path


class StoreError(Exception):
    """A journal problem to explain to the runner (no traceback)."""


class CorruptStore(StoreError):
    """A journal file that cannot be read as one: it is never written over."""

    def __init__(self, path: Path, reason: str, backup: Path | None, data_dir: Path) -> None:
        if backup is None:
            hint = "No good backup was found; `stridelog check` lists what it can read."
        elif backup.is_dir():
            hint = (
                f"The newest good backup is {backup}; to restore it, move {data_dir}'s "
                f"journal.json and days.* folders aside and copy everything in the backup "
                f"folder into {data_dir}; `stridelog check` verifies the result."
            )
        else:
            hint = (
                f"The newest good backup is {backup}; to restore it, move the damaged files "
                f"aside and copy the backup to {data_dir / 'journal.json'}; `stridelog check` "
                "verifies the result."
            )
        super().__init__(
            f"The journal file {path} cannot be read ({reason}). It has not been changed. {hint}"
        )
        self.path = path
        self.backup = backup


class StoreLocked(StoreError):
    def __init__(self, path: Path, lock: Path, timeout: float) -> None:
        super().__init__(
            f"Another Stridelog is writing {path} (lock {lock} held for more than "
            f"{timeout:g} s). Nothing was written; try again in a moment."
        )


class NewerSchema(StoreError):
    pass


class NoSpace(StoreError):
    """The disk filled up during a write: the journal is as it was before."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"no space left on the disk holding {path}; nothing was written")
        self.path = path


class ReadOnlyStore(StoreError):
    """The data folder (or a file in it) cannot be written: reading still works."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            f"cannot write to {path} ({reason}); nothing was written. Reading the journal "
            "still works; give yourself write access to the folder to save."
        )
        self.path = path


class LinkRefused(StoreError):
    """journal.json is a symbolic link: refused rather than silently replaced by a file."""

    def __init__(self, path: Path, target: str) -> None:
        super().__init__(
            f"{path} is a symbolic link (to {target}). Stridelog keeps the journal as a folder "
            "of files and does not follow a link to one of them; point --data-dir (or "
            "STRIDELOG_DATA_DIR) at the folder that holds the journal instead. Nothing was "
            "changed."
        )


NO_SPACE = {errno.ENOSPC, errno.EDQUOT}
NOT_WRITABLE = {errno.EACCES, errno.EPERM, errno.EROFS}


def explain_os_error(err: OSError, fallback: Path) -> StoreError | None:
    """The runner's words for a write that the system refused, or None if there are none."""
    target = Path(err.filename) if err.filename else fallback
    if err.errno in NO_SPACE:
        return NoSpace(target)
    if err.errno in NOT_WRITABLE:
        return ReadOnlyStore(target, err.strerror or "permission denied")
    return None
