"""Cooking-word sweep: how a food was cooked or prepared, said before and after each food of a
grid of foods of different kinds, and whether the parser reads it right.

Why: runners say how a food was done ("air fried chicken breast", "salmon, pan fried",
"roasted potatoes", "toast" or "toasted bread"). The words are a closed class, listed here from
general knowledge (US/UK/AU/IN usage), not from any phrase table. Two things must hold:

1. where SR24 has the preparation as its own row (fried vs boiled egg, roasted vs boiled potato,
   canned vs raw salmon, toasted bread), the word picks that row (``_ROWS``);
2. otherwise the word describes the food: no word is left unread, the food stays in its own
   family (never an unrelated food or another dish), and no extra food appears but frying oil.

A cell is flagged "unread" (words left over or nothing matched), "family" (the food read is
not the food said), "extra" (another food joined it), "row" (SR24's own row for the
preparation was not picked) or "oil" (pan, shallow or stir fried with no fried row and no oil).

    python scripts/cooking_sweep.py [--bad]
"""

from __future__ import annotations

import re
import sys

from journal.foods import items as _items
from journal.foods.table import load

# the closed class: how a food was cooked, kept, bought or coated
WORDS = [
    "air fried",
    "deep fried",
    "pan fried",
    "stir fried",
    "shallow fried",
    "fried",
    "oven baked",
    "baked",
    "roasted",
    "roast",
    "chargrilled",
    "grilled",
    "barbecued",
    "bbq'd",
    "bbq",
    "smoked",
    "poached",
    "steamed",
    "boiled",
    "hard boiled",
    "soft boiled",
    "scrambled",
    "sauteed",
    "braised",
    "slow cooked",
    "pressure cooked",
    "instant pot",
    "microwaved",
    "toasted",
    "reheated",
    "leftover",
    "raw",
    "rare",
    "medium rare",
    "well done",
    "blackened",
    "breaded",
    "battered",
    "crumbed",
    "glazed",
    "marinated",
    "pickled",
    "fermented",
    "dried",
    "canned",
    "tinned",
    "frozen",
    "fresh",
    "homemade",
    "shop bought",
    "store bought",
    "from frozen",
    "sous vide",
    "en papillote",
    "confit",
    "tandoori",
    "charred",
    "seared",
    "pan seared",
    "broiled",
    "griddled",
    "stewed",
    "cooked",
    "uncooked",
    "mashed",
    "fried up",
]

# food said -> its family (a pattern on the SR24 name of the main row)
FOODS: dict[str, str] = {
    "egg": r"^Egg, whole",
    "chicken breast": r"^Chicken, broilers or fryers, breast",
    "salmon": r"(?i)salmon",
    "potato": r"^Potato",
    "broccoli": r"^Broccoli",
    "carrots": r"^Carrots",
    "rice": r"^Rice",
    "tofu": r"^Tofu",
    "bread": r"^Bread",
}
# (word, food) -> the SR24 row the preparation names (a pattern on its name)
_FRIED_CHICKEN = r"breast, meat (?:only|and skin), cooked, fried"
_ROWS: dict[tuple[str, str], str] = {
    **{(w, "egg"): r"cooked, fried" for w in ("fried", "pan fried", "shallow fried", "fried up")},
    **{(w, "egg"): r"hard-boiled" for w in ("boiled", "hard boiled", "soft boiled")},
    ("poached", "egg"): r"poached",
    ("scrambled", "egg"): r"scrambled",
    ("raw", "egg"): r"raw",
    ("pickled", "egg"): r"pickled|hard-boiled",
    **{(w, "chicken breast"): _FRIED_CHICKEN for w in ("fried", "pan fried", "shallow fried")},
    ("deep fried", "chicken breast"): _FRIED_CHICKEN,
    **{(w, "chicken breast"): r"batter|flour" for w in ("breaded", "battered")},
    ("crumbed", "chicken breast"): r"batter|flour",
    ("raw", "chicken breast"): r"raw",
    **{(w, "chicken breast"): r"stewed" for w in ("poached", "stewed", "boiled")},
    **{(w, "salmon"): r"canned" for w in ("canned", "tinned")},
    ("smoked", "salmon"): r"smoked",
    ("raw", "salmon"): r"raw",
    **{(w, "potato"): r"boiled" for w in ("boiled",)},
    **{(w, "potato"): r"baked" for w in ("baked", "oven baked", "roasted", "roast")},
    ("microwaved", "potato"): r"microwaved",
    ("mashed", "potato"): r"mashed",
    **{(w, "potato"): r"canned" for w in ("canned", "tinned")},
    ("raw", "potato"): r"raw",
    **{(w, "broccoli"): r"boiled|cooked" for w in ("boiled", "steamed", "cooked")},
    ("raw", "broccoli"): r"raw",
    **{(w, "carrots"): r"boiled|cooked" for w in ("boiled", "steamed", "cooked")},
    ("raw", "carrots"): r"raw",
    **{(w, "carrots"): r"canned" for w in ("canned", "tinned")},
    **{(w, "rice"): r"cooked" for w in ("boiled", "steamed", "cooked")},
    **{(w, "rice"): r"raw|dry" for w in ("raw", "uncooked")},
    ("deep fried", "tofu"): r"fried",  # SR24's fried tofu is the deep-fried puff
    ("fermented", "tofu"): r"fermented",
    ("dried", "tofu"): r"dried",
    ("toasted", "bread"): r"toasted",
}
# frying words that add the pan's oil where SR24 has no fried row
_PAN_FRIED = frozenset(("pan fried", "stir fried", "shallow fried", "fried", "fried up"))
_OILY = ("Fats and Oils",)
# "fried rice", "pan fried rice": the takeaway dish ("stir fried rice" too)
_DISH_FRIED = frozenset(("fried", "deep fried", "pan fried", "shallow fried", "air fried"))
_DISH_FRIED |= {"stir fried"}


def _cell(table, word: str, food: str, phrase: str) -> str:
    """'' when read right, else what is wrong."""
    read = _items.parse_items(phrase)
    found = [p for p in read if p.index is not None and p.grams > 0]
    if len(found) != 1 or any(p.unknown for p in read) or len(read) != 1:
        left = [w for p in read for w in p.unknown] or [p.text for p in read if p.index is None]
        if left == ["dried"] and word == "dried":
            return ""  # dried fruit is another food: with no dried row, "dried" is reported
        return f"unread {left or len(found)}"
    item = found[0]
    main = item.main if item.main is not None else item.index
    parts = item.parts or ((item.index, item.grams),)
    names = [table.name(i) for i, _g in parts]
    name = table.name(main)
    if food == "rice" and word in _DISH_FRIED and phrase.endswith("fried rice"):
        return "" if "fried rice" in name.lower() else f"row {name}"  # the dish
    if not re.search(FOODS[food], name):
        if not any(re.search(FOODS[food], n) for n in names):
            return f"family {name}"
        name = next(n for n in names if re.search(FOODS[food], n))
    others = [
        n
        for (i, _g), n in zip(parts, names, strict=True)
        if not re.search(FOODS[food], n) and table.group(i) not in _OILY
    ]
    if others:
        return f"extra {others}"
    want = _ROWS.get((word, food))
    if want and not re.search(want, name):
        return f"row {name}"
    fried = word in _PAN_FRIED and not want and "fried" not in name.lower()
    if fried and not any(table.group(i) in _OILY for i, _g in parts):
        return f"oil {name}"
    return ""


def grid() -> list[tuple[str, str, str, str]]:
    """Every (word, food, phrase, miss) of the grid."""
    table = load()
    out = []
    for word in WORDS:
        for food in FOODS:
            for phrase in (f"{word} {food}", f"{food}, {word}"):
                out.append((word, food, phrase, _cell(table, word, food, phrase)))
    return out


def main(argv: list[str]) -> int:
    bad_only = "--bad" in argv
    rows = grid()
    misses = [r for r in rows if r[3]]
    for _word, _food, phrase, miss in rows:
        if miss or not bad_only:
            print(f"{phrase:<34} {miss or 'ok'}")
    kinds: dict[str, int] = {}
    for r in misses:
        kinds[r[3].split()[0]] = kinds.get(r[3].split()[0], 0) + 1
    print(f"\n{len(misses)} misses of {len(rows)} cells: {kinds}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
