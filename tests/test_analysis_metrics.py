"""Load metrics: session-RPE load, EWMA ACWR, monotony, strain, CTL/ATL/TSB, weekly mileage."""

from __future__ import annotations

import datetime as dt

import pytest

from journal.analysis.metrics import daily_loads, load_model, monotony_of, weekly_mileage
from journal.model import Day, parse_day

D0 = dt.date(2026, 1, 5)  # a Monday


def day(i: int, *runs: tuple[float, int, float | None], cross: int = 0) -> Day:
    doc: dict = {"date": (D0 + dt.timedelta(days=i)).isoformat()}
    doc["runs"] = [
        {"duration_min": m, "rpe": r} | ({"distance_km": km} if km is not None else {})
        for m, r, km in runs
    ]
    if cross:
        doc["cross_training"] = [{"activity": "strength", "duration_min": cross, "rpe": 5}]
    return parse_day(doc)


def test_daily_loads_cover_every_date_with_zero_for_days_not_logged() -> None:
    days = [day(0, (50, 6, 10.0)), day(2, (30, 3, None), cross=20)]
    assert daily_loads(days, D0, D0 + dt.timedelta(days=3)) == [
        (D0, 300.0),
        (D0 + dt.timedelta(days=1), 0.0),
        (D0 + dt.timedelta(days=2), 90.0 + 100.0),
        (D0 + dt.timedelta(days=3), 0.0),
    ]
    assert daily_loads(days, D0, D0 - dt.timedelta(days=1)) == []


def test_ctl_atl_tsb_follow_banister() -> None:
    days = [day(i, (60, 5, 10.0)) for i in range(10)]
    pts = load_model(days, D0, D0 + dt.timedelta(days=9))
    ctl = atl = 0.0
    for p in pts:
        assert p.tsb == pytest.approx(ctl - atl)  # yesterday's CTL - ATL
        ctl += (300 - ctl) / 42
        atl += (300 - atl) / 7
        assert (p.ctl, p.atl) == (pytest.approx(ctl), pytest.approx(atl))


def test_acwr_waits_for_28_days_and_uses_seeded_ewma() -> None:
    loads = [100.0 * (1 + i % 3) for i in range(40)]
    days = [day(i, (x / 5, 5, None)) for i, x in enumerate(loads)]
    pts = load_model(days, D0, D0 + dt.timedelta(days=39))
    assert all(p.acwr is None for p in pts[:27])
    a = c = sum(loads[:7]) / 7
    for i, x in enumerate(loads):
        a = 0.25 * x + 0.75 * a
        c = 2 / 29 * x + (1 - 2 / 29) * c
        assert pts[i].acute == pytest.approx(a)
        assert pts[i].chronic == pytest.approx(c)
        if i >= 27:
            assert pts[i].acwr == pytest.approx(a / c)


def test_history_before_start_is_read() -> None:
    days = [day(i, (60, 5, 10.0)) for i in range(60)]
    late = load_model(days, D0 + dt.timedelta(days=50), D0 + dt.timedelta(days=59))
    full = load_model(days, D0, D0 + dt.timedelta(days=59))
    assert late == full[50:]
    assert late[0].acwr is not None and late[0].ctl > 100


def test_monotony_and_strain() -> None:
    loads = [0, 150, 150, 150, 150, 150, 300]
    m, mean, sd = monotony_of(loads)
    assert mean == 150 and sd == pytest.approx((2 * 150**2 / 7) ** 0.5)
    assert m == pytest.approx(mean / sd)
    assert monotony_of([0] * 7) == (None, 0.0, 0.0)
    assert monotony_of([80] * 7)[0] == 10.0
    days = [day(i, (x / 5, 5, None)) if x else day(i) for i, x in enumerate(loads)]
    p = load_model(days, D0, D0 + dt.timedelta(days=6))
    assert p[5].monotony is None  # fewer than 7 days of history
    assert p[6].monotony == pytest.approx(m)
    assert p[6].strain == pytest.approx(1050 * m)


def test_weekly_mileage_by_monday_weeks() -> None:
    days = [
        day(0, (50, 4, 10.0)),
        day(3, (30, 3, 5.0), (20, 3, 3.0)),
        day(6, (100, 5, 18.0)),
        day(8, (40, 3, None), cross=30),
    ]
    weeks = weekly_mileage(days, D0 + dt.timedelta(days=2), D0 + dt.timedelta(days=10))
    assert [w.week_start for w in weeks] == [D0, D0 + dt.timedelta(days=7)]
    first, second = weeks
    # the range starts on Wednesday: Monday's run is outside it
    assert (first.distance_km, first.runs, first.longest_run_km) == (26.0, 3, 18.0)
    assert first.duration_min == 150 and first.load == 90 + 60 + 500
    assert (second.distance_km, second.runs, second.duration_min) == (0.0, 1, 70.0)
    assert second.load == 120 + 150
