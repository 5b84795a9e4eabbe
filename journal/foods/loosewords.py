"""Loosely said parts of a meal: a food left out in brackets, a measure without its "of", a
ready meal, a food in breadcrumbs.

"sausage mcmuffin (no egg)", "a burger (without the bun)": said.py and the items read "no egg"
after a comma, not in brackets, where "no" and the food came out unknown. "sprinkle brown
sugar", "drizzle honey", "dollop yoghurt": a loose measure said without "of" ("a sprinkle of
brown sugar" was read, "sprinkle brown sugar" was not). "frozen lasagne ready meal": the
lasagne, as the supermarket sells it. Each runs only on the lines holding its cue words.
"""

from __future__ import annotations

import re

from journal.foods.cuedlines import on_cued_lines

_LEFT_OUT = re.compile(
    r"\s*\(\s*(no|without|minus|hold\s+the)\s+((?:the\s+)?[a-z][a-z ]{0,28}?)\s*\)", re.I
)
_LOOSE = (
    "sprinkle",
    "drizzle",
    "dollop",
    "smear",
    "scraping",
    "squirt",
    "squeeze",
    "knob",
    "pinch",
)
_LOOSE_MEASURE = re.compile(
    rf"\b({'|'.join(_LOOSE)})\s+(?!of\b|on\b|over\b|with\b|and\b|w\b)(?=[a-z])", re.I
)
# "cod in breadcrumbs", "chicken in panko", "prawns in batter": the breaded or battered food
_COATED = re.compile(
    r"(?:^|(?<=[,;:+(\n])|(?<=\bw )|(?<=\bwith )|(?<=\band ))(\s*)((?:an?|\d+|one|two)\s+)?"
    r"((?:(?!(?:and|w|with|or)\b)[a-z]+\s+){0,3}?[a-z]+)\s+in\s+(?:(bread\s*crumbs?|panko|crumbs?|crumb)|(batter|beer\s+batter))\b",
    re.I,
)
# foods sold coated already: "in breadcrumbs" says nothing more of them
_COATED_ALREADY = re.compile(
    r"\b(?:fingers?|sticks?|nuggets?|goujons?|scampi|kievs?|schnitzels?)\b"
)
# "a flapjack (big one)", "a latte (the small one)": said.py reads ", the big one" after a food
_ONE_IN_BRACKETS = re.compile(
    r"\s*\(\s*(?:the\s+|a\s+)?((?:big|large|small|little|huge|giant|medium|mini|massive|regular)"
    r"(?:\s+[a-z]+)?)\s+one\s*\)",
    re.I,
)
_READY_MEAL = re.compile(  # not "hot and ready" / "hot n ready" (Little Caesars' pizza)
    r"(?<!\band)(?<!\bn)\s+(?:(?:ready|microwave)(?:[- ]meal)?|frozen[- ]meal)"
    r"(?=\s*(?:$|[,;+\n)]|\d))",
    re.I,
)


def said_loosely(text: str) -> str:
    """``text`` with a bracketed "no X" said after a comma, a loose measure given its "of",
    a food "in breadcrumbs" or "in batter" said breaded or battered, and "ready meal" dropped."""
    text = on_cued_lines(text, ("(no ", "(without", "(minus", "(hold"), _left_out)
    text = on_cued_lines(text, _LOOSE, lambda line: _LOOSE_MEASURE.sub(r"\1 of ", line))
    text = on_cued_lines(text, ("crumb", "panko", "batter"), _coated)
    return on_cued_lines(
        text, ("ready", "microwave", "frozen meal"), lambda line: _READY_MEAL.sub("", line)
    )


def _left_out(line: str) -> str:
    return _LEFT_OUT.sub(r", \1 \2", line)


def _coated(line: str) -> str:
    return _COATED.sub(_coat, line)


_HOW = frozenset(("baked", "fried", "frozen", "grilled", "oven", "crispy", "homemade", "pan"))
# an amount's unit said before the food ("37 g cod in breadcrumbs"): kept before the coat
_UNITS = frozenset(("g", "kg", "oz", "gram", "grams", "x", "of"))


def _coat(m: re.Match[str]) -> str:
    food = m[3]
    if _COATED_ALREADY.search(food.lower()):
        return f"{m[1]}{m[2] or ''}{food}"
    words = food.split()
    lowered = [w.lower() for w in words]
    if "of" in lowered:  # "2 fillets of pollock" (said.py's reading of "2 pollock fillets")
        k = len(lowered) - lowered[::-1].index("of")
        coat = "breaded" if m[4] else "battered"
        return f"{m[1]}{m[2] or ''}{' '.join([*words[:k], coat, *words[k:]])}"
    k = 0
    while k < len(words) - 1 and (words[k].lower() in _HOW or words[k].lower() in _UNITS):
        k += 1  # "baked cod": "baked breaded cod", as the dish is named
    coat = "breaded" if m[4] else "battered"
    return f"{m[1]}{m[2] or ''}{' '.join([*words[:k], coat, *words[k:]])}"


def one_said_after(text: str) -> str:
    """``text`` with a size said in brackets as "(big one)" said as said.py reads it."""
    return on_cued_lines(text, (" one)",), lambda line: _ONE_IN_BRACKETS.sub(r", the \1 one", line))
