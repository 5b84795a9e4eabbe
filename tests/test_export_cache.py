"""The export of every day comes from a cache of its months' formatted days and its analysis
sections: its bytes are always those of the export built from the days (cold, warm, after a
change of one month or of the profile, with the cache deleted, damaged or unreadable), a warm
export reads no month file and runs no analysis, and the cache is the owner's only."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

import msgspec
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_analysis_history import varied_days

from journal import stored_export
from journal.demo import demo_profile
from journal.exchange import build_export, dumps, export_bytes
from journal.model import Day, Profile
from journal.store import Journal, layout

NOW = dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.UTC)


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    j = Journal.open(tmp_path / "journal")
    j.put_many(varied_days(), profile=demo_profile())
    return j


def expected(journal: Journal, start: dt.date | None = None, end: dt.date | None = None) -> bytes:
    """The export built from the days, as every export was written before the cache."""
    fresh = Journal.open(journal.data_dir)
    return dumps(build_export(fresh, start, end, now=NOW, structs=True))


def exported(journal: Journal, start: dt.date | None = None, end: dt.date | None = None) -> bytes:
    chunks, n = export_bytes(Journal.open(journal.data_dir), start, end, now=NOW)
    out = b"".join(chunks)
    assert n == len(msgspec.json.decode(out)["days"])
    return out


def cache_of(journal: Journal) -> Path:
    return journal.data_dir / layout.EXPORT_FILE


def test_cold_and_warm_give_the_bytes_of_the_built_export(journal: Journal) -> None:
    want = expected(journal)
    assert not cache_of(journal).exists()
    assert exported(journal) == want
    assert cache_of(journal).exists()
    assert exported(journal) == want
    assert (os.stat(cache_of(journal)).st_mode & 0o777) == 0o600


def test_a_warm_export_reads_no_month_and_runs_no_analysis(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    last = journal.days()[-1].date
    year = (last - dt.timedelta(days=364), None)  # starts mid-month: that month is decoded
    months = (dt.date(last.year - 1, 3, 1), dt.date(last.year - 1, 8, 31))  # whole months
    want = {w: expected(journal, *w) for w in [(None, None), year, months]}
    for window, data in want.items():
        assert exported(journal, *window) == data
    decoded: list[str] = []
    month = Journal._month

    def counted(self: Journal, name: str) -> object:
        decoded.append(name)
        return month(self, name)

    def refused(*args: object, **kwargs: object) -> None:
        raise AssertionError("analysed although cached")

    monkeypatch.setattr(Journal, "_month", counted)
    monkeypatch.setattr("journal.stored_analysis.export_sections_of", refused)
    for window, data in want.items():  # each period's sections are kept
        assert exported(journal, *window) == data
    assert decoded == [layout.month_of(year[0])]


@pytest.mark.parametrize(
    "window",
    [
        (None, dt.date(2025, 2, 14)),
        (dt.date(2024, 12, 31), dt.date(2025, 1, 1)),
        (dt.date(2025, 1, 1), dt.date(2025, 1, 31)),
        (dt.date(2000, 1, 1), dt.date(2025, 3, 3)),
        (dt.date(2026, 10, 5), dt.date(2030, 1, 1)),
        (dt.date(2030, 1, 1), None),
        (dt.date(2025, 5, 5), dt.date(2025, 5, 5)),
    ],
)
def test_a_range_gives_the_bytes_of_the_built_export(
    journal: Journal, window: tuple[dt.date | None, dt.date | None]
) -> None:
    exported(journal)  # every whole month cached
    assert exported(journal, *window) == expected(journal, *window)
    assert exported(journal, *window) == expected(journal, *window)


def test_a_changed_month_is_formatted_again_and_the_sections_computed_again(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    exported(journal)
    days = journal.days()
    changed = msgspec.structs.replace(days[400], fatigue=9, notes="legs like lead")
    journal.put(changed)
    later = dt.date.fromordinal(days[-1].date.toordinal() + 3)
    journal.put(Day(date=later, fatigue=2))  # a new last day: a new period
    formatted: list[str] = []
    month_bytes = stored_export._month_bytes

    def counted(days: list[Day]) -> bytes | None:
        formatted.append(layout.month_of(days[0].date))
        return month_bytes(days)

    monkeypatch.setattr(stored_export, "_month_bytes", counted)
    got = exported(journal)
    assert got == expected(journal)
    assert b"legs like lead" in got
    assert formatted == sorted({layout.month_of(changed.date), layout.month_of(later)})


def test_a_new_profile_gives_new_sections(journal: Journal) -> None:
    exported(journal)
    journal.set_profile(msgspec.structs.replace(demo_profile(), sex="female", birth_year=1960))
    assert exported(journal) == expected(journal)


@pytest.mark.parametrize(
    "damage",
    ["truncated", "byte flipped in a month", "byte flipped in the sections", "garbage", "empty"],
)
def test_a_damaged_cache_is_ignored_and_written_again(journal: Journal, damage: str) -> None:
    want = expected(journal)
    exported(journal)
    path = cache_of(journal)
    raw = bytearray(path.read_bytes())
    if damage == "truncated":
        raw = raw[: len(raw) // 2]
    elif damage == "byte flipped in a month":
        at = raw.index(b'"date": "', len(raw) // 3) + 10
        raw[at] = ord("7") if raw[at] != ord("7") else ord("8")
    elif damage == "byte flipped in the sections":
        at = raw.rindex(b'"disclaimer"') + 20
        raw[at] ^= 0x01
    elif damage == "garbage":
        raw = bytearray(os.urandom(len(raw)))
    else:
        raw = bytearray()
    path.write_bytes(bytes(raw))
    assert exported(journal) == want
    assert path.read_bytes() != bytes(raw)  # written again
    assert exported(journal) == want


def test_deleting_the_cache_changes_nothing(journal: Journal) -> None:
    first = exported(journal)
    cache_of(journal).unlink()
    assert exported(journal) == first == expected(journal)


def test_a_read_only_folder_exports_without_writing_the_cache(journal: Journal) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes to read-only folders")
    want = expected(journal)
    os.chmod(journal.data_dir, 0o500)
    try:
        assert exported(journal) == want
        assert not cache_of(journal).exists()
    finally:
        os.chmod(journal.data_dir, 0o700)


def test_what_may_hold_a_positive_exponent_takes_the_exact_path(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    days = journal.days()
    odd = msgspec.structs.replace(days[500], notes="intervals:1e5 m")
    journal.put(odd)
    want = expected(journal)
    assert exported(journal) == want
    formatted: list[str] = []
    month_bytes = stored_export._month_bytes

    def counted(days: list[Day]) -> bytes | None:
        formatted.append(layout.month_of(days[0].date))
        return month_bytes(days)

    monkeypatch.setattr(stored_export, "_month_bytes", counted)
    assert exported(journal) == want
    assert formatted == [layout.month_of(odd.date)]  # the months before it were kept


def test_an_empty_journal_and_a_profile_only_one_export_as_before(tmp_path: Path) -> None:
    journal = Journal.open(tmp_path / "empty")
    assert exported(journal) == expected(journal)
    journal.set_profile(Profile(sex="male"))
    assert exported(journal) == expected(journal)


@pytest.mark.parametrize("change", ["a day", "the profile"])
def test_sections_found_while_a_writer_changed_the_journal_are_not_kept(
    journal: Journal, change: str
) -> None:
    from journal.stored_analysis import export_sections_of

    def sections(reader: Journal, lo: dt.date, hi: dt.date) -> dict[str, object]:
        out = export_sections_of(reader, lo, hi)
        writer = Journal.open(journal.data_dir)  # another process, meanwhile
        if change == "a day":
            writer.put(Day(date=writer.days()[-1].date, fatigue=10))
        else:
            writer.set_profile(msgspec.structs.replace(demo_profile(), birth_year=1950))
        return out

    reader = Journal.open(journal.data_dir)
    stored_export.export_range(reader, None, None, lambda lo, hi: {"h": 1}, sections)
    assert cache_of(journal).exists()  # the months were kept
    assert stored_export._Cached(Journal.open(journal.data_dir)).sections == []
    assert exported(journal) == expected(journal)


@pytest.mark.parametrize("cache", ["export", "carry"])
def test_a_cache_written_while_the_journal_was_encrypted_is_not_left_plain(
    journal: Journal, cache: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reader that opened the journal plain (the TUI, an export) and writes its cache after
    another process encrypted the journal must not leave the runner's notes in plain text."""
    from journal import crypto
    from journal.store import rekey
    from journal.stored_analysis import analyze_journal, export_sections_of

    monkeypatch.setenv("STRIDELOG_TEST_ONLY_SCRYPT_LOG2N", "10")
    reader = Journal.open(journal.data_dir)
    last = reader.days()[-1].date

    def encrypt_meanwhile() -> None:
        rekey.rekey(Journal.open(journal.data_dir), "correct horse battery staple")

    if cache == "export":

        def sections(j: Journal, lo: dt.date, hi: dt.date) -> dict[str, object]:
            out = export_sections_of(j, lo, hi)
            encrypt_meanwhile()
            return out

        stored_export.export_range(reader, None, None, lambda lo, hi: {"h": 1}, sections)
        path = cache_of(journal)
    else:
        from journal import stored_analysis

        keep = stored_analysis.keep_carry

        def keep_later(j: Journal, old: object, new: object) -> None:
            encrypt_meanwhile()
            keep(j, old, new)  # type: ignore[arg-type]

        monkeypatch.setattr(stored_analysis, "keep_carry", keep_later)
        analyze_journal(reader, last - dt.timedelta(days=30), last)
        path = journal.data_dir / layout.CARRY_FILE
    assert not path.exists() or crypto.is_encrypted(path.read_bytes())


def test_an_import_committed_while_exporting_gives_the_export_not_a_traceback(
    journal: Journal,
) -> None:
    """Writes spanning months (imports) replace the days folder, and the second removes the
    folder the export read; the export under way still finishes, keeping no sections."""
    from journal.stored_analysis import export_sections_of

    def sections(reader: Journal, lo: dt.date, hi: dt.date) -> dict[str, object]:
        out = export_sections_of(reader, lo, hi)
        writer = Journal.open(journal.data_dir)  # another process: two imports of two months
        days = writer.days()
        for fatigue in (9, 10):
            writer.put_many([msgspec.structs.replace(d, fatigue=fatigue) for d in days[::900]])
        return out

    reader = Journal.open(journal.data_dir)
    got = stored_export.export_range(reader, None, None, lambda lo, hi: {"h": 1}, sections)
    assert got is not None and got[1] == len(journal.days())
    assert stored_export._Cached(Journal.open(journal.data_dir)).sections == []
    assert exported(journal) == expected(journal)


def test_a_cache_written_before_encrypt_committed_is_not_left_plain(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A plain reader's cache that lands after ``encrypt`` removed the caches but before it
    committed is removed too (the reader's own check still saw the plain root)."""
    from journal import crypto
    from journal.store import rekey

    monkeypatch.setenv("STRIDELOG_TEST_ONLY_SCRYPT_LOG2N", "10")
    commit = Journal._commit_generation

    def commit_after_a_reader(self: Journal, *args: object) -> None:
        exported(journal)  # another process, still reading the journal plain
        commit(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(Journal, "_commit_generation", commit_after_a_reader)
    rekey.rekey(Journal.open(journal.data_dir), "correct horse battery staple")
    path = cache_of(journal)
    assert not path.exists() or crypto.is_encrypted(path.read_bytes())


# modules that read and write the journal's files: they change which bytes are read, never
# how the export formats them (a month's bytes are keyed by its stamp)
_READERS = {"code_digest", "crypto", "files", "passphrase", "paths", "stored_carry", "store"}
_SECTIONS = stored_export._SECTION_SOURCES


def test_the_cache_is_keyed_by_every_module_that_formats_the_export(tmp_path: Path) -> None:
    """A new version of any module the export's days or sections come from (a flag's title
    names distances by journal.entry) must not be served
    the bytes an older one cached."""
    import subprocess

    script = (
        "import sys, datetime as dt\n"
        "from journal.store import Journal\n"
        "from journal.model import Day, Run\n"
        f"j = Journal.open({str(tmp_path / 'j')!r})\n"
        "j.put_many([Day(date=dt.date(2026, 1, d), notes='x', "
        "runs=[Run(distance_km=5.0, duration_min=30.0, rpe=5)]) for d in range(1, 29)])\n"
        "from journal.exchange import export_bytes\n"
        "export_bytes(Journal.open(j.data_dir))\n"
        "print(' '.join(m for m in sys.modules if m.startswith('journal.')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout.split()
    keyed = [k.removesuffix(".py") for k in (*stored_export._MONTH_SOURCES, *_SECTIONS)]
    modules = [name.removeprefix("journal.").replace(".", "/") for name in out]
    missing = [
        rel
        for rel in modules
        if rel not in _READERS
        and not (rel.startswith("store/") and rel != "store/index")
        and not any(rel == k or rel.startswith(k + "/") for k in keyed)
    ]
    assert missing == []
