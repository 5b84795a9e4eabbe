"""What a cache built by the package's own code is keyed by, so a new version of that code
never reads what an older one wrote (the day index's month hits, the export's parts)."""

from __future__ import annotations

import os
import zlib
from pathlib import Path


def source_digest(names: tuple[str, ...]) -> str:
    """Two 32-bit checksums and the length of the package's sources ``names`` (files, or
    folders of them): what a cache built by that code is keyed by."""
    root = Path(__file__).parent
    crc, adler, size = 0, 1, 0
    for name in names:
        path = root / name
        files = [path]
        if not name.endswith(".py"):
            files = sorted(path / n for n in os.listdir(path) if n.endswith(".py"))
        for file in files:
            raw = file.read_bytes()
            crc, adler, size = zlib.crc32(raw, crc), zlib.adler32(raw, adler), size + len(raw)
    return f"{crc:08x}{adler:08x}.{size}"
