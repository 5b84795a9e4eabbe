"""Property tests of the analyzer over random journals (hypothesis)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal.analysis import analyze
from journal.analysis.metrics import load_model
from journal.model import Day, Profile, parse_day
from tests.strategies import day_docs

BASE = dt.date(2026, 3, 2)
SPAN = 70

profiles = st.builds(
    Profile,
    sex=st.sampled_from(["female", "male", "unspecified"]),
    birth_year=st.one_of(st.none(), st.integers(1950, 2010)),
    weight_kg=st.one_of(st.none(), st.floats(40, 100)),
    body_fat_pct=st.one_of(st.none(), st.floats(8, 35)),
    diet=st.sampled_from(["omnivore", "vegetarian", "vegan"]),
    tracks_cycle=st.booleans(),
)


@st.composite
def journals(draw: st.DrawFn, max_days: int = 45) -> list[Day]:
    offsets = draw(st.sets(st.integers(0, SPAN - 1), max_size=max_days))
    return [parse_day(draw(day_docs(date=BASE + dt.timedelta(days=o)))) for o in sorted(offsets)]


@st.composite
def windows(draw: st.DrawFn) -> tuple[dt.date, dt.date]:
    a = draw(st.integers(-10, SPAN + 10))
    b = draw(st.integers(a, SPAN + 20))
    return BASE + dt.timedelta(days=a), BASE + dt.timedelta(days=b)


FAST = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(profiles, windows())
def test_empty_journal_has_no_flags(profile: Profile, window: tuple[dt.date, dt.date]) -> None:
    a = analyze([], profile, *window)
    assert a.flags == []
    assert a.to_json()["flags"] == []
    assert analyze([], profile).flags == []


@FAST
@given(journals(), profiles, st.randoms(use_true_random=False))
def test_result_independent_of_insertion_order(days: list[Day], profile: Profile, rnd: Any) -> None:
    shuffled = list(days)
    rnd.shuffle(shuffled)
    start, end = BASE, BASE + dt.timedelta(days=SPAN - 1)
    assert (
        analyze(shuffled, profile, start, end).to_json()
        == analyze(days, profile, start, end).to_json()
    )


def _scaled(day: Day, k: float) -> Day:
    doc = {
        "date": day.date.isoformat(),
        "runs": [{"duration_min": r.duration_min * k, "rpe": r.rpe} for r in day.runs],
        "cross_training": [
            {"activity": c.activity, "duration_min": c.duration_min * k, "rpe": c.rpe}
            for c in day.cross_training
        ],
    }
    return parse_day(doc)


@FAST
@given(journals(), st.sampled_from([0.5, 2.0, 3.0, 4.5]))
def test_scaling_every_load_leaves_acwr_and_monotony_unchanged(days: list[Day], k: float) -> None:
    start, end = BASE, BASE + dt.timedelta(days=SPAN + 5)
    plain = load_model(days, start, end)
    scaled = load_model([_scaled(d, k) for d in days], start, end)
    assert len(plain) == len(scaled) == SPAN + 6
    for p, s in zip(plain, scaled, strict=True):
        assert s.load == pytest.approx(p.load * k)
        if p.acwr is None:
            assert s.acwr is None
        else:
            assert s.acwr == pytest.approx(p.acwr, rel=1e-9)
        if p.monotony is None:
            assert s.monotony is None
        else:
            assert s.monotony == pytest.approx(p.monotony, rel=1e-9)


@FAST
@given(journals(), profiles, windows())
def test_every_reported_flag_overlaps_the_window(
    days: list[Day], profile: Profile, window: tuple[dt.date, dt.date]
) -> None:
    start, end = window
    a = analyze(days, profile, start, end)
    for flag in a.flags:
        assert flag.start <= end and flag.end >= start, flag.to_json()
        assert flag.start <= flag.end
        assert flag.severity in ("info", "warning", "alert")
    assert a.metrics["window"] == {"from": start.isoformat(), "to": end.isoformat()}
