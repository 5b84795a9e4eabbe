"""Private, atomic file writes: the only way Stridelog puts bytes on disk.

Temp file in the same folder, fsync, ``os.replace``, fsync of the folder: a crash leaves the
old file or the new one, never a torn one; the file is 0600 from the start, and a folder
Stridelog has to create is 0700 (an existing folder is left as it is).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from pathlib import Path

from journal import paths


def fsync_dir(folder: Path) -> None:
    """Make the names in ``folder`` (new, renamed, removed files) durable."""
    fsync_file(folder)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _create_temp(folder: Path, name: str) -> tuple[int, str]:
    """``.NAME.XXXXXXXX.tmp`` in ``folder``, created 0600 and exclusively (what mkstemp does,
    without importing tempfile and random: ~10 ms of every write command's start-up)."""
    while True:
        tmp = os.path.join(folder, f".{name}.{os.urandom(5).hex()}.tmp")
        try:
            return os.open(tmp, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600), tmp
        except FileExistsError:
            continue
        except OSError as err:
            err.filename = str(folder)  # the folder refused it: its name says where, not ours
            raise


def write_private_atomic(
    path: Path, data: bytes | Sequence[bytes | memoryview], *, durable: bool = True
) -> None:
    """Write ``data`` (bytes, or chunks of bytes written in order, not joined into one copy) to
    ``path`` (0600) so that readers see the old or the new bytes only.

    ``durable=False`` skips both fsyncs, for a cache that checks its own bytes (a crash may
    then leave the new name on bytes not yet on disk; the cache sees that and rebuilds)."""
    folder = path.parent
    paths.ensure_private_dir(folder)
    fd, tmp = _create_temp(folder, path.name)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as fh:
            if isinstance(data, bytes):
                fh.write(data)
            else:
                fh.writelines(data)
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    if durable:
        fsync_dir(folder)


def write_new_private(path: Path, data: bytes) -> None:
    """Create ``path`` (0600, it must not exist) in a folder no reader sees yet.

    No fsync here: the caller writes many files, then syncs them with :func:`fsync_file` and
    their folder once, before it publishes the folder.
    """
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb", closefd=False) as fh:
            fh.write(data)
    finally:
        os.close(fd)
