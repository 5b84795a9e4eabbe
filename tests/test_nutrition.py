"""Daily intake from stored totals, reference intakes by profile, energy helpers."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from journal.model import Profile, parse_day
from journal.nutrition import (
    Intake,
    day_intake,
    exercise_energy,
    fat_free_mass,
    macro_shares,
    references,
)

ON = dt.date(2026, 6, 1)


def resolved(totals: dict[str, float], **extra: Any) -> dict[str, Any]:
    return {"version": "t1", "totals": totals, "coverage": dict.fromkeys(totals, 1.0)} | extra


def test_day_without_meals_is_not_logged() -> None:
    it = day_intake(parse_day({"date": "2026-06-01", "runs": [{"duration_min": 30, "rpe": 3}]}))
    assert it == Intake(totals={}, coverage={}, logged=False)


def test_intake_adds_stored_totals_typed_amounts_and_supplements() -> None:
    day = parse_day(
        {
            "date": "2026-06-01",
            "meals": [
                {
                    "name": "breakfast",
                    "text": "oatmeal 80g, banana",
                    "resolved": resolved(
                        {"kcal": 400.0, "iron_mg": 3.5},
                        items=[
                            {"food_id": "1", "grams": 80, "text": "oatmeal 80g"},
                            {"food_id": "2", "grams": 118, "text": "banana"},
                        ],
                    ),
                },
                {"name": "shake", "kcal": 300, "protein_g": 25, "iron_mg": 1.0},
            ],
            "supplements": [{"name": "iron", "iron_mg": 65}, {"name": "b12", "b12_ug": 250}],
        }
    )
    it = day_intake(day)
    assert it.logged and it.meals == 2
    assert it.totals == {
        "kcal": 700.0,
        "iron_mg": 69.5,
        "protein_g": 25.0,
        "b12_ug": 250.0,
    }
    assert (it.words_matched, it.words_unmatched) == (2, 0)  # one per matched food


def test_meal_text_is_never_parsed() -> None:
    day = parse_day({"date": "2026-06-01", "meals": [{"name": "x", "text": "beef liver 500g"}]})
    it = day_intake(day)
    assert it.logged and it.totals == {}
    assert it.coverage["kcal"] == 0.0 and it.coverage["iron_mg"] == 0.0
    assert it.words_unmatched == 3 and it.matched_share == 0.0


def test_coverage_is_weighted_by_meal_energy() -> None:
    day = parse_day(
        {
            "date": "2026-06-01",
            "meals": [
                # a big dinner whose iron is known, a small snack whose iron is not measured
                {"name": "dinner", "resolved": resolved({"kcal": 900.0, "iron_mg": 5.0})},
                {
                    "name": "snack",
                    "resolved": {
                        "version": "t1",
                        "totals": {"kcal": 100.0},
                        "coverage": {"kcal": 1.0, "iron_mg": 0.0},
                        "unmatched": ["zzz"],
                    },
                },
            ],
        }
    )
    it = day_intake(day)
    assert it.coverage["kcal"] == 1.0
    assert it.coverage["iron_mg"] == pytest.approx(0.9)
    assert it.coverage["b12_ug"] == 0.0  # not in any meal's totals
    assert it.words_unmatched == 1


def test_explicit_amount_makes_that_nutrient_known() -> None:
    day = parse_day(
        {"date": "2026-06-01", "meals": [{"name": "x", "text": "mystery stew", "iron_mg": 4}]}
    )
    it = day_intake(day)
    assert it.totals == {"iron_mg": 4.0}
    assert it.coverage["iron_mg"] == 1.0 and it.coverage["kcal"] == 0.0


def test_macro_shares() -> None:
    shares = macro_shares({"carbs_g": 300, "protein_g": 100, "fat_g": 800 / 9})
    assert shares == pytest.approx({"carbs_g": 0.5, "protein_g": 1 / 6, "fat_g": 1 / 3})
    assert macro_shares({"kcal": 500}) is None


@pytest.mark.parametrize(
    ("sex", "born", "diet", "b6", "iron"),
    [
        ("female", 1995, "omnivore", (1.1, 1.3), (8.1, 18.0)),
        ("male", 1995, "omnivore", (1.1, 1.3), (6.0, 8.0)),
        ("female", 1970, "omnivore", (1.3, 1.5), (5.0, 8.0)),
        ("male", 1970, "omnivore", (1.4, 1.7), (6.0, 8.0)),
        ("female", 2010, "omnivore", (1.0, 1.2), (7.9, 15.0)),
        ("male", 2010, "omnivore", (1.1, 1.3), (7.7, 11.0)),
        ("unspecified", 1995, "omnivore", (1.1, 1.3), (8.1, 18.0)),
        ("unspecified", 1970, "omnivore", (1.4, 1.7), (6.0, 8.0)),
        ("female", 1995, "vegan", (1.1, 1.3), (14.58, 32.4)),
        ("male", 1995, "vegetarian", (1.1, 1.3), (10.8, 14.4)),
    ],
)
def test_references_by_profile(
    sex: str, born: int, diet: str, b6: tuple[float, float], iron: tuple[float, float]
) -> None:
    refs = references(Profile(sex=sex, birth_year=born, diet=diet), ON)  # type: ignore[arg-type]
    assert set(refs) == {"b12_ug", "b6_mg", "iron_mg"}
    assert (refs["b12_ug"].ear, refs["b12_ug"].rda) == (2.0, 2.4)
    assert (refs["b6_mg"].ear, refs["b6_mg"].rda) == b6
    assert (refs["iron_mg"].ear, refs["iron_mg"].rda) == pytest.approx(iron)
    assert refs["iron_mg"].unit == "mg" and refs["b12_ug"].unit == "µg"


def test_reference_notes_say_what_was_assumed() -> None:
    refs = references(Profile(), ON)
    assert "higher of the male and female" in refs["iron_mg"].note
    assert "birth year not given" in refs["iron_mg"].note
    refs = references(Profile(sex="female", birth_year=2015), ON)
    assert "do not apply under 14" in refs["b6_mg"].note
    refs = references(Profile(sex="female", birth_year=1990, diet="vegan"), ON)
    assert "1.8" in refs["iron_mg"].note and "woman aged 19-50" in refs["iron_mg"].note


def test_age_band_follows_the_date() -> None:
    p = Profile(sex="male", birth_year=1975)
    assert references(p, dt.date(2025, 6, 1))["b6_mg"].rda == 1.3  # 50
    assert references(p, dt.date(2026, 6, 1))["b6_mg"].rda == 1.7  # 51


def test_exercise_energy() -> None:
    day = parse_day(
        {
            "date": "2026-06-01",
            "runs": [
                {"duration_min": 60, "rpe": 5, "distance_km": 10},  # 1 kcal/kg/km
                {"duration_min": 30, "rpe": 5},  # treadmill by time: MET 9.8, net 8.8
            ],
            "cross_training": [{"activity": "Cycling", "duration_min": 60, "rpe": 7}],
        }
    )
    assert exercise_energy(day, 60) == pytest.approx(600 + 8.8 * 60 * 0.5 + 9.0 * 60)


def test_fat_free_mass() -> None:
    ffm = fat_free_mass(Profile(sex="male", body_fat_pct=12), 70)
    assert ffm.kg == pytest.approx(61.6) and not ffm.assumed
    ffm = fat_free_mass(Profile(sex="male"), 70)
    assert ffm.kg == pytest.approx(59.5) and ffm.assumed and "15 % assumed" in ffm.note
    assert fat_free_mass(Profile(), 100).body_fat == 0.185
    assert fat_free_mass(Profile(sex="female"), 100).body_fat == 0.22
