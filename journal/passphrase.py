"""Where the passphrase of an encrypted journal comes from, asked at most once per process.

In order: ``STRIDELOG_PASSPHRASE_FILE`` (a file whose first line is the passphrase, for
scripts), the OS keyring if the runner opted in (``stridelog passphrase remember``), then the
front end's own way of asking (the CLI's hidden prompt on a terminal, the TUI's dialog). With
none of these the journal stays locked and the runner is told how to unlock it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

FILE_ENV = "STRIDELOG_PASSPHRASE_FILE"
KEYRING_SERVICE = "stridelog"

Asker = Callable[[Path], "str | None"]
_asker: Asker | None = None


class NoPassphrase(Exception):
    """No way to get the passphrase in this process; ``str()`` says how to give one."""


def set_asker(asker: Asker | None) -> None:
    """The front end's way of asking (None: never ask, e.g. stdin is not a terminal)."""
    global _asker
    _asker = asker


def from_file(env: str = FILE_ENV) -> str | None:
    """The first line of the file named by ``env``; None when ``env`` is not set."""
    name = os.environ.get(env)
    if not name:
        return None
    try:
        text = Path(name).expanduser().read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise NoPassphrase(
            f"{env}: {name} cannot be read ({getattr(err, 'strerror', None) or err}); "
            "allowed: the path of a file whose first line is the passphrase"
        ) from None
    line = text.splitlines()[0] if text else ""
    if not line:
        raise NoPassphrase(
            f"{env}: {name} is empty; allowed: a file whose first line is the passphrase"
        )
    return line


def keyring_account(data_dir: Path) -> str:
    return str(Path(data_dir).expanduser().resolve())


def from_keyring(data_dir: Path) -> str | None:
    """The remembered passphrase, if the runner stored one and a keyring is installed."""
    try:
        import keyring  # optional extra: stridelog[keyring]
    except ImportError:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, keyring_account(data_dir))
    except Exception:  # no backend, a locked keyring: as if nothing were remembered
        return None


def obtain(data_dir: Path) -> str:
    """The passphrase for the journal in ``data_dir``, from the first source that has one."""
    for source in (from_file, lambda: from_keyring(data_dir)):
        value = source()
        if value:
            return value
    if _asker is not None:
        value = _asker(data_dir)
        if value:
            return value
    raise NoPassphrase(
        f"the journal in {data_dir} is encrypted and no passphrase was given; run the "
        f"command in a terminal to be asked, or set {FILE_ENV} to a file holding it"
    )
