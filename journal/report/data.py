"""The visit report's content, gathered once from the journal and the analyzer.

Every number is the analyzer's (flags, weekly sums, monotony, nutrition windows, bone-stress
sites); the HTML, Markdown and FHIR writers only lay it out. Days before the period are read
for history (load model, resting-HR median, cycle length) but never reported.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from journal.model import Day, Profile

if TYPE_CHECKING:
    from journal.analysis.core import Analysis

REPORT_WEEKS = 12
# History read before the period. The analyzer's rules look back at most 30 days (30-day
# median, longest run), its EWMAs forget the past within weeks (the 28-day chronic load keeps
# 3e-6 of its value after 180 days) and the cycle rule needs the last period: 400 days give
# the same flags as reading everything, except that a gap in periods longer than that is
# counted from the first day read. A bounded read keeps a 10-year journal as fast as a new one.
HISTORY_DAYS = 400
CYCLE_LOOKBACK_DAYS = 90


@dataclass(slots=True)
class WeekRow:
    """One Monday week of the table (clipped to the period)."""

    start: dt.date
    end: dt.date
    days_logged: int
    distance_km: float
    duration_min: float
    load: float
    runs: int
    longest_run_km: float
    monotony: float | None
    mean_sleep_h: float | None
    mean_fatigue: float | None
    median_rhr: float | None
    weight_kg: float | None


@dataclass(slots=True)
class PainEntry:
    """Consecutive days of pain at one site."""

    site: str
    first: dt.date
    last: dt.date
    days: int
    max_score: int
    bone: bool


@dataclass(slots=True)
class IllnessEntry:
    first: dt.date
    last: dt.date
    days: int
    fever: bool
    symptoms: list[str]
    trained_days: int


@dataclass(slots=True)
class Cycle:
    """Cycle tracking as of the period's end."""

    last_period: dt.date | None
    days_since: int | None
    onsets_90d: list[dt.date]
    period_days: list[dt.date]  # in the period, for the timeline


@dataclass(slots=True)
class Report:
    start: dt.date
    end: dt.date
    generated: dt.date
    profile: Profile
    days: list[Day]  # the period's days only
    history: list[Day]  # the period with the history before it
    days_logged: int
    flags: list[Any]  # the analyzer's Flag objects, alerts first
    weeks: list[WeekRow]
    pains: list[PainEntry]
    illnesses: list[IllnessEntry]
    cycle: Cycle | None
    nutrition: dict[str, Any]  # the analyzer's window_json of the whole period
    disclaimer: str
    units: str = "metric"
    charts: list[Any] = field(default_factory=list)  # ChartSpec, in the report's order

    @property
    def age(self) -> int | None:
        year = self.profile.birth_year
        return None if year is None else self.end.year - year

    @property
    def latest_weight(self) -> tuple[float, dt.date | None] | None:
        for d in reversed(self.days):
            if d.weight_kg is not None:
                return d.weight_kg, d.date
        w = self.profile.weight_kg
        return None if w is None else (w, None)


def default_period(today: dt.date, weeks: int = REPORT_WEEKS) -> tuple[dt.date, dt.date]:
    """The current Monday week and the ``weeks − 1`` before it, up to ``today``."""
    monday = today - dt.timedelta(days=today.weekday())
    return monday - dt.timedelta(weeks=weeks - 1), today


def build(
    history: Sequence[Day],
    profile: Profile,
    start: dt.date,
    end: dt.date,
    *,
    today: dt.date | None = None,
    with_charts: bool = True,
    analysis: Analysis | None = None,
) -> Report:
    """Everything the report shows for ``start..end``.

    ``history`` should hold the :data:`HISTORY_DAYS` before ``start`` (or every day): the
    load model's EWMAs and the cycle rule start at the first day they are given, unless
    ``analysis`` (of ``start..end`` with every day of the window, in the profile's units) is
    given: a stored journal's, which reads the whole history as ``trends`` and the export do.
    """
    from journal.analysis import DISCLAIMER, analyze
    from journal.analysis.flags import SEVERITY_RANK

    history = sorted((d for d in history if d.date <= end), key=lambda d: d.date)
    days = [d for d in history if d.date >= start]
    if analysis is None:
        analysis = analyze(history, profile, start, end, units=profile.units)
    flags = sorted(analysis.flags, key=lambda f: (-SEVERITY_RANK[f.severity], f.start, f.id))
    report = Report(
        start=start,
        end=end,
        generated=today or dt.date.today(),
        profile=profile,
        days=days,
        history=history,
        days_logged=len(days),
        flags=flags,
        weeks=_weeks(analysis.dense, start, end),
        pains=_pains(days),
        illnesses=_illnesses(days),
        cycle=_cycle(history, end) if profile.tracks_cycle else None,
        nutrition=_nutrition(analysis, profile, start, end),
        disclaimer=DISCLAIMER,
        units=profile.units,
    )
    if with_charts:
        from journal import charts

        report.charts = [
            charts.spec_for(name, history, start, end, profile=profile, flags=flags)
            for name in charts.REPORT_ORDER
        ]
    return report


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _median(values: Sequence[float]) -> float | None:
    """The median (``statistics`` costs an import of fractions and decimal: ~10 ms)."""
    if not values:
        return None
    s = sorted(values)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def _weeks(dense: Any, start: dt.date, end: dt.date) -> list[WeekRow]:
    from journal.analysis.metrics import monotony_of, weeks_of
    from journal.analysis.thresholds import MONOTONY_DAYS

    if dense is None or not len(dense):
        return []
    first = dense.first_index
    rows = []
    for _wk, lo, hi in weeks_of(dense, start, end):
        sleep = [h for h in dense.sleep_h[lo:hi] if h is not None]
        fatigue = [float(f) for f in dense.fatigue[lo:hi] if f is not None]
        rhr = [float(r) for r in dense.rhr[lo:hi] if r is not None]
        weight = [w for w in dense.weight[lo:hi] if w is not None]
        rows.append(
            WeekRow(
                start=dense.date(lo),
                end=dense.date(hi - 1),
                days_logged=sum(1 for d in dense.days[lo:hi] if d is not None),
                distance_km=sum(dense.distance[lo:hi]),
                duration_min=sum(dense.duration[lo:hi]),
                load=sum(dense.load[lo:hi]),
                runs=sum(dense.runs[lo:hi]),
                longest_run_km=max(dense.longest_run[lo:hi], default=0.0),
                # the analyzer's 7-day monotony on the week's last day (Foster 1998)
                monotony=_monotony(dense.load, hi - 1, first, MONOTONY_DAYS, monotony_of),
                mean_sleep_h=_mean(sleep),
                mean_fatigue=_mean(fatigue),
                median_rhr=_median(rhr),
                weight_kg=_mean(weight),
            )
        )
    return rows


def _monotony(load: Sequence[float], i: int, first: int | None, days: int, of: Any) -> float | None:
    """Monotony of the ``days`` daily loads ending at index ``i``, once that much history
    exists (as the analyzer's load model)."""
    if first is None or i - first + 1 < days:
        return None
    return of(load[i - days + 1 : i + 1])[0]


def _pains(days: Sequence[Day]) -> list[PainEntry]:
    """Pain grouped by site over consecutive logged days (a one-day gap keeps it open)."""
    from journal.analysis.rules import is_bone_site

    open_: dict[str, PainEntry] = {}
    out: list[PainEntry] = []
    for d in days:
        for p in d.pain:
            key = p.site.strip().lower()
            cur = open_.get(key)
            if cur is not None and (d.date - cur.last).days <= 2:
                cur.last = d.date
                cur.days += 1
                cur.max_score = max(cur.max_score, p.score)
                continue
            entry = PainEntry(p.site, d.date, d.date, 1, p.score, is_bone_site(p.site))
            open_[key] = entry
            out.append(entry)
    return sorted(out, key=lambda e: (not e.bone, e.first))


def _illnesses(days: Sequence[Day]) -> list[IllnessEntry]:
    out: list[IllnessEntry] = []
    for d in days:
        ill = d.illness
        if ill is None or not (ill.fever or ill.symptoms):
            continue
        trained = bool(d.runs or d.cross_training)
        cur = out[-1] if out else None
        if cur is not None and (d.date - cur.last).days <= 1:
            cur.last = d.date
            cur.days += 1
            cur.fever = cur.fever or ill.fever
            cur.symptoms += [s for s in ill.symptoms if s not in cur.symptoms]
            cur.trained_days += trained
        else:
            out.append(IllnessEntry(d.date, d.date, 1, ill.fever, list(ill.symptoms), trained))
    return out


def _cycle(history: Sequence[Day], end: dt.date) -> Cycle:
    period = [d.date for d in history if d.period]
    onsets = [day for k, day in enumerate(period) if k == 0 or (day - period[k - 1]).days > 1]
    window = end - dt.timedelta(days=CYCLE_LOOKBACK_DAYS - 1)
    return Cycle(
        last_period=onsets[-1] if onsets else None,
        days_since=(end - onsets[-1]).days if onsets else None,
        onsets_90d=[o for o in onsets if o >= window],
        period_days=period,
    )


def _nutrition(analysis: Any, profile: Profile, start: dt.date, end: dt.date) -> dict[str, Any]:
    from journal.analysis.intake import window_json
    from journal.nutrition import references

    refs = references(profile, end)
    dense = analysis.dense
    if analysis.intake is None or dense is None:
        return {"days": (end - start).days + 1, "days_logged": 0, "nutrients": {}, "judged": False}
    win = analysis.intake.window(dense.index(start), dense.index(end))
    out = window_json(win, refs)
    return out
