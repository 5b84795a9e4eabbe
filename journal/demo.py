"""A realistic generated journal: for ``stridelog demo``, the tests' fixtures and ``bench/``.

Training follows 4-week blocks (three build weeks, one easier), with a rest day, intervals,
tempo, easy runs and a long run that grows through the block. Sleep, fatigue and resting HR
respond to the load; meals come from an everyday menu. A few overreaching stretches (short
sleep, stacked hard days) are placed on purpose so that every screen has something to show.
The same seed always gives the same journal.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from journal.model import Day, Profile, parse_day
from journal.store import Journal

BREAKFASTS = (
    "oatmeal 100g, 1 banana, 300 ml milk, 1 tbsp honey",
    "3 eggs, 3 slices of bread, 1 orange, orange juice 250 ml",
    "greek yogurt 250g, granola 80g, blueberries 150g, 1 banana",
    "2 bagels, 2 tbsp peanut butter, 1 banana",
    "fortified cereal 90g, 300 ml milk, 1 apple, 1 banana",
)
LUNCHES = (
    "chicken breast 150g, rice 300g, broccoli 100g, olive oil 1 tbsp",
    "lentil soup 500g, 3 slices of bread, 1 apple",
    "tuna 120g, pasta 280g, spinach 60g, olive oil 1 tbsp",
    "2 turkey sandwiches, 1 apple, yogurt 150g",
    "black beans 150g, rice 250g, avocado 1/2, cheddar 30g",
)
DINNERS = (
    "salmon 150g, sweet potato 300g, kale 80g, rice 150g",
    "pasta 320g, tomato sauce 150g, parmesan 20g, 2 slices of bread",
    "beef steak 160g, potato 350g, green beans 100g, butter 10g",
    "tofu 200g, rice 300g, broccoli 150g, peanuts 30g",
    "chicken thigh 150g, quinoa 250g, carrots 100g, olive oil 1 tbsp",
    "3 eggs, spinach 100g, 3 slices of bread, cheese 30g",
)
SNACKS = (
    "1 banana, almonds 30g",
    "energy gel, sports drink 500 ml",
    "1 apple, 2 tbsp peanut butter",
    "yogurt 150g, granola 40g",
    "2 slices of bread, 1 tbsp honey",
)

# Week template (Monday first): (run type or None, minutes at block start, rpe)
WEEK = (
    None,
    ("interval", 55, 8),
    ("easy", 45, 3),
    ("tempo", 50, 6),
    "cross",
    ("easy", 40, 3),
    ("long", 90, 5),
)


def demo_profile() -> Profile:
    return Profile(
        sex="female",
        birth_year=1992,
        weight_kg=61.0,
        height_cm=168,
        body_fat_pct=21,
        diet="omnivore",
        tracks_cycle=True,
    )


def _pace(kind: str, rng: random.Random) -> float:
    base = {"easy": 5.9, "long": 5.7, "tempo": 4.8, "interval": 4.5, "recovery": 6.3}[kind]
    return base + rng.uniform(-0.15, 0.15)  # minutes per km


def generate_days(n_days: int, end: dt.date | None = None, seed: int = 7) -> list[Day]:
    """``n_days`` consecutive calendar days ending at ``end``; about 4 % are left unlogged."""
    end = end or dt.date.today()
    rng = random.Random(seed)
    start = end - dt.timedelta(days=n_days - 1)
    days: list[Day] = []
    fatigue = 3.0
    recent_load: list[float] = []
    weight = 61.0
    next_period = start + dt.timedelta(days=rng.randint(0, 27))
    # a few hard stretches: the last one ends 10 days before ``end`` so the demo shows flags
    overreach = {end - dt.timedelta(days=23 + i) for i in range(12)}
    for k in range(0, n_days - 120, 180 + rng.randint(0, 60)):
        overreach |= {start + dt.timedelta(days=k + 90 + i) for i in range(10)}
    for offset in range(n_days):
        date = start + dt.timedelta(days=offset)
        week_of_block = (offset // 7) % 4
        hard = date in overreach
        doc: dict[str, Any] = {"date": date.isoformat()}
        slot = WEEK[date.weekday()]
        if hard and slot is None:
            slot = ("easy", 50, 5)
        load = 0.0
        if slot == "cross":
            if rng.random() < 0.6:
                minutes = rng.choice((30, 40, 45))
                doc["cross_training"] = [
                    {
                        "activity": rng.choice(("strength", "cycling", "swimming")),
                        "duration_min": minutes,
                        "rpe": 4,
                    }
                ]
                load += minutes * 4
        elif slot is not None:
            kind, minutes, rpe = slot
            grow = 1.0 + 0.12 * min(week_of_block, 2) if week_of_block < 3 else 0.8
            if kind == "long":
                grow = 1.0 + 0.18 * week_of_block if week_of_block < 3 else 0.75
            minutes = round(minutes * grow * rng.uniform(0.92, 1.08) * (1.25 if hard else 1.0))
            rpe = min(10, rpe + (2 if hard else 0) + rng.choice((-1, 0, 0, 1)) * (kind != "easy"))
            run: dict[str, Any] = {
                "duration_min": minutes,
                "rpe": max(1, rpe),
                "distance_km": round(minutes / _pace(kind, rng), 2),
                "type": kind,
                "avg_hr": int(135 + rpe * 5 + rng.randint(-4, 4)),
            }
            doc["runs"] = [run]
            load += minutes * rpe
        recent_load = [*recent_load[-6:], load]
        weekly = sum(recent_load)
        target = 2.2 + weekly / 900 + (2.5 if hard else 0)
        fatigue += (target - fatigue) * 0.5 + rng.uniform(-0.7, 0.7)
        if rng.random() < 0.04 and not hard:
            continue  # a day the runner did not log
        doc["fatigue"] = max(1, min(10, round(fatigue)))
        doc["soreness"] = max(1, min(10, round(fatigue + rng.uniform(-1.5, 1))))
        doc["stress"] = rng.randint(2, 5)
        hours = rng.uniform(7.0, 8.6) - (1.6 if hard else 0)
        doc["sleep"] = {"hours": round(hours * 4) / 4, "quality": rng.randint(3, 5) - hard}
        doc["resting_hr"] = 50 + rng.randint(-2, 2) + (4 if hard else 0)
        weight += rng.uniform(-0.15, 0.15) + (61.0 - weight) * 0.05
        if rng.random() < 0.5:
            doc["weight_kg"] = round(weight, 1)
        meals = [
            {"name": "breakfast", "text": rng.choice(BREAKFASTS)},
            {"name": "lunch", "text": rng.choice(LUNCHES)},
            {"name": "dinner", "text": rng.choice(DINNERS)},
        ]
        meals.append({"name": "snack", "text": rng.choice(SNACKS)})
        if load > 300:
            meals.append({"name": "after run", "text": rng.choice(SNACKS)})
        doc["meals"] = meals
        if rng.random() < 0.08:
            doc["supplements"] = [{"name": "iron", "iron_mg": 18}]
        if next_period <= date < next_period + dt.timedelta(days=5):
            doc["period"] = True
        if date >= next_period + dt.timedelta(days=5):
            next_period += dt.timedelta(days=rng.randint(26, 31))
        if rng.random() < 0.07:
            doc["tags"] = [rng.choice(("heat", "travel", "hills", "late caffeine", "altitude"))]
        if hard and rng.random() < 0.3:
            doc["notes"] = rng.choice(("heavy legs", "hard to get going", "slept badly"))
        days.append(parse_day(doc))
    return days


def meal_resolver() -> Callable[[Day], Day]:
    """``foods.resolve_day`` with a memo per meal text (the demo repeats a small menu)."""
    try:
        from journal import foods

        resolve_meal = foods.resolve_meal
    except (ImportError, AttributeError):  # the food table is still being built
        return lambda day: day
    from journal.model import replace

    memo: dict[str, Any] = {}

    def resolve(day: Day) -> Day:
        meals = []
        for meal in day.meals:
            key = meal.text or ""
            if key not in memo:
                memo[key] = resolve_meal(meal).resolved
            meals.append(replace(meal, resolved=memo[key]))
        return replace(day, meals=meals)

    return resolve


def write_demo(data_dir: str | Path, n_days: int = 120, end: dt.date | None = None) -> Journal:
    """Write a generated journal (meals resolved, profile set) into ``data_dir``."""
    journal = Journal.open(data_dir)
    resolve = meal_resolver()
    journal.put_many([resolve(d) for d in generate_days(n_days, end)], profile=demo_profile())
    return journal
