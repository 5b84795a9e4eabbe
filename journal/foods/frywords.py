"""A fry is the cooked breakfast, never one chip: "a fry", "full irish fry", "proper fry".

In Ireland and the UK "a fry" (a fry-up) is the plate of eggs, bacon, sausage and the rest;
the reader took the singular "fry" for one French fry (4 g) or a portion of chips (134 g).
A fry named with an article or a breakfast word is said as the fry-up; said as a label after
the breakfast's own foods ("fried bread and tomatoes with 2 eggs, proper fry") it names the
meal they are, and is dropped: the foods listed are what was eaten.
"""

from __future__ import annotations

import re

from journal.foods.cuedlines import on_cued_lines

_KIND = r"(?:proper|full|big|good|irish|english|scottish|welsh|full\s+(?:irish|english|scottish))"
# "fry" alone after an article or a breakfast word; not "stir fry", "fish fry", "fry bread"
_FRY = re.compile(
    rf"\b((?:an?|the|my)\s+)?({_KIND}\s+)?fry\b(?![- ]?ups?\b|ing|\s+(?:bread|pan|sauce))",
    re.I,
)
_BREAKFAST_PART = re.compile(
    r"\b(?:eggs?|bacon|rashers?|sausages?|beans|tomato(?:es)?|black\s+pudding|white\s+pudding"
    r"|fried\s+bread|mushrooms?|hash\s+browns?|soda\s+bread|potato\s+farls?)\b",
    re.I,
)
# ", proper fry" or " - a full fry up" ending a line that lists the fry's foods
_LABEL = re.compile(
    rf"\s*(?:,|-|–)\s*(?:(?:an?|the|my)\s+)?(?:{_KIND}\s+)?fry(?:[- ]?up)?\s*$", re.I
)


def _fry_up(m: re.Match[str]) -> str:
    if not (m[1] or m[2]):
        return m[0]  # "stir fry", "fish fry": another dish
    return f"{m[1] or ''}fry up"


def _said(line: str) -> str:
    label = _LABEL.search(line)
    if label and len(set(m.lower() for m in _BREAKFAST_PART.findall(line[: label.start()]))) >= 2:
        return line[: label.start()]
    return _FRY.sub(_fry_up, line)


def fry_said(text: str) -> str:
    """``text`` with a fry said as the fry-up, or dropped as the label of the foods listed."""
    return on_cued_lines(text, ("fry",), _said)
