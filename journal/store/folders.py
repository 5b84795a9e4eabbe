"""Whole-journal file operations for the demo, tests and benchmarks."""

from __future__ import annotations

import os
from pathlib import Path

from journal import paths
from journal.store import layout, upkeep
from journal.store.codec import KEY_FILE
from journal.store.journal import Journal


def remove_journal(data_dir: Path) -> None:
    """Delete a journal's files (``demo --force``); backups and other files stay."""
    journal = Journal(data_dir, migrate=False)
    with journal._locked():
        journal.path.unlink()
        for name in layout.CACHE_FILES:
            (data_dir / name).unlink(missing_ok=True)
        (data_dir / KEY_FILE).unlink(missing_ok=True)  # an encrypted one's key check
        upkeep.remove_generations(data_dir)


def copy_journal(src_dir: Path, dst_dir: Path) -> None:
    """Copy a journal (journal.json and its days folder) between data folders."""
    import shutil

    src = Journal(src_dir)
    paths.ensure_private_dir(dst_dir)
    shutil.copy2(src.path, dst_dir / paths.JOURNAL_FILE)
    os.chmod(dst_dir / paths.JOURNAL_FILE, 0o600)
    if (src_dir / KEY_FILE).exists():  # an encrypted journal opens only with its key check
        shutil.copy2(src_dir / KEY_FILE, dst_dir / KEY_FILE)
    if src.days_dir is not None:
        shutil.copytree(src.days_dir, dst_dir / src.days_dir.name)
