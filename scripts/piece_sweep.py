"""Sweep small foods through count, piece and pack forms; print the readings far from a piece.

Run ``PYTHONPATH=. python scripts/piece_sweep.py``: each form of each small food is parsed and
its grams compared with the expected weight (one piece x count, a pack, a handful); a reading
off by more than 30 % (or with words left unread) is a miss.
"""

from __future__ import annotations

from journal import foods

# (food as said, its head word, grams of one piece, a SR24 name start)
SMALL = [
    ("baby carrots", "carrots", 10.0, "Carrots, baby"),
    ("cherry tomatoes", "tomatoes", 17.0, "Tomatoes"),
    ("grapes", "grapes", 5.0, "Grapes"),
    ("almonds", "almonds", 1.2, "Nuts, almonds"),
    ("brazil nuts", "nuts", 5.0, "Nuts, brazil"),
    ("strawberries", "strawberries", 12.0, "Strawberries"),
    ("dates", "dates", 24.0, "Dates"),
    ("prunes", "prunes", 9.5, "Plums, dried"),
]
DIPS = ("ranch", "hummus", "salsa")
HANDFUL_G = {"Snacks, tortilla": 28.0, "Snacks, pretzels": 30.0}


def forms() -> list[tuple[str, str, float]]:
    out = []
    for said, head, piece, start in SMALL:
        for n in (5, 10):
            out.append((f"{n} {said}", start, n * piece))
            out.append((f"{said}, {n}", start, n * piece))
            out.append((f"{said}, like {n} {head}", start, n * piece))
            for dip in DIPS:
                out.append((f"{said} and {dip}, about {n} {head}", start, n * piece))
    for said, start in (("tortilla chips", "Snacks, tortilla"), ("pretzels", "Snacks, pretzels")):
        for dip in DIPS:
            out.append((f"{said} and {dip}, a couple handfuls", start, 2 * HANDFUL_G[start]))
            out.append((f"{said} with {dip}, a handful", start, HANDFUL_G[start]))
    for n in (1, 2, 3):
        out.append((f"tamagoyaki, {n} pieces", "Egg, whole", 30.0 * n))
        out.append((f"onigiri, {n} balls", "Sushi rice", 100.0 * n))
        out.append((f"cold pizza, {n} slices of pepperoni", "DOMINO'S 14\" Pepperoni", 113.0 * n))
    out.append(("raisins, mini box", "Raisins", 14.0))
    out.append(("2 mini boxes of raisins", "Raisins", 28.0))
    return out


def main() -> None:
    misses = 0
    rows = forms()
    for phrase, start, want in rows:
        parsed = foods.parse_meal(phrase)
        got = sum(i.grams for i in parsed.items if i.name.startswith(start))
        if parsed.unmatched or not 0.7 * want <= got <= 1.3 * want:
            misses += 1
            print(f"MISS {phrase!r}: {got:.0f} g, want {want:g} {parsed.unmatched or ''}")
    print(f"{misses} misses of {len(rows)}")


if __name__ == "__main__":
    main()
