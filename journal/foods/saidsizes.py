"""Sizes said in shop words, rewritten by :func:`journal.foods.said.plainly` near its end.

A fun-size bar, a sharing bag, a footlong sub, a 12" pizza: each said size becomes the
weight, count or size word the parser reads. Kept apart from :mod:`journal.foods.said` so
that module stays within its size.
"""

from __future__ import annotations

import re

from journal.foods.stretches import sub

# A fun-size or treat-size sweet is weighed as one: Snickers and Mars fun size 17-18 g, Haribo
# treat-size bags 16 g, Milky Way 14 g, Maltesers funsize 21.5 g (labels); "2 fun size mars".
FUN_SIZE_G = 17.0
_FUN_SIZE = re.compile(
    r"\b(?:(an?|one|\d+)\s+)?(?:fun|treat)[ -]?size(?:d)?\s+"
    r"(?:(?:bag|pack|packet|bar)s?\s+(?:of\s+)?)?(?=[a-z])",
    re.I,
)


def _fun_size(m: re.Match[str]) -> str:
    said = (m[1] or "a").lower()
    count = int(said) if said.isdigit() else 1
    return f"{count * FUN_SIZE_G:g} g "


# Pack sizes said in shop words: a fun-size bar is small, a sharing or family bag big, a
# multipack bag small.
_PACK_SIZES = (
    (re.compile(r"\bsnack[ -]?size(?:d)?\b", re.I), "small"),
    (re.compile(r"\b(?:king|family|party)[ -]?size(?:d)?\b|\bsharing\b|\bshare\b", re.I), "big"),
    # "a bag of walkers from a multipack": the bag is the multipack's own single bag
    (re.compile(r"\s+(?:out\s+)?(?:of|from)\s+(?:a|the)\s+multi-?pack\b", re.I), ""),
    (re.compile(r"\bmultipack\b", re.I), "small"),
    (re.compile(r"\b(?:family|party|sharing)\s+(?=(?:bag|pack|packet|size)\b)", re.I), "big "),
    (re.compile(r"\bgrab bag\b", re.I), "bag"),
)

# Sandwich-shop lengths: a six-inch sub is the sub; a footlong is two of them.
_SIX_INCH = re.compile(r"\b(?:6|six)[- ]?(?:inch(?:es)?|in\b|\")\s*(?=[a-z])", re.I)
_FOOTLONG = re.compile(
    r"(?:\b(?:an?|one)\s+|^|(?<=[,;\n]\s))(?:(?:12|twelve)[- ]?(?:inch(?:es)?|in\b|\")\s*"
    r"(?=(?:[a-z]+\s+){0,3}(?:sub|subway|sandwich|baguette)s?\b)|foot[- ]?long\s+(?=[a-z]))",
    re.I,
)
# A sub's length said after the sub ("subway meatball marinara footlong", "blt 6 inch"): said
# before it, where the lengths above are read (at the end of an item, not "6 inch pizza").
_LENGTH_AFTER = re.compile(
    r"(?P<lead>^|[,;+(]\s*|\b(?:and|&)\s+)(?P<sub>[a-z][a-z'& ]{0,40}?)\s+"
    r"(?P<len>foot[- ]?long|(?:12|twelve|6|six)[- ]?(?:inch(?:es)?|in\b|\"))"
    r"(?=\s*(?:$|[,;+)]|\b(?:and|with|w|on|no|sub)\b))",
    re.I,
)
# Not a sub said before its length: a round food's width, or a measure ("a serving of").
_PIZZAS = re.compile(
    r"\b(?:pizzas?|margheritas?|pies?|tortillas?|wraps?|pancakes?|crepes?|of|serving|portion"
    r"|piece|slice)\b|^(?:an?|the|one|my)$",
    re.I,
)


def _length_first(m: re.Match[str]) -> str:
    if _PIZZAS.search(m["sub"].strip()):
        return m[0]
    return f"{m['lead']}{m['len']} {m['sub']}"


# A pizza by its width: up to 10" a small, 11-12" a medium, 13" and up a large (whole).
_PIZZA_INCHES = re.compile(
    r"\b(\d{1,2})[- ]?(?:inch(?:es)?|in\b|\")\s*(?=(?:[a-z]+\s+){0,3}(?:pizzas?|margheritas?)\b)",
    re.I,
)


def _pizza_size(m: re.Match[str]) -> str:
    inches = int(m.group(1))
    return "small " if inches <= 10 else ("medium " if inches <= 12 else "large ")


def said_size(text: str) -> str:
    """The meal text with its fun sizes, pack sizes, sub lengths and pizza widths rewritten."""
    if "size" in text:
        text = sub(_FUN_SIZE, _fun_size, text)
    low = text.lower()
    if "long" in low or "inch" in low or "six in" in low or '6"' in low or '12"' in low:
        text = sub(_LENGTH_AFTER, _length_first, text)
    for pattern, size in _PACK_SIZES:
        text = sub(pattern, size, text)
    return sub(_FOOTLONG, "2 ", sub(_SIX_INCH, "", sub(_PIZZA_INCHES, _pizza_size, text)))
