"""The rule hits of whole months are cached beside the day index: an analysis after the cache
is written, and after any change to the days, the profile or the cache file, is the analysis
of every day, and the rules run again only from the first month that changed."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

import msgspec
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_analysis_history import END, varied_days, windows

from journal.analysis import analyze
from journal.analysis.flags import Hit, merge_hits
from journal.demo import demo_profile
from journal.model import Day, Illness, Pain
from journal.store import Journal, layout
from journal.stored_analysis import analyze_journal, export_sections_of


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    j = Journal.open(tmp_path / "journal")
    j.put_many(varied_days(), profile=demo_profile())
    return j


def eventful_days() -> list[Day]:
    """:func:`varied_days` with what the rarer flags read, placed across month ends: severe
    pain on a month's last day (anchored on the next day's run), shin pain twice across a
    month end, fever on a run day, a 7 % weight loss over a month, a five-month cycle gap."""
    out = []
    for day in varied_days():
        changes: dict[str, object] = {}
        last_of_month = (day.date + dt.timedelta(days=1)).day == 1
        if last_of_month and day.date.month % 3 == 0:
            changes["pain"] = [Pain(site="achilles", score=7)]
        if day.date.day in (29, 2) and day.date.month % 5 == 1:
            changes["pain"] = [Pain(site="left shin", score=3)]
        if last_of_month and day.date.month % 4 == 2 and day.runs:
            changes["illness"] = Illness(symptoms=["sore throat"], fever=True)
        if day.date.year == END.year - 1 and day.date.month in (5, 6):
            changes["weight_kg"] = 61.0 if day.date.month == 5 else 56.5
        if day.date.year == END.year - 1 and 6 <= day.date.month <= 10:
            changes["period"] = None
        out.append(msgspec.structs.replace(day, **changes))
    return out


def same(journal: Journal, start: dt.date | None = None, end: dt.date | None = None) -> None:
    every = analyze(journal.days(None, end), journal.profile(), start, end).to_json()
    assert analyze_journal(journal, start, end).to_json() == every


def found_from(journal: Journal, start: dt.date | None = None) -> dt.date:
    """The first day whose hits the rules found (those before it came from the cache)."""
    out = analyze_journal(journal, start)
    assert out.dense is not None
    return out.dense.date(out.complete_from)


def test_every_window_reads_the_same_with_the_cache_cold_and_warm(journal: Journal) -> None:
    cache = journal.data_dir / layout.HITS_FILE
    first = journal.days()[0].date
    for start, end in windows(first):
        cache.unlink(missing_ok=True)
        same(journal, start, end)  # cold: writes the months it found whole
        same(journal, start, end)  # warm
    assert cache.exists() and (os.stat(cache).st_mode & 0o777) == 0o600
    # a window read after others, from a cache that other windows wrote
    same(journal, first + dt.timedelta(days=100), END - dt.timedelta(days=20))


def test_the_rarer_flags_across_month_ends_read_the_same(tmp_path: Path) -> None:
    j = Journal.open(tmp_path / "journal")
    j.put_many(eventful_days(), profile=demo_profile())
    first = j.days()[0].date
    for start, end in [(first, None), *windows(first), (first, END.replace(day=1))]:
        same(j, start, end)
        same(j, start, end)
    ids = {f.id for f in analyze_journal(j, first).flags}
    assert {"bone_pain", "illness_training", "weight_loss", "cycle_absent"} <= ids


def test_rules_run_again_only_from_the_first_month_that_changed(journal: Journal) -> None:
    first = journal.days()[0].date
    assert found_from(journal, first) == first  # cold: every month
    assert found_from(journal, first) == max(END, dt.date.today()).replace(day=1)  # warm
    # a day changed a year ago: the months from its month on are found again
    old = next(d for d in journal.days() if d.date >= END - dt.timedelta(days=365))
    journal.put(msgspec.structs.replace(old, fatigue=10, notes="legs heavy"))
    assert found_from(journal, first) == old.date.replace(day=1)
    same(journal, first)
    assert found_from(journal, first) == max(END, dt.date.today()).replace(day=1)


def test_changes_to_days_and_profile_reach_the_analysis(journal: Journal) -> None:
    first = journal.days()[0].date
    same(journal, first)
    days = journal.days()
    # an illness mid-journal, a day before the first, a day after the last
    middle = days[len(days) // 2]
    journal.put(msgspec.structs.replace(middle, fatigue=10, soreness=10, resting_hr=90))
    same(journal, first)
    journal.put(Day(date=first - dt.timedelta(days=45), fatigue=9))
    same(journal, None, None)
    same(journal, first - dt.timedelta(days=45))
    journal.put(Day(date=days[-1].date + dt.timedelta(days=1), fatigue=9))
    same(journal, first)
    # a month emptied: its file goes, the months after it are found again
    for day in journal.days(middle.date.replace(day=1), middle.date.replace(day=28)):
        journal.delete(day.date)
    same(journal, first)
    # the profile decides references, body composition and which rules run: a new one
    # reaches every cached month
    before = analyze_journal(journal, first).to_json()["flags"]
    profile = msgspec.structs.replace(
        journal.profile(), sex="male", body_fat_pct=35.0, diet="vegan", tracks_cycle=False
    )
    journal.set_profile(profile)
    same(journal, first)
    assert analyze_journal(journal, first).to_json()["flags"] != before


def test_the_cache_is_only_a_cache(journal: Journal) -> None:
    first = journal.days()[0].date
    cache = journal.data_dir / layout.HITS_FILE
    same(journal, first)
    for junk in (b"", b"not a cache", cache.read_bytes()[:-40]):
        cache.write_bytes(junk)
        same(journal, first)
    export = export_sections_of(journal, first, END)
    cache.unlink()
    assert export_sections_of(journal, first, END) == export


def test_a_read_only_journal_is_analysed_without_writing(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = journal.days()[0].date
    same(journal, first)  # the index written
    (journal.data_dir / layout.HITS_FILE).unlink()
    monkeypatch.setattr(Journal, "_can_write", lambda self: False)  # as a read-only folder
    same(journal, first)
    assert not (journal.data_dir / layout.HITS_FILE).exists()


def test_equal_measures_found_by_different_sums_stay_equal() -> None:
    """The latest of equal worst values stands for a span, however the sums were begun."""
    a = Hit("carbs_low", "warning", 0, 0, {"n": 1}, 4.955912568306015)
    b = Hit("carbs_low", "warning", 1, 1, {"n": 2}, 4.955912568306012)
    (merged,) = merge_hits([a, b])
    assert a.value == b.value and merged.worst is b
