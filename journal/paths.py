"""Where Stridelog keeps its files, and the overrides for them.

Resolution order for the data folder: ``--data-dir``, then ``STRIDELOG_DATA_DIR``, then the
platform's user data folder. Config (the chosen theme, user themes) follows the same pattern
with ``STRIDELOG_CONFIG_DIR``.
"""

from __future__ import annotations

import os
from pathlib import Path

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
    import platformdirs  # only when no folder was given: it costs ~10 ms of start-up

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir(override: str | os.PathLike[str] | None = None) -> Path:
    if override:
        return Path(override).expanduser()
    if env := os.environ.get(CONFIG_ENV):
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` and its missing parents, each 0700 whatever the umask.

    A folder that already exists is never changed: it belongs to the runner (or to everyone,
    like /tmp), and only the folders Stridelog creates are made private.
    """
    missing: list[Path] = []
    cur = Path(path)
    while not os.path.lexists(cur):
        missing.append(cur)
        if cur.parent == cur:
            break
        cur = cur.parent
    for folder in reversed(missing):
        try:
            os.mkdir(folder, 0o700)
        except FileExistsError:
            continue  # another process made it meanwhile: not ours to change
        os.chmod(folder, 0o700)  # mkdir's mode is masked by the umask
    return path
