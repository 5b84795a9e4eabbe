"""Private, atomic file writes: the only way Stridelog puts bytes on disk.

Temp file in the same folder, fsync, ``os.replace``, fsync of the folder: a crash leaves the
old file or the new one, never a torn one; the file is 0600 and its folder 0700 from the start.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from journal import paths


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_private_atomic(path: Path, data: bytes, *, private_folder: bool = True) -> None:
    """Write ``data`` to ``path`` (0600) so that readers see the old or the new bytes only.

    With ``private_folder`` (the journal's own folders) the folder is created 0700; without
    it (a file the runner names, such as a report in their Documents) the folder must exist
    and is left exactly as it is.
    """
    folder = path.parent
    if private_folder:
        paths.ensure_private_dir(folder)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    _fsync_dir(folder)
