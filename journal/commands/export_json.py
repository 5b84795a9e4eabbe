"""The JSON export written, as ``export`` runs it with click or without (:mod:`.quick`)."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

from journal.commands.plain import Refused, explain_os_error
from journal.exchange import build_export, dumps, export_bytes
from journal.files import write_private_atomic
from journal.store import Journal
from journal.store.layout import collector_paused
from journal.textsafe import printable

Write = Callable[[Path, bytes], Path]


def export_json(
    journal: Callable[[], Journal],
    start: dt.date | None,
    end: dt.date | None,
    target: Path | None,
    *,
    output: str | None,
    include_notes: bool,
    write: Write | None = None,
) -> str | None:
    """Export ``start``..``end`` to ``target`` (by ``write``; default: 0600, atomically) or, with
    no target, to standard output. Returns the line to print once written to a file.

    ``output`` is the path as typed, for the message when the write fails (:class:`Refused`).
    """
    with collector_paused():  # a large result, dropped at once: nothing to collect
        chunks: list[bytes | memoryview]
        if include_notes:
            chunks, n = export_bytes(journal(), start, end)  # from the export cache
        else:
            doc = build_export(journal(), start, end, include_notes=include_notes, structs=True)
            chunks, n = [dumps(doc)], len(doc["days"])
        if target is None:
            sys.stdout.buffer.writelines(chunks)
            return None
        try:
            if write is None:
                write_private_atomic(target, chunks)
                path = target
            else:
                path = write(target, b"".join(chunks))
        except OSError as err:
            raise Refused(f"-o {printable(output or '')}: {explain_os_error(err)}") from None
    return f"Wrote {n} day{'s' * (n != 1)} to {printable(str(path))} (readable by you only)."
