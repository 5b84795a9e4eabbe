"""Intake over windows of days, and the nutrition rules.

Each day's intake comes from :func:`journal.nutrition.day_intake` (stored meal totals, typed
amounts, supplements; never meal text), computed once per day. Prefix sums over the dense date
range make every window mean O(1). Means are over *fully logged* days only: a day without meals
is not logged, never "ate nothing", and a day with only breakfast logged is partly logged, never
"ate 400 kcal". A day is fully logged when the runner said so (``meals_complete``), or, when they
did not say, when it is in line with their own complete days (as many meals, 75 % of the
energy), or, with no complete days said in the last 60 days, when it holds 3+ meals.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from functools import partial
from itertools import accumulate
from typing import Any

import msgspec

from journal.analysis import thresholds as T
from journal.analysis.context import Context, r1, r2
from journal.analysis.flags import Hit
from journal.model import NUTRIENT_KEYS
from journal.nutrition import (
    KCAL_PER_G,
    FatFreeMass,
    Reference,
    exercise_energy,
    fat_free_mass,
    references,
)

MICROS = (("b12_ug", "b12_low"), ("b6_mg", "b6_low"), ("iron_mg", "iron_low"))
MACROS = ("carbs_g", "protein_g", "fat_g")
WEIGHT_CARRY_DAYS = 60  # a logged weight stands for this long before the profile's is used


class WindowIntake(msgspec.Struct):
    """Intake of days ``start..end``.

    ``days_logged`` counts days with meals; ``days_complete`` those fully logged;
    ``days_judged`` the fully logged days whose food was mostly recognised (energy known for
    most of it, most words matched). Means and coverage are over the judged days only, so an
    unrecognised meal never reads as a low intake.
    """

    start: int
    end: int
    days: int  # calendar days in the window (journal days only)
    days_logged: int
    days_complete: int
    days_judged: int
    words_matched: float
    words_unmatched: float
    means: dict[str, float]
    coverage: dict[str, float]
    exercise_kcal_per_kg: float  # mean over calendar days
    long_days_judged: int  # judged days with an hour or more of training
    carbs_long_days: float  # mean carbs on those days, g

    @property
    def matched_share(self) -> float:
        words = self.words_matched + self.words_unmatched
        return 1.0 if words == 0 else self.words_matched / words

    @property
    def energy_coverage(self) -> float:
        return self.coverage.get("kcal", 0.0)

    def shares(self) -> dict[str, float] | None:
        kcal = {k: self.means.get(k, 0.0) * f for k, f in KCAL_PER_G.items()}
        total = sum(kcal.values())
        return None if total <= 0 else {k: v / total for k, v in kcal.items()}


def judged_day(kcal_coverage: float, matched_share: float) -> bool:
    """A day with meals whose intake can be counted: most of its food was recognised."""
    return kcal_coverage >= T.NUTRITION_MIN_COVERAGE and matched_share >= T.NUTRITION_MIN_MATCHED


class IntakeSeries:
    """Prefix sums of daily intake and exercise energy from index ``base`` to ``hi``."""

    def __init__(self, ctx: Context, base: int) -> None:
        self.ctx = ctx
        self.base = base = max(base, ctx.first)
        dense = ctx.dense
        n = max(0, ctx.hi - base + 1)
        keys = NUTRIENT_KEYS
        tot = {k: [0.0] * n for k in keys}
        cov = {k: [0.0] * n for k in keys}
        logged = [0] * n
        complete = [0] * n
        judged = [0] * n
        matched = [0] * n
        unmatched = [0] * n
        ee = [0.0] * n
        long_judged = [0] * n
        long_carbs = [0.0] * n
        said = _SaidComplete(dense, base)
        for x in range(n):
            i = base + x
            day = dense.days[i]
            if day is None:
                continue
            if dense.trained[i]:
                ee[x] = exercise_energy(day, 1.0)
            if not day.meals:
                continue
            it = dense.intake(day)
            logged[x] = 1
            matched[x] = it.words_matched
            unmatched[x] = it.words_unmatched
            kcal = it.totals.get("kcal", 0.0)
            if day.meals_complete:
                said.add(i, len(day.meals), kcal)
            if not said.complete(i, day.meals_complete, len(day.meals), kcal):
                continue
            complete[x] = 1
            if judged_day(it.coverage.get("kcal", 0.0), it.matched_share):
                judged[x] = 1
                for k, v in it.totals.items():
                    if k in tot:
                        tot[k][x] = v
                for k, v in it.coverage.items():
                    cov[k][x] = v
                if dense.duration[i] >= T.CARBS_TRAINING_MIN:
                    long_judged[x] = 1
                    long_carbs[x] = it.totals.get("carbs_g", 0.0)
        self.logged_days = [bool(v) for v in logged]

        def prefix(values: list[Any]) -> list[Any]:
            return [0, *accumulate(values)]

        self._tot = {k: prefix(v) for k, v in tot.items()}
        self._cov = {k: prefix(v) for k, v in cov.items()}
        self._logged, self._judged = prefix(logged), prefix(judged)
        self._complete = prefix(complete)
        self._matched, self._unmatched, self._ee = prefix(matched), prefix(unmatched), prefix(ee)
        self._long, self._long_carbs = prefix(long_judged), prefix(long_carbs)

    def window(self, start: int, end: int) -> WindowIntake:
        """Intake of indices ``start..end`` (clipped to the series)."""
        a = min(max(start, self.base) - self.base, len(self._logged) - 1)
        b = max(a, end - self.base + 1)
        n_judged = self._judged[b] - self._judged[a]
        means: dict[str, float] = {}
        coverage: dict[str, float] = {}
        if n_judged:
            means = {k: (p[b] - p[a]) / n_judged for k, p in self._tot.items()}
            coverage = {k: (p[b] - p[a]) / n_judged for k, p in self._cov.items()}
        n_long = self._long[b] - self._long[a]
        days = b - a
        return WindowIntake(
            start=a + self.base,
            end=end,
            days=days,
            days_logged=self._logged[b] - self._logged[a],
            days_complete=self._complete[b] - self._complete[a],
            days_judged=n_judged,
            words_matched=self._matched[b] - self._matched[a],
            words_unmatched=self._unmatched[b] - self._unmatched[a],
            means=means,
            coverage=coverage,
            exercise_kcal_per_kg=(self._ee[b] - self._ee[a]) / days if days else 0.0,
            long_days_judged=n_long,
            carbs_long_days=(self._long_carbs[b] - self._long_carbs[a]) / n_long if n_long else 0,
        )

    def first_logged(self, start: int, end: int) -> int:
        for i in range(max(start, self.base), end + 1):
            if self.logged_days[i - self.base]:
                return i
        return start


class _SaidComplete:
    """The runner's own complete days ("that's everything I ate") of the last 60 days."""

    def __init__(self, dense: Any, base: int) -> None:
        # (index, meals, kcal), oldest first; asked about days in order, so the days out of
        # the 60 are dropped as it goes (a journal of decades stays linear)
        self.days: deque[tuple[int, int, float]] = deque()
        for j in range(max(0, base - T.COMPLETE_HISTORY_DAYS), base):
            day = dense.days[j]
            if day is not None and day.meals_complete and day.meals:
                kcal = dense.intake(day).totals.get("kcal", 0.0)
                self.days.append((j, len(day.meals), kcal))

    def add(self, i: int, meals: int, kcal: float) -> None:
        self.days.append((i, meals, kcal))

    def complete(self, i: int, said: bool | None, meals: int, kcal: float) -> bool:
        if said is not None:
            return said
        lo = i - T.COMPLETE_HISTORY_DAYS
        days = self.days
        while days and days[0][0] < lo:
            days.popleft()
        recent = [(m, k) for j, m, k in days if lo <= j < i]
        if len(recent) < T.COMPLETE_MIN_DECLARED:
            return meals >= T.COMPLETE_MIN_MEALS
        usual_meals = _median([m for m, _ in recent])
        usual_kcal = _median([k for _, k in recent])
        return meals >= usual_meals and kcal >= T.COMPLETE_KCAL_SHARE * usual_kcal


def _median(values: list[float]) -> float:
    """``statistics.median`` (same values), without importing it (and fractions, decimal)."""
    s = sorted(values)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def weight_at(ctx: Context, i: int) -> tuple[float | None, int]:
    """(weight, index it was logged on, or -1 for the profile's) for day ``i``, in O(1).

    The latest logged within 60 days, else the profile's, else the latest ever; the dense
    arrays keep the index of the latest weight at or before each day.
    """
    j = ctx.dense.last_weight[i] if 0 <= i < len(ctx.dense.last_weight) else -1
    if j >= 0 and i - j <= WEIGHT_CARRY_DAYS:
        return ctx.dense.weight[j], j
    if ctx.profile.weight_kg is not None:
        return ctx.profile.weight_kg, -1
    if j >= 0:
        return ctx.dense.weight[j], j
    return None, -1


def body_weight(ctx: Context, i: int) -> tuple[float | None, str]:
    """Weight for day ``i`` and where it came from, in words."""
    weight, j = weight_at(ctx, i)
    if weight is None:
        return None, ""
    return weight, "profile" if j < 0 else f"logged on {ctx.iso(j)}"


def problems(win: WindowIntake) -> list[str]:
    """Why a window's intake cannot be judged (empty when it can)."""
    need = T.NUTRITION_MIN_LOGGED
    if win.days_logged < need:
        return [f"meals logged on {win.days_logged} of {win.days} days (need {need})"]
    if win.days_complete < need:
        return [
            f"partly logged: meals logged on {win.days_logged} of {win.days} days, but only "
            f"{win.days_complete} look like a whole day's eating (need {need}); mark a day "
            "complete with --meals-complete when it holds everything you ate"
        ]
    if win.days_judged < need:
        return [
            f"food mostly recognised on {win.days_judged} of the {win.days_complete} fully "
            f"logged days (need {need}); {win.matched_share * 100:.0f} % of meal words matched"
        ]
    return []


def below(value: float, limit: float) -> bool:
    """``value < limit``, where float noise in a sum never counts as below (1e-6 relative)."""
    return value < limit * (1 - 1e-6)


def known(win: WindowIntake, *keys: str) -> bool:
    """Whether each nutrient is known for most of the food (else it is not judged)."""
    coverage, least = win.coverage, T.NUTRITION_MIN_COVERAGE
    return all(coverage.get(k, 0.0) >= least for k in keys)


def _base(win: WindowIntake) -> dict[str, Any]:
    return {"days_logged": win.days_judged, "coverage": r2(win.energy_coverage)}


def _incomplete_ev(win: WindowIntake, why: list[str]) -> dict[str, Any]:
    need = T.NUTRITION_MIN_LOGGED
    return {
        "days_with_meals": win.days_logged,
        "days_complete": win.days_complete,
        "partly_logged": win.days_logged >= need and win.days_complete < need,
        "days_judged": win.days_judged,
        "matched_words": r2(win.matched_share),
        "reasons": why,
    }


def _micro_ev(win: WindowIntake, key: str, ref: Reference) -> dict[str, Any]:
    unit = key.rsplit("_", 1)[1]
    return {
        f"mean_{key}": r2(win.means.get(key, 0.0)),
        f"ear_{unit}": ref.ear,
        f"rda_{unit}": ref.rda,
        "days_logged": win.days_judged,
        "coverage": r2(win.coverage.get(key, 0.0)),
    }


def nutrition_hits(ctx: Context, series: IntakeSeries) -> Iterator[Hit]:
    """b12/b6/iron_low, energy_low, carbs/protein/fat and nutrition_incomplete, per 7 days.

    Evidence is built lazily: only for the hits that end up in a reported flag.
    """
    profile = ctx.profile
    refs_cache: dict[int, dict[str, Reference]] = {}
    span = T.NUTRITION_DAYS
    least = T.NUTRITION_MIN_COVERAGE
    ffm_of: dict[float, FatFreeMass] = {}  # by body weight: most days share one
    for i in range(ctx.lo, ctx.hi + 1):
        win = series.window(i - span + 1, i)
        if win.days_logged == 0:
            continue
        start = series.first_logged(win.start, i)
        why = problems(win)
        if why:
            yield Hit("nutrition_incomplete", "info", start, i, partial(_incomplete_ev, win, why))
            continue
        date = ctx.dense.date(i)
        year = date.year
        if year not in refs_cache:
            refs_cache[year] = references(profile, date)
        refs = refs_cache[year]
        coverage = win.coverage
        for key, fid in MICROS:
            if coverage.get(key, 0.0) < least:  # not known for most of the food: not judged
                continue
            ref = refs[key]
            mean = win.means.get(key, 0.0)
            if not below(mean, ref.rda):
                continue
            sev = "warning" if below(mean, ref.ear) else "info"
            yield Hit(fid, sev, start, i, partial(_micro_ev, win, key, ref), mean)
        yield from _energy_macro_hits(ctx, i, start, win, ffm_of)


def _energy_ev(ctx: Context, i: int, win: WindowIntake, ea: float) -> dict[str, Any]:
    weight, source = body_weight(ctx, i)
    assert weight is not None
    ffm = fat_free_mass(ctx.profile, weight)
    return {
        "energy_availability": r1(ea),
        "mean_kcal": round(win.means.get("kcal", 0.0)),
        "mean_exercise_kcal": round(win.exercise_kcal_per_kg * weight),
        "fat_free_mass_kg": r1(ffm.kg),
        "weight_kg": weight,
        "weight_source": source,
        "body_fat_pct": r1(ffm.body_fat * 100),
        "body_fat_assumed": ffm.assumed,
        "note": ffm.note,
        **_base(win),
    }


def _pct_ev(win: WindowIntake, extra: dict[str, Any]) -> dict[str, Any]:
    shares = win.shares() or {}
    return {
        **extra,
        "carbs_pct_energy": r1(shares.get("carbs_g", 0.0) * 100),
        "protein_pct_energy": r1(shares.get("protein_g", 0.0) * 100),
        "fat_pct_energy": r1(shares.get("fat_g", 0.0) * 100),
        **_base(win),
    }


def _energy_macro_hits(
    ctx: Context, i: int, start: int, win: WindowIntake, ffm_of: dict[float, FatFreeMass]
) -> Iterator[Hit]:
    weight, _ = weight_at(ctx, i)
    kcal = win.means.get("kcal", 0.0)
    if weight is not None:
        ffm = ffm_of.get(weight)
        if ffm is None:
            ffm = ffm_of[weight] = fat_free_mass(ctx.profile, weight)
        ea = (kcal - win.exercise_kcal_per_kg * weight) / ffm.kg
        if ea < T.ENERGY_AVAILABILITY_MIN:
            yield Hit("energy_low", "warning", start, i, partial(_energy_ev, ctx, i, win, ea), ea)
    shares = win.shares() if known(win, *MACROS) else None
    if shares is None:
        return
    carbs_pct = shares["carbs_g"] * 100
    protein_pct = shares["protein_g"] * 100
    fat_pct = shares["fat_g"] * 100
    plain = partial(_pct_ev, win, {})
    if weight is not None and win.long_days_judged:
        g_kg = win.carbs_long_days / weight
        if g_kg < T.CARBS_MIN_G_PER_KG:
            extra = {
                "carbs_g_per_kg_training_days": r1(g_kg),
                "training_days": win.long_days_judged,
                "weight_kg": weight,
            }
            yield Hit("carbs_low", "warning", start, i, partial(_pct_ev, win, extra), g_kg)
        elif carbs_pct < T.CARBS_MIN_SHARE * 100:
            yield Hit("carbs_low", "info", start, i, plain, carbs_pct)
    elif carbs_pct < T.CARBS_MIN_SHARE * 100:
        yield Hit("carbs_low", "info", start, i, plain, carbs_pct)
    protein = win.means.get("protein_g", 0.0)
    if weight is not None and protein / weight < T.PROTEIN_MIN_G_PER_KG:
        extra = {"protein_g_per_kg": r2(protein / weight), "weight_kg": weight}
        ev = partial(_pct_ev, win, extra)
        yield Hit("protein_low", "warning", start, i, ev, protein / weight)
    elif protein_pct < T.PROTEIN_MIN_SHARE * 100:
        yield Hit("protein_low", "info", start, i, plain, protein_pct)
    if fat_pct < T.FAT_MIN_SHARE * 100:
        yield Hit("fat_low", "info", start, i, plain, fat_pct)
    elif fat_pct > T.FAT_MAX_SHARE * 100:
        yield Hit("fat_high", "info", start, i, plain, fat_pct)


def status(mean: float, ref: Reference) -> str:
    if below(mean, ref.ear):
        return "below EAR"
    return "below RDA" if below(mean, ref.rda) else "at or above RDA"


def window_json(win: WindowIntake, refs: dict[str, Reference]) -> dict[str, Any]:
    """Means of every nutrient over a window, against the references where there are some.

    ``judged`` says whether the window has enough logged, recognised food to compare with a
    reference; when it has not, ``problems`` says why and no status is given.
    """
    why = problems(win) if win.days_logged else ["no meals logged"]
    judged = not why
    nutrients: dict[str, Any] = {}
    for k in NUTRIENT_KEYS:
        entry: dict[str, Any] = {
            "mean": r2(win.means[k]) if k in win.means else None,
            "coverage": r2(win.coverage[k]) if k in win.coverage else None,
        }
        if k in refs:
            ref = refs[k]
            entry |= {"unit": ref.unit, "ear": ref.ear, "rda": ref.rda}
            ok = judged and known(win, k)
            entry["status"] = status(win.means[k], ref) if ok else None
        nutrients[k] = entry
    shares = win.shares() if judged and known(win, *MACROS) else None
    return {
        "days": win.days,
        "days_logged": win.days_logged,
        "days_complete": win.days_complete,
        "days_judged": win.days_judged,
        "judged": judged,
        "problems": why,
        "matched_words": r2(win.matched_share),
        "nutrients": nutrients,
        "means": {k: r2(v) for k, v in win.means.items()},  # the same means, flat
        "energy_pct": (
            {k.split("_")[0]: r1(v * 100) for k, v in shares.items()} if shares else None
        ),
    }
