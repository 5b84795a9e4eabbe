"""The journal repository: one TinyDB document per day, in a file that survives crashes.

Stock TinyDB rewrites its JSON file in place and re-reads it on every query. Here:

* :class:`AtomicJSONStorage` keeps the parsed tables in memory, re-reading only when the file
  changed on disk (another process wrote it), and writes with temp file + fsync + ``os.replace``
  + directory fsync, so a crash leaves the old file or the new one, never a torn one.
* :class:`Journal` takes a writer lock (its own ``.lock`` file) for each write, reloads first if
  another process wrote meanwhile, and clears TinyDB's query cache and next id when it does.
* A corrupt file is never written over; a dated backup is taken before the first write of a day.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import os
import shutil
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import filelock
import msgspec
import orjson
from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Document, Table

from journal import paths
from journal.files import write_private_atomic
from journal.model import (
    SCHEMA_VERSION,
    Day,
    InvalidInput,
    Profile,
    merge,
    parse_day,
    parse_profile,
    to_doc,
)

DAYS = "days"
META = "meta"
PROFILE = "profile"
META_ID = 1
PROFILE_ID = 1
DEFAULT_KEEP_BACKUPS = 14
DEFAULT_LOCK_TIMEOUT = 5.0

Tables = dict[str, dict[str, Any]]


def date_id(iso_date: str) -> int:
    """The TinyDB doc id of a date: its ordinal (DESIGN §3), so ids never collide."""
    return dt.date.fromisoformat(iso_date).toordinal()


class StoreError(Exception):
    """A journal problem to explain to the runner (no traceback)."""


class CorruptStore(StoreError):
    def __init__(self, path: Path, reason: str, backup: Path | None) -> None:
        hint = (
            f"The newest good backup is {backup}; to restore it, move the damaged file aside "
            f"and copy the backup to {path}."
            if backup
            else "No good backup was found."
        )
        super().__init__(
            f"The journal file {path} cannot be read ({reason}). It has not been changed. {hint}"
        )
        self.path = path
        self.backup = backup


class StoreLocked(StoreError):
    def __init__(self, path: Path, lock: Path, timeout: float) -> None:
        super().__init__(
            f"Another Stridelog is writing {path} (lock {lock} held for more than "
            f"{timeout:g} s). Nothing was written; try again in a moment."
        )


class NewerSchema(StoreError):
    pass


# --- file helpers -----------------------------------------------------------------------------


def _stamp(path: Path) -> tuple[int, int, int, int] | None:
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_mtime_ns, st.st_ctime_ns, st.st_size)


def parse_tables(raw: bytes) -> Tables:
    """Parse a journal file's bytes; raise ValueError with a reason when they are not one."""
    if not raw.strip():
        raise ValueError("the file is empty")
    gc_was_enabled = gc.isenabled()
    gc.disable()  # the parse allocates ~100k objects; collecting mid-way costs a third more
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as err:
        raise ValueError(f"not valid JSON: {err}") from None
    finally:
        if gc_was_enabled:
            gc.enable()
    if not isinstance(data, dict) or not all(isinstance(t, dict) for t in data.values()):
        raise ValueError("not a Stridelog journal (expected tables of documents)")
    return data


# --- storage ----------------------------------------------------------------------------------


class AtomicJSONStorage(Storage):
    """TinyDB storage: in-memory between queries, atomic and private on disk.

    ``on_reload`` is called whenever the file is (re)read because it changed on disk, so the
    owner can drop TinyDB's per-table caches that would otherwise go stale.
    """

    def __init__(self, path: str | os.PathLike[str], on_reload: Callable[[], None] | None = None):
        self.path = Path(path)
        self.on_reload = on_reload
        self._data: Tables | None = None
        self._raw: bytes | None = None  # the bytes behind ``_data``, for typed decoding
        self._stamp: tuple[int, int, int, int] | None = None
        self._batch_depth = 0
        self._dirty = False
        self.generation = 0

    def read(self) -> Tables | None:
        if self._batch_depth:
            return self._data
        stamp = _stamp(self.path)
        if stamp is None:
            if self._stamp is not None or self._data:
                self._reset({}, None)
            return self._data or None
        if stamp != self._stamp or self._data is None:
            raw = self.path.read_bytes()
            try:
                data = parse_tables(raw)
            except ValueError as err:
                self._data, self._raw, self._stamp = None, None, None
                raise _CorruptFile(str(err)) from None
            self._reset(data, stamp, raw)
        return self._data

    def raw(self) -> bytes | None:
        """The file's bytes as last read or written (None for a journal not written yet)."""
        self.read()
        return self._raw

    def _reset(
        self, data: Tables, stamp: tuple[int, int, int, int] | None, raw: bytes | None = None
    ) -> None:
        self._data, self._stamp, self._raw = data, stamp, raw
        self.generation += 1
        if self.on_reload:
            self.on_reload()

    def write(self, data: Tables) -> None:
        self._data = data
        if self._batch_depth:
            self._dirty = True
            return
        self._flush()

    def _flush(self) -> None:
        assert self._data is not None
        raw = orjson.dumps(self._data)
        try:
            write_private_atomic(self.path, raw)
        except BaseException:
            self.invalidate()
            raise
        self._raw, self._stamp = raw, _stamp(self.path)
        self.generation += 1

    def invalidate(self) -> None:
        """Forget the in-memory copy; the next read comes from disk."""
        self._data, self._raw, self._stamp = None, None, None
        self.generation += 1
        if self.on_reload:
            self.on_reload()

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Group writes into one atomic file write; on error nothing reaches the disk."""
        self.read()
        if self._data is None:
            self._data = {}
        self._batch_depth += 1
        try:
            yield
        except BaseException:
            self._batch_depth -= 1
            self._dirty = False
            self.invalidate()
            raise
        self._batch_depth -= 1
        if not self._batch_depth and self._dirty:
            self._dirty = False
            self._flush()

    def close(self) -> None:
        self._data = None


class _CorruptFile(Exception):
    pass


# --- the repository ---------------------------------------------------------------------------


@dataclass
class ImportResult:
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    kept: int = 0
    profile_set: bool = False


@dataclass
class CheckReport:
    path: Path
    exists: bool
    days: int
    first: dt.date | None
    last: dt.date | None
    schema_version: int
    size_bytes: int
    backups: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


class _DaysFile(msgspec.Struct):
    """The days table of a journal file, for typed decoding (other tables are skipped)."""

    days: dict[str, Day] = {}


Migration = Callable[[Tables], Tables]


def _migrate_0_to_1(tables: Tables) -> Tables:
    """Files written before the meta table existed: the day documents are already v1."""
    return tables


MIGRATIONS: dict[int, Migration] = {0: _migrate_0_to_1}


class Journal:
    """The days, the profile and the file behind them."""

    def __init__(
        self,
        data_dir: Path,
        *,
        lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
        keep_backups: int = DEFAULT_KEEP_BACKUPS,
        clock: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self.data_dir = paths.ensure_private_dir(Path(data_dir))
        self.path = self.data_dir / paths.JOURNAL_FILE
        self.lock_path = self.data_dir / (paths.JOURNAL_FILE + ".lock")
        self.backup_dir = self.data_dir / paths.BACKUP_DIR
        self.lock_timeout = lock_timeout
        self.keep_backups = keep_backups
        self._clock = clock
        self._lock = filelock.FileLock(
            self.lock_path, timeout=lock_timeout, mode=0o600, thread_local=False
        )
        self._storage_ref: AtomicJSONStorage | None = None
        self._db = TinyDB(self.path, storage=self._make_storage)
        self._days_table = self._db.table(DAYS, cache_size=0)
        self._meta = self._db.table(META)
        self._profile = self._db.table(PROFILE)
        self._day_cache: dict[int, Day] = {}
        self._all_cache: tuple[int, list[Day]] | None = None
        self._read()
        self._migrate_if_needed()

    @classmethod
    def open(cls, data_dir: str | os.PathLike[str] | None = None, **kwargs: Any) -> Journal:
        return cls(paths.data_dir(data_dir), **kwargs)

    def _make_storage(self, path: str) -> AtomicJSONStorage:
        self._storage_ref = AtomicJSONStorage(path, on_reload=self._forget_caches)
        return self._storage_ref

    @property
    def _storage(self) -> AtomicJSONStorage:
        assert self._storage_ref is not None
        return self._storage_ref

    def _forget_caches(self) -> None:
        # DESIGN §3: after another process wrote the file, TinyDB's query cache and next id
        # describe the old file; clear both or queries go stale and inserts collide.
        for table in (getattr(self, name, None) for name in ("_days_table", "_meta", "_profile")):
            if isinstance(table, Table):
                table.clear_cache()
                table._next_id = None
        self._day_cache = {}
        self._all_cache = None

    def _read(self) -> Tables:
        try:
            return self._storage.read() or {}
        except _CorruptFile as err:
            raise CorruptStore(self.path, str(err), self.newest_good_backup()) from None

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- schema -------------------------------------------------------------------------------

    def schema_version(self) -> int:
        tables = self._read()
        meta = tables.get(META, {}).get(str(META_ID))
        if meta is None:
            return 0 if tables.get(DAYS) else SCHEMA_VERSION
        return int(meta.get("schema_version", 0))

    def _migrate_if_needed(self) -> None:
        version = self.schema_version()
        if version > SCHEMA_VERSION:
            raise NewerSchema(
                f"{self.path} was written by a newer Stridelog (schema {version}; this one "
                f"reads {SCHEMA_VERSION}). Upgrade Stridelog; the file has not been changed."
            )
        if version == SCHEMA_VERSION:
            return  # a new journal gets its meta with the first write
        with self._writing():
            self.backup(reason=f"pre-migration-v{version}", force=True)
            tables = self._read()
            for v in range(version, SCHEMA_VERSION):
                tables = MIGRATIONS[v](tables)
            tables.setdefault(META, {})[str(META_ID)] = {"schema_version": SCHEMA_VERSION}
            self._storage.write(tables)

    def _has_meta(self) -> bool:
        return str(META_ID) in self._read().get(META, {})

    # --- reading ------------------------------------------------------------------------------

    def get(self, date: dt.date) -> Day | None:
        self._read()
        key = date.toordinal()
        if (day := self._day_cache.get(key)) is not None:
            return day
        doc = self._days_table.get(doc_id=key)
        if doc is None:
            return None
        day = parse_day(dict(doc))
        self._day_cache[key] = day
        return day

    def days(self, start: dt.date | None = None, end: dt.date | None = None) -> list[Day]:
        """Days in date order, optionally within ``start``..``end`` inclusive."""
        all_days = self._all_days()
        if start is None and end is None:
            return list(all_days)
        lo = start.toordinal() if start else 0
        hi = end.toordinal() if end else 10**9
        return [d for d in all_days if lo <= d.date.toordinal() <= hi]

    def _all_days(self) -> list[Day]:
        tables = self._read()
        gen = self._storage.generation
        if self._all_cache and self._all_cache[0] == gen:
            return self._all_cache[1]
        raw = tables.get(DAYS, {})
        if len(self._day_cache) < len(raw) // 2:
            self._decode_all_days()
        out = []
        for key in sorted(raw, key=int):
            day = self._day_cache.get(int(key))
            if day is None:
                day = parse_day(raw[key])
                self._day_cache[int(key)] = day
            out.append(day)
        self._all_cache = (gen, out)
        return out

    def _decode_all_days(self) -> None:
        """Typed decode of the whole file in one msgspec pass: ~2x faster than converting
        TinyDB's dicts one by one. A document that does not validate is left to the slow
        path, which names it."""
        raw = self._storage.raw()
        if not raw:
            return
        gc_was_enabled = gc.isenabled()
        gc.disable()
        try:
            decoded = msgspec.json.decode(raw, type=_DaysFile).days
        except msgspec.ValidationError:
            return
        finally:
            if gc_was_enabled:
                gc.enable()
        self._day_cache = {int(k): v for k, v in decoded.items()}

    def dates(self) -> list[dt.date]:
        raw = self._read().get(DAYS, {})
        return [dt.date.fromordinal(int(k)) for k in sorted(raw, key=int)]

    def __len__(self) -> int:
        return len(self._read().get(DAYS, {}))

    def profile(self) -> Profile:
        self._read()
        doc = self._profile.get(doc_id=PROFILE_ID)
        return Profile() if doc is None else parse_profile(dict(doc), prefix="profile")

    # --- writing ------------------------------------------------------------------------------

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        """The writer lock, a fresh view of the file, a daily backup, one atomic write."""
        try:
            self._lock.acquire()
        except filelock.Timeout:
            raise StoreLocked(self.path, self.lock_path, self.lock_timeout) from None
        try:
            with contextlib.suppress(OSError):
                os.chmod(self.lock_path, 0o600)
            self._remove_stale_temp_files()
            self._read()  # reloads if another process wrote since we last looked
            self.backup()
            with self._storage.batch():
                if not self._has_meta():
                    self._meta.upsert(Document({"schema_version": SCHEMA_VERSION}, doc_id=META_ID))
                yield
        finally:
            self._lock.release()

    def _remove_stale_temp_files(self) -> None:
        """Temp files of writers killed mid-write; safe to remove while we hold the lock."""
        for tmp in self.data_dir.glob(f".{self.path.name}.*.tmp"):
            with contextlib.suppress(OSError):
                tmp.unlink()

    def _replace_docs(self, days: list[Day]) -> None:
        """Write each day as the whole document of its date: one TinyDB operation per kind
        (replace, insert), as each rebuilds the table's dict of 3,650 documents."""
        ids = [d.date.toordinal() for d in days]
        existing = self._read().get(DAYS, {})
        replacing = {
            d.date.isoformat(): to_doc(d) for d in days if str(d.date.toordinal()) in existing
        }
        if replacing:

            def replace_whole(doc: dict[str, Any]) -> None:
                new = replacing[doc["date"]]
                doc.clear()
                doc.update(new)

            self._days_table.update(replace_whole, doc_ids=[date_id(k) for k in replacing])
        inserting = [(d, i) for d, i in zip(days, ids, strict=True) if str(i) not in existing]
        if inserting:
            self._days_table.insert_multiple(Document(to_doc(d), doc_id=i) for d, i in inserting)
        self._day_cache.update(zip(ids, days, strict=True))

    def put(self, day: Day) -> None:
        """Store ``day`` as the whole document for its date."""
        with self._writing():
            self._replace_docs([day])

    def add(self, day: Day) -> Day:
        """Merge ``day`` into the stored day of its date (``stridelog add`` rules)."""
        with self._writing():
            merged = merge(self.get(day.date), day)
            self._replace_docs([merged])
        return merged

    def delete(self, date: dt.date) -> bool:
        with self._writing():
            if self.get(date) is None:
                return False
            self._days_table.remove(doc_ids=[date.toordinal()])
            self._day_cache.pop(date.toordinal(), None)
        return True

    def set_profile(self, profile: Profile) -> None:
        with self._writing():
            self._profile.upsert(Document(to_doc(profile), doc_id=PROFILE_ID))

    def put_many(
        self,
        days: Iterable[Day],
        *,
        keep_existing: bool = False,
        profile: Profile | None = None,
        dry_run: bool = False,
    ) -> ImportResult:
        """Store many days in one atomic write: all of them land, or none."""
        result = ImportResult()
        by_date: dict[dt.date, Day] = {}
        for day in days:
            by_date[day.date] = day  # a later document of the same date wins
        with self._writing() if not dry_run else contextlib.nullcontext():
            to_write = []
            for date, day in sorted(by_date.items()):
                stored = self.get(date)
                if stored is None:
                    result.added += 1
                elif keep_existing:
                    result.kept += 1
                    continue
                elif stored == day:
                    result.unchanged += 1
                    continue
                else:
                    result.replaced += 1
                to_write.append(day)
            if profile is not None and not keep_existing and profile != self.profile():
                result.profile_set = True
                if not dry_run:
                    self._profile.upsert(Document(to_doc(profile), doc_id=PROFILE_ID))
            if to_write and not dry_run:
                self._replace_docs(to_write)
        return result

    # --- backups and checks -------------------------------------------------------------------

    def backups(self) -> list[Path]:
        """Backup files, newest first."""
        if not self.backup_dir.is_dir():
            return []
        return sorted(self.backup_dir.glob("journal-*.json"), reverse=True)

    def newest_good_backup(self) -> Path | None:
        for candidate in self.backups():
            try:
                parse_tables(candidate.read_bytes())
            except (OSError, ValueError):
                continue
            return candidate
        return None

    def backup(self, *, reason: str = "", force: bool = False) -> Path | None:
        """Copy the current file to ``backups/`` once per day (or now, with ``force``)."""
        if not self.path.exists() or self.path.stat().st_size == 0:
            return None
        stamp = self._clock().isoformat()
        name = f"journal-{stamp}{'-' + reason if reason else ''}.json"
        target = self.backup_dir / name
        if target.exists() and not force:
            return None
        paths.ensure_private_dir(self.backup_dir)
        write_private_atomic(target, self.path.read_bytes())
        for old in self.backups()[self.keep_backups :]:
            with contextlib.suppress(OSError):
                old.unlink()
        return target

    def check(self) -> CheckReport:
        tables = self._read()
        raw_days = tables.get(DAYS, {})
        problems: list[str] = []
        for key, doc in raw_days.items():
            try:
                day = parse_day(doc, prefix=f"days[{key}]")
            except InvalidInput as err:
                problems.append(str(err))
                continue
            if day.date.toordinal() != int(key):
                problems.append(f"document {key} holds the date {day.date}, not its own")
        dates = self.dates()
        return CheckReport(
            path=self.path,
            exists=self.path.exists(),
            days=len(raw_days),
            first=dates[0] if dates else None,
            last=dates[-1] if dates else None,
            schema_version=self.schema_version(),
            size_bytes=self.path.stat().st_size if self.path.exists() else 0,
            backups=self.backups(),
            problems=problems,
        )


def copy_journal(src_dir: Path, dst_dir: Path) -> None:
    """Copy a journal file between data folders (used by tests and benchmarks)."""
    paths.ensure_private_dir(dst_dir)
    shutil.copy2(src_dir / paths.JOURNAL_FILE, dst_dir / paths.JOURNAL_FILE)
    os.chmod(dst_dir / paths.JOURNAL_FILE, 0o600)
