"""The writer lock: an advisory ``flock`` on its own file, held across one write.

``filelock`` costs ~20 ms to import (logging, asyncio support), which every ``add`` would pay;
on POSIX the same lock is a few lines of ``fcntl`` (and interoperates with filelock's, which
is also ``flock``). Elsewhere filelock is used.
"""

from __future__ import annotations

import os
import time
from pathlib import Path


class LockTimeout(Exception):
    pass


class WriterLock:
    """Re-entrant in one process (a write inside a write holds it once), exclusive across."""

    def __init__(self, path: Path, timeout: float) -> None:
        self.path = path
        self.timeout = timeout
        self._fd: int | None = None
        self._depth = 0
        self._fallback = None
        try:
            import fcntl  # noqa: F401
        except ImportError:  # pragma: no cover - Windows
            import filelock

            self._fallback = filelock.FileLock(path, timeout=timeout, mode=0o600)

    @property
    def held(self) -> bool:
        if self._fallback is not None:  # pragma: no cover - Windows
            return bool(self._fallback.is_locked)
        return self._depth > 0

    def acquire(self) -> None:
        if self._fallback is not None:  # pragma: no cover - Windows
            import filelock

            try:
                self._fallback.acquire()
            except filelock.Timeout:
                raise LockTimeout from None
            return
        if self._depth:
            self._depth += 1
            return
        import fcntl

        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        deadline = time.monotonic() + self.timeout
        delay = 0.001
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise LockTimeout from None
                time.sleep(delay)
                delay = min(delay * 2, 0.02)
            except BaseException:
                os.close(fd)
                raise
        self._fd, self._depth = fd, 1

    def release(self) -> None:
        if self._fallback is not None:  # pragma: no cover - Windows
            self._fallback.release()
            return
        self._depth -= 1
        if self._depth == 0 and self._fd is not None:
            import fcntl

            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
