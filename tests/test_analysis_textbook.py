"""The textbook cases of issue 12, through the installed ``stridelog`` (import, then trends).

Each case starts from a sound 12-week plan (rest day, easy runs, a tempo, a long run; 7.8 h of
sleep; steady fatigue; three real meals a day resolved by the food table on import) that raises
no warning or alert, then changes one thing the way a runner's journal would show it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.test_analysis import LAST, RHR, iso, plan

EXE = str(Path(sys.executable).parent / "stridelog")
RUNNER = {"sex": "female", "birth_year": 1992, "weight_kg": 61.0, "body_fat_pct": 21.0}
WELL_FED = (
    ("breakfast", "oatmeal 100g, 2 bananas, 300 ml milk, peanut butter 30g, orange juice 250 ml"),
    ("lunch", "rice 300g, chicken breast 150g, broccoli 150g, bread 80g, olive oil 10g"),
    ("dinner", "salmon 150g, potatoes 400g, spinach 100g, bread 100g, yogurt 150g"),
)
TINY = (("breakfast", "banana"), ("lunch", "apple, carrots"), ("dinner", "rice, broccoli"))
LOUD = ("warning", "alert")


def sound_plan(meals: tuple[tuple[str, str], ...] | None = WELL_FED) -> list[dict[str, Any]]:
    docs = plan()
    for doc in docs:
        doc["sleep"] = {"hours": 7.8, "quality": 4}
        if meals is None:
            doc.pop("meals")
        else:
            doc["meals"] = [{"name": n, "text": t} for n, t in meals]
    return docs


def trends(
    tmp_path: Path, docs: list[dict[str, Any]], profile: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Import ``docs`` into a fresh journal and analyse their whole period, as a runner would."""
    data = tmp_path / "journal"
    src = tmp_path / "days.json"
    src.write_text(json.dumps({"days": docs, "profile": profile or RUNNER}), encoding="utf-8")
    run = [EXE, "--data-dir", str(data)]
    subprocess.run([*run, "import", str(src)], check=True, capture_output=True)
    first, last = docs[0]["date"], docs[-1]["date"]
    out = subprocess.run(
        [*run, "trends", "--from", first, "--to", last, "--json"],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout)


def ids(result: dict[str, Any], *severities: str) -> set[str]:
    return {f["id"] for f in result["flags"] if not severities or f["severity"] in severities}


def only(result: dict[str, Any], fid: str) -> dict[str, Any]:
    found = [f for f in result["flags"] if f["id"] == fid]
    assert found, [(f["id"], f["severity"], f["title"]) for f in result["flags"]]
    return max(found, key=lambda f: ("info", "warning", "alert").index(f["severity"]))


# --- none fires on a sound plan ------------------------------------------------------------------


def test_a_sound_plan_of_a_well_fed_runner_raises_nothing_loud(tmp_path: Path) -> None:
    result = trends(tmp_path, sound_plan())
    assert ids(result, *LOUD) == set()
    # only the notes that say what is not judged yet: the runner's baseline, the first meals
    assert ids(result) <= {"baseline_building", "nutrition_incomplete"}
    assert result["status"]["line"] == "nothing unusual against your own last 4 weeks; load steady"


def test_a_regular_cycle_raises_nothing(tmp_path: Path) -> None:
    docs = sound_plan(None)
    for onset in range(2, LAST + 1, 28):
        for k in range(5):
            if onset + k <= LAST:
                docs[onset + k]["period"] = True
    result = trends(tmp_path, docs, RUNNER | {"tracks_cycle": True})
    assert "cycle_absent" not in ids(result) and ids(result, *LOUD) == set()


# --- training -----------------------------------------------------------------------------------


def test_a_week_at_four_times_the_usual_load(tmp_path: Path) -> None:
    docs = sound_plan(None)
    for i in range(63, 70):
        for r in docs[i].get("runs", []):
            r["duration_min"] *= 4
        for c in docs[i].get("cross_training", []):
            c["duration_min"] *= 4
    flag = only(trends(tmp_path, docs), "load_spike")
    assert flag["evidence"]["acwr"] > 1.5 and "AU" in flag["title"]


def test_a_week_at_four_times_the_load_with_wellness_down_is_a_warning(tmp_path: Path) -> None:
    docs = sound_plan(None)
    for i in range(63, 70):
        for r in docs[i].get("runs", []):
            r["duration_min"] *= 4
        docs[i]["fatigue"] = 7
    flag = only(trends(tmp_path, docs), "load_spike")
    assert flag["severity"] == "warning" and "fatigue" in flag["evidence"]["wellness_down"]


def test_one_run_at_twice_the_longest_of_30_days_is_an_alert(tmp_path: Path) -> None:
    docs = sound_plan(None)
    docs[62]["runs"] = [{"duration_min": 200, "rpe": 5, "distance_km": 34.0, "type": "long"}]
    flag = only(trends(tmp_path, docs), "run_spike")
    assert flag["severity"] == "alert" and flag["evidence"]["increase_pct"] > 100
    assert "1.52, no worse" in flag["rule"]  # Frandsen's tiers, honestly


def test_a_long_run_after_one_short_run_is_no_alert(tmp_path: Path) -> None:
    docs = [{"date": iso(i)} for i in range(40)]
    docs[5]["runs"] = [{"duration_min": 20, "rpe": 3, "distance_km": 3.0}]
    docs[30]["runs"] = [{"duration_min": 70, "rpe": 5, "distance_km": 12.0}]
    flag = only(trends(tmp_path, docs), "run_spike")
    assert flag["severity"] == "info" and flag["evidence"]["runs_with_distance_30d"] == 1
    assert flag["title"].endswith("(only 1 earlier run with a distance to compare)")


def test_three_weeks_without_rest(tmp_path: Path) -> None:
    docs = sound_plan(None)
    for i in range(56, 77):
        docs[i].setdefault("runs", [{"duration_min": 30, "rpe": 3, "distance_km": 5.0}])
    flag = only(trends(tmp_path, docs), "no_rest")
    assert flag["evidence"]["days_without_rest"] >= 21


def test_six_identical_runs_a_week(tmp_path: Path) -> None:
    docs = sound_plan(None)
    for i in range(42, LAST + 1):
        if i % 7:
            docs[i]["runs"] = [{"duration_min": 50, "rpe": 5, "distance_km": 9.0}]
            docs[i].pop("cross_training", None)
    result = trends(tmp_path, docs)
    flag = only(result, "monotony")
    assert flag["evidence"]["monotony"] > 2 and "monotony" in result["glossary"]


# --- recovery -----------------------------------------------------------------------------------


def test_fatigue_rising_3_to_8_over_six_days(tmp_path: Path) -> None:
    docs = sound_plan(None)
    for i, f in zip(range(57, 63), (3, 4, 5, 6, 7, 8), strict=True):
        docs[i]["fatigue"] = f
    flag = only(trends(tmp_path, docs), "fatigue_rising")
    assert flag["severity"] == "warning"


def test_fatigue_9_or_10_on_2_of_3_days_is_an_alert_naming_red_flags(tmp_path: Path) -> None:
    docs = sound_plan(None)
    docs[60]["fatigue"] = 9
    docs[62]["fatigue"] = 10
    result = trends(tmp_path, docs)
    flag = only(result, "extreme_fatigue")
    assert flag["severity"] == "alert" and "physician" in flag["advice"]
    assert "chest pain" in flag["advice"] and "fever" in flag["advice"]


def test_fatigue_above_normal_for_weeks_is_the_second_route(tmp_path: Path) -> None:
    docs = sound_plan(None)
    for i in range(50, 70):
        docs[i]["fatigue"] = 6
    flag = only(trends(tmp_path, docs), "extreme_fatigue")
    assert flag["severity"] == "warning" and flag["evidence"]["days_above"] >= 14
    assert "unexplained weight loss" in flag["advice"]


def test_ten_nights_at_5_5_h_after_weeks_at_7_8_h(tmp_path: Path) -> None:
    docs = sound_plan(None)
    for i in range(60, 70):
        docs[i]["sleep"] = {"hours": 5.5}
    result = trends(tmp_path, docs)
    flag = only(result, "sleep_debt")
    assert flag["severity"] == "warning" and flag["evidence"]["baseline_sleep_h"] == 7.8
    assert "under your normal" in flag["title"] and "worst" in flag["title"]


def test_a_habitual_6_h_sleeper_gets_a_monthly_note_not_a_daily_warning(tmp_path: Path) -> None:
    docs = sound_plan(None)
    for doc in docs:
        doc["sleep"] = {"hours": 6.0}
    result = trends(tmp_path, docs)
    assert "sleep_debt" not in ids(result)
    notes = [f for f in result["flags"] if f["id"] == "short_sleep_habit"]
    assert 1 <= len(notes) <= 3 and all(f["severity"] == "info" for f in notes)
    assert all(f["start"] == f["end"] for f in notes)


def test_resting_hr_up_8_to_10_bpm_for_five_days(tmp_path: Path) -> None:
    docs = sound_plan(None)
    for i, up in zip(range(60, 65), (8, 9, 10, 9, 8), strict=True):
        docs[i]["resting_hr"] = RHR[i % 7] + up
    flag = only(trends(tmp_path, docs), "resting_hr_up")
    assert flag["evidence"]["above_median_bpm"] >= 8 and "watch" in flag["rule"]


# --- medical ------------------------------------------------------------------------------------


def test_training_with_fever(tmp_path: Path) -> None:
    docs = sound_plan(None)
    docs[44]["illness"] = {"symptoms": ["sore throat"], "fever": True}
    flag = only(trends(tmp_path, docs), "illness_training")
    assert flag["severity"] == "alert" and flag["start"] == iso(44)


def test_shin_pain_on_training_days(tmp_path: Path) -> None:
    docs = sound_plan(None)
    for i in (50, 51, 53):
        docs[i]["pain"] = [{"site": "left shin", "score": 3}]
    flag = only(trends(tmp_path, docs), "bone_pain")
    assert flag["severity"] == "alert" and "shin" in flag["title"]


def test_weight_down_6_percent_in_a_month(tmp_path: Path) -> None:
    docs = sound_plan(None)
    for k, i in enumerate(range(50, LAST + 1)):
        docs[i]["weight_kg"] = round(61.0 - 3.7 * k / (LAST - 50), 1)
    flag = only(trends(tmp_path, docs), "weight_loss")
    assert flag["severity"] == "warning" and flag["evidence"]["loss_pct"] > 5


def test_one_mistyped_weight_raises_nothing(tmp_path: Path) -> None:
    docs = sound_plan(None)
    docs[60]["weight_kg"] = 51.0  # 61 typed as 51
    assert "weight_loss" not in ids(trends(tmp_path, docs))


def test_no_period_for_four_months_when_the_cycle_is_tracked(tmp_path: Path) -> None:
    docs = sound_plan(None) + [{"date": iso(LAST + k)} for k in range(1, 40)]
    docs[0]["period"] = True
    flag = only(trends(tmp_path, docs, RUNNER | {"tracks_cycle": True}), "cycle_absent")
    assert flag["severity"] == "alert" and flag["evidence"]["days_since_period"] >= 90


# --- nutrition ----------------------------------------------------------------------------------


def test_a_vegan_week_without_b12(tmp_path: Path) -> None:
    vegan = (
        ("breakfast", "oatmeal 100g, 2 bananas, peanut butter 30g, orange juice 250 ml"),
        ("lunch", "lentils 250g, rice 250g, tofu 200g, broccoli 200g, olive oil 20g"),
        ("dinner", "potatoes 400g, chickpeas 200g, spinach 150g, bread 120g"),
    )
    docs = sound_plan(vegan)
    result = trends(tmp_path, docs, RUNNER | {"diet": "vegan"})
    assert only(result, "b12_low")["severity"] == "warning"


def test_an_iron_poor_female_week(tmp_path: Path) -> None:
    poor = (
        ("breakfast", "2 bananas, 300 ml milk, yogurt 200g, orange juice 250 ml"),
        ("lunch", "rice 300g, chicken breast 150g, olive oil 10g, apple"),
        ("dinner", "pasta 250g, cheese 60g, carrots 150g, milk 300 ml"),
    )
    docs = sound_plan(WELL_FED)
    for i in range(LAST - 6, LAST + 1):
        docs[i]["meals"] = [{"name": n, "text": t} for n, t in poor]
    flag = only(trends(tmp_path, docs), "iron_low")
    assert flag["evidence"]["mean_iron_mg"] < flag["evidence"]["rda_mg"]


@pytest.mark.parametrize("said", [True, None])
def test_three_tiny_meals_a_day_raise_energy_low(tmp_path: Path, said: bool | None) -> None:
    docs = sound_plan(TINY)
    if said:
        for doc in docs:
            doc["meals_complete"] = True  # "that's everything I ate"
    flag = only(trends(tmp_path, docs), "energy_low")
    assert flag["severity"] == "warning" and flag["evidence"]["energy_availability"] < 30
    assert f"{flag['evidence']['energy_availability']:.0f}" in flag["title"]


def test_breakfast_only_for_three_weeks_is_partly_logged_not_low(tmp_path: Path) -> None:
    docs = sound_plan(None)[:21]
    for doc in docs:
        doc["meals"] = [{"name": "breakfast", "text": WELL_FED[0][1]}]
    result = trends(tmp_path, docs)
    assert not ids(result) & {"energy_low", "carbs_low", "protein_low", "iron_low", "b12_low"}
    note = only(result, "nutrition_incomplete")
    assert note["severity"] == "info" and note["title"].startswith("Meals only partly logged")
    assert "--meals-complete" in note["evidence"]["reasons"][0]
    assert result["metrics"]["nutrition_7d"]["judged"] is False


def test_meals_complete_from_the_command_line(tmp_path: Path) -> None:
    """``add --meals-complete`` says a day holds everything eaten; the analyzer then judges."""
    data = str(tmp_path / "journal")
    for i in range(7):
        args = [EXE, "--data-dir", data, "add", "--date", iso(i), "--meals-complete"]
        args += ["--meal", "breakfast: banana", "--json"]
        out = subprocess.run(args, check=True, capture_output=True, text=True).stdout
        assert json.loads(out)["meals_complete"] is True
    subprocess.run([EXE, "--data-dir", data, "profile", "set", "--weight-kg", "61"], check=True)
    out = subprocess.run(
        [EXE, "--data-dir", data, "trends", "--from", iso(0), "--to", iso(6), "--json"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert "energy_low" in ids(json.loads(out))
