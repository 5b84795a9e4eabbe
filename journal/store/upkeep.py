"""Keeping a journal folder tidy, and converting the single-file journal to months."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

from journal import paths
from journal.model import Day
from journal.store import backups, layout


def sweep(data_dir: Path, gen: str | None, backup_dir: Path) -> None:
    """Temp files and folders of writers killed mid-write; only while holding the lock.

    Every write runs this, so it lists the folders once and matches names by hand (a glob
    pattern is compiled to a regular expression in every process)."""
    roots = (f".{paths.JOURNAL_FILE}.", *(f".{name}." for name in layout.CACHE_FILES))
    _remove_temps(data_dir, roots)
    if gen is not None:
        _remove_temps(data_dir / gen, (".",))
    backups.sweep(backup_dir)
    drop_old_generations(data_dir, gen)


def _remove_temps(folder: Path, prefixes: tuple[str, ...]) -> None:
    """Remove ``PREFIX*.tmp`` files (what ``write_private_atomic`` leaves if killed)."""
    try:
        names = os.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return
    for name in names:
        if name.endswith(".tmp") and any(
            name.startswith(p) and len(name) >= len(p) + 4 for p in prefixes
        ):
            with contextlib.suppress(OSError):
                os.unlink(folder / name)


def drop_old_generations(data_dir: Path, gen: str | None) -> None:
    """Keep the current days folder and the one before it (a reader may still be in it);
    a folder newer than the current one is a commit that was killed before it landed."""
    if gen is None:
        return
    current = int(gen.split(".")[1])
    gens = layout.list_generations(data_dir)
    older = [g for g in gens if g < current]
    keep = {current, *older[-1:]}
    for g in gens:
        if g not in keep:
            backups.rmtree(data_dir / layout.gen_name(g))


def remove_generations(data_dir: Path) -> None:
    for number in layout.list_generations(data_dir):
        backups.rmtree(data_dir / layout.gen_name(number))


def months_of_single_file(
    raw: bytes, days: dict[int, Day]
) -> tuple[dict[str, bytes], dict[str, Any] | None]:
    """The month files of a single-file journal, its stored documents kept byte for byte,
    and its profile document; ``days`` are its validated days."""
    import orjson

    tables = orjson.loads(raw)
    docs = tables.get("days", {})
    by_month: dict[str, dict[str, Any]] = {}
    for key in sorted(docs, key=int):
        by_month.setdefault(layout.month_of(days[int(key)].date), {})[key] = docs[key]
    months = {m: orjson.dumps({"days": d}) for m, d in by_month.items()}
    return months, tables.get("profile", {}).get("1")
