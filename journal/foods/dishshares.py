"""A share of a family dish: "lasagne, a quarter of the tray", "half the dish of cottage pie".

A share said of a tray, baking dish or casserole is a share of the whole dish, not of one
helping: read as "a quarter of a lasagne" it came out as a quarter of a helping (62 g), where
a quarter of a family tray is about one helping. A family dish serves four (UK family ready
meals: lasagne, cottage and fish pie 1-1.2 kg, "serves 4"; a home 20 x 30 cm dish the same),
so :func:`dish_shared` says the share as the helpings it is ("1 portion of lasagne", "2
portions of cottage pie"). A pan, pot or batch is left to the batch reader (its amounts are
often said); a tin, tub or box is a pack, read elsewhere.
"""

from __future__ import annotations

import re

from journal.foods.cuedlines import on_cued_lines

FAMILY_DISH_HELPINGS = 4.0
_SHARES = {
    "half": 0.5, "a half": 0.5, "1/2": 0.5, "a third": 1 / 3, "one third": 1 / 3, "1/3": 1 / 3,
    "a quarter": 0.25, "one quarter": 0.25, "1/4": 0.25, "two thirds": 2 / 3, "2/3": 2 / 3,
    "three quarters": 0.75, "3/4": 0.75,
}  # fmt: skip
_SHARE = r"half|a\s+half|a\s+third|one\s+third|a\s+quarter|one\s+quarter|two\s+thirds"
_SHARE += r"|three\s+quarters|[123]/[234](?!\d)"
_VESSEL = r"(?:baking\s+|oven\s+|lasagne\s+|lasagna\s+|pie\s+)?(?:tray|dish|casserole)"
_CUES = ("tray", "dish", "casserole")
_ITEM = r"[a-z][^,;:+\n()]*?"
# "lasagne, a quarter of the tray" / "cottage pie (half the dish)"
_AFTER = re.compile(
    rf"(?:^|(?<=[,;:+\n]))(\s*)({_ITEM})\s*(?:,\s*|\(\s*|\s[-–]\s*)(?:i\s+)?(?:ate\s+|had\s+)?"
    rf"(?:about\s+)?({_SHARE})\s+(?:of\s+)?(?:the|a)\s+{_VESSEL}(?:\s*\))?"
    r"(?=\s*(?:$|[,;+\n]|(?:w|with|and|&)\b))",
    re.I,
)
# "a quarter of the tray of lasagne", "half a dish of mac and cheese"
_BEFORE = re.compile(
    rf"\b(?:about\s+)?({_SHARE})\s+(?:of\s+)?(?:the|a)\s+{_VESSEL}\s+of\s+(?=[a-z])", re.I
)


def _helpings(share: str) -> str:
    n = _SHARES[re.sub(r"\s+", " ", share.lower())] * FAMILY_DISH_HELPINGS
    return f"{n:.2g} portion{'' if n <= 1 else 's'} of"


def _after(m: re.Match[str]) -> str:
    return f"{m[1]}{_helpings(m[3])} {m[2]}"


def _line(line: str) -> str:
    line = _AFTER.sub(_after, line)
    return _BEFORE.sub(lambda m: f"{_helpings(m[1])} ", line)


def dish_shared(text: str) -> str:
    """``text`` with a share of a family tray, dish or casserole said as its helpings."""
    return on_cued_lines(text, _CUES, _line)
