"""The analysis of a stored journal reads whole days only near the window and the day index
for the history before it; its result is the analysis of every day, whatever the window, and
with the index deleted, stale or never written."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journal.analysis import analyze
from journal.analysis.history import documents_from
from journal.demo import demo_profile, generate_days
from journal.model import Day
from journal.store import Journal, layout
from journal.stored_analysis import analyze_journal

END = dt.date(2026, 11, 20)


def varied_days() -> list[Day]:
    """Three years with gaps, unrated runs and cross-training, sparse weights and periods."""
    rng = random.Random(3)
    out = []
    for day in generate_days(1200, END)[-1100:]:
        if rng.random() < 0.05:
            continue  # not logged
        runs = [msgspec.structs.replace(r, rpe=None) if rng.random() < 0.3 else r for r in day.runs]
        cross = [
            msgspec.structs.replace(c, rpe=None) if rng.random() < 0.5 else c
            for c in day.cross_training
        ]
        weight = day.weight_kg if rng.random() < 0.1 else None
        period = True if day.date.day in (3, 4) and day.date.month % 4 else None
        out.append(
            msgspec.structs.replace(
                day, runs=runs, cross_training=cross, weight_kg=weight, period=period
            )
        )
    return out


@pytest.fixture(scope="module")
def journal(tmp_path_factory: pytest.TempPathFactory) -> Journal:
    folder = tmp_path_factory.mktemp("history") / "journal"
    j = Journal.open(folder)
    j.put_many(varied_days(), profile=demo_profile())
    return j


def windows(first: dt.date) -> list[tuple[dt.date | None, dt.date | None]]:
    return [
        (None, None),
        (END - dt.timedelta(days=400), END - dt.timedelta(days=311)),
        (first, None),
        (first - dt.timedelta(days=30), first + dt.timedelta(days=20)),
        (first + dt.timedelta(days=200), None),
        (None, END - dt.timedelta(days=500)),
        (END - dt.timedelta(days=3), END - dt.timedelta(days=3)),
    ]


def same(journal: Journal, start: dt.date | None, end: dt.date | None) -> None:
    every = analyze(journal.days(None, end), journal.profile(), start, end).to_json()
    assert analyze_journal(journal, start, end).to_json() == every


def test_history_from_the_index_gives_the_analysis_of_every_day(journal: Journal) -> None:
    days = journal.days()
    assert sum(d.load_estimated > 0 for d in days) > 100
    assert sum(d.weight_kg is not None for d in days) > 30
    for start, end in windows(days[0].date):
        same(journal, start, end)


def test_the_index_is_only_a_cache(journal: Journal) -> None:
    index = journal.data_dir / layout.INDEX_FILE
    index.unlink(missing_ok=True)
    same(journal, END - dt.timedelta(days=400), END - dt.timedelta(days=311))
    assert index.exists()
    # a day changed long before the window reaches the analysis through the rebuilt month
    old = journal.days()[40]
    runs = [msgspec.structs.replace(r, rpe=None) for r in old.runs]
    journal.put(msgspec.structs.replace(old, runs=runs, weight_kg=80.0))
    same(journal, None, None)
    index.write_bytes(b"not an index")
    same(journal, None, None)


def test_only_the_days_near_the_window_are_read_as_documents(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[dt.date | None, dt.date | None]] = []
    real = Journal.days

    def days(self: Journal, start: dt.date | None = None, end: dt.date | None = None) -> list:
        asked.append((start, end))
        return real(self, start, end)

    monkeypatch.setattr(Journal, "days", days)
    analyze_journal(journal)
    ((start, _end),) = asked
    end = max(dt.date.today(), END)  # the default window: the last 90 days
    assert start == documents_from(end - dt.timedelta(days=89))
    assert (end - start).days < 400


def test_a_journal_whose_folder_is_empty(tmp_path: Path) -> None:
    j = Journal.open(tmp_path / "empty")
    assert analyze_journal(j).to_json() == analyze([], j.profile()).to_json()


@settings(max_examples=300, deadline=None)
@given(st.sets(st.integers(700_000, 700_400), min_size=1))
def test_runs_of_consecutive_dates_are_found_whatever_the_gaps(dates: set[int]) -> None:
    """The index's days before the window are copied run by run; every gap starts a run."""
    from journal.analysis.series import _runs

    ords = sorted(dates)
    expected, start = [], 0
    for k in range(1, len(ords) + 1):
        if k == len(ords) or ords[k] != ords[k - 1] + 1:
            expected.append((start, k))
            start = k
    assert _runs(ords) == expected
