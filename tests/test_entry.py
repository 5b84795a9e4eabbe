"""Quick-entry shorthand: what a runner types after --run, --cross and --pain."""

from __future__ import annotations

import pytest

from journal.entry import parse_cross_training, parse_meal_option, parse_pain, parse_run
from journal.model import InvalidInput


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "10km 55min rpe6 tempo",
            {"distance_km": 10, "duration_min": 55, "rpe": 6, "type": "tempo"},
        ),
        (
            "tempo rpe6 55min 10km",
            {"distance_km": 10, "duration_min": 55, "rpe": 6, "type": "tempo"},
        ),
        ("6.2mi 1h05 rpe5", {"distance_km": 9.978, "duration_min": 65, "rpe": 5}),
        (
            "800m 3:10 rpe9 interval",
            {"distance_km": 0.8, "duration_min": 3.17, "rpe": 9, "type": "interval"},
        ),
        (
            "21.1km 1:45:30 rpe8 race hr168",
            {"distance_km": 21.1, "duration_min": 105.5, "rpe": 8, "type": "race", "avg_hr": 168},
        ),
        ("10 km 50 min rpe 4", {"distance_km": 10, "duration_min": 50, "rpe": 4}),
        ("45min rpe3 easy", {"duration_min": 45, "rpe": 3, "type": "easy"}),
        ("12k 1h rpe4 long", {"distance_km": 12, "duration_min": 60, "rpe": 4, "type": "long"}),
    ],
)
def test_run_tokens_in_any_order(text: str, expected: dict[str, object]) -> None:
    assert parse_run(text) == expected


@pytest.mark.parametrize(
    ("text", "needle"),
    [("10km fast", '"fast"'), ("10km rpe6", "duration_min"), ("10km 50min", "rpe")],
)
def test_run_refuses_what_it_cannot_read(text: str, needle: str) -> None:
    with pytest.raises(InvalidInput) as err:
        parse_run(text)
    assert err.value.path == "--run"
    assert needle in str(err.value) and "rpe1-rpe10" in str(err.value)


def test_cross_training_and_pain_and_meal() -> None:
    assert parse_cross_training("strength 30min rpe5") == {
        "activity": "strength",
        "duration_min": 30,
        "rpe": 5,
    }
    with pytest.raises(InvalidInput, match="--cross"):
        parse_cross_training("30min rpe5")
    assert parse_pain("left shin 3") == {"site": "left shin", "score": 3}
    with pytest.raises(InvalidInput, match="site and a score"):
        parse_pain("shin")
    assert parse_meal_option("breakfast: oatmeal 80g, banana") == {
        "name": "breakfast",
        "text": "oatmeal 80g, banana",
    }
    assert parse_meal_option("2 eggs") == {"name": "meal", "text": "2 eggs"}
