"""The flag: what it says, how rule hits on single days merge into one flag, and its texts.

A rule reports a :class:`Hit` on each day it fires (with the days its evidence spans); hits of
the same id whose spans touch or overlap become one :class:`Flag` with ``start`` and ``end``.
The flag keeps the highest severity and the evidence of the latest hit of that severity.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from journal.analysis import thresholds as T

SEVERITY_RANK = {"info": 0, "warning": 1, "alert": 2}
CATEGORIES = ("medical", "training", "recovery", "nutrition", "data")

CATEGORY: dict[str, str] = {
    "run_spike": "training",
    "load_spike": "training",
    "monotony": "training",
    "no_rest": "training",
    "fatigue_rising": "recovery",
    "extreme_fatigue": "medical",
    "sleep_debt": "recovery",
    "resting_hr_up": "recovery",
    "illness_training": "medical",
    "bone_pain": "medical",
    "weight_loss": "nutrition",
    "cycle_absent": "medical",
    "b12_low": "nutrition",
    "b6_low": "nutrition",
    "iron_low": "nutrition",
    "energy_low": "nutrition",
    "carbs_low": "nutrition",
    "protein_low": "nutrition",
    "fat_low": "nutrition",
    "fat_high": "nutrition",
    "nutrition_incomplete": "data",
}
FLAG_IDS: tuple[str, ...] = tuple(CATEGORY)

# Shortfalls a fatigue flag names when they overlap it (DESIGN §0: fatigue may come from too
# few calories, vitamins or minerals).
SHORTFALL_IDS = ("energy_low", "carbs_low", "protein_low", "iron_low", "b12_low", "b6_low")
FATIGUE_IDS = ("fatigue_rising", "extreme_fatigue")


@dataclass(slots=True)
class Hit:
    """A rule firing on one day (``anchor``), its evidence spanning ``start``..``anchor``."""

    id: str
    severity: str
    start: int
    anchor: int
    evidence: dict[str, Any]


@dataclass(slots=True)
class Flag:
    id: str
    category: str
    severity: str
    start: dt.date
    end: dt.date
    title: str
    evidence: dict[str, Any]
    rule: str
    advice: str
    hits: int = field(default=1, compare=False)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def overlaps(self, start: dt.date, end: dt.date) -> bool:
        return self.start <= end and self.end >= start

    def to_json(self) -> dict[str, Any]:
        """The flag exactly as DESIGN §4 shows it."""
        return {
            "id": self.id,
            "category": self.category,
            "severity": self.severity,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "title": self.title,
            "evidence": self.evidence,
            "rule": self.rule,
            "advice": self.advice,
        }


@dataclass(slots=True)
class Merged:
    id: str
    severity: str
    start: int
    end: int
    evidence: dict[str, Any]
    hits: int
    first_anchor: int


def merge_hits(hits: Iterable[Hit]) -> list[Merged]:
    """Join hits of one id whose spans touch or overlap (consecutive days make one flag)."""
    out: list[Merged] = []
    by_id: dict[str, list[Hit]] = {}
    for h in hits:
        by_id.setdefault(h.id, []).append(h)
    for fid, group in by_id.items():
        group.sort(key=lambda h: (h.start, h.anchor))
        cur: Merged | None = None
        for h in group:
            if cur is not None and h.start <= cur.end + 1:
                cur.end = max(cur.end, h.anchor)
                cur.hits += 1
                if SEVERITY_RANK[h.severity] >= SEVERITY_RANK[cur.severity]:
                    cur.severity = h.severity
                    cur.evidence = h.evidence
                continue
            cur = Merged(fid, h.severity, h.start, h.anchor, h.evidence, 1, h.anchor)
            out.append(cur)
    return out


# --- texts -------------------------------------------------------------------------------------


def _n(days: int) -> str:
    return f"{days} day" + ("s" if days != 1 else "")


TitleFn = Callable[[str, int, dict[str, Any]], str]


def _title_nutrient(label: str) -> TitleFn:
    return lambda sev, days, ev: f"{label} intake below your reference for {_n(days)}"


TITLES: dict[str, TitleFn] = {
    "run_spike": lambda sev, days, ev: (
        f"Run of {ev['longest_run_km']:g} km, {ev['increase_pct']:g} % longer than your longest "
        f"of the previous {T.RUN_SPIKE_LOOKBACK_DAYS} days"
    ),
    "load_spike": lambda sev, days, ev: f"Acute training load {ev['acwr']:.2f}× your chronic load",
    "monotony": lambda sev, days, ev: (
        f"Monotonous training: monotony {ev['monotony']:.1f} over 7 days"
    ),
    "no_rest": lambda sev, days, ev: f"{ev['days_without_rest']} days of training without rest",
    "fatigue_rising": lambda sev, days, ev: (
        f"Fatigue averaging {ev['mean_fatigue_7d']:.1f}/10 over 7 days"
        if "mean_fatigue_7d" in ev
        else "Fatigue rising day after day while training"
    ),
    "extreme_fatigue": lambda sev, days, ev: (
        "Extreme fatigue (9-10/10) on 2 of 3 days: see a physician"
    ),
    "sleep_debt": lambda sev, days, ev: (
        f"Sleep averaging {ev['mean_sleep_h_7d']:.1f} h a night over 7 days"
        if "mean_sleep_h_7d" in ev
        else f"{len(ev['nights_under_6h'])} nights in a row under {T.SLEEP_SHORT_H:g} h"
    ),
    "resting_hr_up": lambda sev, days, ev: (
        f"Morning resting heart rate {ev['above_median_bpm']:g} bpm above its 30-day median"
    ),
    "illness_training": lambda sev, days, ev: (
        "Training with a fever" if ev.get("fever") else "Hard training while ill"
    ),
    "bone_pain": lambda sev, days, ev: (
        f"Pain at a bone-stress site ({', '.join(ev['sites'])}) on {ev['days_with_pain']} "
        f"days within a week"
        if "sites" in ev
        else f"Pain {ev['score']}/10 ({ev['site']}) while training continued"
    ),
    "weight_loss": lambda sev, days, ev: (
        f"Body weight down {ev['loss_pct']:.1f} % within {T.WEIGHT_LOSS_DAYS} days"
    ),
    "cycle_absent": lambda sev, days, ev: (
        f"No period logged for {ev['days_since_period']} days"
        if "days_since_period" in ev
        else f"Menstrual cycle of {ev['cycle_days']} days"
    ),
    "b12_low": _title_nutrient("Vitamin B12"),
    "b6_low": _title_nutrient("Vitamin B6"),
    "iron_low": _title_nutrient("Iron"),
    "energy_low": lambda sev, days, ev: (
        f"Low energy availability: {ev['energy_availability']:.0f} kcal/kg fat-free mass a day"
    ),
    "carbs_low": lambda sev, days, ev: (
        f"Carbohydrate {ev['carbs_g_per_kg_training_days']:.1f} g/kg on training days"
        if sev == "warning"
        else f"Carbohydrate {ev['carbs_pct_energy']:.0f} % of energy"
    ),
    "protein_low": lambda sev, days, ev: (
        f"Protein {ev['protein_g_per_kg']:.1f} g/kg a day"
        if sev == "warning"
        else f"Protein {ev['protein_pct_energy']:.0f} % of energy"
    ),
    "fat_low": lambda sev, days, ev: f"Fat {ev['fat_pct_energy']:.0f} % of energy",
    "fat_high": lambda sev, days, ev: f"Fat {ev['fat_pct_energy']:.0f} % of energy",
    "nutrition_incomplete": lambda sev, days, ev: (
        "Too few meals logged or recognised to judge intake"
    ),
}

_CONTESTED = (
    "contested: Impellizzeri 2020; Frandsen 2025 found no rise in runner injuries with ACWR"
)

RULES: dict[str, str] = {
    "run_spike": (
        f"a run longer than {T.RUN_SPIKE_WARNING * 100:g} % of the longest run of the previous "
        f"{T.RUN_SPIKE_LOOKBACK_DAYS} days (alert above {T.RUN_SPIKE_ALERT * 100:g} %), once "
        f"{T.RUN_SPIKE_LOOKBACK_DAYS} days of history exist (Frandsen et al., BJSM 2025: injury "
        "hazard 1.64 for +10-30 %, 1.52 for +30-100 %, 2.28 above +100 %)"
    ),
    "load_spike": (
        f"EWMA acute:chronic ratio of daily session-RPE load (RPE × minutes) above "
        f"{T.LOAD_SPIKE_ACWR:g}; λ = 2/(N+1), N = {T.ACUTE_N} and {T.CHRONIC_N} days, after "
        f"{T.LOAD_SPIKE_HISTORY_DAYS} days of history (Gabbett 2016; Williams 2017). "
        f"Evidence is {_CONTESTED}"
    ),
    "monotony": (
        f"{T.MONOTONY_DAYS}-day mean ÷ standard deviation of daily load (rest days count as 0) "
        f"above {T.MONOTONY_MAX:g}; an SD of 0 counts as {T.MONOTONY_SD_ZERO:g}; "
        "strain = weekly load × monotony (Foster 1998)"
    ),
    "no_rest": (
        f"{T.NO_REST_DAYS} or more consecutive days with training and no rest day "
        "(training guidance; weak evidence)"
    ),
    "fatigue_rising": (
        f"fatigue higher than the day before on {T.FATIGUE_RISING_DAYS} days in a row with "
        f"training on at least {T.FATIGUE_RISING_TRAINED} of them, or a {T.FATIGUE_MEAN_DAYS}-day "
        f"mean of {T.FATIGUE_MEAN_MAX:g} or more (Hooper 1995; Meeusen 2013 consensus)"
    ),
    "extreme_fatigue": (
        f"fatigue {T.EXTREME_FATIGUE}-10 on {T.EXTREME_FATIGUE_DAYS} of the last "
        f"{T.EXTREME_FATIGUE_WINDOW} days (the runner's guide: extreme fatigue, to the point of "
        "sleep or immobility, may be serious)"
    ),
    "sleep_debt": (
        f"{T.SLEEP_MEAN_DAYS}-day mean sleep under {T.SLEEP_MEAN_MIN_H:g} h, or "
        f"{T.SLEEP_SHORT_NIGHTS}+ nights in a row under {T.SLEEP_SHORT_H:g} h (Watson 2015, "
        "AASM/SRS consensus; Walsh 2021, BJSM consensus on athletes' sleep)"
    ),
    "resting_hr_up": (
        f"morning resting HR {T.RHR_RISE_BPM}+ bpm above its {T.RHR_MEDIAN_DAYS}-day median on "
        f"{T.RHR_DAYS} of the last {T.RHR_WINDOW} days (Dressendorfer 1985; weak on its own)"
    ),
    "illness_training": (
        f"training on a day with fever, or hard training (RPE ≥ {T.ILLNESS_HARD_RPE}) with "
        "illness symptoms (Meeusen 2013: rule out illness before calling fatigue overtraining)"
    ),
    "bone_pain": (
        f"pain at a bone-stress site (shin/tibia, foot/metatarsal, hip/femoral neck, pelvis, "
        f"heel) on {T.BONE_PAIN_DAYS}+ days within {T.BONE_PAIN_WINDOW}, or any pain score ≥ "
        f"{T.PAIN_SEVERE} while training continues (OSTRC, Clarsen 2020)"
    ),
    "weight_loss": (
        f"body weight down more than {T.WEIGHT_LOSS_PCT:g} % within {T.WEIGHT_LOSS_DAYS} days "
        "(IOC REDs consensus 2023, Mountjoy)"
    ),
    "cycle_absent": (
        f"no period logged for {T.CYCLE_ABSENT_DAYS}+ days, or a cycle over "
        f"{T.CYCLE_LONG_DAYS} days (IOC REDs 2023; Female Athlete Triad Coalition 2014)"
    ),
    "energy_low": (
        f"{T.NUTRITION_DAYS}-day mean energy availability = (intake − exercise energy) ÷ "
        f"fat-free mass under {T.ENERGY_AVAILABILITY_MIN:g} kcal/kg FFM/day; running ≈ 1 "
        "kcal/kg/km, other exercise by net METs (IOC REDs consensus 2023, Mountjoy; Loucks 2011). "
        "Not a validated cut-off for men"
    ),
    "carbs_low": (
        f"carbohydrate under {T.CARBS_MIN_G_PER_KG:g} g/kg body mass on days with "
        f"{T.CARBS_TRAINING_MIN:g}+ minutes of training (warning; ACSM 2016), or under "
        f"{T.CARBS_MIN_SHARE * 100:g} % of energy (info; the runner's guide: 50-70 %), "
        f"{T.NUTRITION_DAYS}-day means"
    ),
    "protein_low": (
        f"protein under {T.PROTEIN_MIN_G_PER_KG:g} g/kg (warning; ACSM 2016) or under "
        f"{T.PROTEIN_MIN_SHARE * 100:g} % of energy (info; the runner's guide: 10-20 %), "
        f"{T.NUTRITION_DAYS}-day means"
    ),
    "fat_low": (
        f"fat under {T.FAT_MIN_SHARE * 100:g} % of energy, {T.NUTRITION_DAYS}-day mean (the "
        "runner's guide: 20-30 %; ACSM 2016: 20-35 %)"
    ),
    "fat_high": (
        f"fat over {T.FAT_MAX_SHARE * 100:g} % of energy, {T.NUTRITION_DAYS}-day mean (the "
        "runner's guide: 20-30 %; ACSM 2016: 20-35 %)"
    ),
    "nutrition_incomplete": (
        f"meals logged, but on fewer than {T.NUTRITION_MIN_LOGGED} of {T.NUTRITION_DAYS} days, "
        f"or under {T.NUTRITION_MIN_MATCHED * 100:g} % of meal words matched to foods, or "
        f"energy known for under {T.NUTRITION_MIN_COVERAGE * 100:g} % of the food logged"
    ),
}


def nutrient_rule(label: str, severity: str, group: str, factor_note: str) -> str:
    """Rule text of b12/b6/iron flags, naming the reference and the group it is for."""
    ref = "the EAR" if severity == "warning" else "the RDA (above the EAR)"
    extra = f"; {factor_note}" if factor_note else ""
    return (
        f"{T.NUTRITION_DAYS}-day mean {label} intake (food + supplements) below {ref} for "
        f"{group} (IOM 2000; NIH ODS){extra}. Intake below reference, not a diagnosis"
    )


ADVICE: dict[str, str] = {
    "run_spike": (
        "Grow your longest run gradually, about 10 % at a time: runners who jumped further "
        "were injured more often. Keep the next days easy."
    ),
    "load_spike": (
        "This week was much harder than your recent month; add an easy day or a rest day. "
        "The ratio is a rough guide, not an injury predictor."
    ),
    "monotony": (
        "Vary the days: alternate hard and easy sessions and keep rest days so tissues repair."
    ),
    "no_rest": (
        "Take a rest day or an easy day: tissues repair between sessions, and fatigue often "
        "means time off is needed."
    ),
    "fatigue_rising": (
        "Fatigue is building: swap the next hard session for rest or an easy run. If it does "
        "not settle, rule out illness and look at what you eat."
    ),
    "extreme_fatigue": (
        "Extreme fatigue, to the point of sleep or immobility, may be serious: see a physician "
        "before you train again."
    ),
    "sleep_debt": (
        "Aim for 7 hours or more a night (athletes often need more): recovery from training "
        "happens in sleep."
    ),
    "resting_hr_up": (
        "A raised morning heart rate can mean incomplete recovery, illness, heat or stress; "
        "keep the next days easy and watch the trend. On its own it is a weak signal."
    ),
    "illness_training": (
        "Do not train with a fever; with other symptoms keep it easy or rest. See a doctor if "
        "symptoms persist: illness must be ruled out before fatigue is blamed on training."
    ),
    "bone_pain": (
        "Pain at a bone-stress site that keeps coming back or gets worse with running can be a "
        "bone stress injury: stop running on it and see a doctor or physiotherapist."
    ),
    "weight_loss": (
        "Fast weight loss while training can mean you are not eating enough for your training; "
        "talk to a doctor or sports dietitian."
    ),
    "cycle_absent": (
        "A missing or irregular period in a training runner is worth checking with a doctor."
    ),
    "b12_low": (
        "B12 is needed for energy metabolism, red blood cells and nerves. The body stores it "
        "for years, so a low week matters mostly as a pattern; vegetarians and vegans need "
        "fortified foods or a supplement. Ask a doctor or dietitian if it persists."
    ),
    "b6_low": (
        "B6 is needed for energy metabolism and red blood cells: poultry, fish, potatoes, "
        "bananas, chickpeas and fortified cereals are good sources."
    ),
    "iron_low": (
        "Iron carries oxygen to working muscle; ask your doctor about a ferritin test before "
        "supplementing."
    ),
    "energy_low": (
        "You may be eating too little for your training; low energy availability harms "
        "bones, hormones and performance. Talk to a doctor or sports dietitian."
    ),
    "carbs_low": (
        "Carbohydrate fuels hard and long running: aim for 5-7 g/kg a day in training and "
        "50-70 % of your energy."
    ),
    "protein_low": ("Protein repairs muscle: aim for 1.2-2.0 g/kg a day, spread over your meals."),
    "fat_low": (
        "Some fat is needed for hormones and fat-soluble vitamins: aim for 20-30 % of energy."
    ),
    "fat_high": (
        "Over 35 % of energy from fat leaves little room for the carbohydrate that fuels "
        "running: aim for 20-30 %."
    ),
    "nutrition_incomplete": (
        "Log meals on at least 4 days a week and fix the words the food table did not "
        "recognise, so your intake can be judged."
    ),
}

SHORTFALL_ADVICE = (
    " Your logged intake was also below reference in these days ({names}): fatigue during "
    "and after runs may come from too few calories, vitamins or minerals; talk to a doctor "
    "or nutritionist."
)
REDS_ADVICE = (
    " With low energy availability in the same period, this can be a sign of relative energy "
    "deficiency in sport (REDs): see a doctor, ideally one who works with athletes."
)
