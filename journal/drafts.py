"""Unsaved check-in drafts: what the runner typed survives a crash of the app.

A draft is the form's day document as typed (not validated: it may hold the very value that
was wrong), written privately and atomically beside the journal, and offered back the next
time that day is opened. Saving the day or discarding the changes removes it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path
from typing import Any

import orjson

from journal.files import write_private_atomic

DRAFT_FILE = "checkin-draft.json"


def draft_path(data_dir: Path) -> Path:
    return Path(data_dir) / DRAFT_FILE


def keep(data_dir: Path, doc: dict[str, Any]) -> None:
    """Write the form's document as the draft (replacing any earlier one)."""
    from journal.store.codec import for_folder

    write_private_atomic(draft_path(data_dir), for_folder(data_dir).encode(orjson.dumps(doc)))


def load(data_dir: Path, date: dt.date) -> dict[str, Any] | None:
    """The draft for ``date``, if one was kept; anything unreadable counts as none."""
    from journal.store.codec import for_folder
    from journal.store.errors import StoreError
    from journal.store.layout import Damaged

    path = draft_path(data_dir)
    try:
        doc = orjson.loads(for_folder(data_dir).decode(path, path.read_bytes()))
    except (OSError, orjson.JSONDecodeError, Damaged, StoreError):
        return None
    if isinstance(doc, dict) and doc.get("date") == date.isoformat():
        return doc
    return None


def clear(data_dir: Path) -> None:
    with contextlib.suppress(OSError):
        draft_path(data_dir).unlink()
