"""Specs of the nutrition flags (see :mod:`.specs`): judged on fully logged days only."""

from __future__ import annotations

from journal.analysis import thresholds as T
from journal.analysis.flag_spec import FlagSpec, TitleFn, n_days, over, under


def _nutrient_title(label: str) -> TitleFn:
    return lambda sev, days, ev: f"{label} intake below your reference for {n_days(days)}"


def _nutrition_rule(text: str) -> str:
    return (
        f"{text}; {T.NUTRITION_DAYS}-day means over fully logged days only (said complete, or "
        "in line with your own complete days)"
    )


_NUTRIENT_SOURCE = "IOM 2000 dietary reference intakes; NIH ODS"


def _micro(fid: str, label: str, advice: str) -> FlagSpec:
    return FlagSpec(
        id=fid,
        category="nutrition",
        severities=("info", "warning"),
        severity_logic="warning under the EAR, info between the EAR and the RDA",
        title=_nutrient_title(label),
        rule=_nutrition_rule(f"mean {label} intake (food + supplements) below the RDA"),
        source=_NUTRIENT_SOURCE,
        advice=advice,
        worse="low",
    )


_GUIDE_MACROS = "the runner's guide: 50-70 % carbohydrate, 10-20 % protein, 20-30 % fat"

NUTRITION_SPECS: tuple[FlagSpec, ...] = (
    _micro(
        "b12_low",
        "Vitamin B12",
        "B12 is needed for energy metabolism, red blood cells and nerves. The body stores it "
        "for years, so a low week matters mostly as a pattern; vegetarians and vegans need "
        "fortified foods or a supplement. Ask a doctor or dietitian if it persists.",
    ),
    _micro(
        "b6_low",
        "Vitamin B6",
        "B6 is needed for energy metabolism and red blood cells: poultry, fish, potatoes, "
        "bananas, chickpeas and fortified cereals are good sources.",
    ),
    _micro(
        "iron_low",
        "Iron",
        "Iron carries oxygen to working muscle; ask your doctor about a ferritin test before "
        "supplementing.",
    ),
    FlagSpec(
        id="energy_low",
        category="nutrition",
        severities=("warning",),
        severity_logic="always a warning",
        title=lambda sev, days, ev: (
            "Low energy availability: "
            f"{under(ev['energy_availability'], T.ENERGY_AVAILABILITY_MIN, 0)} kcal per kg of "
            "fat-free mass a day"
        ),
        rule=_nutrition_rule(
            "energy availability = (intake − exercise energy) ÷ fat-free mass under "
            f"{T.ENERGY_AVAILABILITY_MIN:g} kcal/kg FFM/day; running ≈ 1 kcal/kg/km, other "
            "exercise by net METs. Not a validated cut-off for men"
        ),
        source="IOC REDs consensus 2023, Mountjoy; Loucks 2011",
        advice=(
            "You may be eating too little for your training; low energy availability harms "
            "bones, hormones and performance. Talk to a doctor or sports dietitian."
        ),
        thresholds={"kcal_per_kg_ffm": T.ENERGY_AVAILABILITY_MIN},
        measure="energy_availability",
        unit=" kcal/kg FFM",
        worse="low",
    ),
    FlagSpec(
        id="carbs_low",
        category="nutrition",
        severities=("info", "warning"),
        severity_logic=(
            f"warning under {T.CARBS_MIN_G_PER_KG:g} g/kg on days with "
            f"{T.CARBS_TRAINING_MIN:g}+ minutes of training; info under "
            f"{T.CARBS_MIN_SHARE * 100:g} % of energy"
        ),
        title=lambda sev, days, ev: (
            "Carbohydrate "
            f"{under(ev['carbs_g_per_kg_training_days'], T.CARBS_MIN_G_PER_KG)} g/kg on "
            "training days"
            if sev == "warning"
            else f"Carbohydrate {under(ev['carbs_pct_energy'], T.CARBS_MIN_SHARE * 100, 0)} % "
            "of energy"
        ),
        rule=_nutrition_rule(
            f"carbohydrate under {T.CARBS_MIN_G_PER_KG:g} g/kg body mass on days with "
            f"{T.CARBS_TRAINING_MIN:g}+ minutes of training, or under "
            f"{T.CARBS_MIN_SHARE * 100:g} % of energy"
        ),
        source=f"ACSM 2016 for g/kg; {_GUIDE_MACROS}",
        advice=(
            "Carbohydrate fuels hard and long running: aim for 5-7 g/kg a day in training and "
            "50-70 % of your energy."
        ),
        thresholds={"g_per_kg": T.CARBS_MIN_G_PER_KG, "share": T.CARBS_MIN_SHARE},
        worse="low",
    ),
    FlagSpec(
        id="protein_low",
        category="nutrition",
        severities=("info", "warning"),
        severity_logic=(
            f"warning under {T.PROTEIN_MIN_G_PER_KG:g} g/kg; info under "
            f"{T.PROTEIN_MIN_SHARE * 100:g} % of energy"
        ),
        title=lambda sev, days, ev: (
            f"Protein {under(ev['protein_g_per_kg'], T.PROTEIN_MIN_G_PER_KG)} g/kg a day"
            if sev == "warning"
            else f"Protein {under(ev['protein_pct_energy'], T.PROTEIN_MIN_SHARE * 100, 0)} % "
            "of energy"
        ),
        rule=_nutrition_rule(
            f"protein under {T.PROTEIN_MIN_G_PER_KG:g} g/kg or under "
            f"{T.PROTEIN_MIN_SHARE * 100:g} % of energy"
        ),
        source=f"ACSM 2016 for g/kg; {_GUIDE_MACROS}",
        advice="Protein repairs muscle: aim for 1.2-2.0 g/kg a day, spread over your meals.",
        thresholds={"g_per_kg": T.PROTEIN_MIN_G_PER_KG, "share": T.PROTEIN_MIN_SHARE},
        worse="low",
    ),
    FlagSpec(
        id="fat_low",
        category="nutrition",
        severities=("info",),
        severity_logic="always info",
        title=lambda sev, days, ev: (
            f"Fat {under(ev['fat_pct_energy'], T.FAT_MIN_SHARE * 100, 0)} % of energy"
        ),
        rule=_nutrition_rule(f"fat under {T.FAT_MIN_SHARE * 100:g} % of energy"),
        source=f"{_GUIDE_MACROS}; ACSM 2016: 20-35 %",
        advice=(
            "Some fat is needed for hormones and fat-soluble vitamins: aim for 20-30 % of energy."
        ),
        thresholds={"share": T.FAT_MIN_SHARE},
        worse="low",
    ),
    FlagSpec(
        id="fat_high",
        category="nutrition",
        severities=("info",),
        severity_logic="always info",
        title=lambda sev, days, ev: (
            f"Fat {over(ev['fat_pct_energy'], T.FAT_MAX_SHARE * 100, 0)} % of energy"
        ),
        rule=_nutrition_rule(f"fat over {T.FAT_MAX_SHARE * 100:g} % of energy"),
        source=f"{_GUIDE_MACROS}; ACSM 2016: 20-35 %",
        advice=(
            "Over 35 % of energy from fat leaves little room for the carbohydrate that fuels "
            "running: aim for 20-30 %."
        ),
        thresholds={"share": T.FAT_MAX_SHARE},
    ),
    FlagSpec(
        id="nutrition_incomplete",
        category="data",
        severities=("info",),
        severity_logic="always info",
        title=lambda sev, days, ev: (
            "Meals only partly logged: intake not judged"
            if ev.get("partly_logged")
            else "Too few meals logged or recognised to judge intake"
        ),
        rule=(
            f"meals logged, but fewer than {T.NUTRITION_MIN_LOGGED} of {T.NUTRITION_DAYS} days "
            "are fully logged (said complete with --meals-complete, or with as many meals and "
            "as much energy as your own complete days; with none said, 3+ meals), or under "
            f"{T.NUTRITION_MIN_MATCHED * 100:g} % of meal words matched to foods, or energy "
            f"known for under {T.NUTRITION_MIN_COVERAGE * 100:g} % of the food logged"
        ),
        source="a partly logged day says nothing about what was eaten",
        advice=(
            "Intake is judged only on days that hold everything you ate. Mark such days "
            "complete (stridelog add --meals-complete) and fix the words the food table did not "
            "recognise."
        ),
        thresholds={"min_days": T.NUTRITION_MIN_LOGGED},
    ),
)
