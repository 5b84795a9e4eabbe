"""A weight said after its food, with words after the weight that hid it from the reader.

"chicken breast 200g raw, grilled" is read, but "chicken breast 200g raw grilled", "cod 180g
(raw) pan fried", "oats 50g made with water", "pork mince 90/10 150g cooked" and "porridge 60g
oats" were not: the weight's "g" came out unknown and the food got its default helping. The
words are how the food was then cooked (the state the scale saw is said already), a "made
with" that joins the next food, a lean-to-fat ratio read as figures, or a dish named before
the weighed ingredient it was made of. :func:`weighed_plainly` drops the cooking word, says
"with", drops the ratio (the default grade is near enough; the weight is not) and joins the
dish to its ingredient with "w".

Run from :func:`journal.foods.plainer.said_before`, only on the lines holding a figure with a
weight unit and one of the cue words.
"""

from __future__ import annotations

import re

from journal.foods.cuedlines import on_cued_lines

_CUES = ("raw", "cooked", "dry", "made", "mixed", "/", "porridge", "oat")  # "uncooked", "oats"
_WEIGHED = re.compile(r"\d\s*(?:g|grams?|kg|oz|ml|lbs?)\b", re.I)
_WEIGHT = r"(?<![\d.])\d+(?:\.\d+)?\s*(?:g|grams?|kg|oz|ml|lbs?)\b"  # a whole figure: linear
_COOKING = (
    r"pan[- ]?fried|stir[- ]?fried|air[- ]?fried|deep[- ]?fried|fried|grilled|baked|oven[- ]baked"
    r"|roasted|seared|pan[- ]?seared|steamed|boiled|poached|sauteed|sautéed|broiled|barbecued"
    r"|bbq'?d|bbqed|braised|microwaved|scrambled|cooked"
)
# "200g raw grilled", "180g (raw) pan fried", "6oz raw, seared": the state the scale saw stays
_STATE_THEN = re.compile(
    rf"({_WEIGHT}\s*(?:\(\s*)?(?:raw|uncooked|dry|frozen)(?:\s+(?:wt|weight))?(?:\s*\))?)"
    rf"\s*,?\s+(?:and\s+|then\s+)?(?:{_COOKING})\b"
    # the weight ends its food's words: "37 g dry fried ho fun" names a dish, cooking word and all
    r"(?=\s*(?:$|[,;.+)]|and\b|w\b|w/|with\b|then\b|on\b|in\b))",
    re.I,
)
# "oats 50g made with water", "muesli 40g mixed w yoghurt": the weight ends its food's item
_MADE_WITH = re.compile(
    rf"({_WEIGHT})\s+(?:made|mixed|cooked|stirred|soaked|topped)\s+(?=(?:w|w/|with|in|into)\b)",
    re.I,
)
# "pork mince 90/10", "95/5 ground beef": a lean-to-fat ratio, not a fraction of the food
_RATIO = re.compile(r"\b([5-9]\d)/(\d{1,2})\b(?!\s*(?:cup|c\b|tsp|tbsp))", re.I)
# "porridge 60g oats", "overnight oats 40g oats": the dish, then the weighed ingredient of it
_DISH_WEIGHED = re.compile(
    rf"\b(porridge|oatmeal|overnight\s+oats)\s+({_WEIGHT})\s+(?=(?!(?:and|w|with|or|then|plus|n)\b)[a-z])",
    re.I,
)


def _ratio(m: re.Match[str]) -> str:
    # the grade is a name for the aliases to read; here it only must not hide the weight
    return "" if int(m[1]) + int(m[2]) == 100 else m[0]


# "ground turkey 1 lb raw": pounds with a state, said in grams as the weight rules read them
_POUNDS = re.compile(
    r"\b(\d+(?:\.\d+)?)\s*lbs?\b(?=\s*\(?\s*(?:raw|uncooked|cooked|dry|frozen)\b)", re.I
)


def _grams(m: re.Match[str]) -> str:
    return f"{round(float(m[1]) * 453.592)}g"


def _weighed_line(line: str) -> str:
    if not _WEIGHED.search(line):
        return line
    if "lb" in line.lower():
        line = _POUNDS.sub(_grams, line)
    if "/" in line:
        line = _RATIO.sub(_ratio, line)
    line = re.sub(r"\s{2,}", " ", line) if "  " in line else line
    line = _STATE_THEN.sub(r"\1", line)
    line = _MADE_WITH.sub(r"\1 ", line)
    return _DISH_WEIGHED.sub(r"\1 w \2 ", line)


def weighed_plainly(text: str) -> str:
    """``text`` with the words that hid a weight said after its food taken out of its way."""
    return on_cued_lines(text, _CUES, _weighed_line)
