"""Drink sweep: drinks said by cup, share and brand, in every form a runner types them.

Why: a drink's volume decides most of its energy, and the same drink is said many ways ("a cup
of coke", "coke, a cup", "2 cups of coke at the aid station", "shared a bottle of red with my
sister", "vita coco"). The grid crosses drinks with forms and checks the drink's grams against
the form's volume (±30 %); a row is "unread" when words are left over. Volumes follow
docs/meal-judging.md: a cup 250 ml, an aid-station paper cup 150 ml (venues.py), a bottle of
wine 750 ml.

    python scripts/drink_sweep.py [--bad]
"""

from __future__ import annotations

import sys

from journal import foods

# drinks poured by the cup (name, grams of a cup)
_CUPPED = ("coke", "lemonade", "orange juice", "apple juice", "milk", "gatorade", "iced tea",
           "hot chocolate", "coconut water")  # fmt: skip
# (form, grams of the drink it means, given a cup's grams)
_CUP_FORMS = (
    ("a cup of {d}", 1.0),
    ("{d}, a cup", 1.0),
    ("2 cups of {d}", 2.0),
    ("{d}, 2 cups", 2.0),
    ("a cup of {d} at the aid station", 0.6),
    ("aid station: a cup of {d}", 0.6),
    ("aid station: 2 cups of {d}", 1.2),
    ("{d} at the aid station, 2 cups", 1.2),
)
_BOTTLED = (("red wine", 750.0), ("prosecco", 750.0), ("white wine", 750.0))
_SHARE_FORMS = (
    ("a bottle of {d}", 1.0),
    ("shared a bottle of {d} with my sister", 0.5),
    ("split a bottle of {d} with a mate", 0.5),
    ("a bottle of {d} between 2 of us", 0.5),
    ("a bottle of {d} between the two of us", 0.5),
    ("shared a bottle of {d} with my mum and my dad", 1 / 3),
    ("{d}, half the bottle", 0.5),
)
# brand or pack said alone -> grams of the drink (labels)
_BRANDS = (
    ("vita coco", 330.0), ("a vita coco", 330.0), ("juice box (apple)", 200.0),
    ("apple juice box", 200.0), ("a juice box", 200.0), ("iced tea, arizona can", 680.0),
    ("arizona can", 680.0), ("ensure plus 1 bottle", 220.0), ("a bottle of ensure plus", 220.0),
    ("mcdonalds vanilla shake", 354.0), ("mcdonalds vanilla shake (small)", 354.0),
    ("a can of coke", 355.0), ("a 500ml bottle of coke", 500.0), ("a can of red bull", 250.0),
    ("g&t", 175.0), ("bacardi and coke, one shot", 244.0), ("vodka and coke, 2 shots", 288.0),
    ("milo with milk, big mug", 330.0), ("black filter coffee, big mug", 350.0),
    ("chai latte tall", 354.0), ("grande latte", 473.0), ("venti latte", 591.0),
    ("lemonade from the stand, a cup", 250.0),
)  # fmt: skip


def _rows() -> list[tuple[str, float]]:
    rows = [(f.format(d=d), 250.0 * k) for d in _CUPPED for f, k in _CUP_FORMS]
    rows += [(f.format(d=d), ml * k) for d, ml in _BOTTLED for f, k in _SHARE_FORMS]
    return rows + list(_BRANDS)


def main(argv: list[str]) -> None:
    rows = _rows()
    bad = 0
    for phrase, want in rows:
        parsed = foods.parse_meal(phrase)
        got = sum(i.grams for i in parsed.items)
        why = "unread" if parsed.unmatched else "" if 0.7 * want <= got <= 1.3 * want else "wrong"
        bad += bool(why)
        if why or "--bad" not in argv:
            items = "; ".join(f"{i.name[:30]} {i.grams:.0f}" for i in parsed.items)
            print(f"{why or 'ok':6} {phrase!r}: {got:.0f} g (want {want:.0f}) -> {items}")
    print(f"{len(rows) - bad}/{len(rows)} read right")


if __name__ == "__main__":
    main(sys.argv[1:])
