# ruff: noqa: E501
"""How the parser's bare helpings compare with the judges', by kind of dish.

For every row of the phrase tables (tests/foods_*.py), each item the runner named with no
amount (no digit, no amount read) is matched to the expected kinds its parts land on; the
judge's grams over the parser's grams is that kind's ratio (>1: the parser reads it small).
Ratios are grouped by the class of the item (pasta dishes, salads, soups, sandwiches, fried
sides, pizza, cheeses, breads under a topping, drinks ...) and, apart, by whether the meal
names where it was eaten (a venue: restaurant, pub, fair, takeaway, chip shop, a chain).

Run ``python scripts/helping_bias.py [TABLE ...] [--rows CLASS] [--min N]``; the tables
default to every held table, dev5, dev6 and tuned. A class read consistently small or large
across several tables is one whose default helping wants changing; one row is not a class.
"""

from __future__ import annotations

import re
import statistics
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from foods_kinds import KINDS  # noqa: E402
from foods_score import TABLES, rows_of  # noqa: E402

from journal.foods import items as _items  # noqa: E402
from journal.foods.table import load  # noqa: E402

VENUE = re.compile(
    r"\b(?:restaurant|resto|pub|bar|diner|fair|carnival|stadium|ballpark|takeaway|take\s*away"
    r"|takeout|take\s*out|chip\s*shop|chippy|chipper|food\s*truck|food\s*court|canteen"
    r"|cafeteria|cafe|bistro|trattoria|pizzeria|steakhouse|costco|ikea|olive\s+garden"
    r"|applebees?|chilis|cheesecake\s+factory|nandos|wagamama|mcdonalds|maccas|kfc|subway"
    r"|wendys|burger\s+king|taco\s+bell|chipotle|five\s+guys|pizza\s+hut|dominos|zizzi"
    r"|pizza\s+express|frankie|harvester|wetherspoons?|spoons|toby|red\s+lobster"
    r"|outback|tgi|buffalo\s+wild|ihop|dennys|waffle\s+house|cracker\s+barrel|eaten\s+out"
    r"|out\s+for|dinner\s+out|lunch\s+out|at\s+the\s+\w+|from\s+the\s+\w+)\b",
    re.I,
)

# Class of an item by the words said: first match wins (order matters: "pizza" before
# "bread", "pasta salad" is a salad).
CLASSES: tuple[tuple[str, str], ...] = (
    ("salad", r"salad|slaw"),
    (
        "soup/stew/curry",
        r"soup|stew|chowder|chili|chilli|curry|dahl|dal|daal|dhal|broth|pho|ramen|laksa|goulash|casserole|tagine|bisque|gumbo",
    ),
    ("pizza", r"pizza|calzone"),
    (
        "pasta dish",
        r"pasta|spag|spaghetti|penne|fettuc+ine|linguine|lasagn|mac\b|macaroni|ravioli|tortellini|gnocchi|carbonara|bolognese|alfredo|rigatoni|noodle|lo\s*mein|pad\s*thai|chow\s*mein",
    ),
    (
        "burger/sandwich/wrap",
        r"burger|sandwich|sarnie|sub\b|hoagie|wrap|burrito|panini|toastie|roll\b|bap|butty|buttie|blt|reuben|melt|gyro|kebab|pita|taco|quesadilla|hot\s*dog|corn\s*dog|bagel|croissant",
    ),
    (
        "fried side",
        r"fries|chips|wedges|nachos|tots|hash\s*brown|onion\s*rings|loaded|poutine|mozz",
    ),
    ("rice dish", r"rice|risotto|paella|biryani|pilaf|pilau|fried\s*rice|jambalaya|bibimbap|poke"),
    (
        "x on toast/bread",
        r"\bon\s+(?:toast|bread|sourdough|crumpet|bagel|rye)|toast|bread|\bw\b.*bread",
    ),
    (
        "meat/fish main",
        r"steak|chicken|chook|pork|lamb|beef|salmon|fish|mackerel|cod|tuna|shrimp|prawn|sausage|snag|ham|turkey|wings|ribs|schnitzel|tenders|nuggets",
    ),
    ("cheese", r"cheese|camembert|brie|feta|halloumi|cheddar|mozzarella|parm"),
    (
        "potato/veg",
        r"potato|spud|kumara|sweet\s*potato|veg|broccoli|carrot|beans|peas|corn|mushroom|avocado|avo",
    ),
    (
        "drink",
        r"coffee|latte|flat\s*white|cappuccino|tea|chai|juice|smoothie|shake|soda|coke|pepsi|beer|pint|wine|lager|cider|milk|kombucha|booch|water|lemonade|drink|gatorade|powerade|cola",
    ),
    (
        "dessert/bake",
        r"cake|cookie|brownie|muffin|scone|pie|tart|pudding|ice\s*cream|donut|doughnut|pastry|crumble|cheesecake|slice",
    ),
    ("breakfast", r"egg|oat|porridge|granola|cereal|yog|pancake|waffle|muesli|weetabix"),
    ("fruit", r"apple|banana|orange|berr|grape|melon|mango|pear|kiwi|fruit|peach|plum"),
)
_CLASS_RE = tuple((name, re.compile(rf"\b(?:{rx})", re.I)) for name, rx in CLASSES)
DIGIT = re.compile(r"\d")
# A size or container said with the item: an amount the runner chose, not the bare helping.
SIZED = re.compile(
    r"\b(?:big|large|small|little|medium|huge|massive|giant|mini|double|triple|half|quarter"
    r"|bowl|plate|plateful|cup|mug|glass|pint|can|bottle|slice|piece|handful|serving|portion"
    r"|helping|pack|packet|bag|tub|box|tin|jar|few|couple|some|lots?|heaps?|two|three|four"
    r"|five|six|several|dozen|stack|scoop|spoon|tbsp|tsp|oz|ml|g|kg|lb)s?\b",
    re.I,
)


def classify(text: str) -> str:
    """The class of an item's words (the first class whose words it holds)."""
    for name, rx in _CLASS_RE:
        if rx.search(text):
            return name
    return "other"


def kind_of(food_id: str, wanted: dict[str, float]) -> str | None:
    """The expected kind a food lands on, if any."""
    for kind in wanted:
        if food_id.startswith(KINDS[kind]):
            return kind
    return None


def collect(tables: list[str]) -> list[tuple[str, str, str, str, float, float, bool, str]]:
    """(table, class, phrase, kind, parser g, judge g, venue, item text) per bare item's kind."""
    table = load()
    out = []
    for name in tables:
        for phrase, wanted, _kcal in rows_of(name):
            parsed = _items.parse_items(phrase)
            venue = bool(VENUE.search(phrase))
            # a kind counted in more than one item is not one item's helping
            seen: dict[str, list[int]] = defaultdict(list)
            for n, item in enumerate(parsed):
                for row, _g in item.parts or ():
                    kind = kind_of(table.rows[row][0], wanted)
                    if kind and n not in seen[kind]:
                        seen[kind].append(n)
            for n, item in enumerate(parsed):
                if item.index is None or item.amount_given or DIGIT.search(item.text):
                    continue
                if SIZED.search(item.text):
                    continue
                got: dict[str, float] = defaultdict(float)
                for row, grams in item.parts or ():
                    kind = kind_of(table.rows[row][0], wanted)
                    if kind and seen[kind] == [n]:
                        got[kind] += grams
                cls = classify(item.text)
                for kind, grams in got.items():
                    if grams > 0:
                        out.append((name, cls, phrase, kind, grams, wanted[kind], venue, item.text))
    return out


def main(argv: list[str]) -> None:
    show = argv[argv.index("--rows") + 1] if "--rows" in argv else None
    least = int(argv[argv.index("--min") + 1]) if "--min" in argv else 3
    tables = [a for a in argv if a in TABLES]
    skip = {argv[i + 1] for i, a in enumerate(argv) if a in ("--rows", "--min")}
    tables = [t for t in tables if t not in skip] or list(TABLES)
    rows = collect(tables)
    by: dict[tuple[str, bool], list[tuple[str, float]]] = defaultdict(list)
    for name, cls, _p, _k, got, want, venue, _t in rows:
        by[(cls, venue)].append((name, want / got))
    print(
        f"{'class':24} {'venue':5} {'rows':>4} {'tables':>6} {'median':>7} {'<0.7':>5} {'>1.3':>5}"
    )
    for (cls, venue), ratios in sorted(by.items()):
        if len(ratios) < least:
            continue
        r = [x for _n, x in ratios]
        print(
            f"{cls:24} {'out' if venue else '':5} {len(r):4} {len({n for n, _x in ratios}):6}"
            f" {statistics.median(r):7.2f} {sum(x < 0.7 for x in r):5} {sum(x > 1.3 for x in r):5}"
        )
    if show:
        for name, cls, phrase, kind, got, want, venue, text in sorted(
            rows, key=lambda r: r[5] / r[4]
        ):
            if cls == show:
                flag = "out" if venue else ""
                print(
                    f"  {want / got:5.2f} {name:7} {kind:14} {got:6.0f}/{want:<6g} {flag:3} {phrase!r} [{text}]"
                )


if __name__ == "__main__":
    main(sys.argv[1:])
