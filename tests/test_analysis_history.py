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


@settings(max_examples=150, deadline=None)
@given(
    st.sets(st.integers(0, 399), min_size=1),
    st.integers(0, 399),
    st.integers(0, 399),
)
def test_the_calendar_of_any_span_is_its_days_date_by_date(kept: set[int], a: int, b: int) -> None:
    """The index's days before the window are copied month by month from its calendar: every
    date of a span holds its own day's numbers, and a date not logged (a gap of days or of
    whole months) none."""
    from itertools import groupby

    from journal.store.index import DayIndex, _rows

    pool = varied_days()[:400]
    days = [pool[k] for k in sorted(kept)]
    months = [list(g) for _, g in groupby(days, key=lambda d: (d.date.year, d.date.month))]
    lo, hi = pool[min(a, b)].date, pool[max(a, b)].date
    index = DayIndex([_rows(m) for m in months]).span(lo, hi)
    cal = index.calendar()
    inside = {d.date: d for d in days if lo <= d.date <= hi}
    if not inside:
        assert cal is None
        return
    assert cal is not None
    first = min(inside)
    assert cal.first == first.toordinal()
    assert len(cal.load) == (max(inside) - first).days + 1
    for k in range(len(cal.load)):
        day = inside.get(first + dt.timedelta(days=k))
        assert cal.load[k] == (day.load if day else 0.0)
        assert cal.trained[k] == (day is not None and day.duration_min > 0)
        assert cal.period[k] == (day is not None and day.period is True)
        w = cal.weight[k]
        assert (w if w == w else None) == (day.weight_kg if day else None)
