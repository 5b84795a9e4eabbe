"""The analyzer's flags (DESIGN §4): for every id a case that raises it and a near miss.

Journals are built from day documents, starting from a sound 12-week plan (rest day, easy runs,
a tempo, a steady long run, 7.5-8.5 h sleep, varied meals with stored nutrient totals) that
raises nothing, then changed in one place so exactly the rule under test is crossed or missed.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Sequence
from typing import Any

import pytest

from journal.analysis import FLAG_IDS, analyze
from journal.analysis.flags import CATEGORY
from journal.model import Day, Profile, parse_day

D0 = dt.date(2026, 1, 5)  # a Monday
WEEKS = 12
LAST = WEEKS * 7 - 1
RUNNER = Profile(sex="female", birth_year=1992, weight_kg=61.0, body_fat_pct=21.0)

GOOD = {
    "kcal": 2600.0,
    "carbs_g": 380.0,
    "protein_g": 110.0,
    "fat_g": 80.0,
    "fiber_g": 35.0,
    "iron_mg": 20.0,
    "b6_mg": 2.0,
    "b12_ug": 4.0,
    "calcium_mg": 1100.0,
}
MEALS = (
    ("breakfast", 0.3, "oatmeal 80g, 1 banana, 250 ml milk"),
    ("lunch", 0.35, "rice 200g, chicken breast 150g, broccoli"),
    ("dinner", 0.35, "salmon 150g, sweet potato 200g, kale"),
)
# Monday first: rest, easy, tempo, easy, cross-training, easy, long
WEEK: tuple[Any, ...] = (
    None,
    ("easy", 45, 3, 8.0),
    ("tempo", 50, 6, 10.0),
    ("easy", 40, 3, 7.0),
    "cross",
    ("easy", 35, 3, 6.0),
    ("long", 90, 4, 15.0),
)
FATIGUE = (3, 3, 4, 4, 3, 3, 4)
SLEEP = (8.0, 7.5, 8.0, 8.5, 7.75, 8.25, 8.0)
RHR = (50, 51, 49, 50, 50, 51, 49)


def d(i: int) -> dt.date:
    return D0 + dt.timedelta(days=i)


def iso(i: int) -> str:
    return d(i).isoformat()


def meals_for(totals: dict[str, float], unmatched: Sequence[str] = ()) -> list[dict[str, Any]]:
    """Three meals whose stored ``resolved`` totals add up to ``totals``."""
    out = []
    for k, (name, share, text) in enumerate(MEALS):
        parts = [p.strip() for p in text.split(",")]
        out.append(
            {
                "name": name,
                "text": text,
                "resolved": {
                    "version": "test-1",
                    "items": [
                        {"food_id": f"{k}{j}", "grams": 100, "text": p} for j, p in enumerate(parts)
                    ],
                    "unmatched": list(unmatched) if k == 0 else [],
                    "totals": {n: v * share for n, v in totals.items()},
                    "coverage": dict.fromkeys(totals, 1.0),
                },
            }
        )
    return out


def long_km(week: int) -> float:
    return 13.0 if week % 4 == 3 else 15.0 + 0.5 * (week % 4)


def plan(weeks: int = WEEKS, totals: dict[str, float] | None = None) -> list[dict[str, Any]]:
    """A sound plan as day documents (mutable, so a test can change one thing)."""
    docs = []
    for i in range(weeks * 7):
        wd, week = i % 7, i // 7
        doc: dict[str, Any] = {
            "date": iso(i),
            "sleep": {"hours": SLEEP[wd], "quality": 4},
            "fatigue": FATIGUE[wd],
            "resting_hr": RHR[wd],
            "weight_kg": 61.0,
            "meals": meals_for(totals or GOOD),
        }
        slot = WEEK[wd]
        if slot == "cross":
            doc["cross_training"] = [{"activity": "strength", "duration_min": 30, "rpe": 4}]
        elif slot is not None:
            kind, minutes, rpe, km = slot
            if kind == "long":
                km = long_km(week)
                minutes = km * 6
            doc["runs"] = [{"duration_min": minutes, "rpe": rpe, "distance_km": km, "type": kind}]
        docs.append(doc)
    return docs


def days_of(docs: list[dict[str, Any]]) -> list[Day]:
    return [parse_day(doc) for doc in docs]


def run(docs: list[dict[str, Any]], profile: Profile = RUNNER, start: int = 0, end: int = LAST):
    return analyze(days_of(docs), profile, d(start), d(end))


def flags_of(analysis: Any, fid: str) -> list[Any]:
    return [f for f in analysis.flags if f.id == fid]


def one(analysis: Any, fid: str) -> Any:
    found = flags_of(analysis, fid)
    assert len(found) == 1, [f.to_json() for f in analysis.flags]
    return found[0]


def assert_flag(analysis: Any, fid: str, severity: str, start: int, end: int) -> Any:
    flag = one(analysis, fid)
    assert (flag.id, flag.severity, flag.start, flag.end) == (fid, severity, d(start), d(end))
    assert flag.category == CATEGORY[fid]
    return flag


def assert_none(analysis: Any, fid: str) -> None:
    assert not flags_of(analysis, fid), [f.to_json() for f in flags_of(analysis, fid)]


def with_totals(docs: list[dict[str, Any]], lo: int, hi: int, **changes: float) -> None:
    for i in range(lo, hi + 1):
        docs[i]["meals"] = meals_for(GOOD | changes)


# --- the sound plan -----------------------------------------------------------------------------


def test_sound_plan_raises_no_training_recovery_or_medical_flag() -> None:
    a = run(plan())
    bad = [f.to_json() for f in a.flags if f.category in ("training", "recovery", "medical")]
    assert bad == []
    # Nutrition is judged once 4 days of meals exist, sleep and wellness once the runner's own
    # baseline holds 14 days (before the last 7); before that the analyzer says so.
    assert [(f.id, f.severity, f.start, f.end) for f in a.flags] == [
        ("baseline_building", "info", d(0), d(19)),
        ("nutrition_incomplete", "info", d(0), d(2)),
    ]


def test_flag_json_has_exactly_the_design_shape() -> None:
    docs = plan()
    docs[60]["fatigue"] = 9
    docs[61]["fatigue"] = 10
    flag = one(run(docs), "extreme_fatigue").to_json()
    assert list(flag) == [
        "id",
        "category",
        "severity",
        "start",
        "end",
        "title",
        "evidence",
        "rule",
        "advice",
    ]
    assert flag["start"] == iso(60) and flag["end"] == iso(61)
    assert isinstance(flag["evidence"], dict) and flag["rule"] and flag["advice"]


def test_every_flag_id_has_one_spec_with_texts_and_a_category() -> None:
    from journal.analysis.specs import CATEGORIES, SPECS

    assert tuple(SPECS) == FLAG_IDS and len(FLAG_IDS) == 24
    for fid, spec in SPECS.items():
        assert spec.id == fid and spec.category in CATEGORIES
        assert spec.rule and spec.source and spec.advice and spec.severity_logic
        assert set(spec.severities) <= {"info", "warning", "alert"}
        assert "DESIGN" not in spec.rule_text + spec.advice


# --- training -----------------------------------------------------------------------------------


def prev_longest(docs: list[dict[str, Any]], i: int) -> float:
    return max(
        (r.get("distance_km", 0) for doc in docs[i - 30 : i] for r in doc.get("runs", [])),
        default=0.0,
    )


@pytest.mark.parametrize(("factor", "severity"), [(1.2, "warning"), (2.05, "alert")])
def test_run_spike_raised(factor: float, severity: str) -> None:
    docs = plan()
    i = 58  # a Tuesday easy run
    km = round(prev_longest(docs, i) * factor, 2)
    docs[i]["runs"] = [{"duration_min": km * 6, "rpe": 4, "distance_km": km}]
    flag = assert_flag(run(docs), "run_spike", severity, i, i)
    assert flag.evidence["previous_longest_km"] == prev_longest(docs, i)
    assert flag.evidence["longest_run_km"] == km


def test_run_spike_near_misses() -> None:
    docs = plan()
    i = 58
    km = prev_longest(docs, i) * 1.10  # exactly 110 %: not longer than 110 %
    docs[i]["runs"] = [{"duration_min": 100, "rpe": 4, "distance_km": km}]
    assert_none(run(docs), "run_spike")
    # a huge jump before 30 days of history exist is not judged
    docs = plan()
    docs[20]["runs"] = [{"duration_min": 200, "rpe": 4, "distance_km": 35.0}]
    assert_none(run(docs), "run_spike")
    # nor after 30 days without any run
    docs = plan()
    for i in range(30, LAST + 1):
        docs[i].pop("runs", None)
    docs[60]["runs"] = [{"duration_min": 60, "rpe": 3, "distance_km": 10.0}]
    assert_none(run(docs), "run_spike")


def reference_acwr(loads: list[float]) -> list[float | None]:
    """An independent EWMA ACWR (Williams 2017) to check the flag's dates against."""
    la, lc = 2 / 8, 2 / 29
    a = c = sum(loads[:7]) / len(loads[:7])
    out: list[float | None] = []
    for n, x in enumerate(loads, start=1):
        a = la * x + (1 - la) * a
        c = lc * x + (1 - lc) * c
        out.append(a / c if n >= 28 and c > 0 else None)
    return out


def test_load_spike_raised_with_dates_from_the_ewma() -> None:
    docs = plan()
    for i in range(63, 70):  # week 10: every session three times as long
        for r in docs[i].get("runs", []):
            r["duration_min"] *= 3
        for c in docs[i].get("cross_training", []):
            c["duration_min"] *= 3
    loads = [d.load for d in days_of(docs)]
    over = [i for i, r in enumerate(reference_acwr(loads)) if r is not None and r > 1.5]
    runs: list[list[int]] = []  # consecutive days over 1.5 make one flag
    for i in over:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    assert over and over[0] >= 63
    found = flags_of(run(docs), "load_spike")
    assert [(f.severity, f.start, f.end) for f in found] == [
        ("info", d(r[0]), d(r[-1])) for r in runs
    ]
    assert all(f.evidence["acwr"] > 1.5 for f in found)
    assert "contested" in found[0].rule.lower()


def test_load_spike_near_miss() -> None:
    docs = plan()
    for i in range(63, 70):
        for r in docs[i].get("runs", []):
            r["duration_min"] *= 1.25
    assert_none(run(docs), "load_spike")
    # a spike in the first 28 days is not judged
    docs = plan()
    for i in range(14, 21):
        for r in docs[i].get("runs", []):
            r["duration_min"] *= 4
    assert_none(run(docs), "load_spike")


def loads_journal(week_loads: Sequence[float], weeks: int = 3) -> list[dict[str, Any]]:
    docs = []
    for i in range(weeks * 7):
        load = week_loads[i % 7]
        doc: dict[str, Any] = {"date": iso(i)}
        if load:
            doc["runs"] = [{"duration_min": load / 5, "rpe": 5}]
        docs.append(doc)
    return docs


def test_monotony_raised() -> None:
    docs = loads_journal([100, 150, 150, 150, 150, 150, 200])  # mean 150, SD 26.7: 5.6
    # no strain history and no wellness logged: worth knowing, not a warning (Foster 1998
    # judged strain against each athlete's own thresholds)
    flag = assert_flag(run(docs, end=20), "monotony", "info", 0, 20)
    assert flag.evidence["monotony"] == pytest.approx(150 / (5000 / 7) ** 0.5, abs=0.01)
    assert flag.evidence["strain"] == round(1050 * 150 / (5000 / 7) ** 0.5)


def test_monotony_same_load_every_day_counts_as_ten() -> None:
    docs = loads_journal([160] * 7)
    flag = assert_flag(run(docs, end=20), "monotony", "info", 0, 20)
    assert flag.evidence["monotony"] == 10 and flag.evidence["sd_load"] == 0


def test_monotony_near_miss() -> None:
    docs = loads_journal([0, 150, 150, 150, 150, 150, 300])  # mean 150, SD 80.2: 1.87
    assert_none(run(docs, end=20), "monotony")


def test_no_rest_raised_and_near_miss() -> None:
    docs = loads_journal([0] * 7, weeks=4)
    for i in range(5, 15):  # 10 days in a row
        docs[i]["runs"] = [{"duration_min": 30 + i, "rpe": 3 + i % 3}]
    flag = assert_flag(run(docs, end=27), "no_rest", "info", 5, 14)
    assert flag.evidence["days_without_rest"] == 10
    docs[14].pop("runs")
    assert_none(run(docs, end=27), "no_rest")


def test_no_rest_counts_cross_training_and_a_day_not_logged_breaks_it() -> None:
    docs = loads_journal([0] * 7, weeks=4)
    for i in range(5, 16):
        docs[i]["cross_training"] = [{"activity": "cycling", "duration_min": 40, "rpe": 4}]
    assert_flag(run(docs, end=27), "no_rest", "info", 5, 15)
    del docs[10]  # not logged: counts as no training, never invented
    assert_none(run(docs, end=27), "no_rest")


# --- recovery -----------------------------------------------------------------------------------


def test_fatigue_rising_raised() -> None:
    docs = plan()
    for i, f in zip(range(50, 54), (3, 4, 5, 6), strict=True):  # Tue..Fri, all trained
        docs[i]["fatigue"] = f
    flag = assert_flag(run(docs), "fatigue_rising", "warning", 50, 53)
    assert flag.evidence["fatigue"] == [3, 4, 5, 6]


def test_fatigue_rising_near_misses() -> None:
    docs = plan()
    for i, f in zip(range(50, 54), (3, 4, 5, 5), strict=True):  # not rising on the 3rd day
        docs[i]["fatigue"] = f
    assert_none(run(docs), "fatigue_rising")
    docs = plan()
    for i, f in zip(range(50, 54), (3, 4, 5, 6), strict=True):
        docs[i]["fatigue"] = f
    for i in (51, 52):  # trained on only 1 of the 3 rising days
        docs[i].pop("runs", None)
    assert_none(run(docs), "fatigue_rising")
    docs = plan()
    for i, f in zip(range(50, 54), (3, 4, 5, 6), strict=True):
        docs[i]["fatigue"] = f
    del docs[52]  # a day not logged breaks the rising run
    assert_none(run(docs), "fatigue_rising")


def test_fatigue_seven_day_mean_over_own_baseline_raised_and_near_miss() -> None:
    docs = plan()  # fatigue 3-4 (mean 3.4, SD 0.5, floored to 1)
    for i in range(40, 47):
        docs[i]["fatigue"] = 7
    a = run(docs)
    flag = one(a, "fatigue_rising")
    assert flag.severity == "warning" and flag.evidence["mean_fatigue_7d"] == 7
    assert flag.evidence["baseline_fatigue"] == pytest.approx(3.4, abs=0.05)
    assert flag.start <= d(41) and flag.end >= d(46)
    assert "above your usual" in flag.title and "7.0/10" in flag.title
    docs = plan()
    for i in range(40, 47):
        docs[i]["fatigue"] = 4  # mean 4.0: within 1 SD of this runner's normal
    assert_none(run(docs), "fatigue_rising")


def test_extreme_fatigue_alert_advises_a_physician() -> None:
    docs = plan()
    docs[60]["fatigue"] = 9
    docs[62]["fatigue"] = 10
    flag = assert_flag(run(docs), "extreme_fatigue", "alert", 60, 62)
    assert "physician" in flag.advice
    assert flag.category == "medical"


def test_extreme_fatigue_near_miss() -> None:
    docs = plan()
    docs[60]["fatigue"] = 9
    docs[63]["fatigue"] = 10  # 2 extreme days, but not within 3
    assert_none(run(docs), "extreme_fatigue")
    docs = plan()
    docs[60]["fatigue"] = 8
    docs[61]["fatigue"] = 9
    assert_none(run(docs), "extreme_fatigue")


def test_fatigue_flag_names_an_overlapping_nutrition_shortfall() -> None:
    docs = plan()
    with_totals(docs, 42, LAST, iron_mg=6.0)
    docs[60]["fatigue"] = 9
    docs[61]["fatigue"] = 9
    a = run(docs)
    iron = one(a, "iron_low")
    flag = one(a, "extreme_fatigue")
    named = flag.evidence["nutrition_shortfalls"]
    assert [s["id"] for s in named] == ["iron_low"]
    assert named[0]["start"] == iron.start.isoformat()
    assert "iron" in flag.advice and "doctor or nutritionist" in flag.advice
    # without the shortfall the fatigue flag does not mention one
    docs = plan()
    docs[60]["fatigue"] = 9
    docs[61]["fatigue"] = 9
    assert "nutrition_shortfalls" not in one(run(docs), "extreme_fatigue").evidence


def test_sleep_debt_ten_short_nights_raised_three_are_not() -> None:
    docs = plan()
    for i in range(0, 50):
        docs[i]["sleep"] = {"hours": 7.8}
    for i in range(50, 60):
        docs[i]["sleep"] = {"hours": 5.5}
    flag = one(run(docs), "sleep_debt")
    assert flag.severity == "warning" and flag.start == d(50)
    assert flag.evidence["baseline_sleep_h"] == pytest.approx(7.8)
    assert flag.evidence["mean_sleep_h_7d"] == 5.5 and flag.evidence["below_baseline_h"] == 2.3
    assert flag.title.startswith("Sleep 2.3 h under your normal: 7-day mean 5.5 h vs your 7.8 h")
    assert flag.title.endswith(f"(worst 2.3 h under, latest 1.3 h under, over {flag.days} days)")
    docs = plan()
    for i in (36, 37):  # two short nights: a 7-day mean 0.7 h under: not a warning
        docs[i]["sleep"] = {"hours": 5.5}
    assert_none(run(docs), "sleep_debt")


def test_sleep_debt_seven_day_mean_raised_and_near_miss() -> None:
    docs = plan()
    for i in range(30, 56):
        docs[i]["sleep"] = {"hours": 8.5}
    for i in range(40, 47):
        docs[i]["sleep"] = {"hours": 6.5}
    # the 7-day mean falls an hour under the baseline once 5 nights of 6.5 h are in it (day 44)
    flag = one(run(docs), "sleep_debt")
    assert flag.severity == "warning" and flag.start <= d(40) and d(44) <= flag.end <= d(49)
    ev = flag.evidence
    assert ev["baseline_sleep_h"] - ev["mean_sleep_h_7d"] >= 1.0
    assert ev["span"]["worst"] == ev["below_baseline_h"] and ev["span"]["days"] == flag.days
    for i in range(40, 47):
        docs[i]["sleep"] = {"hours": 7.5}  # about 0.7 h under: not a warning
    assert_none(run(docs), "sleep_debt")


def test_sleep_not_logged_is_not_short_sleep() -> None:
    docs = plan()
    for i in range(30, 50):
        docs[i].pop("sleep")
    assert_none(run(docs), "sleep_debt")


def test_resting_hr_up_raised_and_near_misses() -> None:
    docs = plan()
    for i in (60, 61, 62):
        docs[i]["resting_hr"] = 56  # median 50, +6
    flag = assert_flag(run(docs), "resting_hr_up", "info", 60, 62)
    assert flag.evidence["median_30d"] == 50
    for i in (60, 61, 62):
        docs[i]["resting_hr"] = 54  # +4 only
    assert_none(run(docs), "resting_hr_up")
    docs = plan()
    for i in (60, 62):  # 2 of the last 4 days
        docs[i]["resting_hr"] = 58
    assert_none(run(docs), "resting_hr_up")


# --- medical ------------------------------------------------------------------------------------


def test_illness_training_fever_and_hard_session() -> None:
    docs = plan()
    docs[50]["illness"] = {"symptoms": [], "fever": True}  # easy run with a fever
    docs[65]["illness"] = {"symptoms": ["sore throat"], "fever": False}  # tempo, RPE 6
    docs[65]["runs"][0]["rpe"] = 7
    a = run(docs)
    found = flags_of(a, "illness_training")
    assert [(f.severity, f.start, f.end) for f in found] == [
        ("alert", d(50), d(50)),
        ("alert", d(65), d(65)),
    ]
    assert found[0].evidence["fever"] is True
    assert found[1].evidence["max_rpe"] == 7


def test_illness_training_near_misses() -> None:
    docs = plan()
    docs[49]["illness"] = {"symptoms": ["cold"], "fever": True}  # a Monday: rest day
    docs[50]["illness"] = {"symptoms": ["cold"], "fever": False}  # easy run, RPE 3
    assert_none(run(docs), "illness_training")


def test_bone_pain_twice_within_a_week() -> None:
    docs = plan()
    docs[30]["pain"] = [{"site": "left shin", "score": 3}]
    docs[35]["pain"] = [{"site": "Left Tibia", "score": 2}]
    flag = assert_flag(run(docs), "bone_pain", "alert", 30, 35)
    assert flag.evidence["sites"] == ["left shin", "Left Tibia"]


def test_bone_pain_near_misses() -> None:
    docs = plan()
    docs[30]["pain"] = [{"site": "left shin", "score": 3}]
    docs[37]["pain"] = [{"site": "left shin", "score": 3}]  # 8 days apart
    docs[50]["pain"] = [{"site": "right knee", "score": 4}]
    docs[52]["pain"] = [{"site": "right knee", "score": 4}]  # not a bone-stress site
    docs[60]["pain"] = [{"site": "chip on shoulder", "score": 2}]
    docs[61]["pain"] = [{"site": "shipwreck", "score": 2}]  # "hip" only inside words
    assert_none(run(docs), "bone_pain")


def test_severe_pain_while_training_continues() -> None:
    docs = plan()
    docs[51]["pain"] = [{"site": "right knee", "score": 7}]  # Wednesday tempo
    docs[56]["pain"] = [{"site": "achilles", "score": 6}]  # Monday rest, trains on Tuesday
    found = flags_of(run(docs), "bone_pain")
    assert [(f.severity, f.start, f.end) for f in found] == [
        ("alert", d(51), d(51)),
        ("alert", d(56), d(57)),
    ]
    assert found[0].evidence["score"] == 7


def test_severe_pain_near_misses() -> None:
    docs = plan()
    docs[51]["pain"] = [{"site": "right knee", "score": 5}]
    docs[56]["pain"] = [{"site": "achilles", "score": 8}]  # Monday rest ...
    docs[57].pop("runs")  # ... and the runner stopped
    assert_none(run(docs), "bone_pain")


def test_weight_loss_raised_and_near_miss() -> None:
    docs = plan()
    for i in range(50, 60):
        docs[i]["weight_kg"] = 57.3  # 61 -> 57.3: 6.1 %
    flag = one(run(docs), "weight_loss")
    assert flag.severity == "warning" and flag.end >= d(59)  # while the median stays down
    assert flag.evidence["loss_pct"] == pytest.approx(6.1, abs=0.05)
    assert flag.evidence["median_kg"] == 57.3 and flag.evidence["highest_median_kg"] == 61
    for i in range(50, 60):
        docs[i]["weight_kg"] = 58.2  # 4.6 %
    assert_none(run(docs), "weight_loss")
    docs = plan()
    docs[59]["weight_kg"] = 51.0  # one mistyped weight: the median does not move
    assert_none(run(docs), "weight_loss")
    docs = plan()
    for i in range(0, 30):
        docs[i]["weight_kg"] = 64.0  # 64 -> 61 over more than 30 days
    for i in range(30, 60):
        docs[i].pop("weight_kg")
    assert_none(run(docs), "weight_loss")


CYCLER = Profile(
    sex="female", birth_year=1992, weight_kg=61.0, body_fat_pct=21.0, tracks_cycle=True
)


def with_periods(docs: list[dict[str, Any]], onsets: Sequence[int]) -> None:
    for o in onsets:
        for i in range(o, min(o + 5, len(docs))):
            docs[i]["period"] = True


def test_cycle_absent_regular_cycles_near_miss() -> None:
    docs = plan(16)
    with_periods(docs, [0, 28, 57, 85])
    assert_none(run(docs, CYCLER, end=16 * 7 - 1), "cycle_absent")
    # 92 days since a period started, 88 since it ended: not yet
    docs = plan(14)[:93]
    with_periods(docs, [0])
    assert_none(run(docs, CYCLER, end=92), "cycle_absent")
    # the same journal without tracks_cycle is never judged
    docs = plan(16)
    assert_none(run(docs, RUNNER, end=16 * 7 - 1), "cycle_absent")


def test_cycle_absent_no_period_for_90_days() -> None:
    docs = plan(16)
    with_periods(docs, [0])  # last period day: day 4
    flag = assert_flag(run(docs, CYCLER, end=111), "cycle_absent", "alert", 5, 111)
    assert flag.evidence["days_since_period"] == 107
    assert flag.evidence["energy_low_overlap"] is False
    assert "REDs" not in flag.advice


def test_cycle_over_35_days() -> None:
    docs = plan(12)
    with_periods(docs, [0, 28, 70])
    flag = assert_flag(run(docs, CYCLER), "cycle_absent", "alert", 28, 70)
    assert flag.evidence["cycle_days"] == 42


def test_cycle_absent_with_energy_low_names_reds() -> None:
    docs = plan(16)
    with_periods(docs, [0])
    with_totals(docs, 60, 111, kcal=1500.0)
    a = run(docs, CYCLER, end=111)
    one(a, "energy_low")
    flag = one(a, "cycle_absent")
    assert flag.evidence["energy_low_overlap"] is True
    assert "relative energy deficiency in sport (REDs)" in flag.advice


# --- nutrition ----------------------------------------------------------------------------------

MICRO = [
    # id, key, warning amount (< EAR), info amount (EAR..RDA), RDA (not below)
    ("iron_low", "iron_mg", 7.0, 12.0, 18.0),
    ("b12_low", "b12_ug", 1.5, 2.2, 2.4),
    ("b6_low", "b6_mg", 1.0, 1.2, 1.3),
]


@pytest.mark.parametrize(("fid", "key", "low", "mid", "rda"), MICRO)
def test_micronutrient_below_ear_is_a_warning(
    fid: str, key: str, low: float, mid: float, rda: float
) -> None:
    docs = plan()
    with_totals(docs, 42, 55, **{key: low})
    flag = one(run(docs), fid)
    assert flag.severity == "warning" and flag.category == "nutrition"
    # the first window with a low mean, through the last window with any low day
    assert d(35) <= flag.start <= d(42) and flag.end <= d(61)
    ev = flag.evidence
    unit = key.rsplit("_", 1)[1]
    assert low <= ev[f"mean_{key}"] < ev[f"ear_{unit}"] and ev[f"rda_{unit}"] == rda
    assert ev["days_logged"] == 7 and ev["coverage"] == 1.0
    assert "deficien" not in (flag.title + flag.rule + flag.advice).lower()
    assert "EAR" in flag.rule


def test_iron_low_dates_follow_the_seven_day_mean() -> None:
    docs = plan()
    with_totals(docs, 42, LAST, iron_mg=7.0)
    # mean = 20 - 13 n / 7 drops under the RDA (18) with n = 2 low days: window 37..43
    flag = assert_flag(run(docs), "iron_low", "warning", 37, LAST)
    assert flag.evidence == {
        "mean_iron_mg": 7.0,
        "ear_mg": 8.1,
        "rda_mg": 18.0,
        "days_logged": 7,
        "coverage": 1.0,
        "span": {"days": LAST - 37 + 1, "hits": LAST - 37 + 1 - 6},
    }
    assert flag.title == f"Iron intake below your reference for {LAST - 37 + 1} days"
    assert flag.rule == (
        "7-day mean iron intake (food + supplements) on fully logged days below the EAR for a "
        "woman aged 19-50 (IOM 2000; NIH ODS). Intake below reference, not a diagnosis"
    )


@pytest.mark.parametrize(("fid", "key", "low", "mid", "rda"), MICRO)
def test_micronutrient_between_ear_and_rda_is_info(
    fid: str, key: str, low: float, mid: float, rda: float
) -> None:
    docs = plan()
    with_totals(docs, 42, 60, **{key: mid})
    assert one(run(docs), fid).severity == "info"
    docs = plan()
    with_totals(docs, 42, 60, **{key: rda})  # at the RDA: not below it
    assert_none(run(docs), fid)


def test_supplements_count_toward_intake() -> None:
    docs = plan()
    with_totals(docs, 42, LAST, iron_mg=7.0)
    for i in range(35, LAST + 1):
        docs[i]["supplements"] = [{"name": "iron", "iron_mg": 14}]
    assert_none(run(docs), "iron_low")


def test_vegetarian_iron_reference_is_higher() -> None:
    docs = plan()
    with_totals(docs, 0, LAST, iron_mg=13.0)  # below 8.1 × 1.8 = 14.58
    veg = Profile(sex="female", birth_year=1992, weight_kg=61.0, body_fat_pct=21, diet="vegetarian")
    flag = one(run(docs, veg), "iron_low")
    assert flag.severity == "warning" and flag.evidence["ear_mg"] == pytest.approx(14.58)
    assert "1.8" in flag.rule and "vegetarian" in flag.rule
    assert one(run(docs), "iron_low").severity == "info"
    anyone = Profile(weight_kg=61.0, body_fat_pct=21)  # sex and age not given
    flag = one(run(docs, anyone), "iron_low")
    assert flag.evidence["rda_mg"] == 18.0
    assert "higher of the male and female values" in flag.rule


def test_the_analyzer_reads_stored_totals_never_meal_text() -> None:
    docs = plan()
    for i in range(40, LAST + 1):
        # the text says liver and spinach; the stored totals are what count
        docs[i]["meals"] = meals_for(GOOD | {"iron_mg": 6.0})
        docs[i]["meals"][2]["text"] = "beef liver 300g, spinach 500g"
    assert one(run(docs), "iron_low").evidence["mean_iron_mg"] == 6.0
    docs = plan()
    for i in range(40, LAST + 1):  # typed but never resolved: unknown, not zero
        docs[i]["meals"] = [{"name": "dinner", "text": "beef liver 300g, spinach 500g"}]
    a = run(docs)
    assert_none(a, "iron_low")
    assert flags_of(a, "nutrition_incomplete")[-1].end == d(LAST)


def test_explicit_nutrient_amounts_count() -> None:
    docs = plan()
    for i in range(40, LAST + 1):
        docs[i]["meals"] = [{"name": "all day", **(GOOD | {"b12_ug": 1.0})}]
        docs[i]["meals_complete"] = True  # one meal, said to be the whole day
    assert one(run(docs), "b12_low").severity == "warning"


def test_energy_low_raised_and_near_miss() -> None:
    docs = plan()
    with_totals(docs, 42, LAST, kcal=1600.0)
    flag = one(run(docs), "energy_low")
    ev = flag.evidence
    # exercise: 1 kcal/kg/km (46 km a week) + strength 30 min at 5 MET net 4, over 7 days
    exercise = (61 * (31 + long_km(11)) + 4 * 61 * 0.5) / 7  # the last week: 44 km
    latest = ev["span"]["latest"]  # the evidence is the worst window; the span says the latest
    assert latest == pytest.approx((1600 - exercise) / (61 * 0.79), abs=0.1)
    assert ev["energy_availability"] <= latest
    assert ev["body_fat_assumed"] is False and ev["fat_free_mass_kg"] == pytest.approx(
        48.2, abs=0.05
    )
    assert flag.severity == "warning" and flag.end == d(LAST)
    assert "not a validated cut-off for men" in flag.rule.lower()
    docs = plan()
    with_totals(docs, 42, LAST, kcal=1900.0)  # EA just over 30
    assert_none(run(docs), "energy_low")


def test_energy_low_assumes_body_fat_and_says_so() -> None:
    docs = plan()
    with_totals(docs, 42, LAST, kcal=1600.0)
    no_bf = Profile(sex="female", birth_year=1992, weight_kg=61.0)
    ev = one(run(docs, no_bf), "energy_low").evidence
    assert ev["body_fat_assumed"] is True and ev["body_fat_pct"] == 22
    assert "assumed" in ev["note"]


def test_carbs_low_on_training_days_is_a_warning() -> None:
    docs = plan()
    with_totals(docs, 42, LAST, carbs_g=250.0)  # 4.1 g/kg on the long-run day
    flag = one(run(docs), "carbs_low")
    assert flag.severity == "warning"
    assert flag.evidence["carbs_g_per_kg_training_days"] == pytest.approx(4.1, abs=0.05)
    docs = plan()
    with_totals(docs, 42, LAST, carbs_g=310.0)  # 5.1 g/kg and 51.7 % of energy
    assert_none(run(docs), "carbs_low")


def test_carbs_low_share_of_energy_is_info() -> None:
    docs = plan()
    for doc in docs:
        doc.pop("weight_kg")
    with_totals(docs, 42, LAST, carbs_g=250.0)  # 46 % of energy, no weight known
    no_weight = Profile(sex="female", birth_year=1992)
    flag = one(run(docs, no_weight), "carbs_low")
    assert flag.severity == "info" and flag.evidence["carbs_pct_energy"] < 50
    assert_none(run(docs, no_weight), "energy_low")  # no weight: not judged


def test_protein_low() -> None:
    docs = plan()
    with_totals(docs, 42, LAST, protein_g=65.0)  # 1.07 g/kg
    assert one(run(docs), "protein_low").severity == "warning"
    docs = plan()
    with_totals(docs, 42, LAST, protein_g=75.0)  # 1.23 g/kg, 12 %
    assert_none(run(docs), "protein_low")
    docs = plan()
    for doc in docs:
        doc.pop("weight_kg")
    with_totals(docs, 42, LAST, protein_g=50.0)  # 8 % of energy
    flag = one(run(docs, Profile(sex="female", birth_year=1992)), "protein_low")
    assert flag.severity == "info" and flag.evidence["protein_pct_energy"] < 10


def test_fat_low_and_fat_high() -> None:
    docs = plan()
    with_totals(docs, 42, LAST, fat_g=50.0)  # 18.7 %
    assert one(run(docs), "fat_low").severity == "info"
    docs = plan()
    with_totals(docs, 42, LAST, fat_g=60.0)  # 21.6 %
    assert_none(run(docs), "fat_low")
    docs = plan()
    with_totals(docs, 42, LAST, fat_g=140.0, carbs_g=460.0)  # 35.6 %
    a = run(docs)
    assert one(a, "fat_high").severity == "info"
    assert_none(a, "carbs_low")
    docs = plan()
    with_totals(docs, 42, LAST, fat_g=130.0, carbs_g=460.0)  # 33.9 %
    assert_none(run(docs), "fat_high")


def test_nutrition_incomplete_too_few_days() -> None:
    docs = plan(totals=GOOD | {"iron_mg": 3.0})
    for i in range(0, LAST + 1):
        if i % 7 not in (1, 3, 5):  # meals on 3 days a week
            docs[i].pop("meals")
    a = run(docs)
    flag = one(a, "nutrition_incomplete")
    assert (flag.severity, flag.start, flag.end) == ("info", d(1), d(LAST))
    assert flag.evidence["reasons"] == ["meals logged on 3 of 7 days (need 4)"]
    assert_none(a, "iron_low")  # not enough data: no guess
    # on 4 days a week intake is judged, from the first window holding 4 such days
    docs = plan(totals=GOOD | {"iron_mg": 3.0})
    for i in range(0, LAST + 1):
        if i % 7 not in (1, 3, 5, 6):
            docs[i].pop("meals")
    a = run(docs)
    assert [(f.start, f.end) for f in flags_of(a, "nutrition_incomplete")] == [(d(1), d(5))]
    iron = one(a, "iron_low")
    assert (iron.severity, iron.start, iron.end) == ("warning", d(1), d(LAST))
    assert iron.evidence["days_logged"] == 4


def test_unrecognised_meals_are_not_counted_as_eating_little() -> None:
    docs = plan()
    for i in range(40, 43):  # one meal of three each day the food table did not know
        docs[i]["meals"][2].pop("resolved")
    a = run(docs)
    assert_none(a, "iron_low")
    assert [f.end for f in flags_of(a, "nutrition_incomplete")] == [d(2)]


def test_nutrition_incomplete_too_few_matched_words() -> None:
    docs = plan()
    for i in range(42, LAST + 1):
        docs[i]["meals"] = meals_for(GOOD, unmatched=["zzzq", "blorp", "frobnicated", "quux"] * 2)
    flag = flags_of(run(docs), "nutrition_incomplete")[-1]
    assert flag.end == d(LAST) and flag.evidence["matched_words"] < 0.75
    docs = plan()
    for i in range(42, LAST + 1):
        docs[i]["meals"] = meals_for(GOOD, unmatched=["zzzq"])
    assert [f.end for f in flags_of(run(docs), "nutrition_incomplete")] == [d(2)]


def test_no_meals_at_all_raises_no_nutrition_flag() -> None:
    docs = plan()
    for doc in docs:
        doc.pop("meals")
    a = run(docs)
    assert [f for f in a.flags if f.category == "nutrition" or f.id == "nutrition_incomplete"] == []


# --- window, merging, metrics, determinism ------------------------------------------------------


def test_window_limits_reported_flags_but_history_is_read() -> None:
    docs = plan()
    i = 58
    km = round(prev_longest(docs, i) * 1.3, 2)
    docs[i]["runs"] = [{"duration_min": km * 6, "rpe": 4, "distance_km": km}]
    # the spike is judged against the 30 days before the window
    assert one(run(docs, start=55, end=LAST), "run_spike").start == d(58)
    assert_none(run(docs, start=59, end=LAST), "run_spike")
    assert_none(run(docs, start=0, end=57), "run_spike")


def test_flags_running_into_the_window_keep_their_start() -> None:
    docs = plan()
    with_totals(docs, 42, LAST, iron_mg=7.0)
    assert one(run(docs, start=70), "iron_low").start == d(37)


def test_a_flag_older_than_the_lookback_says_it_began_earlier() -> None:
    docs = plan(20, totals=GOOD | {"iron_mg": 6.0})
    last = 20 * 7 - 1
    flag = one(run(docs, start=120, end=last), "iron_low")
    # anchors are read from 90 days before the window: the flag was already there
    assert flag.start == d(120 - 90 - 6) and flag.end == d(last)
    assert flag.evidence["began_before"] == flag.start.isoformat()
    whole = one(run(docs, start=0, end=last), "iron_low")
    assert whole.start == d(0) and "began_before" not in whole.evidence


def test_days_after_the_window_are_not_read() -> None:
    docs = plan()
    docs[61]["fatigue"] = 9
    docs[62]["fatigue"] = 9
    assert_none(run(docs, end=61), "extreme_fatigue")


def test_default_window_is_the_last_90_days() -> None:
    docs = plan()
    a = analyze(days_of(docs), RUNNER)
    today = dt.date.today()
    end = max(today, d(LAST))
    assert (a.start, a.end) == (end - dt.timedelta(days=89), end)


def test_metrics_as_of_the_window_end() -> None:
    docs = plan()
    m = run(docs).metrics
    assert m["as_of"] == iso(LAST) and m["window"] == {"from": iso(0), "to": iso(LAST)}
    assert set(m["load"]) >= {"acwr", "monotony", "strain", "ctl", "atl", "tsb"}
    week = m["last_7_days"]
    assert week["distance_km"] == 8 + 10 + 7 + 6 + long_km(11)
    assert week["runs"] == 5 and week["rest_days"] == 1
    assert week["mean_sleep_h"] == pytest.approx(sum(SLEEP) / 7, abs=0.01)
    assert week["mean_fatigue"] == pytest.approx(sum(FATIGUE) / 7, abs=0.05)
    nut = m["nutrition_7d"]
    assert nut["judged"] is True and nut["days_logged"] == 7
    assert nut["nutrients"]["iron_mg"] == {
        "mean": 20.0,
        "coverage": 1.0,
        "unit": "mg",
        "ear": 8.1,
        "rda": 18.0,
        "status": "at or above RDA",
    }
    assert nut["energy_pct"] == {"carbs": 56.7, "protein": 16.4, "fat": 26.9}
    assert nut["energy_availability"] > 30


def test_analysis_to_json_is_flags_and_metrics() -> None:
    docs = plan()
    docs[60]["fatigue"] = 9
    docs[61]["fatigue"] = 10
    out = run(docs, end=61).to_json()
    assert list(out) == ["flags", "metrics", "status", "glossary"]
    assert out["status"]["level"] == "alert" and "Extreme fatigue" in out["status"]["line"]
    assert any(f["id"] == "extreme_fatigue" for f in out["flags"])


def test_result_is_deterministic_and_order_independent() -> None:
    docs = plan()
    docs[60]["fatigue"] = 9
    docs[61]["fatigue"] = 10
    days = days_of(docs)
    a = analyze(days, RUNNER, d(0), d(LAST)).to_json()
    b = analyze(list(reversed(days)), RUNNER, d(0), d(LAST)).to_json()
    assert a == b
    assert copy.deepcopy(a) == analyze(days, RUNNER, d(0), d(LAST)).to_json()


def test_window_that_ends_before_the_journal_starts() -> None:
    a = analyze(days_of(plan()), RUNNER, d(-30), d(-1))
    assert a.flags == [] and a.metrics["load"] is None


def test_window_start_after_end_is_refused() -> None:
    with pytest.raises(ValueError, match="after"):
        analyze([], RUNNER, d(5), d(1))


def test_core_modules_import_neither_textual_nor_the_food_parser() -> None:
    import subprocess
    import sys

    code = (
        "import sys, datetime as dt\n"
        "from journal.analysis import analyze, export_sections\n"
        "from journal.model import Profile\n"
        "analyze([], Profile(), dt.date(2026, 1, 1), dt.date(2026, 1, 7))\n"
        "bad = [m for m in sys.modules if m.startswith(('textual', 'journal.foods'))]\n"
        "print(bad)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_metrics_nutrition_has_flat_means_too() -> None:
    nut = run(plan()).metrics["nutrition_7d"]
    assert nut["means"]["iron_mg"] == nut["nutrients"]["iron_mg"]["mean"] == 20.0
    assert set(nut["means"]) == set(nut["nutrients"])


def test_status_after_a_week_away_says_too_little_logged_not_still_learning() -> None:
    """Twelve weeks of sleep and fatigue, then ten days without the journal: the runner's
    normal is known, only the last week is too thin to compare with it."""
    line = "; ".join(run(plan(), end=LAST + 10).status().parts)
    assert "still learning" not in line
    assert "too little logged lately to compare with your normal (0 of the last 7 days" in line
    fresh = "; ".join(run(plan(weeks=2), end=13).status().parts)
    assert "still learning your normal" in fresh
