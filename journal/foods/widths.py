"""A width said with a round food, read as the weight of one that wide.

"a 12in tortilla", "3 buttermilk pancakes (6in) w syrup", "4 tortillas (flour 6 inch)": the
width's number was read as a count (twelve tortillas, 564 g). SR24 weighs such foods by their
width ("pancake (6" dia)" 77 g, "tortilla (approx 12" dia)" 117 g, "cookie (3" dia)"), so the
width becomes that weight per piece ("3 x 77g buttermilk pancakes"), which the parser reads as
it reads "2 x 30g gels". A width the food's portions do not give is scaled from the nearest
one by area, within a few inches; a food without widths is left as it was. Pizzas and subs
keep their own sizes (see saidsizes.py).
"""

from __future__ import annotations

import re

from journal.foods.cuedlines import on_cued_lines

_INCH = r"(?:inch(?:es)?\b|in\b(?!\s+(?:an?|the|my|his|her|their|our|some)\b)|\"|”)"
_NOT_SIZED = re.compile(
    r"\b(?:pizzas?|margheritas?|subs?|subway|footlong|sandwich|baguettes?|hoagies?|heros?"
    r"|marinara|meatballs?|bmt|melts?|teriyaki|tuna|cold\s+cut|rolls?)\b"
)
# "[3] 12in tortilla[s]", "a 6 inch pancake": the width before the food.
_BEFORE = re.compile(
    r"(?:^|(?<=[,;:+(\n])|(?<=\band\b)|(?<=\bwith\b)|(?<=\bw\b))(\s*)"
    r"(?:(\d+|an?|one|two|three|four|five|six)\s+(?:x\s*)?)?"
    rf"(\d{{1,2}})\s*-?\s*{_INCH}\s*((?:[a-z]+\s+){{0,2}}?[a-z]+)"
    r"(?=\s*(?:$|[,;+)\n]|\s(?:and|with|w|on|in|plus|topped)\b))",
    re.I,
)
# "3 buttermilk pancakes (6in) w syrup", "4 tortillas (flour 6in)": the width in brackets.
_AFTER = re.compile(
    r"(?:^|(?<=[,;:+\n])|(?<=\band\b)|(?<=\bwith\b))(\s*)(?:(\d+|an?|one|two|three|four|five|six)"
    r"\s+)?((?:[a-z]+\s+){0,2}[a-z]+)\s*\(\s*((?:[a-z]+\s+){0,2})(\d{1,2})\s*-?\s*"
    rf"{_INCH}\s*\)(?:\s*x\s?(\d{{1,2}})\b)?",
    re.I,
)
# SR24's widths: 'pancake (6" dia)', 'tortilla (approx 7-8" dia)', 'cookie (2-1/4" dia)'.
_DIA = re.compile(r"(?<![\d/])(\d+)(?:-(\d+)/(\d+)|\s*-\s*(\d+))?\s*\"\s*dia")
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_CUE = re.compile(r"\d ?(?:[iI][nN]|\"|”)")
_CUES = ("inch", '"', "”", *(f"{d}in" for d in range(10)), *(f"{d} in" for d in range(10)))
NEAREST_IN = 3  # how far a width may be from one SR24 gives to scale from it


def width_grams(words: str, inches: int) -> float | None:
    """Grams of one ``words`` (a food) ``inches`` wide, from its SR24 widths, or None."""
    from journal.foods.items import _parse_item_cached  # items reads said, which reads this
    from journal.foods.table import load

    found = _parse_item_cached(words).index
    if found is None:
        return None
    sized: list[tuple[float, float]] = []  # (width, grams of one)
    for amount, unit, grams in load().portions(found):
        m = _DIA.search(unit)
        if m and amount:
            lo = hi = int(m[1]) + (int(m[2]) / int(m[3]) if m[3] else 0.0)
            hi = int(m[4]) if m[4] else hi
            if lo <= inches <= hi:
                return grams / amount
            sized.append(((lo + hi) / 2, grams / amount))
    if not sized:
        return None
    width, grams = min(sized, key=lambda s: abs(s[0] - inches))
    if abs(width - inches) > NEAREST_IN:
        return None
    return grams * (inches / width) ** 2  # a flat round food weighs as its area


def _said(lead: str, count: str | None, words: str, inches: str, m: re.Match[str]) -> str:
    if _NOT_SIZED.search(words.lower()):
        return m.group()
    grams = width_grams(words, int(inches))
    if grams is None:
        return m.group()
    n = _COUNTS.get((count or "a").lower()) if not (count or "").isdigit() else int(count or 1)
    return f"{lead}{n or 1} x {grams:.0f}g {words}"


def _before(m: re.Match[str]) -> str:
    return _said(m[1], m[2], m[4], m[3], m)


def _after(m: re.Match[str]) -> str:
    return _said(m[1], m[6] or m[2], f"{m[4]}{m[3]}", m[5], m)  # "pancakes (6in) x2"


def widths_weighed(text: str) -> str:
    """``text`` with each width said with a round food said as the weight of one."""
    if not _CUE.search(text):  # one scan of a long paste, not one per cue
        return text
    return on_cued_lines(
        text,
        _CUES,
        lambda line: _AFTER.sub(_after, _BEFORE.sub(_before, line)),
    )
