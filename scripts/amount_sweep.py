"""Amount sweep: the ways runners say how much, tried on foods of every kind.

Why: an amount said the European way ("1,5 l water", "250,0 g"), hedged ("~200g", "200g-ish",
"roughly 2 cups"), as a range ("1-2 slices", "2 or 3 crackers") or as a closed-class word ("a
couple of", "a few", "several") must give the grams the runner meant, never a misread count
("200ish g" as 10 kg). The forms are a closed class written from general knowledge of how
English speakers in the UK, IE, EU, US, AU and IN type amounts, not from any phrase table.
Each form names the multiple of a food's reference amount it stands for; a cell is a MISS
when the food is not read (words over, nothing) or its grams are off by more than 30 %.

    python scripts/amount_sweep.py [--misses] [FORM-SUBSTRING ...]
"""

from __future__ import annotations

import sys

from journal import foods

# Weights: form with {w} (the weight) and {f}; the expected grams are the weight.
_WEIGHT_FORMS = (
    "{w} g {f}", "{w}g {f}", "~{w}g {f}", "~ {w} g {f}", "about {w}g of {f}", "{w}g-ish {f}",
    "{f} {w}g-ish", "{w}ish g {f}", "{w}-ish g of {f}", "{w} grams-ish of {f}", "c. {w}g {f}",
    "ca. {w} g {f}", "ca {w}g {f}", "circa {w}g {f}", "{w} g or so of {f}", "{f}, roughly {w}g",
    "approx {w}g {f}", "approx. {w} g {f}", "{w},0 g {f}", "{f} {w},0 g", "around {w}g {f}",
    "{f} about {w}g", "{f} (~{w}g)", "{f} ~{w}g", "{w}g approx {f}", "{f} {w}g approx",
    "{w} g {f} or so", "{w}g give or take of {f}", "roughly {w} grams of {f}",
    "{f}, {w}g roughly", "{f} 200-ish g", "a bit over {w}g {f}", "just under {w} g of {f}",
    "150g to 250g of {f}", "{f} 150 g - 250 g",
)  # fmt: skip
_WEIGHED_FOODS = (("cooked rice", "rice"), ("oats", "oat"), ("greek yoghurt", "yogurt"),
                  ("chicken breast", "chicken"), ("pasta", "spaghetti|pasta"))  # fmt: skip

# Volumes of drinks: form and the millilitres it says.
_VOLUME_FORMS = (
    ("1,5 l {f}", 1500), ("1,5l {f}", 1500), ("{f} 1,5 l", 1500), ("0,5 l {f}", 500),
    ("0,5l {f}", 500), ("{f} 0,5l", 500), ("0,33 l {f}", 330), ("2,5 dl {f}", 250),
    ("1.5l {f}", 1500), ("0.5 l {f}", 500), ("half a litre of {f}", 500),
    ("a half litre of {f}", 500), ("half litre {f}", 500), ("a litre of {f}", 1000),
    ("a liter of {f}", 1000), ("1 litre {f}", 1000), ("a litre and a half of {f}", 1500),
    ("1 1/2 litres of {f}", 1500), ("33cl {f}", 330), ("33 cl {f}", 330), ("{f} 33cl", 330),
    ("50cl bottle of {f}", 500), ("a 50cl bottle of {f}", 500), ("a 500ml bottle of {f}", 500),
    ("a 0,5 l bottle of {f}", 500), ("a 1.5 litre bottle of {f}", 1500), ("{f}, 500 ml", 500),
    ("about 500ml {f}", 500), ("~500 ml {f}", 500), ("500ml-ish {f}", 500),
    ("{f} 1,25 l", 1250), ("{f}, a litre", 1000), ("{f} about a litre", 1000),
    ("just under a litre of {f}", 1000), ("{f}, 1,000 ml", 1000), ("a 330ml can of {f}", 330),
    ("750 ml {f}", 750),
)  # fmt: skip
_DRINKS = (("water", "water"), ("milk", "milk"), ("beer", "beer"), ("orange juice", "orange"),
           ("coke", "cola"))  # fmt: skip

# Counts of pieces: form and the count it says.
_COUNT_FORMS = (
    ("a couple of {f}", 2), ("a couple {f}", 2), ("a few {f}", 3), ("several {f}", 4),
    ("1-2 {f}", 1.5), ("2-3 {f}", 2.5), ("2 to 3 {f}", 2.5), ("2 or 3 {f}", 2.5),
    ("1 or 2 {f}", 1.5), ("two or three {f}", 2.5), ("one or two {f}", 1.5),
    ("3 or 4 {f}", 3.5), ("3-4 {f}", 3.5), ("2 or so {f}", 2), ("about 2 {f}", 2),
    ("roughly 3 {f}", 3), ("~2 {f}", 2), ("2ish {f}", 2), ("2-ish {f}", 2), ("maybe 2 {f}", 2),
    ("{f} x2-3", 2.5), ("{f}, 2 or 3", 2.5), ("{f} (2-3)", 2.5), ("2 {f} or so", 2),
)  # fmt: skip
_COUNTED = (
    ("eggs", "egg", 50), ("slices of bread", "bread", 28), ("rice cakes", "rice cake", 9),
    ("bananas", "banana", 118), ("cookies", "cookie", 12), ("oatcakes", "cracker", 11),
)  # fmt: skip

# Household measures said loosely: form and the cups it says (rice, cooked: 158 g a cup).
_CUP_FORMS = (
    ("roughly 2 cups of {f}", 2), ("about a cup of {f}", 1), ("1-2 cups {f}", 1.5),
    ("1 or 2 cups of {f}", 1.5), ("~1 cup {f}", 1), ("a cup or so of {f}", 1),
    ("1,5 cups {f}", 1.5), ("a couple of cups of {f}", 2), ("a cup-ish of {f}", 1),
)  # fmt: skip
_CUPPED = (("cooked rice", "rice", 158), ("milk", "milk", 244), ("oats", "oat", 81))  # fmt: skip

# Dips: phrase | keyword | grams lo-hi | source
_DIPS = """
2 tbsp hummus|hummus|25-35|SR24 2 tbsp 30 g
2 tbsp of hummus and carrot sticks|hummus|25-35|SR24 2 tbsp 30 g
a pot of hummus|hummus|45-80|a snack pot 60 g (docs/meal-judging, packsizes)
a tub of hummus|hummus|150-220|UK hummus tub 170-200 g
half a tub of hummus|hummus|75-110|half a 170-200 g tub
a small pot of hummus|hummus|40-130|snack pot 60 g, small tub 100-130 g
2 tubs of hummus|hummus|300-440|two 170-200 g tubs
a tub of guacamole|avocado|120-220|UK guacamole tub 150-200 g
a tub of salsa|salsa|140-260|UK fresh salsa tub 170-200 g
1,000 g cooked rice|rice|700-1300|a thousands comma
water 1,000 ml|water|700-1300|a thousands comma
a jar of salsa|salsa|250-450|US salsa jar 16 oz, UK 300 g
2 tbsp salsa|salsa|25-40|SR24 2 tbsp 32-36 g
2 tbsp guac|avocado|25-40|2 tbsp 30 g
3 tbsp tzatziki|yogurt|25-45|3 tbsp 45 g, yoghurt most of it
hummus and 2 carrots|hummus|25-65|one helping, SR24 2 tbsp to 1/4 cup
tortilla chips and salsa|salsa|25-65|one helping
tortilla chips and guac|avocado|25-65|one helping
"""


def _hit(phrase: str, keyword: str) -> tuple[float, str]:
    parsed = foods.parse_meal(phrase)
    names = keyword.split("|")
    grams = sum(i.grams for i in parsed.items if any(k in i.name.lower() for k in names))
    return grams, ("" if not parsed.unmatched else f" unmatched {parsed.unmatched}")


def cells() -> list[tuple[str, str, float, float, str]]:
    """(phrase, keyword, low, high, why) for every cell of the grid."""
    out: list[tuple[str, str, float, float, str]] = []
    for form in _WEIGHT_FORMS:
        for food, kw in _WEIGHED_FOODS:
            out.append((form.format(w=200, f=food), kw, 140, 260, "200 g said"))
    for form, ml in _VOLUME_FORMS:
        for food, kw in _DRINKS:
            out.append((form.format(f=food), kw, ml * 0.7, ml * 1.3 * 1.04, f"{ml} ml said"))
    for form, n in _COUNT_FORMS:
        for food, kw, one in _COUNTED:
            g = n * one
            out.append((form.format(f=food), kw, g * 0.7, g * 1.3, f"{n} x {one} g"))
    for form, n in _CUP_FORMS:
        for food, kw, one in _CUPPED:
            g = n * one
            out.append((form.format(f=food), kw, g * 0.7, g * 1.3, f"{n} cups x {one} g"))
    for line in _DIPS.strip().splitlines():
        phrase, kw, rng, why = line.split("|")
        lo, hi = (float(x) for x in rng.split("-"))
        out.append((phrase, kw, lo, hi, why))
    return out


def main(argv: list[str]) -> None:
    misses_only = "--misses" in argv
    wanted = [a for a in argv if not a.startswith("--")]
    total = bad = 0
    for phrase, kw, lo, hi, why in cells():
        if wanted and not any(w in phrase for w in wanted):
            continue
        grams, extra = _hit(phrase, kw)
        ok = lo <= grams <= hi and not extra
        total += 1
        bad += not ok
        if not ok or not misses_only:
            mark = "ok  " if ok else "MISS"
            want = f"want {lo:.0f}-{hi:.0f} ({why})"
            print(f"{mark} {phrase!r:44} {kw:8} {grams:7.0f} g  {want}{extra}")
    print(f"{total - bad}/{total} cells read right")


if __name__ == "__main__":
    main(sys.argv[1:])
