"""Hunt readings no runner could have eaten: variants a runner would type, parsed, judged.

Every item phrase of the scoring tables (tuned, held..held20, dev5, dev6; never held21) is
stripped of its leading amount and typed again the ways a runner types: a count before
("6 x"), "x3" after, "a 330 can"-style bare container sizes, shares ("half", "most of"),
sizes, units (oz, lb, ml, l, g, kg, cups), "from <chain>" after, a typo. Each reading is
judged against what one person could eat at one sitting:

- an item over 2.5 kg (a drink over 3 l) or over 2,500 kcal, a meal over 4,000 kcal;
- a count that changed grams by a factor far from the count (N items vs one: outside N/2.5..2.5N);
- a stated weight or volume read under a tenth of itself (or over ten times it).

``python scripts/absurd_hunt.py [--all] [--limit N]`` prints the hits grouped by variant kind
and a count; --all runs every variant instead of a seeded sample per phrase.
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from journal import foods  # noqa: E402
from journal.foods import items as items_mod  # noqa: E402
from journal.foods.plausible import kcal_of  # noqa: E402
from journal.foods.table import load  # noqa: E402

TABLES = ["tuned", "held", "dev5", "dev6"] + [f"held{n}" for n in range(2, 21)]
ITEM_G, DRINK_G, ITEM_KCAL, MEAL_KCAL = 2500.0, 3000.0, 2500.0, 4000.0
_LEAD = re.compile(
    r"^(?:(?:a|an|one|two|three|some|the|my|\d+(?:[.,/]\d+)?(?:\s*(?:x|g|kg|ml|l|oz|lb|lbs|cups?|"
    r"tbsp|tsp|slices?|pieces?|bowls?|cans?|bottles?|glass(?:es)?|mugs?|cups?|pints?|"
    r"handfuls?|scoops?|servings?)\b)?)\s+(?:of\s+)?)+",
    re.I,
)
_CHAINS = ("mcdonalds", "starbucks", "subway", "costa", "greggs", "tesco", "7-eleven", "kfc")
_BRANDS = ("tesco", "heinz", "kirkland", "aldi", "trader joes", "m&s")
_DRINK_WORDS = frozenset(
    (
        "milk",
        "juice",
        "water",
        "coffee",
        "tea",
        "latte",
        "beer",
        "wine",
        "soda",
        "cola",
        "coke",
        "smoothie",
        "shake",
        "drink",
        "kombucha",
        "lemonade",
        "squash",
        "cider",
        "lager",
        "ale",
        "stout",
        "espresso",
        "cappuccino",
    )
)


def pieces() -> list[str]:
    """Every item phrase of the tables, its leading amount taken off, once each."""
    import foods_score

    seen: dict[str, None] = {}
    for t in TABLES:
        for row in foods_score.rows_of(t):
            for part in re.split(r",|;|\bplus\b|\bthen\b|\+|\bwith\b|&", row[0]):
                bare = _LEAD.sub("", part.strip().lower()).strip(" .!-")
                if 2 < len(bare) < 40 and not re.search(r"\d", bare):
                    seen.setdefault(bare, None)
    return list(seen)


def typo(word: str, rng: random.Random) -> str:
    if len(word) < 5:
        return word
    k = rng.randrange(1, len(word) - 1)
    return word[:k] + word[k + 1] + word[k] + word[k + 2 :]


def variants(food: str, rng: random.Random, every: bool) -> list[tuple[str, str, float]]:
    """(kind, text, what the kind states: a count, or grams said outright, or 0)."""
    n = rng.randint(2, 20)
    out = [
        ("count", f"{n} {food}", float(n)),
        ("xN", f"{food} x{min(n, 6)}", float(min(n, 6))),
        ("a-number", f"a {(a := rng.choice((2, 3, 4, 6, 12)))} {food}", float(a)),
        ("can330", f"{food} 330 can", 0.0),
        ("a-bottle600", f"a 600 bottle {food}", 0.0),
        ("tin400", f"400 tin {food}", 0.0),
        ("half", f"half {food}", 0.0),
        ("quarter", f"a quarter {food}", 0.0),
        ("most", f"most of {food}", 0.0),
        ("large", f"large {food}", 0.0),
        ("big", f"a big {food}", 0.0),
        ("g", f"{(g := rng.choice((30, 80, 150, 250, 400)))}g {food}", float(g)),
        ("kg", f"{food} 1.2kg", 1200.0),
        ("oz", f"{(o := rng.choice((2, 4, 8, 12, 16)))} oz {food}", o * 28.35),
        ("lb", f"half a lb {food}", 226.8),
        ("ml", f"{(m := rng.choice((150, 250, 330, 500)))}ml {food}", float(m)),
        ("l", f"1.5l {food}", 1500.0),
        ("cups", f"{rng.choice((1, 2, 3))} cups {food}", 0.0),
        ("brand", f"{rng.choice(_BRANDS)} {food}", 0.0),
        ("from-chain", f"{food} from {rng.choice(_CHAINS)}", 0.0),
        ("typo", " ".join(typo(w, rng) for w in food.split()), 0.0),
        ("like-N", f"{food}, like {n}", float(n)),
    ]
    if not set(food.split()) & _DRINK_WORDS:  # "a 600 bottle" is a drink's
        out = [v for v in out if v[0] not in ("can330", "a-bottle600", "ml", "l")]
    return out if every else rng.sample(out, min(7, len(out)))


def drinkish(text: str, table, rows: list[int]) -> bool:
    words = set(re.findall(r"[a-z]+", text))
    return bool(words & _DRINK_WORDS) or any(
        table.group(i) == "Beverages" or "milk" in table.name(i).lower() for i in rows
    )


def outright(kind: str, stated: float) -> bool:
    return kind in ("g", "kg", "oz", "lb", "ml", "l")


def judge(kind: str, text: str, stated: float, base) -> list[str]:
    """Why this reading is absurd (empty when it is not)."""
    table = load()
    why: list[str] = []
    got = items_mod.parse_items(text)
    meal_kcal = 0.0
    for it in got:
        if it.index is None:
            continue
        parts = it.parts or ((it.index, it.grams),)
        kc = kcal_of(table, parts)
        meal_kcal += kc
        limit = DRINK_G if drinkish(it.text, table, [i for i, _g in parts]) else ITEM_G
        if outright(kind, stated):
            continue  # "1.2kg butter": the runner said that weight; read as said
        if kind in ("count", "like-N", "a-number") and stated > 4:
            continue  # "18 bagels" is eighteen bagels; the per-one check below judges it
        if it.grams > limit:
            why.append(f"item {it.grams:.0f} g")
        if kc > ITEM_KCAL:
            why.append(f"item {kc:.0f} kcal")
    if meal_kcal > MEAL_KCAL and len(got) > 1 and not outright(kind, stated) and stated <= 4:
        why.append(f"meal {meal_kcal:.0f} kcal")
    total_g = sum(it.grams for it in got if it.index is not None)
    counted = kind in ("count", "xN", "like-N", "a-number")
    if counted and base and len(got) == 1 and got[0].index == base[0]:
        ratio = total_g / base[1] if base[1] else 0.0
        if ratio > stated * 2.5 or (ratio < stated / 2.5 and total_g < stated * 0.3):
            why.append(f"x{stated:g} read x{ratio:.2f}")
    if outright(kind, stated) and total_g and (total_g < stated / 10 or total_g > stated * 10):
        why.append(f"said {stated:.0f} g read {total_g:.0f} g")
    if why:
        parts = [p for it in got if it.index is not None for p in it.parts]
        why.append("→ " + "; ".join(f"{table.name(i)[:32]} {g:.0f}g" for i, g in parts))
    return why


def main(argv: list[str]) -> int:
    every = "--all" in argv
    limit = int(argv[argv.index("--limit") + 1]) if "--limit" in argv else 0
    foods.load()
    rng = random.Random(22)
    found = pieces()
    if limit:
        found = found[:limit]
    hits: dict[str, list[str]] = defaultdict(list)
    tried: Counter[str] = Counter()
    flagged = 0
    for food in found:
        one = items_mod.parse_items(food)
        base = (one[0].index, one[0].grams) if len(one) == 1 and one[0].index is not None else None
        for kind, text, stated in variants(food, rng, every):
            tried[kind] += 1
            why = judge(kind, text, stated, base)
            if why:
                asked = bool(foods.parse_meal(text).unsure)  # the check-in says "check this"
                flagged += asked
                mark = "?" if asked else "!"
                hits[kind].append(f"{mark} {text!r}: {' | '.join(why)}")
    total = sum(len(v) for v in hits.values())
    for kind in sorted(hits, key=lambda k: -len(hits[k])):
        print(f"== {kind}: {len(hits[kind])} of {tried[kind]}")
        for line in hits[kind]:
            print("  " + line)
    print(
        f"phrases {len(found)}, variants {sum(tried.values())}, absurd readings {total}, "
        f"of them shown unsure (?) {flagged}, trusted silently (!) {total - flagged}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
