"""A powdered sports drink said by its scoops and the water they went into.

"tailwind, 2 scoops in a 500ml flask", "3 scoops of skratch in 750ml": the volume is the
drink, and the scoops say how strong it is. The table's sports drink is a ready-to-drink one
(Gatorade, 6 g of sugar in 100 ml); a runner's mix is often stronger (Tailwind and Skratch
labels: 20-25 g of carbohydrate a scoop), so the sugar the scoops carry beyond the drink's
own is said as sugar beside it. Each rewrite is a (pattern, replacement) pair that
:data:`journal.foods.servedwords.SERVED_WORDS` carries into the shop-word list.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from journal.foods.units import NUMBER_WORDS

SCOOP_CARBS_G = 25.0  # a scoop of drink mix: Tailwind 25 g, Skratch 20 g, SiS Go 36 g a 2-scoop
DRINK_SUGAR_PER_ML = 0.06  # the table's sports drink: 6 g of sugar in 100 ml
_ML = {"ml": 1.0, "cl": 10.0, "l": 1000.0, "litre": 1000.0, "liter": 1000.0, "oz": 29.574}
_COUNT = r"\d+(?:\.\d+)?|an?|one|two|three|four|half\s+an?"
_VOLUME = r"(\d+(?:\.\d+)?)\s*(ml|cl|l|litres?|liters?|oz|fl\.?\s*oz)"
_WATER = r"(?:\s+(?:of\s+)?water)?"

# "tailwind, 2 scoops in 500ml", "tailwind 1 scoop in 16oz"
_NAME_THEN_SCOOPS = re.compile(
    rf"\b([a-z][a-z0-9' ]*?)\s*,?\s+({_COUNT})\s+scoops?\s+(?:of\s+powder\s+)?in\s+{_VOLUME}"
    rf"{_WATER}\b",
    re.I,
)
# "2 scoops of skratch in 750ml water"
_SCOOPS_OF_NAME = re.compile(
    rf"\b({_COUNT})\s+scoops?\s+of\s+([a-z][a-z0-9' ]*?)\s+in\s+{_VOLUME}{_WATER}\b", re.I
)


def is_sports_drink(name: str) -> bool:
    from journal.foods import match as matcher
    from journal.foods.text import stem

    hit = matcher.match(tuple(stem(w) for w in name.lower().split()))
    if hit is None or hit.parts:
        return False
    return matcher.load().name(hit.index).startswith("Sports drink")


def _mixed(name: str, count: str, volume: str, unit: str, said: str) -> str:
    """The drink at its volume, with the scoops' sugar beyond a ready-to-drink one's."""
    if not is_sports_drink(name):
        return said
    scoops = NUMBER_WORDS.get(count.lower().split()[0]) or float(count)
    ml = float(volume) * _ML.get(unit.lower().replace(" ", "").replace("fl", "").rstrip("s"), 1.0)
    extra = scoops * SCOOP_CARBS_G - ml * DRINK_SUGAR_PER_ML
    drink = f"{volume}{unit} {name.strip()}"
    return f"{drink} and {extra:.0f} g sugar" if extra >= 1 else drink


def _name_then_scoops(m: re.Match[str]) -> str:
    return _mixed(m[1], m[2], m[3], m[4], m[0])


def _scoops_of_name(m: re.Match[str]) -> str:
    return _mixed(m[2], m[1], m[3], m[4], m[0])


# "2 x 750ml bottles of tailwind, 3 scoops each": every bottle that strong
_BOTTLES_EACH = re.compile(
    rf"\b(\d+|two|three|four)\s*(?:x\s*)?{_VOLUME}\s+(?:bottles?|flasks?|bidons?)\s+of\s+"
    rf"([a-z][a-z0-9' ]*?)\s*,?\s+({_COUNT})\s+scoops?\s+(?:in\s+)?each\b",
    re.I,
)


def _bottles_each(m: re.Match[str]) -> str:
    """ "2 x 750ml bottles of tailwind, 3 scoops each": 6 scoops in 1500 ml of it."""
    bottles = NUMBER_WORDS.get(m[1].lower()) or float(m[1])
    scoops = NUMBER_WORDS.get(m[5].lower().split()[0]) or float(m[5])
    unit = m[3].replace(" ", "")
    return f"{m[4]}, {bottles * scoops:g} scoops in {bottles * float(m[2]):g}{unit}"


DRINK_MIX_WORDS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str] | str], ...] = (
    (_BOTTLES_EACH, _bottles_each),
    (_NAME_THEN_SCOOPS, _name_then_scoops),
    (_SCOOPS_OF_NAME, _scoops_of_name),
    # "isotonic drink (mixed from powder)", "made up from powder": how it was made, not a food
    (
        re.compile(
            r"\s*\(?\b(?:mixed|made(?:\s+up)?)\s+(?:up\s+)?from\s+(?:a\s+)?powder\b\)?", re.I
        ),
        "",
    ),
)
