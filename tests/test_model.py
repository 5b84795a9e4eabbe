"""The day model: every field's range, and errors that name the field path and the value."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from journal.model import Day, InvalidInput, Profile, merge, parse_day, parse_profile, to_doc

D = "2026-11-20"

VALID_RUN = {"duration_min": 50, "rpe": 5}

# (field path within the day, a value at each bound that is accepted, values just outside)
BOUNDS: list[tuple[str, list[Any], list[Any]]] = [
    ("runs[0].rpe", [1, 10], [0, 11, 5.5, "5"]),
    ("runs[0].duration_min", [0.5, 1440], [0, -1, 1441]),
    ("runs[0].distance_km", [0, 42.2], [-0.1, 1001]),
    ("runs[0].avg_hr", [30, 250], [29, 251]),
    ("runs[0].type", ["easy", "long", "tempo", "interval", "race", "recovery", "other"], ["jog"]),
    ("cross_training[0].rpe", [1, 10], [0, 11]),
    ("cross_training[0].duration_min", [1, 1440], [0]),
    ("sleep.hours", [0, 24], [-1, 24.5]),
    ("sleep.quality", [1, 5], [0, 6]),
    ("fatigue", [1, 10], [0, 11]),
    ("soreness", [1, 10], [0, 11]),
    ("stress", [1, 10], [0, 11]),
    ("resting_hr", [20, 150], [19, 151]),
    ("weight_kg", [20, 300], [19.9, 301]),
    ("pain[0].score", [0, 10], [-1, 11]),
    ("illness.fever", [True, False], ["maybe"]),
    ("period", [True, False], [3]),
    ("meals[0].iron_mg", [0, 65], [-1]),
    ("supplements[0].b12_ug", [0, 1000], [-5]),
    ("tags[0]", ["heat"], ["", "x" * 61]),
]


def _doc_with(path: str, value: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {"date": D}
    top = path.split(".")[0].split("[")[0]
    bases: dict[str, Any] = {
        "runs": {"runs": [dict(VALID_RUN)]},
        "cross_training": {"cross_training": [{"activity": "bike", "duration_min": 30, "rpe": 4}]},
        "sleep": {"sleep": {"hours": 7}},
        "pain": {"pain": [{"site": "shin", "score": 2}]},
        "illness": {"illness": {"symptoms": []}},
        "meals": {"meals": [{"name": "lunch"}]},
        "supplements": {"supplements": [{"name": "b12"}]},
        "tags": {"tags": ["x"]},
    }
    doc.update(bases.get(top, {}))
    target: Any = doc
    parts = path.replace("[0]", ".0").split(".")
    for part in parts[:-1]:
        target = target[int(part)] if part.isdigit() else target[part]
    last = parts[-1]
    if last.isdigit():
        target[int(last)] = value
    else:
        target[last] = value
    return doc


@pytest.mark.parametrize(("path", "good", "bad"), BOUNDS, ids=[b[0] for b in BOUNDS])
def test_each_field_accepts_its_range_and_names_itself_when_refusing(
    path: str, good: list[Any], bad: list[Any]
) -> None:
    for value in good:
        parse_day(_doc_with(path, value))
    for value in bad:
        with pytest.raises(InvalidInput) as err:
            parse_day(_doc_with(path, value), prefix="days[3]")
        message = str(err.value)
        assert message.startswith(f"days[3].{path}: "), message
        assert "allowed" in message


def test_message_names_value_and_range() -> None:
    with pytest.raises(InvalidInput) as err:
        parse_day({"date": D, "runs": [{"duration_min": 30, "rpe": 11}]}, prefix="days[3]")
    assert str(err.value) == (
        "days[3].runs[0].rpe: 11 is not allowed; allowed: a whole number from 1 to 10"
    )
    assert err.value.path == "days[3].runs[0].rpe"


def test_run_type_lists_allowed_words() -> None:
    with pytest.raises(InvalidInput, match=r"runs\[0\]\.type: \"jog\".*one of .*tempo"):
        parse_day({"date": D, "runs": [{**VALID_RUN, "type": "jog"}]})


def test_unknown_field_is_a_typo_not_silently_dropped() -> None:
    with pytest.raises(InvalidInput) as err:
        parse_day({"date": D, "fatige": 4})
    assert err.value.path == "fatige"
    assert "allowed fields" in str(err.value) and "fatigue" in str(err.value)


def test_missing_required_fields() -> None:
    with pytest.raises(InvalidInput, match=r"^date: required, a date as YYYY-MM-DD"):
        parse_day({"runs": []})
    with pytest.raises(InvalidInput, match=r"runs\[0\]\.duration_min: required"):
        parse_day({"date": D, "runs": [{"rpe": 5}]})
    # a run from a watch has no RPE until the runner gives it; its load is estimated, not 0
    day = parse_day({"date": D, "runs": [{"duration_min": 30}]})
    assert day.runs[0].rpe is None and day.load > 0 and day.load_estimated == 1


def test_bad_date() -> None:
    with pytest.raises(InvalidInput, match=r'date: "2026-02-30" is not allowed'):
        parse_day({"date": "2026-02-30"})


def test_document_is_not_an_object() -> None:
    with pytest.raises(InvalidInput, match=r"days\[0\]: expected an object"):
        parse_day(["2026-11-20"], prefix="days[0]")


def test_text_values_accepted_only_when_not_strict() -> None:
    assert parse_day({"date": D, "fatigue": "4"}, strict=False).fatigue == 4
    with pytest.raises(InvalidInput):
        parse_day({"date": D, "fatigue": "4"})


def test_design_example_round_trips() -> None:
    doc = {
        "date": "2026-11-20",
        "runs": [
            {
                "distance_km": 10.0,
                "duration_min": 55.0,
                "rpe": 6,
                "type": "tempo",
                "avg_hr": 152,
                "notes": "",
            }
        ],
        "cross_training": [{"activity": "strength", "duration_min": 30, "rpe": 5}],
        "sleep": {"hours": 7.5, "quality": 4},
        "meals": [
            {"name": "breakfast", "text": "oatmeal 80g, 1 banana, 250 ml milk"},
            {"name": "dinner", "items": [{"food_id": "15076", "grams": 150}]},
        ],
        "supplements": [{"name": "iron", "iron_mg": 65}],
        "fatigue": 4,
        "soreness": 3,
        "stress": 2,
        "resting_hr": 52,
        "weight_kg": 61.5,
        "pain": [{"site": "left shin", "score": 3}],
        "illness": {"symptoms": ["sore throat"], "fever": False},
        "period": False,
        "tags": ["heat", "late coffee"],
        "notes": "heavy legs on the hills",
    }
    day = parse_day(doc)
    assert day.load == 55 * 6 + 30 * 5
    assert parse_day(to_doc(day)) == day


def test_merge_scalars_replace_lists_append() -> None:
    first = parse_day({"date": D, "runs": [VALID_RUN], "fatigue": 3, "tags": ["heat"]})
    second = parse_day(
        {
            "date": D,
            "runs": [{"duration_min": 20, "rpe": 2}],
            "fatigue": 5,
            "tags": ["heat", "hills"],
        }
    )
    merged = merge(first, second)
    assert [r.duration_min for r in merged.runs] == [50, 20]
    assert merged.fatigue == 5
    assert merged.tags == ["heat", "hills"]
    assert merge(None, first) is first
    with pytest.raises(ValueError):
        merge(first, Day(date=dt.date(2026, 1, 1)))


def test_profile_ranges() -> None:
    assert parse_profile({"sex": "female", "birth_year": 1990}).sex == "female"
    with pytest.raises(InvalidInput, match=r"diet: .*one of omnivore, vegan, vegetarian"):
        parse_profile({"diet": "paleo"})
    with pytest.raises(InvalidInput, match=r"body_fat_pct: 80 is not allowed"):
        parse_profile({"body_fat_pct": 80})
    assert Profile(birth_year=1990).age_on(dt.date(2026, 1, 1)) == 36
