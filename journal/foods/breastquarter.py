"""A chicken ordered by the fraction: "quarter chicken breast", "nandos 1/4 leg", "1/2 chicken".

Shop words read "a quarter chicken" as the leg quarter, which is the default order (Nando's,
a rotisserie), and left a following "breast" as a stray word on the leg, a quarter of its
weight. The breast quarter is the white-meat order (~ 200 g with its wing and skin), so it is
said by its own name before the shop words run.

A chicken shop (Nando's, Red Rooster, Oporto, El Pollo Loco, a rotisserie) sells its bird by the
fraction, and a runner writes the fraction as a figure: "1/4 leg", "1/4 chicken", "½ chicken",
"leg and thigh". Read as numbers those were a quarter of a breast (27 g) or of a frog's leg; a
fraction said with a chicken or its leg is the order: the leg quarter (thigh and drumstick, ~
150 g of meat and skin), the breast quarter or the half chicken (~ 300 g). Lines without
"quarter", "1/4", "1/2", "¼", "½" or "thigh" are never scanned.
"""

from __future__ import annotations

import re

from journal.foods.cuedlines import on_cued_lines

_QUARTER = r"(?:\b(?:an?\s+)?(?:quarter|1/4)|¼)\s*"
_BREAST_QUARTER = re.compile(
    rf"{_QUARTER}(?:chicken\s+)?(?:breast|white(?:\s+meat)?)\b(?!\s+quarter)", re.I
)
# The leg quarter: "1/4 leg", "quarter chicken leg", "1/4 leg and thigh", "1/4 dark".
_LEG_QUARTER = re.compile(
    rf"{_QUARTER}(?:chicken\s+)?(?:legs?(?:\s+(?:and|&|n)\s+thighs?)?|dark(?:\s+meat)?)\b"
    r"(?!\s+(?:of|quarter)\b)",
    re.I,
)
# What may follow a bird said by its fraction: the end, a join, or a word about the order (not
# "1/4 chicken pie", a share of a dish).
_ORDER_END = (
    r"(?=\s*(?:$|[,;+&()/.]|\b(?:and|with|w|plus|meal|combo|from|at|on|n|extra|no|peri|lemon"
    r"|mild|medium|hot|plain|spicy)\b))"
)
_QUARTER_BIRD = re.compile(rf"(?:\b(?:an?\s+)?1/4|¼)\s*chicken\b{_ORDER_END}", re.I)
_HALF_BIRD = re.compile(rf"(?:\b(?:an?\s+)?1/2|½)\s*(?:a\s+)?chicken\b{_ORDER_END}", re.I)
# A chicken shop's "leg and thigh" (or "thigh and leg") with no other meat named before it.
_LEG_AND_THIGH = re.compile(
    r"\b(?:leg\s+(?:and|&|n)\s+thigh|thigh\s+(?:and|&|n)\s+leg)\b(?!\s+(?:of|quarter)\b)", re.I
)
_MEAT_BEFORE = re.compile(
    r"\b(?:lamb|duck|turkey|pork|goat|rabbit|frog|crab|kfc|popeyes|chicken|roast|fried)\s*$",
    re.I,
)


def _leg_and_thigh(line: str) -> str:
    """Each "leg and thigh" said with no meat before it as the leg quarter it is."""
    out, at = [], 0
    for m in _LEG_AND_THIGH.finditer(line):
        if _MEAT_BEFORE.search(line[: m.start()]):
            continue
        out.append(line[at : m.start()] + "chicken leg quarter")
        at = m.end()
    return "".join(out) + line[at:]


def _said(line: str) -> str:
    line = _BREAST_QUARTER.sub("chicken breast quarter", line)
    line = _LEG_QUARTER.sub("chicken leg quarter", line)
    line = _QUARTER_BIRD.sub("quarter chicken", line)
    line = _HALF_BIRD.sub("half chicken", line)
    low = line.lower()
    if "thigh" in low and "leg" in low:
        line = _leg_and_thigh(line)
    return line


def breast_quarter(text: str) -> str:
    """``text`` with a chicken ordered by the fraction said as the order it is: the breast
    quarter, the leg quarter or the half chicken."""
    return on_cued_lines(text, ("quarter", "1/4", "1/2", "¼", "½", "thigh"), _said)
