"""How a runner counts fuel on the move: by marks, by the clock, by the piece, by flavour.

"gu gel at mile 8 and another at 16" is two gels; "maurten gel 160 around 25 km" one, eaten at
a mark; "precision fuel 30 gel, one every 30 min for 2 hours" four (the duration over the
interval); "clif bloks, 3 cubes" three bloks; "honey stinger chews pack" and "sport beans 1 bag"
the brand's pack; "clif bar, half of one" half a bar. A branded bar's or gel's flavour ("cocoa
orange nakd bar", "KIND bar, the dark chocolate sea salt one", "trek flapjack (cocoa oat)") names
no other food, so it is dropped. Run before the counts said after a food are read.
"""

from __future__ import annotations

import re

from journal.foods.cuedlines import on_cued_lines
from journal.foods.units import NUMBER_WORDS

_DISTANCE = r"(?:mile\s+)?\d{1,3}(?:\.\d)?\s*(?:k|km|mi|miles?)\b"
# "around 25 km", "at about mile 18": eaten at a mark
_ABOUT_MARK = re.compile(
    rf"\b(?:at\s+)?(?:around|about|roughly|approx(?:imately)?|near|nearly|by)\s+(?:the\s+)?"
    rf"(?={_DISTANCE}|mile\s+\d)",
    re.I,
)
# "at mile 8 and another at 16", "at 10k, another at 20k": one more at the next mark
_ANOTHER_AT = re.compile(
    r"(\bat\s+(?:mile\s+)?\d{1,3}(?:\.\d)?\s*(?:k|km|mi|miles?|mins?|minutes?|hrs?|hours?)?)"
    r"\s*(?:,\s*|\s+)(?:and\s+)?(?:then\s+)?another(?:\s+one)?\s+at\s+(?:mile\s+)?"
    r"(?=\d{1,3}(?:\.\d)?\b(?!\s*(?:k|km|mi|miles?)\b))",
    re.I,
)
_SPAN = r"\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight"
_UNIT = r"h|hrs?|hours?|m|mins?|minutes?|k|km|mi|miles?"
# ", one every 30 min for 2 hours", " every 45 minutes over 3 hrs", " every 5k for 20k"
_EVERY = re.compile(
    rf"(?:\s*,\s*(?:(?:one|1)\s+)?|\s+(?:one|1)\s+)every\s+(?P<n>{_SPAN})\s*(?P<u>{_UNIT})\b"
    rf"\s+(?:for|over|during)\s+(?:the\s+)?(?:first\s+|whole\s+)?(?P<d>{_SPAN})\s*(?P<du>{_UNIT})\b",
    re.I,
)
_MINUTES = {"h": 60.0, "hr": 60.0, "hour": 60.0, "m": 1.0, "min": 1.0, "minute": 1.0}
_KM = {"k": 1.0, "km": 1.0, "mi": 1.609, "mile": 1.609}
# "clif bar, half of one", "the gel, only half of it": half of the food said
_HALF_OF_ONE = re.compile(
    r"(?:(?<=^)|(?<=[,;+\n]))(?P<sp>\s*)(?P<food>[a-z][a-z0-9'& -]{1,40}?)\s*,\s*"
    r"(?:only\s+|just\s+)?half\s+(?:of\s+)?(?:one|it|that|the\s+thing)\b",
    re.I,
)
_CHEWS = (
    r"(?:clif\s+)?(?:shot\s+)?bloks?|honey\s+stinger\s+chews?|gu\s+chews?|skratch\s+(?:energy\s+)?chews?"
    r"|sport\s+beans|sports\s+beans|jelly\s+belly\s+sport\s+beans|energy\s+chews|chews"
)
_PIECES = r"cubes?|blocks?|bloks?|pieces?|chews?|squares?|beans"
_PACKS = r"packs?|packets?|sleeves?|bags?|pouch(?:es)?"
_COUNT = r"\d{1,2}|an?|one|two|three|four|five|six"
# "clif bloks, 3 cubes": three of its pieces
_PIECES_AFTER = re.compile(
    rf"\b(?P<food>{_CHEWS})\s*,?\s*(?P<n>{_COUNT})\s*(?:x\s*)?(?:{_PIECES})\b(?!\s+of\b)", re.I
)
# "honey stinger chews pack", "sport beans 1 bag", "bloks, 2 packs": the brand's pack
_PACK_AFTER = re.compile(
    rf"\b(?P<food>{_CHEWS})\s*,?\s*(?:(?P<n>{_COUNT})\s*(?:x\s*)?)?(?:{_PACKS})\b(?!\s+of\b)", re.I
)
# Bars and gels whose flavour is said with them (labels' flavour names are these words).
_BARS = (
    r"nakd(?:\s+bars?)?|kind\s+bars?|rx\s?bars?|larabars?|lara\s+bars?|clif\s+bars?|picky\s+bars?"
    r"|trek\s+(?:flapjacks?|bars?)|quest\s+bars?|grenade(?:\s+bars?)?|misfits(?:\s+bars?)?"
    r"|powerbars?|power\s+bars?|veloforte(?:\s+bars?)?|builders?\s+bars?|barebells(?:\s+bars?)?"
    r"|nature\s+valley(?:\s+bars?)?|bounce\s+balls?"
)
_FLAVOUR = (
    r"cocoa|choc|chocolate|dark|milk|white|orange|lemon|lime|berry|berries|blueberry|strawberry"
    r"|raspberry|cherry|apple|banana|peanut|pb|almond|cashew|coconut|caramel|salted|sea\s+salt"
    r"|salt|vanilla|mint|coffee|mocha|cinnamon|ginger|honey|oat|oats|cookies?|cream|fudge"
    r"|brownie|crunchy|crunch|nut|nutty|maple|pecan|hazelnut|apricot|fig|mango|tropical|original"
    r"|birthday\s+cake|butter|chip|chips|crisp"
)
_FLAVOURS = rf"(?:{_FLAVOUR})(?:\s+(?:(?:&|and|n)\s+)?(?:{_FLAVOUR})){{0,5}}"
_FLAVOUR_BEFORE = re.compile(rf"\b{_FLAVOURS}\s+(?=(?:{_BARS})\b)", re.I)
_FLAVOUR_AFTER = re.compile(
    rf"\b(?P<bar>{_BARS})\s*(?:\(\s*{_FLAVOURS}\s*\)"
    rf"|,\s*(?:the\s+)?{_FLAVOURS}\s+(?:one|kind|flavou?r)\b)",
    re.I,
)


def _amount(said: str) -> float:
    word = said.lower()
    if word in {"a", "an"}:
        return 1.0
    return float(NUMBER_WORDS.get(word, 0) or said)


def _every(m: re.Match[str]) -> str:
    """ "one every 30 min for 2 hours": the span over the interval, as a count after."""
    unit, span_unit = m["u"].lower().rstrip("s"), m["du"].lower().rstrip("s")
    scale = _MINUTES if unit in _MINUTES and span_unit in _MINUTES else _KM
    if unit not in scale or span_unit not in scale:
        return m[0]
    step = _amount(m["n"]) * scale[unit]
    count = round(_amount(m["d"]) * scale[span_unit] / step) if step else 0
    return f" x{count}" if 1 < count <= 30 else m[0]


def _counted(m: re.Match[str]) -> str:
    n = m["n"]
    return f"{n} {m['food']}" if n and n.lower() not in {"a", "an", "one", "1"} else m["food"]


def _rewrite(text: str) -> str:
    low = text.lower()
    if " at " in low or "around" in low or "about" in low:
        text = _ANOTHER_AT.sub(r"\1 and ", _ABOUT_MARK.sub("at ", text))
    if "every" in low:
        text = _EVERY.sub(_every, text)
    if "half" in low:
        text = _HALF_OF_ONE.sub(r"\g<sp>half \g<food>", text)
    text = _PACK_AFTER.sub(_counted, _PIECES_AFTER.sub(_counted, text))
    return _FLAVOUR_AFTER.sub(r"\g<bar>", _FLAVOUR_BEFORE.sub("", text))


_CUES = (
    "at ", "around", "about", "every", "half", "blok", "chew", "beans", "bar", "trek", "nakd",
    "grenade", "misfits", "veloforte", "barebells", "nature valley", "bounce",
)  # fmt: skip


def fuel_counts(text: str) -> str:
    """``text`` with fuel counted by marks, clock, pieces or pack, and a bar's flavour dropped."""
    return on_cued_lines(text, _CUES, _rewrite)
