"""Zip archives read defensively: no member escapes, no bomb, every read bounded.

Nothing is ever extracted to disk; members are read into memory (activity files are small) or
streamed (an Apple Health ``export.xml``). An archive that looks hostile is refused as a whole,
before anything in it is parsed.
"""

from __future__ import annotations

import gzip
import io
import stat
import zipfile
import zlib
from dataclasses import dataclass
from typing import IO

from journal.activities.record import Hostile, Unreadable

MAX_MEMBERS = 500_000
MAX_TOTAL_BYTES = 16 << 30  # what a whole archive may unpack to (a big Apple export is ~5 GB)
MAX_RATIO = 200  # uncompressed / compressed per member; XML rarely passes 30, bombs are 1000+
RATIO_FLOOR = 4 << 20  # small members may compress well without suspicion
MAX_FILE_BYTES = 64 << 20  # one activity file, once unpacked (a 24 h FIT is ~20 MB)
MAX_NESTING = 3
SPOOL_BYTES = 32 << 20  # a nested zip larger than this is spooled to a private temp file


@dataclass(frozen=True)
class Member:
    """A regular file inside an archive; ``chain`` is the nested-zip path to it."""

    chain: tuple[str, ...]
    name: str
    size: int

    @property
    def label(self) -> str:
        return "!".join((*self.chain, self.name))


def unsafe_name(name: str) -> bool:
    parts = name.replace("\\", "/").split("/")
    return name.startswith(("/", "\\")) or ".." in parts or (len(name) > 1 and name[1] == ":")


def check_archive(zf: zipfile.ZipFile, label: str) -> list[zipfile.ZipInfo]:
    """The archive's regular files, or :class:`Hostile` if any entry is dangerous."""
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise Hostile(f"{label}: {len(infos)} entries, more than {MAX_MEMBERS}; refused")
    total = 0
    files = []
    for info in infos:
        if unsafe_name(info.filename):
            raise Hostile(
                f"{label}: entry {info.filename!r} points outside the archive; refused for safety"
            )
        mode = info.external_attr >> 16
        if info.is_dir() or stat.S_ISLNK(mode):
            continue
        total += info.file_size
        ratio = info.file_size / max(1, info.compress_size)
        if info.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
            raise Hostile(
                f"{label}: entry {info.filename!r} unpacks {ratio:.0f} times its size "
                f"({info.file_size >> 20} MB); a zip bomb, refused"
            )
        if total > MAX_TOTAL_BYTES:
            raise Hostile(
                f"{label}: unpacks to more than {MAX_TOTAL_BYTES >> 30} GB; a zip bomb, refused"
            )
        files.append(info)
    return files


def open_zip(fileobj: IO[bytes] | str, label: str) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(fileobj)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as err:
        raise Unreadable(f"{label}: not a readable zip archive ({err})") from None


def read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int = MAX_FILE_BYTES) -> bytes:
    """A member's bytes, never more than ``limit`` whatever its header claims."""
    if info.file_size > limit:
        raise Unreadable(f"{info.filename}: {info.file_size >> 20} MB, too large for an activity")
    try:
        with zf.open(info) as fh:
            data = fh.read(limit + 1)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError) as err:
        raise Unreadable(f"{info.filename}: damaged in the archive ({err})") from None
    if len(data) > limit:
        raise Hostile(f"{info.filename}: unpacks beyond its declared size; refused")
    return data


def gunzip(data: bytes, label: str, limit: int = MAX_FILE_BYTES) -> bytes:
    """A gzipped file's content, refused past ``limit`` (a gzip bomb)."""
    out = io.BytesIO()
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as gz:
            while chunk := gz.read(1 << 20):
                out.write(chunk)
                if out.tell() > limit:
                    raise Hostile(f"{label}: unpacks to more than {limit >> 20} MB; refused")
    except (OSError, EOFError, zlib.error) as err:
        raise Unreadable(f"{label}: damaged gzip data ({err})") from None
    return out.getvalue()


def copy_bounded(zf: zipfile.ZipFile, info: zipfile.ZipInfo, out: IO[bytes]) -> None:
    written = 0
    try:
        with zf.open(info) as fh:
            while chunk := fh.read(1 << 20):
                written += len(chunk)
                if written > info.file_size or written > MAX_TOTAL_BYTES:
                    raise Hostile(f"{info.filename}: unpacks beyond its declared size; refused")
                out.write(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError) as err:
        raise Unreadable(f"{info.filename}: damaged in the archive ({err})") from None
