"""What commands share that needs no click: output, refusals and the passphrase prompt.

``stridelog add`` and ``export`` usually run without loading click at all (:mod:`.quick`):
click is imported here only where it is needed, for text :func:`echo_text` cannot write as
click would without it, a warning's colour, the passphrase prompt.
"""

from __future__ import annotations

import errno
import sys
from pathlib import Path
from typing import Any


class Refused(Exception):
    """A command's own refusal, said as it is (``stridelog: <message>``, exit 1)."""


def explain_os_error(err: OSError) -> str:
    """A sentence for a failed read or write; the store's own writes say nothing was written."""
    where = err.filename or "the journal"
    if err.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"no space left on the disk holding {where}; nothing was written"
    if err.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"{where}: permission denied ({err.strerror}); nothing was written"
    return f"{where}: {err.strerror or err}; nothing was written"


def echo_text(text: str) -> None:
    """``click.echo(text)``: plain ASCII without escapes is written as click writes it (line,
    flush); anything else (where click strips styles or re-encodes) goes through click."""
    if sys.stdout is None:  # no stream to write to: click.echo returns too
        return
    if text.isascii() and "\x1b" not in text:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()
        return
    import click

    click.echo(text)


def echo_warning(text: str) -> None:
    import click

    click.secho(text, fg="yellow")


def echo_json(data: Any) -> None:
    import orjson

    sys.stdout.buffer.write(orjson.dumps(data, option=orjson.OPT_INDENT_2) + b"\n")
    sys.stdout.flush()


def ask_passphrase_on_terminal() -> None:
    """An encrypted journal's passphrase is asked once, hidden, when stdin is a terminal."""
    if not sys.stdin.isatty():
        return
    from journal import passphrase

    def ask(folder: Path) -> str:
        import click

        return click.prompt(f"Passphrase for {folder}", hide_input=True, err=True)

    passphrase.set_asker(ask)
