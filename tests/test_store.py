"""The journal store on real files: persistence, privacy, corruption, locks, TinyDB's traps."""

from __future__ import annotations

import datetime as dt
import errno
import os
import subprocess
import sys
from pathlib import Path

import filelock
import orjson
import pytest

from journal.model import Profile, parse_day
from journal.store import CorruptStore, Journal, NewerSchema, NoSpace, StoreLocked

from .conftest import REPO, private

D0 = dt.date(2026, 11, 1)


def day(n: int, **extra: object):
    return parse_day(
        {
            "date": (D0 + dt.timedelta(days=n)).isoformat(),
            "runs": [{"duration_min": 30 + n, "rpe": 5}],
            **extra,
        }
    )


def test_days_persist_and_come_back_in_date_order(data_dir: Path) -> None:
    j = Journal.open(data_dir)
    for n in (3, 1, 2):
        j.put(day(n))
    again = Journal.open(data_dir)
    assert [d.date.day for d in again.days()] == [2, 3, 4]
    assert again.get(D0 + dt.timedelta(days=1)) == day(1)
    assert again.days(D0 + dt.timedelta(days=2), D0 + dt.timedelta(days=3)) == [day(2), day(3)]
    assert again.get(D0) is None
    assert len(again) == 3


def test_doc_id_is_the_dates_ordinal_in_a_file_per_month(data_dir: Path) -> None:
    j = Journal.open(data_dir)
    j.put(day(0))
    j.put(day(40))  # December: a second month file
    root = orjson.loads((data_dir / "journal.json").read_bytes())
    assert root["meta"]["1"] == {"schema_version": 1, "layout": "months", "days": j.days_dir.name}
    assert "days" not in root
    november = orjson.loads((j.days_dir / "2026-11.json").read_bytes())
    assert list(november["days"]) == [str(D0.toordinal())]
    assert sorted(p.name for p in j.days_dir.iterdir()) == ["2026-11.json", "2026-12.json"]


def test_add_merges_and_put_replaces(data_dir: Path) -> None:
    j = Journal.open(data_dir)
    j.add(day(0, fatigue=3))
    merged = j.add(day(0, fatigue=6))
    assert len(merged.runs) == 2 and merged.fatigue == 6
    j.put(day(0))
    assert Journal.open(data_dir).get(D0) == day(0)
    assert j.delete(D0) and not j.delete(D0)
    assert Journal.open(data_dir).get(D0) is None


def test_files_are_private(data_dir: Path) -> None:
    j = Journal.open(data_dir)
    j.put(day(0))
    j.put(day(1))  # second write: a backup of the first file exists now
    assert (os.stat(data_dir).st_mode & 0o777) == 0o700
    for path in [data_dir / "journal.json", j.lock_path, *j.backups()]:
        assert private(path), path
    assert (os.stat(j.backup_dir).st_mode & 0o777) == 0o700


@pytest.mark.parametrize(
    "content",
    [b"", b"   ", b'{"days": {"1": {"date": "2026-11', b"[1, 2, 3]", b'{"days": 5}'],
    ids=["zero-bytes", "blank", "torn", "a-list", "not-tables"],
)
def test_corrupt_file_is_refused_and_left_byte_identical(data_dir: Path, content: bytes) -> None:
    good = Journal.open(data_dir)
    good.put(day(0))
    good.put(day(1))  # takes the daily backup
    path = data_dir / "journal.json"
    path.write_bytes(content)
    with pytest.raises(CorruptStore) as err:
        Journal.open(data_dir)
    message = str(err.value)
    assert str(path) in message and "has not been changed" in message
    assert str(good.backups()[0]) in message
    # a journal object opened before the damage must not write over it either
    with pytest.raises(CorruptStore):
        good.put(day(5))
    assert path.read_bytes() == content


def test_reload_after_another_writer_sees_its_days(data_dir: Path) -> None:
    """A month read before another process wrote it is read again, never served stale."""
    tui = Journal.open(data_dir)
    tui.put(day(0))
    assert len(tui.days()) == 1  # the month is decoded and kept
    subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.helpers.writer",
            str(data_dir),
            (D0 + dt.timedelta(days=1)).isoformat(),
            "3",
        ],
        cwd=REPO,
        check=True,
        capture_output=True,
    )
    assert [d.date.day for d in tui.days()] == [1, 2, 3, 4]
    assert tui.get(D0 + dt.timedelta(days=2)).runs[0].duration_min == 31
    tui.put(day(10))  # the write reloads first: nothing collides, nothing is lost
    assert len(Journal.open(data_dir)) == 5


def test_open_tui_and_cli_add_never_lose_each_others_days(data_dir: Path) -> None:
    tui = Journal.open(data_dir)
    tui.add(day(0, fatigue=3))
    cli = Journal.open(data_dir)
    cli.add(day(0, tags=["heat"]))
    tui.add(day(0, soreness=4))  # the TUI's merge must see the CLI's tag
    stored = Journal.open(data_dir).get(D0)
    assert stored is not None
    assert (stored.fatigue, stored.soreness, stored.tags, len(stored.runs)) == (3, 4, ["heat"], 3)


def test_lock_has_its_own_file_and_a_held_lock_is_explained(data_dir: Path) -> None:
    j = Journal.open(data_dir, lock_timeout=0.2)
    j.put(day(0))
    assert j.lock_path.name == "journal.json.lock"
    before = (data_dir / "journal.json").read_bytes()
    other = filelock.FileLock(j.lock_path)
    with other, pytest.raises(StoreLocked) as err:
        j.put(day(1))
    assert "Another Stridelog is writing" in str(err.value) and "Nothing was written" in str(
        err.value
    )
    assert (data_dir / "journal.json").read_bytes() == before
    j.put(day(1))  # and it works again once released
    assert len(j) == 2


def test_rolling_backups_one_per_day_keep_last_n(data_dir: Path) -> None:
    today = [dt.date(2026, 1, 1)]
    j = Journal(data_dir, keep_backups=3, clock=lambda: today[0])
    j.put(day(0))
    for n in range(1, 7):
        j.put(day(n))
        j.put(day(n + 20))  # a second write the same day takes no new backup
        today[0] += dt.timedelta(days=1)
    names = [p.name for p in j.backups()]
    assert names == ["journal-2026-01-06", "journal-2026-01-05", "journal-2026-01-04"]
    restored = Journal(j.backups()[0]).days()  # a backup folder opens as a journal
    assert len(restored) == 1 + 2 * 5  # the state before the first write of 2026-01-06
    assert len(j) == 1 + 2 * 6
    # month files by hard link, not copies: a backup shares the unchanged files' inodes
    now = j.backup(reason="now", force=True)
    for live in j.days_dir.iterdir():
        assert os.stat(live).st_ino == os.stat(now / j.days_dir.name / live.name).st_ino
    j.put(day(0, fatigue=2))  # the write replaces the file: the backup keeps the old bytes
    assert Journal(now).get(D0) == day(0) and j.get(D0) == day(0, fatigue=2)


def test_migration_backs_up_first(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    old = {"days": {str(D0.toordinal()): {"date": D0.isoformat(), "fatigue": 4}}}
    (data_dir / "journal.json").write_bytes(orjson.dumps(old))
    j = Journal.open(data_dir)
    assert j.schema_version() == 1
    pre = [p for p in j.backups() if p.name.endswith("-pre-migration-v0.json")]
    assert len(pre) == 1 and orjson.loads(pre[0].read_bytes()) == old
    assert j.get(D0).fatigue == 4


def test_newer_schema_is_refused_untouched(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    content = orjson.dumps({"meta": {"1": {"schema_version": 99}}, "days": {}})
    (data_dir / "journal.json").write_bytes(content)
    with pytest.raises(NewerSchema, match="newer Stridelog"):
        Journal.open(data_dir)
    assert (data_dir / "journal.json").read_bytes() == content


def test_put_many_is_one_write_with_counts(data_dir: Path) -> None:
    j = Journal.open(data_dir)
    j.put(day(0))
    j.put(day(1))
    incoming = [day(0), day(1, fatigue=5), day(2)]
    dry = j.put_many(incoming, dry_run=True)
    assert (dry.added, dry.replaced, dry.unchanged) == (1, 1, 1)
    assert len(Journal.open(data_dir)) == 2
    result = j.put_many(incoming, profile=Profile(sex="male"))
    assert (result.added, result.replaced, result.unchanged, result.profile_set) == (1, 1, 1, True)
    assert Journal.open(data_dir).profile().sex == "male"
    again = j.put_many(incoming, profile=Profile(sex="male"))
    assert (again.added, again.replaced, again.unchanged, again.profile_set) == (0, 0, 3, False)
    kept = j.put_many([day(0, fatigue=9), day(9)], keep_existing=True)
    assert (kept.added, kept.kept) == (1, 1)
    assert Journal.open(data_dir).get(D0).fatigue is None


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize("where", ["write_new_private", "write_private_atomic", "fsync_dir"])
def test_full_disk_mid_commit_writes_nothing_and_says_so(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    j = Journal.open(data_dir)
    j.put(day(0))
    j.put(day(1))  # the day's backup exists: the failing write below adds nothing at all
    before = snapshot(data_dir)

    def full(*_a: object, **_k: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(f"journal.store.journal.{where}", full)
    with pytest.raises(NoSpace) as err:
        j.put_many([day(n) for n in range(1, 50)])  # November and December: a new folder
    assert str(err.value) == (
        f"no space left on the disk holding {data_dir / 'journal.json'}; nothing was written"
    )
    if where == "write_private_atomic":
        with pytest.raises(NoSpace):
            j.put(day(0, fatigue=2))  # one month: the month file's own atomic replace
    monkeypatch.undo()
    assert snapshot(data_dir) == before
    assert len(j) == 2 and len(Journal.open(data_dir)) == 2


def test_concurrent_writer_processes_lose_nothing(data_dir: Path) -> None:
    Journal.open(data_dir)
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.helpers.writer",
                str(data_dir),
                (D0 + dt.timedelta(days=100 * k)).isoformat(),
                "15",
            ],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for k in range(4)
    ]
    acked = []
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err.decode()
        acked += [line.split()[1] for line in out.decode().splitlines()]
    stored = {d.date.isoformat() for d in Journal.open(data_dir).days()}
    assert len(acked) == 60 and stored == set(acked)


def test_day_index_follows_the_days_and_is_only_a_cache(data_dir: Path) -> None:
    from journal.nutrition import day_intake

    j = Journal.open(data_dir)
    j.put_many(
        [day(n, fatigue=1 + n % 10, weight_kg=60 + n if n % 7 == 0 else None) for n in range(75)]
    )
    index = j.day_index()
    days = j.days()
    assert index.dates() == [d.date for d in days]
    assert list(index.column("load")) == [d.load for d in days]
    assert index.value("fatigue", D0 + dt.timedelta(days=12)) == 3
    assert index.value("kcal", D0) is None  # no meals: no intake total
    assert index.last_known("weight_kg", D0 + dt.timedelta(days=20)) == (
        D0 + dt.timedelta(days=14),
        74.0,
    )
    cache = data_dir / "day-index.msgpack"
    assert private(cache)
    # another process changes one month: that month is rebuilt from its file's new stamp
    meal = {"name": "lunch", "kcal": 700, "iron_mg": 4}
    Journal.open(data_dir).add(day(40, meals=[meal]))
    assert j.day_index().value("kcal", D0 + dt.timedelta(days=40)) == 700
    assert (
        j.day_index().value("iron_mg", D0 + dt.timedelta(days=40))
        == day_intake(j.get(D0 + dt.timedelta(days=40))).totals["iron_mg"]
    )
    ranged = j.day_index(D0 + dt.timedelta(days=30), D0 + dt.timedelta(days=33))
    assert [d.day for d in ranged.dates()] == [1, 2, 3, 4]  # 2026-12-01..04
    # deleting the cache changes no result
    full = j.day_index()
    cache.unlink()
    again = Journal.open(data_dir).day_index()
    assert again.ordinals == full.ordinals
    assert all(
        orjson.dumps(list(again.column(c))) == orjson.dumps(list(full.column(c)))
        for c in full.columns
    )


def test_replacing_a_day_in_a_damaged_month_is_refused(data_dir: Path) -> None:
    j = Journal.open(data_dir)
    j.put(day(0))
    j.put(day(1))
    month = j.days_dir / "2026-11.json"
    month.write_bytes(b'{"days": {"1": ')
    with pytest.raises(CorruptStore, match=r"2026-11\.json cannot be read"):
        j.put(day(2))  # a whole-day replace reads nothing first, yet refuses
    with pytest.raises(CorruptStore):
        j.put_many([day(3), day(40)])
    assert month.read_bytes() == b'{"days": {"1": '
    j.put(day(40))  # another month is fine
    assert Journal.open(data_dir).get(D0 + dt.timedelta(days=40)) == day(40)


def test_a_day_or_profile_that_would_not_read_back_is_not_written(data_dir: Path) -> None:
    """Structs built without validation (Day(fatigue=99)) never reach the disk."""
    from journal.model import Day
    from journal.store import StoreError

    j = Journal.open(data_dir)
    j.put(day(0))
    j.put(day(0))  # the day's backup is taken: the refused writes below add nothing at all
    before = snapshot(data_dir)
    with pytest.raises(StoreError, match="nothing was written: a day is not valid"):
        j.put(Day(date=D0, fatigue=99))
    with pytest.raises(StoreError, match="nothing was written: a day is not valid"):
        j.put_many([day(1), Day(date=D0 + dt.timedelta(days=40), fatigue=0)])
    with pytest.raises(StoreError, match="nothing was written: the profile is not valid"):
        j.set_profile(Profile(birth_year=2500))
    assert snapshot(data_dir) == before
    assert Journal.open(data_dir).days() == [day(0)]
