"""Where Stridelog keeps its files, and the overrides for them.

Resolution order for the data folder: ``--data-dir``, then ``STRIDELOG_DATA_DIR``, then the
platform's user data folder. Config (the chosen theme, user themes) follows the same pattern
with ``STRIDELOG_CONFIG_DIR``.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "stridelog"
DATA_ENV = "STRIDELOG_DATA_DIR"
CONFIG_ENV = "STRIDELOG_CONFIG_DIR"
JOURNAL_FILE = "journal.json"
BACKUP_DIR = "backups"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    if override:
        return Path(override).expanduser()
    if env := os.environ.get(DATA_ENV):
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir(override: str | os.PathLike[str] | None = None) -> Path:
    if override:
        return Path(override).expanduser()
    if env := os.environ.get(CONFIG_ENV):
        return Path(env).expanduser()
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` and any missing parents, each readable by the owner only (0700 whatever
    the umask). A folder that exists already is the runner's: it is never changed."""
    missing: list[Path] = []
    for folder in (path, *path.parents):
        if folder.is_dir():
            break
        missing.append(folder)
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            if not folder.is_dir():
                raise
            continue  # made meanwhile by another process; not ours to change
        os.chmod(folder, 0o700)
    return path
