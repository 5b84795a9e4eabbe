"""A zip archive or a folder seen the same way: regular files by relative path, bounded reads."""

from __future__ import annotations

import contextlib
import os
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Protocol

from journal.activities.record import Hostile, Unreadable
from journal.activities.safezip import (
    MAX_FILE_BYTES,
    MAX_NESTING,
    SPOOL_BYTES,
    check_archive,
    copy_bounded,
    open_zip,
    read_member,
)


class Container(Protocol):
    label: str

    def files(self) -> list[str]: ...
    def join(self, name: str) -> str: ...
    def read(self, name: str) -> bytes: ...
    def stream(self, name: str) -> contextlib.AbstractContextManager[IO[bytes]]: ...
    def nested(self, name: str) -> contextlib.AbstractContextManager[Container]: ...


class ZipContainer:
    """An archive checked as a whole first: a hostile entry refuses it before any read."""

    def __init__(self, zf: zipfile.ZipFile, label: str, depth: int = 0) -> None:
        self.zf = zf
        self.label = label
        self.depth = depth
        self._infos = {i.filename: i for i in check_archive(zf, label)}

    def files(self) -> list[str]:
        return list(self._infos)

    def join(self, name: str) -> str:
        return f"{self.label}!{name}"

    def read(self, name: str) -> bytes:
        return read_member(self.zf, self._infos[name])

    @contextlib.contextmanager
    def stream(self, name: str) -> Iterator[IO[bytes]]:
        with self.zf.open(self._infos[name]) as fh:
            yield fh

    @contextlib.contextmanager
    def nested(self, name: str) -> Iterator[Container]:
        if self.depth + 1 > MAX_NESTING:
            raise Hostile(f"{self.label}: zips nested deeper than {MAX_NESTING}; refused")
        label = self.join(name)
        with tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES) as spool:
            copy_bounded(self.zf, self._infos[name], spool)
            spool.seek(0)
            with open_zip(spool, label) as inner:  # type: ignore[arg-type]
                yield ZipContainer(inner, label, self.depth + 1)


class DirContainer:
    """An unpacked export. Symbolic links are not followed: nothing outside the folder is read."""

    def __init__(self, root: Path, label: str | None = None) -> None:
        self.root = root
        self.label = label or str(root)

    def files(self) -> list[str]:
        out = []
        for dirpath, dirnames, filenames in os.walk(self.root):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for f in sorted(filenames):
                p = Path(dirpath, f)
                if not f.startswith(".") and p.is_file() and not p.is_symlink():
                    out.append(p.relative_to(self.root).as_posix())
        return out

    def join(self, name: str) -> str:
        return f"{self.label.rstrip('/')}/{name}"

    def read(self, name: str) -> bytes:
        return read_path(self.root / name)

    @contextlib.contextmanager
    def stream(self, name: str) -> Iterator[IO[bytes]]:
        with open(self.root / name, "rb") as fh:
            yield fh

    @contextlib.contextmanager
    def nested(self, name: str) -> Iterator[Container]:
        label = self.join(name)
        with open_zip(str(self.root / name), label) as zf:
            yield ZipContainer(zf, label, 1)


def read_path(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """A file's bytes, refused when larger than an activity file can be."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise Unreadable(f"{size >> 20} MB, too large for an activity file")
        with open(path, "rb") as fh:
            return fh.read(limit + 1)
    except OSError as err:
        raise Unreadable(f"cannot read the file: {err.strerror}") from None
