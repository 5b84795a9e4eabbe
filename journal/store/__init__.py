"""The journal store: days in one TinyDB file per month, crash-safe, private, shared safely.

``Journal`` is the public API (open, get, days, put, add, delete, put_many, profile,
set_profile, backup(s), check, day_index); the errors explain themselves to the runner.
"""

from journal.store.errors import (
    CorruptStore,
    LinkRefused,
    NewerSchema,
    NoSpace,
    ReadOnlyStore,
    StoreError,
    StoreLocked,
)
from journal.store.folders import copy_journal, remove_journal
from journal.store.journal import DEFAULT_KEEP_BACKUPS, DEFAULT_LOCK_TIMEOUT, Journal
from journal.store.records import CheckReport, ImportResult, date_id

__all__ = [
    "DEFAULT_KEEP_BACKUPS",
    "DEFAULT_LOCK_TIMEOUT",
    "CheckReport",
    "CorruptStore",
    "ImportResult",
    "Journal",
    "LinkRefused",
    "NewerSchema",
    "NoSpace",
    "ReadOnlyStore",
    "StoreError",
    "StoreLocked",
    "copy_journal",
    "date_id",
    "remove_journal",
]
