"""A count or a double said of a mixed drink: "rum and coke x2", "2 vodka sodas", "G&T double".

A spirit and its mixer are two items once read, so a count said before or after the drink
counted the spirit only ("2 rum and cokes" was two shots and one glass of coke), and "double"
said after it was left unread. :func:`mixed_counted` says each part's volume, the count
applied to both: a drink is the table's 35 ml (between the UK's 25 ml and the US 1.5 oz), a
"single" the UK pub single said by that name (25 ml), a double 50 ml as a double said before
the drink is read (a UK double; a US double 2 oz, an Australian 2 x 30 ml nips), a triple
75 ml; the mixer a 200 ml glass whatever the measure of spirit.
"""

from __future__ import annotations

import re

from journal.foods.cuedlines import on_cued_lines
from journal.foods.units import NUMBER_WORDS

SINGLE_ML = 35.0
MEASURE_ML = {"single": 25.0, "double": 50.0, "triple": 75.0}
MIXER_ML = 200.0
_SPIRIT = r"vodka|gin|rum|whisky|whiskey|bourbon|scotch|brandy|tequila|jack|jd"
_MIXER = (
    r"diet\s+coke|coke\s+zero|coke|pepsi\s+max|pepsi|cola|tonic(?:\s+water)?|slimline\s+tonic"
    r"|lemonade|soda(?:\s+water)?|ginger\s+ale|ginger\s+beer|sprite|red\s*bull"
    r"|cranberry(?:\s+juice)?|orange\s+juice|oj|pineapple\s+juice"
)
_COUNT = r"\d+|two|three|four|five|six|a|an|one"
_DRINK = re.compile(
    rf"\b(?:({_COUNT})\s+)?(?:(single|double|triple)\s+)?"
    rf"(?:({_SPIRIT})\s*(?:and|&|n|\+|w/?|with)?\s*({_MIXER})(?:e?s)?|([gv])\s*&\s*ts?)"
    r"(?:\s*,?\s*(single|double|triple))?(?:\s*(?:x\s*(\d+)|(\d+)\s*x))?"
    r"(?=\s*(?:$|[,;+\n.)]|(?:and|w|with|at|in|after|before|then)\b))",
    re.I,
)
_SAID = {"oj": "orange juice", "jack": "whiskey", "jd": "whiskey", "soda": "soda water"}


def _counted(m: re.Match[str]) -> str:
    said = (m[1] or "").lower()
    times = m[7] or m[8]
    measure = (m[2] or m[6] or "").lower()
    if not times and not measure and said in ("", "a", "an", "one"):
        return m[0]  # one drink of one measure: read as it is
    count = NUMBER_WORDS.get(said) or float(said or 1)
    count *= float(times or 1)
    if m[5]:
        spirit, mixer = ("gin" if m[5].lower() == "g" else "vodka"), "tonic water"
    else:
        spirit = _SAID.get(m[3].lower(), m[3])
        mixer = _SAID.get(m[4].lower(), re.sub(r"\s+", " ", m[4]))
    spirit_ml = count * MEASURE_ML.get(measure, SINGLE_ML)
    return f"{spirit_ml:g} ml {spirit} and {count * MIXER_ML:g} ml {mixer}"


def mixed_counted(text: str) -> str:
    """``text`` with a counted or double mixed drink said as the volume of each part."""
    cues = ("vodka", "gin", "rum", "whisk", "bourbon", "scotch", "brandy", "tequila", "&")
    cues += ("jack", "jd")
    return on_cued_lines(text, cues, lambda line: _DRINK.sub(_counted, line))
