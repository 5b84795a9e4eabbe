"""A runner's drink mix or electrolyte tab by brand: the made-up drink's energy follows the
scoops, sachets or tabs said, not the water they went into.

"skratch 1 scoop 500ml" is 80 kcal (label), "tailwind 3 scoops in a 1L bladder" 300, "maurten
160 drink mix, 500ml" 160, "750ml bottle of sis go electrolyte" one 146 kcal serving, "electrolyte
tabs x2 in 1l" two 10 kcal tabs. The drink is read as the table's sports drink (Gatorade, 0.26
kcal a gram) at the volume, with sugar beside it for a stronger mix, or partly water for a
weaker one; a tab is water with its few grams of sugar. With no count, a bottle holds the
label's serving per its volume (at least one). Each brand is a label row in :data:`MIXES`.
"""

from __future__ import annotations

import re

from journal.foods.cuedlines import on_cued_lines
from journal.foods.units import NUMBER_WORDS

# (brand words, kcal a scoop/sachet/tab, ml of water the label puts one in), from the labels.
MIXES: tuple[tuple[str, float, float], ...] = (
    (r"maurten\s+(?:drink\s+mix\s+|drink\s+)?320(?:\s+drink(?:\s+mix)?)?", 320.0, 500.0),
    (r"maurten\s+(?:drink\s+mix\s+|drink\s+)?160(?:\s+drink(?:\s+mix)?)?", 160.0, 500.0),
    (r"maurten\s+drink(?:\s+mix)?", 160.0, 500.0),
    (r"(?:sis\s+)?beta\s+fuel(?:\s+80)?(?:\s+drink(?:\s+mix)?)?", 320.0, 500.0),
    (r"tailwind(?:\s+endurance(?:\s+fuel)?)?(?:\s+drink(?:\s+mix)?)?", 100.0, 355.0),
    (r"skratch(?:\s+(?:labs|hydration|sport))*(?:\s+drink(?:\s+mix)?)?", 80.0, 500.0),
    (
        r"(?:sis|science\s+in\s+sport)\s+go(?:\s+electrolyte|\s+energy)?(?:\s+drink(?:\s+mix)?)?",
        146.0,
        500.0,
    ),
    (r"high\s?(?:5|five)\s+energy\s+drink(?:\s+mix)?", 180.0, 500.0),
    (r"(?:precision\s+fuel|pf)\s+(?:30\s+)?drink(?:\s+mix)?", 120.0, 500.0),
    (r"gu\s+roctane\s+drink(?:\s+mix)?|roctane\s+drink(?:\s+mix)?", 250.0, 500.0),
    (r"torq\s+energy(?:\s+drink)?", 120.0, 500.0),
)
# Electrolyte tabs and sticks: a few kcal of sugar each (Nuun Sport 15, LMNT 10, PH 4-8).
TABS: tuple[tuple[str, float, float], ...] = (
    (r"nuun(?:\s+sport)?(?:\s+(?:tabs?|tablets?))?", 15.0, 500.0),
    (r"lmnt(?:\s+(?:sticks?|packets?|sachets?))?", 10.0, 500.0),
    (r"(?:electrolyte|hydration)\s+(?:tabs?|tablets?)", 10.0, 500.0),
)
_NAMES = {"tailwind", "skratch", "maurten", "beta", "sis", "science", "high", "precision", "pf",
          "roctane", "torq", "nuun", "lmnt", "electrolyte", "hydration"}  # fmt: skip
_ALL = tuple(
    (re.compile(rf"^(?:{p})$", re.I), k, ml, rows is TABS)
    for rows in (MIXES, TABS)
    for p, k, ml in rows
)
_BRAND = "|".join(f"(?:{p})" for p, _, _ in MIXES + TABS)
_COUNT = r"\d+(?:\.\d+)?|an?|one|two|three|four|five|six|half\s+an?"
_DOSE = r"scoops?|sachets?|sticks?|stick\s+packs?|servings?|tabs?|tablets?|packets?"
_VOLUME = r"(?P<vol>\d+(?:\.\d+)?)\s*(?P<unit>ml|cl|l|litres?|liters?|fl\.?\s*oz|oz)"
_HOLDER = (
    r"bottles?|bidons?|(?:soft\s*)?flasks?|bladders?|reservoirs?|handhelds?|hydration\s+packs?"
)
_GLUE = (
    r"\s*(?:,\s*|/\s*|\s+)(?:(?:dropped|dissolved|popped|mixed|stirred|made\s+up)\s+)?"
    r"(?:(?:in(?:to)?|with)\s+)?(?:an?\s+|the\s+|my\s+|a\s+total\s+of\s+)?"
)
# "skratch 1 scoop 500ml", "2 scoops tailwind in 750ml", "electrolyte tabs x2 in 1l",
# "maurten 160 drink mix, 500ml", "tailwind 3 scoops in a 1L bladder"
_BRAND_FIRST = re.compile(
    rf"\b(?:(?P<pre>{_COUNT})\s*(?:x\s*)?(?:(?:{_DOSE})\s+(?:of\s+)?)?)?(?P<name>{_BRAND})"
    rf"(?:\s*,?\s*(?:(?:(?P<post>{_COUNT})\s*)?(?P<dose>{_DOSE})|x\s*(?P<x>\d+)))?"
    rf"{_GLUE}{_VOLUME}(?:\s+(?:of\s+)?water)?(?:\s+total)?(?:\s+(?:{_HOLDER}))?\b",
    re.I,
)
# "750ml bottle of sis go electrolyte", "1l of tailwind, 3 scoops"
_VOLUME_FIRST = re.compile(
    rf"\b{_VOLUME}\s+(?:(?:{_HOLDER})\s+)?(?:of\s+)?(?P<name>{_BRAND})"
    rf"(?:\s*,?\s*(?:(?P<post>{_COUNT})\s*(?P<dose>{_DOSE})|x\s*(?P<x>\d+)))?\b",
    re.I,
)
_ML = {"ml": 1.0, "cl": 10.0, "l": 1000.0, "litre": 1000.0, "liter": 1000.0, "oz": 29.574}
DRINK_KCAL_PER_ML = 0.268  # the table's sports drink, 0.26 kcal/g at 1.03 g/ml
SUGAR_KCAL_PER_G = 3.87
_TAB_SUGAR_KCAL = 3.87


def _number(said: str) -> float:
    word = said.lower().split()[0]
    if word == "half":
        return 0.5
    return float(NUMBER_WORDS.get(word, 1 if word in {"a", "an"} else 0) or said)


def label(name: str) -> tuple[float, float, bool] | None:
    """(kcal a serving, ml a serving, is a tab) of a drink mix's brand words, if known."""
    said = re.sub(r"\s+", " ", name.strip())
    for pattern, kcal, ml, tab in _ALL:
        if pattern.match(said):
            return kcal, ml, tab
    return None


def made_up(name: str, servings: float | None, ml: float) -> str | None:
    """The made-up drink said plainly ("500ml sports drink and 12 g sugar"), or None."""
    found = label(name)
    if found is None or ml <= 0:
        return None
    kcal, per_ml, tab = found
    if servings is None:  # a bottle holds the label's serving for its volume, at least one
        servings = max(1.0, float(int(ml / per_ml + 0.25)))
    energy = servings * kcal
    if tab:
        return f"{ml:g}ml water and {energy / _TAB_SUGAR_KCAL:.1f} g sugar"
    drink = ml * DRINK_KCAL_PER_ML
    if energy >= drink:
        extra = (energy - drink) / SUGAR_KCAL_PER_G
        return (
            f"{ml:g}ml sports drink and {extra:.0f} g sugar"
            if extra >= 1
            else f"{ml:g}ml sports drink"
        )
    part = ml * energy / drink
    return f"{part:.0f}ml sports drink and {ml - part:.0f}ml water"


def _said(m: re.Match[str]) -> str:
    unit = re.sub(r"[\s.]|fl", "", m["unit"].lower()).rstrip("s")
    ml = float(m["vol"]) * _ML.get(unit, 1.0)
    count = m["post"] or m["x"] or m.groupdict().get("pre")
    servings = _number(count) if count else None
    return made_up(m["name"], servings, ml) or m[0]


def _rewrite(text: str) -> str:
    return _VOLUME_FIRST.sub(_said, _BRAND_FIRST.sub(_said, text))


_CUES = tuple(sorted(_NAMES))


def fuel_mixes(text: str) -> str:
    """``text`` with a branded drink mix or tab and its volume said as the made-up drink."""
    return on_cued_lines(text, _CUES, _rewrite)
