"""The cached rule hits of whole months (journal/stored_hits.py) must give the analysis of a
run from no cache, whatever windows were analysed before. Found by the review of session 10:
a journal with months missing, analysed over a day, two days and a month, then over all of
it twice: the second full analysis (served the hits the first kept) differs from the first
in the acute and chronic loads of some load-spike flags (pre-existing, at c32d04c too). The
cause: an unrated session's load is estimated from the rated sessions up to the window's end,
so the hits a one-day window kept for November were not those of an analysis to 2026; hits are
now kept for their window's end where an estimated load is in play."""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sys
from pathlib import Path

import msgspec

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_analysis_history import varied_days

from journal.demo import demo_profile
from journal.store import Journal, layout
from journal.stored_analysis import export_sections_of

D = dt.date


def gappy_days() -> list:
    """About half the days of three years, whole months of some of them left out."""
    rng = random.Random(4)
    return [
        d
        for d in varied_days()
        if rng.random() < 0.5 and d.date.month % rng.choice([2, 3, 5, 7]) != 0
    ]


def test_hits_kept_by_one_full_analysis_give_the_next_one_the_same_sections(
    tmp_path: Path,
) -> None:
    data = tmp_path / "journal"
    days = gappy_days()
    Journal.open(data).put_many(days, profile=demo_profile())
    for lo, hi in [(D(2024, 12, 11), D(2024, 12, 11)), (D(2023, 11, 15), D(2023, 11, 16))]:
        export_sections_of(Journal.open(data), lo, hi)
    export_sections_of(Journal.open(data), D(2025, 4, 7), D(2025, 5, 7))
    window = (days[0].date, D(2026, 9, 13))
    clean = tmp_path / "clean"
    shutil.copytree(data, clean)
    for name in layout.CACHE_FILES:
        (clean / name).unlink(missing_ok=True)
    truth = msgspec.json.encode(export_sections_of(Journal.open(clean), *window))
    first = msgspec.json.encode(export_sections_of(Journal.open(data), *window))
    second = msgspec.json.encode(export_sections_of(Journal.open(data), *window))
    assert first == truth
    assert second == truth
