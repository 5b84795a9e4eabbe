"""A shop pack said after its food: "baby carrots bag", "m&ms peanut share bag", "coke can",
"330ml coconut water carton", "redbull 250 ml can".

Said before the food ("a bag of baby carrots") the pack is read as the pack it is, sized by
what the shop sells (packsizes.py); said after, it was left unread or read as a food of its own
("carton" a beer). :func:`pack_first` says it before the food ("a big bag of m&ms peanut"); a
size said with the pack is the drink's or food's own, so then the pack word only goes
("250 ml redbull"). A tea bag, a lunch box or a bento box is no pack of food.
"""

from __future__ import annotations

import re

from journal.foods.cuedlines import on_cued_lines
from journal.foods.table import load
from journal.foods.text import key

_PACK = r"bag|box|can|carton|bottle|tin|jar|sleeve|packet|tub"
_UNIT = r"(?:fl\.?\s*oz|oz|ml|cl|l|ltr|litres?|liters?|g|kg)"
_SIZE = rf"\d+(?:\.\d+)?\s*{_UNIT}\b"
# the sharing sizes of a bag of sweets or crisps ("share bag", "sharing size bag")
_BIG = r"share(?:\s+size)?|sharing(?:\s+size)?|family(?:\s+size)?|big|large|giant"
_COUNT = r"\d+|an?|one|two|three|four"
# The words before a pack that name no food in it
_NOT_FOOD = re.compile(
    r"(?:^|\s)(?:tea|lunch|bento|goody|gift|doggy|party|ice|bin|sandwich|freezer|water)$", re.I
)
_OPEN = frozenset(("a", "an", "the", "of", "half", "whole", "my", "in"))
_CLOSE = frozenset(("a", "an", "the", "my", "in", "of", "per", "each", "from", "into", "to"))
_SIZES = frozenset(("big", "small", "large", "little", "mini", "giant", "family", "standard"))
_INSIDE = frozenset(("of", "half", "third", "quarter", "whole"))
_AFTER = re.compile(
    rf"(?:^|(?<=[,;:+\n]))(\s*)(?:({_COUNT})\s+(?!{_UNIT}\b))?(?:({_SIZE})\s+)?"
    rf"([a-z][a-z&' ]{{0,60}}?)\s+"
    rf"(?:({_SIZE})\s+)?(?:({_BIG})\s+)?({_PACK})(s?)"
    r"(?=\s*(?:$|[,;+\n)]|(?:and|w|with|&|after|before|mid|at|on|for)\b))",
    re.I,
)


def _first(m: re.Match[str]) -> str:
    lead, count, size, food, size_after, big, pack, plural = (
        m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8]
    )  # fmt: skip
    if _NOT_FOOD.search(food) and not (size or size_after):
        return m[0]  # "tea bag", "lunch box": the thing, not a pack of food
    said = food.lower().split()
    if key(f"{food} {pack}{plural}") in load().aliases or not set(said) - _SIZES:
        return m[0]  # "cola bottles", "a spice bag": a food so named; "beans, big tin"
    inside = _INSIDE.intersection(said)  # "a bowl of soup half tin": a measure said already
    if said[0] in _OPEN or said[-1] in _CLOSE or inside or (plural and not count):
        return m[0]  # "half a bag", "dropped in a 500ml bottle", "coke cans": not this
    measure = size or size_after
    if measure:  # "redbull 250 ml can": the size is the drink's; the pack says no more
        times = f"{count} x " if count and count.lower() not in ("a", "an", "one") else ""
        return f"{lead}{times}{measure} {food}"
    many = count or ("2" if plural else "a")
    packs = f"{pack}{'s' if plural or many not in ('a', 'an', 'one', '1') else ''}"
    return f"{lead}{many} {'big ' if big else ''}{packs} of {food}"


def pack_first(text: str) -> str:
    """``text`` with a pack said after its food said before it."""
    cues = ("bag", "box", "can", "carton", "bottle", "tin", "jar", "sleeve", "packet", "tub")
    return on_cued_lines(text, cues, lambda line: _AFTER.sub(_first, line))
