"""A clock time in a meal ("6am: 45g oats", "5:30am bagel", "at 6:30 pm") is when, never how many.

Only "at 7am" was read as a time before; a bare "6am" was read as a count of six ("6am: 45g
oats" was 240 g of oats) and "5:30am" as five bagels. A time is cut wherever it stands, with
"at", "by", "around" or "@" before it.
"""

from __future__ import annotations

import re

_CLOCK = re.compile(
    r"(?:\b(?:at|by|around|about|@)\s+|@\s*)?"
    r"(?<![\d.:/])\b(?:[01]?\d)(?:[:.][0-5]\d)?\s*(?:am|pm|a\.m\.|p\.m\.)(?![a-z])[:,]?",
    re.I,
)


def cut_clock_times(text: str) -> str:
    """The meal text without its clock times ("6am: oats" → " oats")."""
    if "am" not in text.lower() and "pm" not in text.lower() and ".m." not in text.lower():
        return text
    return _CLOCK.sub(" ", text)
