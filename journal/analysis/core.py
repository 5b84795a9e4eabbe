"""``analyze``: every rule over one dense array, merged into flags, plus today's key metrics.

The report window limits which flags are *reported*, never which days are read: rules that
need history (ACWR, the 30-day longest run, the resting-HR median, cycle length) read every
day before ``start``. Days after ``end`` are not read: the analysis is "as of ``end``".
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence
from typing import Any

import msgspec

from journal.analysis import flags as F
from journal.analysis import thresholds as T
from journal.analysis.baseline import Baselines, baselines
from journal.analysis.context import Context, r1, r2
from journal.analysis.glossary import GLOSSARY
from journal.analysis.intake import IntakeSeries, body_weight, nutrition_hits, window_json
from journal.analysis.metrics import Carry, LoadArrays, load_arrays
from journal.analysis.rules import RULES
from journal.analysis.series import Dense, build
from journal.analysis.specs import SPECS
from journal.analysis.thresholds import NUTRITION_DAYS
from journal.model import Day, Profile
from journal.nutrition import describe_group, fat_free_mass, references

DEFAULT_WINDOW_DAYS = 90
# Anchors are evaluated this far before the window so a flag that began earlier and runs
# into the window keeps its true start.
MERGE_LOOKBACK_DAYS = 90
# Rules evaluated from a later anchor than the window's find every hit of an anchor this far
# past the first one they evaluate (a rule may anchor a hit a day after what it saw, as bone
# pain on a rest day is anchored on the next run); the hits before it are not relied on.
SETTLE_DAYS = 31


class Known(msgspec.Struct):
    """Hits known beforehand (a cache) for the anchors before ``fresh_from``, placed by
    date ordinals (``start``, ``anchor``).

    Each hit depends only on the days up to its anchor, the same for any window, so the
    rules run only from ``fresh_from`` on (less :data:`SETTLE_DAYS`), with documents near
    there; ``logged`` counts the window's logged days, as the dense arrays may then hold
    documents only near the end.
    """

    hits: list[F.Hit]
    fresh_from: dt.date
    logged: int


class Analysis(msgspec.Struct):
    start: dt.date
    end: dt.date
    flags: list[F.Flag] = msgspec.field(default_factory=list)
    metrics: dict[str, Any] = msgspec.field(default_factory=dict)
    dense: Dense | None = None
    intake: IntakeSeries | None = None
    base: Baselines | None = None
    load: LoadArrays | None = None
    # the hits the rules found here, and the first anchor from which they are all there
    hits: list[F.Hit] = msgspec.field(default_factory=list)
    complete_from: int = 0

    def status(self) -> Any:
        """Today, in one line (see :mod:`journal.analysis.status`)."""
        from journal.analysis.status import today_status

        return today_status(self)

    def to_json(self) -> dict[str, Any]:
        """``{"flags": [...], "metrics": {...}, "status": {...}, "glossary": {...}}``."""
        return {
            "flags": [f.to_json() for f in self.flags],
            "metrics": self.metrics,
            "status": self.status().to_json(),
            "glossary": dict(GLOSSARY),
        }


def default_window(days: Sequence[Day], today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """The last 90 days, ending at the last logged day or today, whichever is later."""
    return window_ending(max((d.date for d in days), default=None), today)


def window_ending(last: dt.date | None, today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """:func:`default_window` given the last logged day (None: nothing logged)."""
    today = today or dt.date.today()
    end = max(today, last or today)
    return end - dt.timedelta(days=DEFAULT_WINDOW_DAYS - 1), end


def resolve_window(
    days: Sequence[Day], start: dt.date | None, end: dt.date | None
) -> tuple[dt.date, dt.date]:
    return resolve_window_of(max((d.date for d in days), default=None), start, end)


def resolve_window_of(
    last: dt.date | None, start: dt.date | None, end: dt.date | None
) -> tuple[dt.date, dt.date]:
    """The window asked for, given the last logged day (the default ends there or today)."""
    _, d_end = window_ending(last)
    end = end or (d_end if start is None or start <= d_end else start)
    start = start or end - dt.timedelta(days=DEFAULT_WINDOW_DAYS - 1)
    if start > end:
        raise ValueError(f"the window starts ({start}) after it ends ({end})")
    return start, end


def analyze(
    days: Sequence[Day],
    profile: Profile,
    start: dt.date | None = None,
    end: dt.date | None = None,
    *,
    units: str = "metric",
) -> Analysis:
    """Every flag overlapping ``start..end``, and the key metrics as of ``end``.

    ``units`` is how the flags' titles name distances and weights: the screens pass the
    profile's, so an imperial runner reads miles and pounds; the evidence and the metrics
    stay metric, with the unit in each key, for the export.

    Default window: the last 90 days ending at the last logged day or today, whichever is
    later (so a journal with future-dated days still shows them).
    """
    start, end = resolve_window(days, start, end)
    return analyze_dense(build(days, start, end), profile, start, end, units=units)


def analyze_dense(
    dense: Dense,
    profile: Profile,
    start: dt.date,
    end: dt.date,
    documents_from: int = 0,
    *,
    units: str = "metric",
    known: Known | None = None,
    whole_series: bool = True,
    carry: Carry | None = None,
) -> Analysis:
    """:func:`analyze` over dense arrays already built for ``start``..``end``.

    ``documents_from``: the first index built from day documents (before it, only what the
    rules read from the first logged day on); the load model is kept from there on.
    ``known``: hits already known for the first anchors. ``whole_series``: the intake series
    covers the window (for the export's nutrition), else only where the rules read it.
    ``carry``: the load model's sums of an earlier run (see :func:`load_arrays`).
    """
    first = dense.first_index
    hi = dense.index(end)
    lo = max(first or 0, dense.index(start) - MERGE_LOOKBACK_DAYS)
    fresh_from = None if known is None else dense.index(known.fresh_from)
    rules_lo = lo if fresh_from is None else max(lo, fresh_from - SETTLE_DAYS)
    # monotony is weighed against the runner's own strain of the weeks before
    arr = load_arrays(
        dense, rules_lo - T.STRAIN_HISTORY_DAYS - T.MONOTONY_DAYS, documents_from, carry
    )
    base = baselines(dense, rules_lo)
    logged = None if known is None else known.logged
    out = Analysis(start=start, end=end, dense=dense, base=base, load=arr)
    if first is None or hi < first:
        out.metrics = _metrics(dense, arr, profile, start, end, None, logged)
        return out
    ctx = Context(
        dense=dense, load=arr, profile=profile, lo=rules_lo, hi=hi, first=first, base=base
    )
    series = IntakeSeries(ctx, (lo if whole_series else rules_lo) - NUTRITION_DAYS + 1)
    hits: list[F.Hit] = []
    for rule in RULES:
        hits.extend(rule(ctx))
    hits.extend(nutrition_hits(ctx, series))
    out.complete_from = rules_lo if rules_lo <= first else rules_lo + SETTLE_DAYS
    out.hits = hits
    if known is not None and fresh_from is not None:
        out.hits = [h for h in hits if h.anchor >= fresh_from]
        out.complete_from = max(out.complete_from, fresh_from)
        o = dense.origin.toordinal()
        hits = [
            F.Hit(h.id, h.severity, h.start - o, h.anchor - o, h.evidence, h.value)
            for h in known.hits
            if h.anchor - o >= lo
        ] + out.hits
    flags = []
    for m in F.merge_hits(hits):
        if dense.date(m.end) < start:
            continue
        flag = _flag(m, dense, profile, units)
        if m.first_anchor == lo and lo > first:
            # already present on the first day looked at: it may have begun earlier
            flag.evidence["began_before"] = flag.start.isoformat()
        flags.append(flag)
    _cross_reference(flags)
    flags.sort(key=lambda f: (f.start, -F.SEVERITY_RANK[f.severity], f.id))
    out.flags = flags
    out.intake = series
    out.metrics = _metrics(dense, arr, profile, start, end, series, logged)
    return out


_MICRO = {
    "b12_low": ("b12_ug", "vitamin B12"),
    "b6_low": ("b6_mg", "vitamin B6"),
    "iron_low": ("iron_mg", "iron"),
}


def _shown(x: Any) -> str:
    return f"{x:g}" if isinstance(x, int | float) else str(x)


def _flag(m: F.Merged, dense: Dense, profile: Profile, units: str = "metric") -> F.Flag:
    """The flag of a merged span: worst evidence, and the span told in worst/latest/days."""
    spec = SPECS[m.id]
    start, end = dense.date(m.start), dense.date(m.end)
    days = (end - start).days + 1
    if m.id in _MICRO:
        key, label = _MICRO[m.id]
        ref = references(profile, end)[key]
        assumed = "; ".join(ref.assumptions)  # unspecified sex or age, plant-based diet
        rule = F.nutrient_rule(label, m.severity, describe_group(profile, end), assumed)
    else:
        rule = spec.rule_text
    evidence = dict(m.worst.built())
    title = spec.title_in(units, m.severity, days, evidence)
    if m.hits > 1:
        evidence["span"] = {"days": days, "hits": m.hits}
        key = spec.measure
        if key and m.latest is not m.worst:
            latest = m.latest.built()
            if key in evidence and key in latest:
                evidence["span"] |= {
                    "worst": evidence[key],
                    "latest": latest[key],
                    "latest_on": dense.date(m.latest.anchor).isoformat(),
                }
                u = spec.unit
                title += (
                    f" (worst {_shown(evidence[key])}{u}, latest {_shown(latest[key])}{u}, "
                    f"over {F.n_days(days)})"
                )
    return F.Flag(
        id=m.id,
        category=spec.category,
        severity=m.severity,
        start=start,
        end=end,
        title=title,
        evidence=evidence,
        rule=rule,
        advice=spec.advice,
        hits=m.hits,
    )


class _Spans:
    """Flags found by overlap in O(log n + hits), in their order in the list given."""

    def __init__(self, flags: list[F.Flag]) -> None:
        self.flags = flags
        self.order = sorted(range(len(flags)), key=lambda k: flags[k].start)
        self.starts = [flags[k].start for k in self.order]
        self.longest = max((f.end - f.start for f in flags), default=dt.timedelta(0))

    def overlapping(self, flag: F.Flag) -> list[F.Flag]:
        lo = bisect.bisect_left(self.starts, flag.start - self.longest)
        hi = bisect.bisect_right(self.starts, flag.end)
        hits = sorted(k for k in self.order[lo:hi] if self.flags[k].overlaps(flag.start, flag.end))
        return [self.flags[k] for k in hits]


def _cross_reference(flags: list[F.Flag]) -> None:
    """Name overlapping shortfalls in fatigue flags; name REDs in cycle flags with energy_low."""
    shortfalls = _Spans([f for f in flags if f.id in F.SHORTFALL_IDS])
    energy = [f for f in flags if f.id == "energy_low"]
    for flag in flags:
        if flag.id in F.FATIGUE_IDS:
            over = shortfalls.overlapping(flag)
            if over:
                flag.evidence["nutrition_shortfalls"] = [
                    {
                        "id": s.id,
                        "severity": s.severity,
                        "start": s.start.isoformat(),
                        "end": s.end.isoformat(),
                        "title": s.title,
                    }
                    for s in over
                ]
                names = ", ".join(dict.fromkeys(s.id.removesuffix("_low") for s in over))
                flag.advice += F.SHORTFALL_ADVICE.format(names=names)
        elif flag.id == "cycle_absent":
            over = [e for e in energy if e.overlaps(flag.start, flag.end)]
            flag.evidence["energy_low_overlap"] = bool(over)
            if over:
                flag.advice += F.REDS_ADVICE


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _metrics(
    dense: Dense,
    arr: LoadArrays,
    profile: Profile,
    start: dt.date,
    end: dt.date,
    series: IntakeSeries | None,
    logged: int | None = None,
) -> dict[str, Any]:
    """Today's key metrics (as of ``end``): load model, last 7 days, 7-day nutrition.

    ``logged``: the window's logged days, where the dense arrays do not hold them all."""
    hi = dense.index(end)
    lo7 = max(0, hi - 6)
    first = dense.first_index
    refs = references(profile, end)
    if logged is None:
        window = dense.days[max(0, dense.index(start)) : hi + 1]
        logged = len(window) - window.count(None)
    point = None
    if first is not None and hi >= first:
        point = arr.point(dense, hi).to_json()
    sleep = [h for h in dense.sleep_h[lo7 : hi + 1] if h is not None]
    fatigue = [float(f) for f in dense.fatigue[lo7 : hi + 1] if f is not None]
    rhr = [float(r) for r in dense.rhr[lo7 : hi + 1] if r is not None]
    mean_sleep, mean_fatigue, mean_rhr = _mean(sleep), _mean(fatigue), _mean(rhr)
    last7 = {
        "distance_km": r2(sum(dense.distance[lo7 : hi + 1])),
        "duration_min": r1(sum(dense.duration[lo7 : hi + 1])),
        "load": r1(sum(dense.load[lo7 : hi + 1])),
        "runs": sum(dense.runs[lo7 : hi + 1]),
        "rest_days": sum(1 for t in dense.trained[lo7 : hi + 1] if not t),
        "days_logged": sum(1 for d in dense.days[lo7 : hi + 1] if d is not None),
        "mean_sleep_h": None if mean_sleep is None else r2(mean_sleep),
        "nights_logged": len(sleep),
        "mean_fatigue": None if mean_fatigue is None else r1(mean_fatigue),
        "fatigue_days": len(fatigue),
        "mean_resting_hr": None if mean_rhr is None else r1(mean_rhr),
    }
    nutrition: dict[str, Any] | None = None
    if series is not None:
        win = series.window(hi - NUTRITION_DAYS + 1, hi)
        nutrition = window_json(win, refs)
        ea = None
        ctx = series.ctx
        weight, _src = body_weight(ctx, hi)
        if weight is not None and nutrition["judged"]:
            ffm = fat_free_mass(profile, weight)
            kcal = win.means.get("kcal", 0.0)
            ea = r1((kcal - win.exercise_kcal_per_kg * weight) / ffm.kg)
        nutrition["energy_availability"] = ea
    return {
        "as_of": end.isoformat(),
        "window": {"from": start.isoformat(), "to": end.isoformat()},
        "days_logged": logged,
        "load": point,
        "last_7_days": last7,
        "nutrition_7d": nutrition,
        "references": {k: r.to_json() for k, r in refs.items()},
    }
