"""A container's size said as a bare figure: "coke 330 can", "a 600 bottle of water".

Runners name a can or bottle by its size without the unit, as the shop shelf does (an AU
"600 bottle", a UK "330 can"). Read as a count, "coke 330 can" was 330 cans (10 kg, the
model's cap). A figure from 100 to 3,000 right before a drink's container is its millilitres;
before a food's tin, jar, tub, bag or pack its grams ("beans 400 tin"). Smaller figures stay
counts ("2 cans").
"""

from __future__ import annotations

import re

from journal.foods.cuedlines import on_cued_lines

_DRINK = ("can", "bottle", "carton")
_FOOD = ("tin", "jar", "tub", "pack", "packet", "bag", "pouch", "punnet")
_CUES = (*_DRINK, *_FOOD)
_BARE = re.compile(
    r"(?<![\d.,/])(\d{3,4})\s?(cans?|bottles?|cartons?|tins?|jars?|tubs?|packets?|packs?|bags?"
    r"|pouch(?:es)?|punnets?)\b",
    re.IGNORECASE,
)


def _sized(m: re.Match[str]) -> str:
    figure = int(m[1])
    if not 100 <= figure <= 3000:
        return m[0]
    unit = "ml" if m[2].lower().startswith(_DRINK) else "g"
    return f"{figure}{unit} {m[2]}"


def _rewrite(line: str) -> str:
    return _BARE.sub(_sized, line)


def bare_sizes_said(text: str) -> str:
    """``text`` with a bare figure before a container said as its millilitres or grams."""
    return on_cued_lines(text, _CUES, _rewrite)
