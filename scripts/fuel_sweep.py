"""Sweep runner fuel by brand and form; print the phrases whose energy misses the label.

Run ``PYTHONPATH=. python scripts/fuel_sweep.py``: each brand (label kcal a serving) is said by
count ("2 x {g}"), by a count after ("{g}, 3"), by scoop or tab in a volume, and by a bare volume;
a phrase misses when it is unread or its energy is more than 25 % off the label's.
"""

from __future__ import annotations

from journal import foods

GELS = {"gu gel": 100, "maurten gel 100": 100, "maurten gel 160": 160, "sis go isotonic gel": 87,
        "high5 isogel": 92, "high5 energy gel": 91, "precision fuel 30 gel": 120, "pf 90 gel": 360,
        "huma gel": 100, "sis beta fuel gel": 158, "powergel": 110, "spring energy gel": 180,
        "clif shot gel": 100, "honey stinger gel": 100}  # fmt: skip
BARS = {"clif bar": 250, "kind bar": 200, "nakd bar": 135, "trek flapjack": 210, "picky bar": 200,
        "rxbar": 210, "larabar": 200, "powerbar": 230, "grenade bar": 220, "misfits bar": 190,
        "quest bar": 200, "veloforte bar": 250, "energy waffle": 140, "honey stinger waffle": 140,
        "clif bloks": 200, "honey stinger chews": 160}  # fmt: skip
MIXES = {"tailwind": (100, 355), "skratch": (80, 500), "maurten 160": (160, 500),
         "maurten 320": (320, 500), "sis go electrolyte": (146, 500), "beta fuel": (320, 500),
         "high5 energy drink": (180, 500), "nuun": (15, 500),
         "electrolyte tabs": (10, 500)}  # fmt: skip


def _rows() -> list[tuple[str, float]]:
    rows: list[tuple[str, float]] = []
    for name, kcal in {**GELS, **BARS}.items():
        rows += [(name, kcal), (f"2 x {name}", 2 * kcal), (f"{name}, 3", 3 * kcal)]
        rows.append((f"{name}, half of one", kcal / 2))
    for name, (kcal, ml) in MIXES.items():
        dose = "tabs" if name in {"nuun", "electrolyte tabs"} else "scoops"
        rows += [(f"{name} 2 {dose} in 750ml", 2 * kcal), (f"2 {dose} of {name} in 1l", 2 * kcal)]
        rows += [(f"{name}, {dose[:-1]} in a {ml:g}ml bottle", kcal), (f"{ml:g}ml {name}", kcal)]
    return rows


def main() -> int:
    rows = _rows()
    misses = 0
    for phrase, want in rows:
        meal = foods.parse_meal(phrase)
        got = meal.totals.get("kcal", 0.0)
        if meal.unmatched or abs(got - want) > max(0.25 * want, 15):
            misses += 1
            print(f"MISS {phrase!r}: {got:.0f} kcal, want {want:.0f} {meal.unmatched or ''}")
    print(f"{len(rows) - misses}/{len(rows)} read within 25 % of the label")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
