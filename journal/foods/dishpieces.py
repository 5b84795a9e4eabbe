"""Counted pieces of a dish, and the words around a count that belong to the dish.

A dish eaten in pieces was read as whole helpings whenever the count was said in a way the
reader did not expect:

- "sev puri 6 pcs", "dahi puri x6": a chaat plate is six puri, so six pieces are one plate,
  not six plates (1,744 kcal); :func:`pieces_in_helping` says how many pieces a plated
  dish's helping holds, and :mod:`journal.foods.dishcount` counts pieces by it;
- "two quarter pb&j sandwiches", "3 sandwich triangles": quarters, halves and triangles
  (a triangle is half a sandwich, cut corner to corner) are said as that many shares of one
  sandwich, which the reader sizes;
- "onigiri x2, salmon and tuna", "steamed dumplings (2, pork)": the fillings named after a
  counted filled piece are one piece of each, not a helping of fish beside the pieces;
- "yoghurt with honey and oats, 200g tub": a weight said with the container is the
  contained food's (the first one), not the last-named topping's;
- "toad-in-the-hole (2 bangers)", "fish finger butty, 2 fingers": a counted part of the dish
  in brackets, or said short, is that part's count, the rest of the dish kept;
- "pierogi with sour cream, 6": a bare count after a food and its sauce counts the food;
- "a ham sandwich, a cheese sandwich": a second dish of the same kind is eaten too
  (:func:`another_of`), never the first one's parts said again;
- ", 7-11": a convenience store named bare after a comma is where, never a count (7 to 11).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from journal.foods.cuedlines import on_cued_lines
from journal.foods.smallcounts import small_counts_said
from journal.foods.text import stem

if TYPE_CHECKING:  # items reads dishcount, which reads this
    from journal.foods.items import ParsedItem

# Pieces in one helping of a dish whose recipe is the plate: a chaat plate is six puri, an
# idli sambar three idlis, a boat of takoyaki six balls (ICMR/NIN plates; the recipes in
# aliases.txt say the same); an onigiri is its own piece, never a sushi piece of its rice.
_PLATE_PIECES = {
    "sev puri": 6.0, "sev poori": 6.0, "sev batata puri": 6.0, "dahi puri": 6.0,
    "dahi batata puri": 6.0, "idli sambar": 3.0, "sambar idli": 3.0, "takoyaki": 6.0,
    "onigiri": 1.0, "rice ball": 1.0, "omusubi": 1.0, "tamagoyaki": 3.3, "tamago": 3.3,
    "dashimaki tamago": 3.3, "rolled omelette": 3.3,
}  # fmt: skip
PLATE_PIECES = {" ".join(stem(w) for w in k.split()): v for k, v in _PLATE_PIECES.items()}


def pieces_in_helping(words: list[str]) -> float | None:
    """How many pieces one helping of the dish named by ``words`` holds (None: not plated)."""
    return PLATE_PIECES.get(" ".join(stem(w.lower()) for w in words)) if words else None


_COUNT = r"\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten"
_NUMBER = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_NUMBER |= {"seven": 7, "eight": 8, "nine": 9, "ten": 10}
# a share of one sandwich said as a cut: a triangle is a half (cut corner to corner)
_CUT = {"quarter": "quarter", "quarters": "quarter", "half": "half", "halves": "half"}
_CUT |= {"triangle": "half", "triangles": "half", "third": "third", "thirds": "third"}
_CUTS = r"quarters?|halves|half|triangles?|thirds?"
# "a half fat cheddar sandwich", "a quarter pounder": a kind, never a cut of the sandwich
_FILLING = (
    r"(?![\s-]*(?:fat|sugar|skim|skimmed|caf|decaf|pounder|price|baked|and|with|w|or)\b)"
    r"(?:(?!(?:and|with|w|or)\b)[a-z][a-z&'-]*\s+){0,3}"
)
_SANDWICH = r"(?:sandwich(?:es)?|sarnies?|sarny|sandos?|butties|butty|toasties?)"
# "two quarter pb&j sandwiches", "2 half cheese sandwiches"
_CUT_BEFORE = re.compile(
    rf"\b({_COUNT})\s+({_CUTS})\s+(?:of\s+(?:an?\s+)?)?({_FILLING})({_SANDWICH})\b", re.I
)
# "pb&j sandwich quarters x2", "3 ham sandwich triangles", "2 sandwich quarters"
_CUT_AFTER = re.compile(
    rf"\b(?:({_COUNT})\s+)?({_FILLING})({_SANDWICH})\s+({_CUTS})\b(?:\s*x\s*(\d{{1,2}}))?", re.I
)


_ONE_BREAD = {"sandwiches": "sandwich", "sarnies": "sarnie", "sandos": "sando"}
_ONE_BREAD |= {"toasties": "toastie", "butties": "butty"}


def _share(count: str, cut: str, filling: str, bread: str) -> str:
    number = _NUMBER.get(count.lower()) or int(count)
    kind = _CUT[cut.lower()]
    kinds = "halves" if kind == "half" else f"{kind}s"
    bread = _ONE_BREAD.get(bread.lower(), bread)
    return f"{number:g} {kinds if number != 1 else kind} of a {filling}{bread}"


def _cut_before(m: re.Match[str]) -> str:
    return _share(m[1], m[2], m[3], m[4])


def _cut_after(m: re.Match[str]) -> str:
    times = int(m[5]) if m[5] else 1
    if m[1]:  # "2 ham sandwich quarters x2": four
        number = (_NUMBER.get(m[1].lower()) or int(m[1])) * times
    else:  # "sandwich quarters x3": three; "sandwich quarters" said bare: two
        number = times if m[5] else (2 if m[4].lower().endswith("s") else 1)
    return _share(str(number), m[4], m[2], m[3])


# Filled pieces whose helping names one filling: a list of fillings after a count of them is
# a piece of each ("onigiri x2, salmon and tuna": one salmon, one tuna).
_FILLED = r"onigiri|rice\s+balls?|(?:steamed\s+|fried\s+)?dumplings?|gyoza|bao(?:\s+buns?)?|momos?"
_FILLS = (
    r"salmon|tuna(?:\s+mayo)?|chicken|pork|prawn|shrimp|beef|veg(?:etable)?|tofu|mushroom"
    r"|plum|umeboshi|kimchi|cheese|lamb|duck"
)
_FILLED_LIST = re.compile(
    rf"\b({_FILLED})\s*(?:x\s*(\d)|\(\s*(\d|two|three|four|five|six)\s*,\s*)\s*,?\s*"
    rf"((?:{_FILLS})(?:\s*(?:,|and|&|\+)\s*(?:{_FILLS}))*)\s*\)?(?=\s*(?:$|[,;+\n]))",
    re.I,
)


def _filled(m: re.Match[str]) -> str:
    dish = m[1]
    said = (m[2] or m[3]).lower()
    count = _NUMBER.get(said) or int(said)
    fills = [f.strip() for f in re.split(r"\s*(?:,|\band\b|&|\+)\s*", m[4]) if f.strip()]
    if len(fills) > count:
        return m[0]
    single = re.sub(r"(?i)(dumpling|ball|bun|momo)s$", r"\1", dish)
    plural = single if single.lower().endswith(("onigiri", "gyoza", "bao")) else f"{single}s"
    counts = [1] * len(fills)
    counts[0] += count - len(fills)
    return ", ".join(
        f"{n} {fill} {single if n == 1 else plural}" for n, fill in zip(counts, fills, strict=True)
    )


# "yoghurt with honey and oats, 200g tub": the container's weight is the first food's.
_CONTAINER = re.compile(
    r"(?:^|(?<=[,;\n]))(\s*)([a-z][a-z' -]*?)\s+((?:with|w/?|topped\s+with)\s+[^,;\n]+?)\s*,\s*"
    r"(\d+(?:\.\d+)?\s*(?:g|ml|oz))\s+(tub|pot|carton|punnet|tin|can|jar)(?=\s*(?:$|[;\n]))",
    re.I,
)
# "toad-in-the-hole (2 bangers)", "bangers and mash (3 sausages)": one counted food of the dish
# in brackets is that part's count, said after the dish as "toad in the hole, 2 sausages" is
# read; the bracket read as the dish's listed parts dropped the dish (no batter, no mash).
# the counted parts of a plated dish (a pack's or a glass's contents, "(4 biscuits)", "(3
# spoons)", are what it holds, never a part)
_PARTS = (
    r"sausages|bangers|snags|links|eggs|rashers|meatballs|patties|chops|wings|drumsticks|thighs"
    r"|fillets|skewers|tortillas|pancakes|waffles|crumpets|prawns|shrimps?|scallops|dumplings"
    r"|idlis|rotis|chapatis|chapattis|naans|parathas|pooris|puris|dosas|yorkshires|hash\s+browns"
)
_PART_COUNTED = re.compile(
    rf"(?<=[a-z])\s*\(\s*((?:\d{{1,2}}|two|three|four|five|six)\s+(?:{_PARTS}))\s*\)", re.I
)
# "fish finger butty, 2 fingers": the fingers said short are the dish's fish fingers
_FINGERS = re.compile(
    r"\b(fish\s+finger\b[^,;\n(]*?)\s*(?:,\s*|\(\s*)(\d{1,2}|two|three|four|five|six)\s+fingers\b\s*\)?",
    re.I,
)
# "pierogi with sour cream, 6", "pancakes with syrup, 3": a bare count after a food and what
# it is eaten with counts the food (six pierogi), never the sauce (144 g of sour cream)
_COUNT_AFTER_WITH = re.compile(
    r"(?:^|(?<=[,;\n]))(\s*)((?:[a-z][a-z'-]*\s+){0,3}[a-z][a-z'-]*\s+(?:with|w/?)\s+[^,;\n\d]+?)"
    r"\s*,\s*(\d{1,2}|two|three|four|five|six|seven|eight|ten|twelve)(?=\s*(?:$|[;\n]))",
    re.I,
)
_STORE = re.compile(r",\s*(?:from\s+)?(?:7\s*-\s*11|7/11|711|7-?eleven)(?=\s*(?:$|[,;\n]))", re.I)


def dish_pieces_said(text: str) -> str:
    """``text`` with cut sandwiches said as shares of one, fillings after counted filled
    pieces said piece by piece, a container's weight said before the food it holds, and a
    convenience store's number said as the store."""
    text = small_counts_said(text)
    cues = ("onigiri", "ball", "dumpling", "gyoza", "bao", "momo")
    text = on_cued_lines(text, cues, lambda line: _FILLED_LIST.sub(_filled, line))
    text = on_cued_lines(
        text, ("fingers",), lambda line: _FINGERS.sub(r"\1, \2 fish fingers", line)
    )
    text = on_cued_lines(text, ("w",), lambda line: _COUNT_AFTER_WITH.sub(r"\1\3 \2", line))
    text = on_cued_lines(text, ("(",), lambda line: _PART_COUNTED.sub(r", \1", line))
    text = on_cued_lines(text, ("7",), lambda line: _STORE.sub(" from 7-eleven", line))
    cues = ("quarter", "half", "halves", "triangle", "third")
    text = on_cued_lines(text, cues, lambda line: _CUT_AFTER.sub(_cut_after, line))
    text = on_cued_lines(text, cues, lambda line: _CUT_BEFORE.sub(_cut_before, line))
    return on_cued_lines(
        text,
        ("tub", "pot", "carton", "punnet", "tin", "can", "jar"),
        lambda line: _CONTAINER.sub(r"\1\4 \5 of \2 \3", line),
    )


def another_of(dish: ParsedItem, item: ParsedItem) -> bool:
    """Whether ``item`` is a second dish of the kind of ``dish`` ("a ham sandwich, a cheese
    sandwich", "1 salmon onigiri, 1 tuna onigiri"): both of several parts and named by the
    same head word, the second with its own kind: eaten too, never the first's parts again."""
    if len(item.parts) < 2 or len(dish.parts) < 2 or item is dish:
        return False
    # a bare head word ("halloumi wrap, ..., 1 wrap") is the dish's own part said again
    return len(item.phrase) > 1 and item.phrase[-1:] == dish.phrase[-1:]
