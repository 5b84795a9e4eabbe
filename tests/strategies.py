"""Hypothesis strategies for day documents within the model's ranges."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from journal.model import RUN_TYPES, Day, parse_day

words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz éü-", min_size=1, max_size=12).filter(
    lambda s: s.strip() == s and s
)
finite = {"allow_nan": False, "allow_infinity": False}

runs = st.fixed_dictionaries(
    {"duration_min": st.floats(1, 300, **finite), "rpe": st.integers(1, 10)},
    optional={
        "distance_km": st.floats(0, 60, **finite),
        "type": st.sampled_from(RUN_TYPES),
        "avg_hr": st.integers(30, 250),
        "notes": words,
    },
)
cross = st.fixed_dictionaries(
    {"activity": words, "duration_min": st.floats(1, 200, **finite), "rpe": st.integers(1, 10)}
)
meals = st.fixed_dictionaries(
    {"name": words},
    optional={
        "text": words,
        "kcal": st.floats(0, 3000, **finite),
        "iron_mg": st.floats(0, 50, **finite),
        "items": st.lists(
            st.fixed_dictionaries(
                {
                    "food_id": st.sampled_from(["09040", "01123", "15076"]),
                    "grams": st.floats(1, 500, **finite),
                }
            ),
            max_size=3,
        ),
    },
)
rating = st.integers(1, 10)


@st.composite
def day_docs(draw: st.DrawFn, date: dt.date | None = None) -> dict:
    when = date or draw(st.dates(dt.date(2015, 1, 1), dt.date(2026, 11, 30)))
    doc = draw(
        st.fixed_dictionaries(
            {},
            optional={
                "runs": st.lists(runs, max_size=3),
                "cross_training": st.lists(cross, max_size=2),
                "sleep": st.fixed_dictionaries(
                    {"hours": st.floats(0, 24, **finite)}, optional={"quality": st.integers(1, 5)}
                ),
                "meals": st.lists(meals, max_size=3),
                "supplements": st.lists(
                    st.fixed_dictionaries(
                        {"name": words}, optional={"iron_mg": st.floats(0, 100, **finite)}
                    ),
                    max_size=2,
                ),
                "fatigue": rating,
                "soreness": rating,
                "stress": rating,
                "resting_hr": st.integers(30, 120),
                "weight_kg": st.floats(35, 120, **finite),
                "pain": st.lists(
                    st.fixed_dictionaries({"site": words, "score": st.integers(0, 10)}), max_size=2
                ),
                "illness": st.fixed_dictionaries(
                    {"symptoms": st.lists(words, max_size=2), "fever": st.booleans()}
                ),
                "period": st.booleans(),
                "tags": st.lists(words, max_size=3, unique=True),
                "notes": words,
            },
        )
    )
    return {"date": when.isoformat(), **doc}


@st.composite
def journals(draw: st.DrawFn, max_days: int = 20) -> list[Day]:
    dates = draw(
        st.lists(
            st.dates(dt.date(2020, 1, 1), dt.date(2026, 11, 30)), max_size=max_days, unique=True
        )
    )
    return [parse_day(draw(day_docs(d))) for d in dates]
