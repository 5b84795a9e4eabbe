"""A chain's piece count said before the pieces it lists: "3 pc kfc: breast, thigh, drumstick".

The count of a bucket or box read as a count of the first piece named after the colon ("3 pc
kfc original recipe: breast" was three breasts, then a thigh and a drumstick: 830 g of 360).
When the pieces are listed after a colon they are the order, and the count before the
chain's name only says how many there are: it is dropped with the colon ("kfc original recipe
breast, thigh, drumstick"). Lines without a colon are never scanned.
"""

from __future__ import annotations

import re

from journal.foods.chainfrom import _CHAIN
from journal.foods.cuedlines import on_cued_lines

_COUNTED_LIST = re.compile(
    r"\b(?:\d+|two|three|four|five|six|eight|ten|twelve)\s*-?\s*(?:pcs?|pieces?|pce)\s+"
    rf"(?P<chain>(?:{_CHAIN})(?:'s)?\b[^:,;+\n]*?)\s*:\s*(?=[a-z0-9])",
    re.I,
)


def _said(line: str) -> str:
    return _COUNTED_LIST.sub(r"\g<chain> ", line) if ":" in line else line


def pieces_listed(text: str) -> str:
    """``text`` without a chain's piece count where the pieces are listed after a colon."""
    return on_cued_lines(text, (":",), _said)
