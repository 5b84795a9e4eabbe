"""A breakfast cereal or porridge and the milk or water it was made with, as people say it.

"two weetabix crushed into warm milk", "quick oats sachet made with water", "porridge oats
60g made with half milk half water", "maple and pecan granola, 45g, oat milk", "milo with
cold milk, 3 heaped tsp". The words (:data:`CEREAL_WORDS`, run first among the shop words):

- a verb that puts a cereal in its liquid ("made with", "cooked in", "soaked in", "crushed
  into", "stirred into") links them as "with": the water is kept for a cereal (it is how much
  porridge was made), and "half milk half water" is both;
- a flavour said before a granola, muesli or cereal ("maple and pecan", "fruit and nut",
  "honey", "chocolate") names the product, not extra foods, unless the table knows the name;
- "porridge sachet, golden syrup flavour" is the flavoured sachet; "kids bowl" a small one;
- a spoon count said after a drink powder and its milk ("milo with cold milk, 3 heaped tsp")
  is the powder's, not the milk's; a glass said after it ("milo, big glass") is its size;
- a weight said after a cereal's milk ("shreddies + milk, 45g") is the cereal's;
- steel-cut oats by the cup are 160 g a cup (a quarter cup dry 40 g on the labels);
- "granola sprinkle", "golden syrup drizzle": a sprinkle or drizzle of it.

The amounts (:func:`cereal_liquids`, after the meal's items are read): a liquid said with no
amount right after a cereal is that cereal's, at its usual ratio:

- oats or porridge (dry): 5 ml a gram of oats, at least 180 ml (pack directions: 40 g of oats
  to 200-250 ml; an instant sachet to 180 ml), split evenly over milk and water when both;
- a cold cereal: half a cup (120 ml) of milk a cup of cereal by SR24's cup (the "with 1/2 cup
  milk" column of a US cereal label), at least the 150 ml bowl pour, at most 360 ml; "a bowl"
  with no cups or weight is the pour. An unsized "oats with milk" keeps the with-rules' pour.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from journal.foods.flavourwords import FLAVOURS
from journal.foods.match import MILKS  # water among them
from journal.foods.sizing import food_id, free, set_grams
from journal.foods.table import Table, load
from journal.foods.text import stem

if TYPE_CHECKING:
    from journal.foods.items import ParsedItem

_CEREALS = (
    r"porridge|porrige|oats?\s+so\s+simple|oats|oatmeal|sachets?|weetabix|weet[- ]?bix|muesli"
    r"|granola|cereal|flakes|bran|cheerios|shreddies|krispies|cornflakes|grits|ready\s+brek|cream\s+of\s+wheat"
)
_LIQUID = (
    r"(?:(?:hot|warm|cold|boiling|whole|full[- ]fat|semi[- ]skimmed|skimmed|skim|oat|soy|almond"
    r"|light|trim|\d(?:\.\d)?\s*%)\s+)*(?:milk|water)"
)
# "made with water", "crushed into warm milk", "cooked w/ half milk half water"
_MADE_WITH = re.compile(
    rf"\b((?:{_CEREALS})\b(?:,?\s+[a-z0-9/.]+){{0,4}}?)\s*,?\s+"
    r"(?:made|cooked|boiled|soaked|mixed|microwaved|crushed|stirred|mashed|done)"
    r"(?:\s+up)?\s+(?:in|into|with|w/?|on)\s+"
    rf"(?:((?:(?:hot|warm|cold)\s+)?half\s+(?:milk|water)\s*(?:,|and|&|\+)?\s*half\s+(?:milk|water))|({_LIQUID}))\b",
    re.I,
)


def _made_with(m: re.Match[str]) -> str:
    return f"{m[1]} with {'water and milk' if m[2] else m[3]}"


_WORD = rf"(?:{FLAVOURS}|nut|nutty|spiced|fruity|golden\s+syrup|syrup)"
# "maple and pecan granola", "fruit and nut muesli", "chocolate cereal": the product
_FLAVOURED = re.compile(
    rf"\b((?:{_WORD})(?:\s*(?:,|&|and|n|\+)?\s+(?:{_WORD})){{0,3}})\s+"
    r"(granola|muesli|clusters|cereal)\b",
    re.I,
)


def _known(words: str) -> bool:
    return " ".join(stem(w) for w in words.lower().split()) in load().aliases


def _flavoured(m: re.Match[str]) -> str:
    """The cereal alone, unless the table names it with its flavour ("crunchy nut")."""
    return m[0] if _known(m[0]) else m[2]


_EACH_POUR = re.compile(
    rf"\b((?:{_CEREALS})\b[^,;\n]*?\b(?:with|w/?)\s+{_LIQUID})\s*\(\s*\d+\s*ml\s+each\s*\)", re.I
)
_POWDERS = r"milo|ovaltine|horlicks|nesquik"
_POWDER_GLASS = re.compile(
    rf"\b({_POWDERS})\b(?:\s+(?:and|with|w/?|\+|&)\s+({_LIQUID}))?([^,;\n]*?)\s*,\s*(an?\s+)?"
    r"((?:big|large|small|tall)\s+)?(glass|mug|cup)\b(?=\s*(?:$|[,;\n]))",
    re.I,
)


def _powder_glass(m: re.Match[str]) -> str:
    milk = f" with {m[2]}" if m[2] else ""
    return f"a {m[5] or ''}{m[6]} of {m[1]}{milk}{m[3]}"


_WEIGHED_AFTER_MILK = re.compile(
    rf"\b((?:{_CEREALS})\b[^,;\n]{{0,30}}?(?:\+|\band\b|&|\bwith\b|\bw/?)\s*{_LIQUID})\s*,\s*"
    r"(\d+(?:\.\d+)?\s*g)\b(?=\s*(?:$|[,;\n]))",
    re.I,
)
_HALF_AND_HALF = re.compile(
    r"\b(?:with|w/?|in)\s+half\s+(?:milk|water)\s*(?:,|and|&|\+|/)?\s*half\s+(?:milk|water)\b",
    re.I,
)

# Steel-cut (pinhead) oats are denser than rolled: a quarter cup dry is 40 g (McCann's, Bob's
# Red Mill labels), twice SR24's rolled-oat cup (81 g)
STEEL_CUT_CUP_G = 160.0
_CUPS = (
    r"(\d+(?:\.\d+)?|\d+/\d+|a|an|one|half\s+a|half|a\s+half|quarter|a\s+quarter"
    r"|three\s+quarters?)"
)
_STEEL = r"(?:steel[- ]?cut|pinhead|irish)\s+(?:oats|oatmeal)"
_STEEL_CUT_BEFORE = re.compile(
    rf"\b{_CUPS}\s+cups?\s+(?:of\s+)?(?:dry\s+|uncooked\s+)?({_STEEL})(\s*\(?\s*(?:dry|uncooked)\s*\)?)?",
    re.I,
)
_STEEL_CUT_AFTER = re.compile(
    rf"\b({_STEEL})\s*,\s*{_CUPS}\s+cups?(?:\s+(?:dry|uncooked))?(?=\s*(?:$|[,;\n]|made\b))",
    re.I,
)
_WORD_CUPS = {"a": 1.0, "an": 1.0, "one": 1.0, "half": 0.5, "half a": 0.5, "a half": 0.5}
_WORD_CUPS |= {"quarter": 0.25, "a quarter": 0.25, "three quarter": 0.75, "three quarters": 0.75}


def _cups(said: str) -> float:
    said = " ".join(said.lower().split())
    if "/" in said:
        top, bottom = said.split("/")
        return int(top) / max(int(bottom), 1)
    return _WORD_CUPS.get(said) or float(said)


def _steel_cut_before(m: re.Match[str]) -> str:
    return f"{_cups(m[1]) * STEEL_CUT_CUP_G:g} g {m[2]}"


def _steel_cut_after(m: re.Match[str]) -> str:
    return f"{m[1]} {_cups(m[2]) * STEEL_CUT_CUP_G:g} g"


CEREAL_WORDS: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (re.compile(r"\bquater\b", re.I), "quarter"),  # "quater cup dry"
    (_STEEL_CUT_BEFORE, _steel_cut_before),
    (_STEEL_CUT_AFTER, _steel_cut_after),
    (_MADE_WITH, _made_with),
    (_FLAVOURED, _flavoured),
    # "porridge sachet, golden syrup flavour": the flavoured sachet
    (
        re.compile(
            r"\b((?:porridge|oats?|oatmeal)\s+(?:sachets?|pots?|packets?))\s*,\s*"
            r"([a-z]+(?:\s+[a-z]+){0,2}?)\s+flavou?r(?:ed)?\b",
            re.I,
        ),
        r"\2 \1",
    ),
    # "granola sprinkle", "golden syrup drizzle": a topping's little amount said after it
    (
        re.compile(
            r"(?:^|(?<=[,;\n+]))(\s*)([a-z]+(?:\s+[a-z]+)?)\s+(sprinkle|drizzle)(?=\s*(?:$|[,;\n]))",
            re.I,
        ),
        r"\1a \3 of \2",
    ),
    # "kids bowl", "a kid's portion": a small one
    (re.compile(r"\bkid'?s'?\s+(?=(?:bowl|portion|serving|size)\b)", re.I), "small "),
    # "2 oat sachets made w milk (180ml each)": the sachets' milk, sized by them below
    (_EACH_POUR, r"\1"),
    # "milo and milk post long run, big glass": a glass of the drink, at that size
    (_POWDER_GLASS, _powder_glass),
    # "shreddies + milk, 45g": a weight said after a cereal's milk is the cereal's (a milk is
    # poured by the ml)
    (_WEIGHED_AFTER_MILK, r"\2 \1"),
    # "with half milk half water": both
    (_HALF_AND_HALF, "with water and milk"),
    # "milo with cold milk, 3 heaped tsp": the powder's spoons (the drink's own ~ 20 g), said
    # after its milk, not the milk's amount
    (
        re.compile(
            rf"\b((?:{_POWDERS}|malted\s+milk\s+powder)\b[^;\n,]*?\bmilk)"
            r"\s*,\s*(?:\d+|one|two|three|four|five)\s+(?:heaped\s+|level\s+|rounded\s+)?"
            r"(?:tsps?|teaspoons?|tbsps?|tablespoons?|spoons?)(?=\s*(?:$|[,;\n]))",
            re.I,
        ),
        r"\1",
    ),
)

PORRIDGE_ML_A_GRAM = 5.0  # 40 g of oats to 200 ml (pack directions)
PORRIDGE_MIN_G = 180.0  # an instant sachet's line: 180 ml
CEREAL_MILK_A_CUP = 120.0  # the label's "with 1/2 cup milk" to a cup of cereal
CEREAL_MILK_G = 150.0  # a bowl's pour
CEREAL_MILK_MAX_G = 360.0
_SACHET = re.compile(r"\bsachets?\b|\bpackets?\b|\boats?\s+so\s+simple\b", re.I)
_BOWL = re.compile(r"\bbowls?\b", re.I)
_MEASURED = re.compile(r"\d\s*(?:g|oz)\b|\bcups?\b", re.I)
_WATERS = frozenset(("14411", "14429", "14555"))
_JOINS = frozenset(("", "with", "w/", "and", "&"))


def _liquid(table: Table, i: int) -> bool:
    return food_id(table, i) in MILKS or food_id(table, i) in _WATERS


def _cereal_liquid_g(table: Table, cereal: int, grams: float, bowl: bool) -> float | None:
    """The liquid, all told, for ``grams`` of the cereal row ``cereal`` (a bowl of a cold
    cereal said with no cups or weight: the bowl's pour); None if not a cereal."""
    if table.group(cereal) != "Breakfast Cereals":
        return None
    name = table.name(cereal).lower()
    if name.startswith("cereals, oats") and "cooked" not in name:
        return max(PORRIDGE_MIN_G, PORRIDGE_ML_A_GRAM * grams)
    if "cooked" in name or name.startswith(("cereals, corn grits", "cereals, cream of")):
        return None
    cup = table.portion_grams(cereal, "cup")
    if not cup or bowl:
        return CEREAL_MILK_G
    return min(CEREAL_MILK_MAX_G, max(CEREAL_MILK_G, CEREAL_MILK_A_CUP * grams / cup))


def _cereal_liquid(table: Table, item: ParsedItem) -> float | None:
    """The liquid for the cereal item as said: a sachet's 180 ml each, a bowl's pour."""
    bowl = bool(_BOWL.search(item.text)) and not _MEASURED.search(item.text)
    total = _cereal_liquid_g(table, item.parts[0][0], item.grams, bowl)
    if total is not None and _SACHET.search(item.text):
        return max(total, PORRIDGE_MIN_G * item.count)
    return total


def cereal_liquids(table: Table, items: list[ParsedItem], seps: list[str]) -> None:
    """Size the milk or water said with no amount right after a single cereal (above)."""
    for k, item in enumerate(items):
        if item.index is None or len(item.parts) != 1 or k + 1 >= len(items):
            continue
        liquids = []
        for j in range(k + 1, len(items)):
            nxt = items[j]
            if seps[j] not in _JOINS or nxt.index is None or not _liquid(table, nxt.index):
                break
            liquids.append(nxt)
        if not liquids or not all(free(x) for x in liquids):
            continue
        one_milk = len(liquids) == 1 and food_id(table, liquids[0].index) not in _WATERS
        if one_milk and not item.amount_given:
            continue  # "oats with milk": the bowl's pour the with-rules gave it stands
        total = _cereal_liquid(table, item)
        if total is None:
            continue
        for x in liquids:
            set_grams(x, total / len(liquids))
