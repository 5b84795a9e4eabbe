"""A count of bite-sized cuts: "12 pineapple chunks", "8 cheese cubes", "6 orange segments".

The count named the cuts, but the food took it as whole foods: twelve pineapples (10.9 kg),
three mangoes for "3 mango chunks", ten apples for "10 apple slices". A cut is said by its
weight instead: a chunk or cube is a 1-inch cube, ~ 15 g (a cup of pineapple chunks, 165 g,
holds 10-12; SR24's cubic inch of cheddar is 17 g; a cup of melon cubes, 160 g, ~ 10); a
citrus segment ~ 12 g (a 131 g orange has ~ 10, approx.); an apple or pear slice an eighth
of a medium fruit, ~ 22 g (approx.). "chocolate chunk cookies" is a cookie, not cuts; the big
fruits' slices and wedges are read by :mod:`journal.foods.fruitcuts`.
"""

from __future__ import annotations

import re

from journal.foods.cuedlines import on_cued_lines
from journal.foods.parse import _unit_of

CHUNK_G = 15.0
SEGMENT_G = 12.0
SLICE_G = 22.0
_CUES = ("chunk", "cube", "segment", "slice")
_FOOD = r"(?!chocolate\b|choc\b|stock\b|sugar\b|ice\b)[a-z]+(?:\s+[a-z]+)?"
_CUT = r"chunks|cubes|segments"
_SMALL_SLICED = r"apple|pear|green\s+apple|red\s+apple"
_COUNT = r"(?<![\d.,/])(\d{1,2})\s+"
# "12 pineapple chunks", "6 orange segments", "10 apple slices" (never "chunk cookies")
_AFTER = re.compile(
    rf"{_COUNT}({_FOOD}|{_SMALL_SLICED})\s+({_CUT}|slices)\b(?!\s+of\b)"
    r"(?!\s+(?:cookies?|muffins?|bars?|brownies?|biscuits?|of)\b)",
    re.I,
)
# "6 chunks of pineapple", "10 cubes of cheese", "3 slices of apple"
_BEFORE = re.compile(
    rf"{_COUNT}(?:({_CUT})\s+of\s+(?!chocolate\b|sugar\b|ice\b)|(slices)\s+of\s+(?=(?:{_SMALL_SLICED})s?\b))",
    re.I,
)


def _each(cut: str) -> float:
    cut = cut.lower()
    if cut.startswith("segment"):
        return SEGMENT_G
    return SLICE_G if cut.startswith("slice") else CHUNK_G


def _after(m: re.Match[str]) -> str:
    if _unit_of(m[2].split()[0].lower()) is not None:
        return m[0]  # "1 cup pineapple chunks": a measure of them, read as said
    if m[3].lower() == "slices" and not re.fullmatch(_SMALL_SLICED, m[2], re.I):
        return m[0]  # "2 pineapple slices", "4 cucumber slices": read elsewhere
    return f"{int(m[1]) * _each(m[3]):g} g {m[2]}"


def _before(m: re.Match[str]) -> str:
    return f"{int(m[1]) * _each(m[2] or m[3]):g} g "


def _rewrite(line: str) -> str:
    return _BEFORE.sub(_before, _AFTER.sub(_after, line))


def cuts_weighed(text: str) -> str:
    """``text`` with a count of bite-sized cuts said as their weight ("180 g pineapple")."""
    if not any(ch.isdigit() for ch in text):
        return text
    return on_cued_lines(text, _CUES, _rewrite)
