"""The journal repository: days in one TinyDB file per month, read only as far as asked.

Reading a day decodes its month; reading a range decodes the months it spans; a decoded month
is kept until its file's stamp changes (another process wrote it). Every write takes the
writer lock (its own ``.lock`` file), re-reads what changed, takes the day's backup, and lands
atomically: one month by replacing its file, several months (or the profile with days) by a
new days folder named in ``journal.json`` by one atomic replace. See :mod:`.layout`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec

from journal import paths
from journal.files import fsync_dir, fsync_file, write_new_private, write_private_atomic
from journal.model import SCHEMA_VERSION, Day, Profile, merge, to_doc
from journal.store import backups, codec, layout, upkeep
from journal.store.errors import (
    CorruptStore,
    LinkRefused,
    NewerSchema,
    ReadOnlyStore,
    StoreError,
    StoreLocked,
    explain_os_error,
)
from journal.store.layout import Damaged, Stamp, month_of
from journal.store.lock import LockTimeout, WriterLock
from journal.store.records import CheckReport, ImportResult, MonthDays, Txn
from journal.store.tinyfile import month_file_after

if TYPE_CHECKING:
    from journal.store.index import DayIndex

DEFAULT_KEEP_BACKUPS = 14
DEFAULT_LOCK_TIMEOUT = 5.0
_UNSET: Any = object()


class _Moved(Exception):
    """The days folder read from went away: a writer committed twice meanwhile; read again."""


class Journal:
    """The days, the profile and the files behind them."""

    def __init__(
        self,
        data_dir: str | os.PathLike[str],
        *,
        lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
        keep_backups: int = DEFAULT_KEEP_BACKUPS,
        clock: Callable[[], dt.date] = dt.date.today,
        migrate: bool = True,
        after_load: Callable[[], object] | None = None,
    ) -> None:
        """``migrate=False`` reads a single-file journal without converting it (``check``
        writes nothing); ``after_load`` is called after a read decoded many months (the CLI
        passes ``gc.freeze``: long-lived parsed days need not be scanned by the collector)."""
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / paths.JOURNAL_FILE
        self.lock_path = self.data_dir / (paths.JOURNAL_FILE + ".lock")
        self.backup_dir = self.data_dir / paths.BACKUP_DIR
        self.lock_timeout = lock_timeout
        self.keep_backups = keep_backups
        self._clock = clock
        self._migrate_on_open = migrate
        self._after_load = after_load
        self._lock = WriterLock(self.lock_path, lock_timeout)
        self._root_stamp: Stamp | None = _UNSET
        self._schema = SCHEMA_VERSION
        self._gen: str | None = None
        self._profile: Profile | None = None
        self._months: dict[str, MonthDays] = {}
        self._legacy: dict[str, MonthDays] | None = None
        self._decoded = 0  # months decoded by the current read
        self._codec: codec.Codec = codec.PLAIN  # the root file says which
        self._refresh(migrate)

    @classmethod
    def open(cls, data_dir: str | os.PathLike[str] | None = None, **kwargs: Any) -> Journal:
        return cls(paths.data_dir(data_dir), **kwargs)

    def close(self) -> None:
        self._months = {}

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- loading ------------------------------------------------------------------------------

    @property
    def days_dir(self) -> Path | None:
        """The current days folder (None before the first write or for a single-file one)."""
        return None if self._gen is None else self.data_dir / self._gen

    def _corrupt(self, err: Damaged) -> CorruptStore:
        self._root_stamp = _UNSET
        return CorruptStore(err.path, str(err), self.newest_good_backup(), self.data_dir)

    def _refresh(self, migrate: bool | None = None) -> None:
        """Re-read journal.json if it changed on disk (another process wrote it)."""
        if os.path.islink(self.path):
            raise LinkRefused(self.path, os.readlink(self.path))
        st = layout.stamp(self.path)
        if st is not None and st == self._root_stamp:
            return
        if st is None:
            self._root_stamp, self._gen, self._profile = None, None, None
            self._schema, self._legacy = SCHEMA_VERSION, None
            return
        try:
            raw = self.path.read_bytes()
            self._codec = codec.for_root(self.data_dir, self.path, raw)
            raw = self._codec.decode(self.path, raw)
            root = layout.decode_root(self.path, raw)
        except FileNotFoundError:
            self._root_stamp = _UNSET
            return self._refresh(migrate)
        except Damaged as err:
            raise self._corrupt(err) from None
        meta = root.meta.get("1")
        version = meta.schema_version if meta else 0
        if version > SCHEMA_VERSION:
            raise NewerSchema(
                f"{self.path} was written by a newer Stridelog (schema {version}; this one "
                f"reads {SCHEMA_VERSION}). Upgrade Stridelog; the file has not been changed."
            )
        self._schema, self._profile = version, root.profile.get("1")
        if meta is not None and meta.layout == layout.LAYOUT:
            self._gen, self._legacy, self._root_stamp = meta.days, None, st
            if os.path.exists(self.data_dir / codec.NEW_KEY_FILE):
                self._settle_key_change()
            return
        self._load_legacy(raw, st)  # validates every day before anything is written
        if (self._migrate_on_open if migrate is None else migrate) and self._can_write():
            self._migrate()
            self._root_stamp = _UNSET
            return self._refresh(migrate)

    def _settle_key_change(self) -> None:
        """Finish (or clear) a passphrase change a killed process left half-done."""
        from journal.store import rekey

        if not self._can_write():
            return
        # StoreLocked: its writer is still at work; read as is
        with contextlib.suppress(StoreLocked), self._locked():
            rekey.settle(self.data_dir, self._codec)

    def _load_legacy(self, raw: bytes, st: Stamp) -> None:
        """A read-only view of a single-file journal (a read-only folder, or ``check``)."""
        try:
            days = layout.decode_legacy_days(self.path, raw)
        except Damaged as err:
            raise self._corrupt(err) from None
        by_month: dict[str, dict[int, Day]] = {}
        for key, day in days.items():
            by_month.setdefault(month_of(day.date), {})[key] = day
        self._legacy = {m: MonthDays(None, d) for m, d in by_month.items()}
        self._gen, self._root_stamp = None, st

    def _can_write(self) -> bool:
        return os.access(self.data_dir, os.W_OK)

    def _month_names(self) -> list[str]:
        if self._legacy is not None:
            return sorted(self._legacy)
        if self._gen is None:
            return []
        try:
            return layout.list_months(self.data_dir / self._gen)
        except FileNotFoundError:
            raise _Moved from None

    def _month(self, month: str) -> MonthDays | None:
        if self._legacy is not None:
            return self._legacy.get(month)
        if self._gen is None:
            return None
        gen_dir = self.data_dir / self._gen
        path = gen_dir / f"{month}.json"
        st = layout.stamp(path)
        if st is None:
            if not gen_dir.is_dir():
                raise _Moved
            return None
        cached = self._months.get(month)
        if cached is not None and cached.stamp == st:
            return cached
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise _Moved from None
        try:
            plain = self._codec.decode(path, raw)
            loaded = MonthDays(st, layout.decode_month(path, plain, month))
        except Damaged as err:
            raise self._corrupt(err) from None
        self._months[month] = loaded
        self._decoded += 1
        return loaded

    def _stable(self, read: Callable[[], Any]) -> Any:
        """Run ``read`` on one consistent view: again if a writer committed meanwhile."""
        for _ in range(50):
            self._refresh()
            seen = self._root_stamp
            try:
                out = read()
            except _Moved:
                self._root_stamp = _UNSET
                continue
            if self._legacy is not None or layout.stamp(self.path) == seen:
                return out
            self._root_stamp = _UNSET
        raise StoreError(f"{self.path} kept changing while it was read; try again")

    # --- schema -------------------------------------------------------------------------------

    def schema_version(self) -> int:
        self._refresh()
        return self._schema

    # --- reading ------------------------------------------------------------------------------

    def get(self, date: dt.date) -> Day | None:
        def read() -> Day | None:
            month = self._month(month_of(date))
            return None if month is None else month.days.get(date.toordinal())

        return self._stable(read)

    def days(self, start: dt.date | None = None, end: dt.date | None = None) -> list[Day]:
        """Days in date order, optionally within ``start``..``end`` inclusive; only the
        months of the range are read."""
        lo = start.toordinal() if start else 0
        hi = end.toordinal() if end else 10**9
        first = month_of(start) if start else ""
        last = month_of(end) if end else "9999-99"

        def read() -> list[Day]:
            self._decoded = 0
            out: list[Day] = []
            with layout.collector_paused():
                for name in self._month_names():
                    if first <= name <= last and (month := self._month(name)) is not None:
                        out.extend(month.ordered)
                if self._after_load and self._decoded >= 12:
                    self._after_load()  # before the collector runs again over the new days
            if out and (out[0].date.toordinal() < lo or out[-1].date.toordinal() > hi):
                out = [d for d in out if lo <= d.date.toordinal() <= hi]
            return out

        return self._stable(read)

    def dates(self) -> list[dt.date]:
        return [d.date for d in self.days()]

    def __len__(self) -> int:
        return len(self.days())

    def profile(self) -> Profile:
        self._refresh()
        return self._profile or Profile()

    def day_index(self, start: dt.date | None = None, end: dt.date | None = None) -> DayIndex:
        """Per-day numbers (load, distance, ratings, sleep, weight, intake, period) for
        ``start``..``end``, from a cache rebuilt per month whose file changed."""
        from journal.store.index import read_index

        return self._stable(lambda: read_index(self, start, end))

    # --- writing ------------------------------------------------------------------------------

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """The writer lock; the system's refusals (full disk, read-only) said in words."""
        try:
            paths.ensure_private_dir(self.data_dir)
            if not self._can_write():
                raise ReadOnlyStore(self.data_dir, "the folder is read-only for you")
            outermost = not self._lock.held
            try:
                self._lock.acquire()
            except LockTimeout:
                raise StoreLocked(self.path, self.lock_path, self.lock_timeout) from None
        except OSError as err:
            raise (explain_os_error(err, self.path) or err) from None
        try:
            try:
                if outermost:
                    # a stale view (another process committed since) must not judge which
                    # days folders are old: that could be the one journal.json now names
                    fresh = layout.stamp(self.path) == self._root_stamp
                    upkeep.sweep(self.data_dir, self._gen if fresh else None, self.backup_dir)
                yield
            except OSError as err:
                self._root_stamp = _UNSET  # what reached the disk is unknown: read again
                explained = explain_os_error(err, self.path)
                if explained is None:
                    raise
                raise explained from None
        finally:
            self._lock.release()

    @contextlib.contextmanager
    def _writing(self) -> Iterator[Txn]:
        """Lock, a fresh view, the day's backup, then one atomic commit of the changes."""
        with self._locked():
            self._refresh(migrate=True)
            if self._legacy is not None:  # a single-file journal we could not convert
                raise ReadOnlyStore(self.data_dir, "the journal could not be converted")
            self.backup()
            txn = Txn()
            yield txn
            self._commit(txn)

    def _month_path(self, month: str) -> Path | None:
        return None if self._gen is None else self.data_dir / self._gen / f"{month}.json"

    def _month_bytes(self, month: str) -> bytes | None:
        """The plain bytes of a month file as stored (None: a month not yet written)."""
        path = self._month_path(month)
        if path is None or not path.exists():
            return None
        return self._codec.decode(path, path.read_bytes())

    @property
    def codec(self) -> codec.Codec:
        """How this journal's files are stored (plain, or encrypted under one key)."""
        self._refresh()
        return self._codec

    def _commit(self, txn: Txn) -> None:
        touched: dict[str, list[int]] = {}
        for o in [*txn.puts, *txn.deletes]:
            touched.setdefault(month_of(dt.date.fromordinal(o)), []).append(o)
        if not touched and txn.profile is None and self._gen is not None:
            return
        current = {m: self._month(m) for m in touched}  # a damaged month refuses here
        new_bytes = {
            m: month_file_after(self._month_bytes(m), txn.puts, txn.deletes, ords)
            for m, ords in touched.items()
        }
        for month, raw in new_bytes.items():  # what is written must read back
            try:
                layout.decode_month(self.data_dir / f"{month}.json", raw, month)
            except Damaged as err:
                raise StoreError(f"nothing was written: a day is not valid ({err})") from None
        new_days = {}
        for month, ords in touched.items():
            cached = current[month]
            days = dict(cached.days) if cached else {}
            for o in ords:
                if o in txn.puts:
                    days[o] = txn.puts[o]
                else:
                    days.pop(o, None)
            new_days[month] = days
        if self._gen is not None and txn.profile is None and len(new_bytes) == 1:
            ((month, raw),) = new_bytes.items()
            path = self.data_dir / self._gen / f"{month}.json"
            write_private_atomic(path, self._codec.encode(raw))
        elif self._gen is not None and not new_bytes:
            self._write_root(self._gen, txn.profile)
        else:
            self._commit_generation(new_bytes, txn.profile or self._profile)
        for month, days in new_days.items():
            path = self.data_dir / str(self._gen) / f"{month}.json"
            self._months[month] = MonthDays(layout.stamp(path), days)
        if txn.profile is not None:
            self._profile = txn.profile

    def _write_root(self, gen: str, profile: Profile | dict[str, Any] | None) -> None:
        meta = {"schema_version": SCHEMA_VERSION, "layout": layout.LAYOUT, "days": gen}
        tables: dict[str, Any] = {"meta": {"1": meta}}
        if profile is not None:
            doc = profile if isinstance(profile, dict) else to_doc(profile)
            tables["profile"] = {"1": doc}
        raw = msgspec.json.encode(tables)
        try:
            layout.decode_root(self.path, raw)  # what is written must read back
        except Damaged as err:
            raise StoreError(f"nothing was written: the profile is not valid ({err})") from None
        write_private_atomic(self.path, self._codec.encode(raw))
        self._gen, self._schema, self._legacy = gen, SCHEMA_VERSION, None
        self._root_stamp = layout.stamp(self.path)

    def _commit_generation(
        self, months: dict[str, bytes], profile: Profile | dict[str, Any] | None
    ) -> None:
        """Write a new days folder (unchanged months linked), then name it in journal.json:
        that one atomic replace commits every month at once."""
        base = None if self._gen is None else self.data_dir / self._gen
        number = max(layout.list_generations(self.data_dir), default=0) + 1
        new_dir = self.data_dir / layout.gen_name(number)
        os.mkdir(new_dir, 0o700)
        try:
            os.chmod(new_dir, 0o700)
            if base is not None:
                backups.link_months(base, new_dir, skip=months)
            for month, raw in months.items():
                write_new_private(new_dir / f"{month}.json", self._codec.encode(raw))
            for month in months:
                fsync_file(new_dir / f"{month}.json")
            fsync_dir(new_dir)
            fsync_dir(self.data_dir)
            self._write_root(new_dir.name, profile)
        except BaseException:
            if self._gen != new_dir.name:
                backups.rmtree(new_dir)
            raise
        upkeep.drop_old_generations(self.data_dir, self._gen)

    def _migrate(self) -> None:
        """The single-file journal to months, once: validate, back up, write, commit."""
        with self._locked():
            try:
                raw = self._codec.decode(self.path, self.path.read_bytes())
                root = layout.decode_root(self.path, raw)
                meta = root.meta.get("1")
                if meta is not None and meta.layout == layout.LAYOUT:
                    return  # another process converted it while we waited for the lock
                days = layout.decode_legacy_days(self.path, raw)
            except Damaged as err:
                raise self._corrupt(err) from None
            version = meta.schema_version if meta else 0
            name = f"journal-{self._clock().isoformat()}-pre-migration-v{version}.json"
            backups.take(self.backup_dir, name, self.path, None, force=True)
            months, profile = upkeep.months_of_single_file(raw, days)
            upkeep.remove_generations(self.data_dir)  # left by a killed conversion
            self._gen = None
            self._commit_generation(months, profile)

    def put(self, day: Day) -> None:
        """Store ``day`` as the whole document for its date."""
        with self._writing() as txn:
            txn.puts[day.date.toordinal()] = day

    def add(self, day: Day) -> Day:
        """Merge ``day`` into the stored day of its date (``stridelog add`` rules)."""
        with self._writing() as txn:
            merged = merge(self.get(day.date), day)
            txn.puts[day.date.toordinal()] = merged
        return merged

    def delete(self, date: dt.date) -> bool:
        with self._writing() as txn:
            if self.get(date) is None:
                return False
            txn.deletes.add(date.toordinal())
        return True

    def set_profile(self, profile: Profile) -> None:
        with self._writing() as txn:
            txn.profile = profile

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
        with contextlib.nullcontext(Txn()) if dry_run else self._writing() as txn:
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
                txn.puts[date.toordinal()] = day
            if profile is not None and not keep_existing and profile != self.profile():
                result.profile_set = True
                txn.profile = profile
        return result

    # --- backups and checks -------------------------------------------------------------------

    def backups(self) -> list[Path]:
        """Backups (folders; files from before the month layout), newest first."""
        return backups.list_backups(self.backup_dir)

    def newest_good_backup(self) -> Path | None:
        return next((b for b in self.backups() if backups.is_good(b, self._codec.decode)), None)

    def backup(self, *, reason: str = "", force: bool = False) -> Path | None:
        """Link the journal's files into ``backups/`` once per day (or now, with ``force``)."""
        if not self.path.exists():
            return None
        with self._locked():
            name = f"journal-{self._clock().isoformat()}{'-' + reason if reason else ''}"
            if self._gen is None:
                target = backups.take(self.backup_dir, name + ".json", self.path, None, force=force)
            else:
                gen_dir = self.data_dir / self._gen
                target = backups.take(self.backup_dir, name, self.path, gen_dir, force=force)
            if target is not None:
                backups.rotate(self.backup_dir, self.keep_backups)
            return target

    def check(self) -> CheckReport:
        """Read and validate every file (a damaged one raises, naming it); writes nothing."""
        days = self.days()
        size = self.path.stat().st_size if self.path.exists() else 0
        if self._gen is not None:
            gen_dir = self.data_dir / self._gen
            size += sum((gen_dir / f"{m}.json").stat().st_size for m in self._month_names())
        return CheckReport(
            path=self.path,
            exists=self.path.exists(),
            days=len(days),
            first=days[0].date if days else None,
            last=days[-1].date if days else None,
            schema_version=self._schema,
            size_bytes=size,
            backups=self.backups(),
            problems=[],
        )
