"""Daily intake from stored meal totals, reference intakes by profile, and energy helpers.

The analyzer never parses meal text: a meal's nutrients are the totals the food table stored
with it (``meal.resolved``) plus any amounts the runner typed in directly, and a day's intake
adds every supplement. A day without meals is *not logged*, never "ate nothing".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from operator import attrgetter

import msgspec

from journal.load_estimate import session_rpe
from journal.model import NUTRIENT_KEYS, Day, Profile

# kcal per gram of each macronutrient (Atwater factors).
KCAL_PER_G = {"carbs_g": 4.0, "protein_g": 4.0, "fat_g": 9.0}

# Running costs about 1 kcal per kg of body mass per km, whatever the pace.
RUN_KCAL_PER_KG_KM = 1.0

# Assumed body fat when the profile gives none, as a fraction.
DEFAULT_BODY_FAT = {"male": 0.15, "female": 0.22, "unspecified": 0.185}


# --- daily intake ------------------------------------------------------------------------------


class Intake(msgspec.Struct, frozen=True):
    """One day's intake. ``coverage[k]`` is the share of the day's food whose ``k`` is known."""

    totals: dict[str, float]
    coverage: dict[str, float]
    logged: bool
    meals: int = 0
    words_matched: float = 0  # an unsure match counts half here and half unmatched
    words_unmatched: float = 0

    @property
    def matched_share(self) -> float:
        """Share of typed meal words the food table recognised (1.0 when nothing was typed)."""
        words = self.words_matched + self.words_unmatched
        return 1.0 if words == 0 else self.words_matched / words


NOT_LOGGED = Intake(totals={}, coverage={}, logged=False)


def _words(text: str | None) -> int:
    return len(text.split()) if text else 0


_UNKNOWN: dict[str, float] = {}
_AMOUNTS = attrgetter(*NUTRIENT_KEYS)  # Meal.explicit_nutrients without a dict per meal


def day_intake(day: Day) -> Intake:
    """The day's intake: stored meal totals + typed amounts + supplements.

    Coverage of a nutrient is the energy-weighted share of meals whose amount of it is known,
    so an unknown garnish weighs less than an unknown dinner; a meal with no energy value
    weighs as the day's average meal. A resolved meal's coverage is the food table's (a
    nutrient it does not list counts as unknown); a typed amount makes that nutrient known;
    a meal never resolved is unknown throughout and all its words count as unmatched.
    Each matched food counts as one matched word, each unmatched word as one unmatched;
    a match the table is unsure of counts half of each.
    """
    meals = day.meals
    if not meals:
        if not day.supplements:
            return NOT_LOGGED
        return Intake(totals=_supplement_totals(day), coverage={}, logged=False)
    totals: dict[str, float] = {}
    weights: list[float] = []
    # per meal: a coverage mapping, and whether it is "known iff listed" (the stored totals
    # of a fully covered meal, read without copying) or a share per nutrient
    covs: list[Mapping[str, float]] = []
    listed: list[bool] = []
    matched = unmatched = 0
    for meal in meals:
        res = meal.resolved
        kcal = 0.0
        is_listed = False
        cov: Mapping[str, float]
        if res is not None:
            rt = res.totals
            for k, v in rt.items():
                totals[k] = totals.get(k, 0.0) + v
            kcal = rt.get("kcal", 0.0)
            # coverage_of: listed share, else fully known when in totals (the common case)
            if res.coverage:
                cov = {k: res.coverage_of(k) for k in NUTRIENT_KEYS}
            else:
                cov, is_listed = rt, True
            unsure = 0.5 * len(res.unsure)  # an unsure match is half matched
            matched += len(res.items) - unsure
            unmatched += len(res.unmatched) + unsure
            if not res.items and not res.unmatched:
                unmatched += _words(meal.text)  # typed text the table made nothing of
        else:
            cov = _UNKNOWN
            unmatched += _words(meal.text) + len(meal.items or ())
        amounts = _AMOUNTS(meal)  # typed nutrient amounts, None where not given
        if amounts.count(None) != len(amounts):
            explicit = {k: v for k, v in zip(NUTRIENT_KEYS, amounts, strict=True) if v is not None}
            if is_listed:
                cov, is_listed = dict.fromkeys(cov, 1.0), False
            cov = {**cov, **dict.fromkeys(explicit, 1.0)}
            for k, v in explicit.items():
                totals[k] = totals.get(k, 0.0) + v
            kcal += explicit.get("kcal", 0.0)
        weights.append(kcal)
        covs.append(cov)
        listed.append(is_listed)
    positive = [w for w in weights if w > 0]
    fallback = sum(positive) / len(positive) if positive else 1.0
    weights = [w if w > 0 else fallback for w in weights]
    total_w = sum(weights)
    coverage = {}
    for k in NUTRIENT_KEYS:
        acc = 0.0
        for w, cov, is_listed in zip(weights, covs, listed, strict=True):
            if is_listed:
                if k in cov:
                    acc += w
                continue
            c = cov.get(k)
            if c:
                acc += w * (1.0 if c > 1.0 else c)
        coverage[k] = round(acc / total_w, 4)
    if day.supplements:
        for k, v in _supplement_totals(day).items():
            totals[k] = totals.get(k, 0.0) + v
    return Intake(
        totals=totals,
        coverage=coverage,
        logged=True,
        meals=len(meals),
        words_matched=matched,
        words_unmatched=unmatched,
    )


def _supplement_totals(day: Day) -> dict[str, float]:
    out: dict[str, float] = {}
    for sup in day.supplements:
        for k, v in sup.nutrients().items():
            out[k] = out.get(k, 0.0) + float(v)
    return out


def macro_shares(totals: Mapping[str, float]) -> dict[str, float] | None:
    """Share of energy from carbs, protein and fat (Atwater), or None without macros.

    The denominator is the energy of the three macros, so the shares add up to 1 even when
    a meal's kcal was not given.
    """
    kcal = {k: totals.get(k, 0.0) * f for k, f in KCAL_PER_G.items()}
    total = sum(kcal.values())
    if total <= 0:
        return None
    return {k: v / total for k, v in kcal.items()}


# --- reference intakes (NIH ODS; EAR from IOM 2000) --------------------------------------------


class Reference(msgspec.Struct, frozen=True):
    """A reference intake for one nutrient: judge intake against ``ear``, aim for ``rda``."""

    nutrient: str
    label: str
    unit: str
    ear: float
    rda: float
    note: str = ""
    assumptions: tuple[str, ...] = ()  # what was assumed or adjusted, also in ``note``

    def to_json(self) -> dict[str, object]:
        return {
            "nutrient": self.nutrient,
            "label": self.label,
            "unit": self.unit,
            "ear": self.ear,
            "rda": self.rda,
            "note": self.note,
        }


LABELS = {
    "kcal": ("Energy", "kcal"),
    "protein_g": ("Protein", "g"),
    "carbs_g": ("Carbohydrate", "g"),
    "fat_g": ("Fat", "g"),
    "fiber_g": ("Fiber", "g"),
    "iron_mg": ("Iron", "mg"),
    "b6_mg": ("Vitamin B6", "mg"),
    "b12_ug": ("Vitamin B12", "µg"),
    "calcium_mg": ("Calcium", "mg"),
}

# (age band, sex) -> (RDA, EAR). Bands: "14-18", "19-50", "51+".
_B12 = (2.4, 2.0)
_B6: dict[tuple[str, str], tuple[float, float]] = {
    ("14-18", "male"): (1.3, 1.1),
    ("14-18", "female"): (1.2, 1.0),
    ("19-50", "male"): (1.3, 1.1),
    ("19-50", "female"): (1.3, 1.1),
    ("51+", "male"): (1.7, 1.4),
    ("51+", "female"): (1.5, 1.3),
}
_IRON: dict[tuple[str, str], tuple[float, float]] = {
    ("14-18", "male"): (11.0, 7.7),
    ("14-18", "female"): (15.0, 7.9),
    ("19-50", "male"): (8.0, 6.0),
    ("19-50", "female"): (18.0, 8.1),
    ("51+", "male"): (8.0, 6.0),
    ("51+", "female"): (8.0, 5.0),
}
VEGETARIAN_IRON_FACTOR = 1.8
SOURCE = "IOM 2000; NIH ODS"


def _band(age: int | None) -> str:
    if age is None or 19 <= age <= 50:
        return "19-50"
    return "51+" if age > 50 else "14-18"


def _pick(table: dict[tuple[str, str], tuple[float, float]], band: str, sex: str):
    if sex in ("male", "female"):
        return table[(band, sex)]
    m, f = table[(band, "male")], table[(band, "female")]
    return (max(m[0], f[0]), max(m[1], f[1]))


def describe_group(profile: Profile, on: dt.date) -> str:
    """Who the references are for, in words: "a woman aged 19-50"."""
    age = profile.age_on(on)
    band = _band(age)
    who = {"male": "a man", "female": "a woman", "unspecified": "an adult"}[profile.sex]
    if band == "14-18":
        who = {"male": "a boy", "female": "a girl", "unspecified": "a teenager"}[profile.sex]
    return f"{who} aged {band}"


def references(profile: Profile, on: dt.date) -> dict[str, Reference]:
    """Reference intakes of B12, B6 and iron for this profile on this date (NIH ODS; IOM 2000)."""
    age = profile.age_on(on)
    band = _band(age)
    notes: list[str] = []
    if age is None:
        notes.append("birth year not given: adult 19-50 values used")
    elif age < 14:
        notes.append("these references do not apply under 14; 14-18 values shown")
    if profile.sex == "unspecified":
        notes.append("sex not given: the higher of the male and female values")
    group = describe_group(profile, on)

    def ref(key: str, rda_ear: tuple[float, float], extra: str = "") -> Reference:
        label, unit = LABELS[key]
        assumed = tuple(filter(None, [*notes, extra]))
        note = "; ".join([f"for {group} ({SOURCE})", *assumed])
        return Reference(key, label, unit, rda_ear[1], rda_ear[0], note, assumed)

    iron = _pick(_IRON, band, profile.sex)
    iron_note = ""
    if profile.diet in ("vegetarian", "vegan"):
        f = VEGETARIAN_IRON_FACTOR
        iron = (round(iron[0] * f, 2), round(iron[1] * f, 2))
        iron_note = f"× {f} for a {profile.diet} diet (plant iron is absorbed less)"
    return {
        "b12_ug": ref("b12_ug", _B12),
        "b6_mg": ref("b6_mg", _pick(_B6, band, profile.sex)),
        "iron_mg": ref("iron_mg", iron, iron_note),
    }


# --- energy ------------------------------------------------------------------------------------

# Compendium of Physical Activities (2011/2024): gross METs. Running by effort (RPE CR-10).
_RUN_MET_BY_RPE = (6.0, 6.0, 7.0, 8.3, 9.0, 9.8, 10.5, 11.0, 11.8, 12.8, 14.5)
# Cross-training: keyword -> (light, moderate, vigorous) METs.
_ACTIVITY_METS: tuple[tuple[tuple[str, ...], tuple[float, float, float]], ...] = (
    (("cycl", "bike", "biking", "spin"), (4.0, 7.0, 10.0)),
    (("swim",), (5.0, 7.0, 9.8)),
    (("row",), (4.8, 7.0, 8.5)),
    (("ellipt",), (4.5, 5.0, 6.5)),
    (("strength", "weight", "gym", "lift", "plyo", "circuit", "crossfit"), (3.5, 5.0, 6.0)),
    (("yoga", "pilates", "stretch", "mobility"), (2.5, 3.0, 4.0)),
    (("walk",), (3.0, 3.5, 5.0)),
    (("hik",), (5.3, 6.0, 7.8)),
    (("ski",), (6.8, 9.0, 12.5)),
)
_DEFAULT_METS = (3.5, 5.0, 8.0)


def _intensity(rpe: int) -> int:
    return 0 if rpe <= 3 else 1 if rpe <= 6 else 2


def activity_met(activity: str, rpe: int) -> float:
    """Gross MET of a cross-training session from its name and effort."""
    name = activity.lower()
    for words, mets in _ACTIVITY_METS:
        if any(w in name for w in words):
            return mets[_intensity(rpe)]
    return _DEFAULT_METS[_intensity(rpe)]


def exercise_energy(day: Day, weight_kg: float) -> float:
    """Net exercise energy of a day, kcal: ~1 kcal/kg/km running, net METs otherwise."""
    total = 0.0
    for run in day.runs:
        if run.distance_km:
            total += RUN_KCAL_PER_KG_KM * weight_kg * run.distance_km
        else:
            met = _RUN_MET_BY_RPE[round(session_rpe(run))]
            total += (met - 1.0) * weight_kg * run.duration_min / 60.0
    for ct in day.cross_training:
        met = activity_met(ct.activity, round(session_rpe(ct)))
        total += (met - 1.0) * weight_kg * ct.duration_min / 60.0
    return total


class FatFreeMass(msgspec.Struct, frozen=True):
    kg: float
    body_fat: float
    assumed: bool = False

    @property
    def note(self) -> str:
        if not self.assumed:
            return f"body fat {self.body_fat * 100:g} % from the profile"
        return f"body fat not given: {self.body_fat * 100:g} % assumed"


def fat_free_mass(profile: Profile, weight_kg: float) -> FatFreeMass:
    """Fat-free mass = weight × (1 − body fat), body fat assumed by sex when not given."""
    if profile.body_fat_pct is not None:
        bf = profile.body_fat_pct / 100.0
        return FatFreeMass(weight_kg * (1 - bf), bf, assumed=False)
    bf = DEFAULT_BODY_FAT[profile.sex]
    return FatFreeMass(weight_kg * (1 - bf), bf, assumed=True)
