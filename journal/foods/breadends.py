"""The heel of a loaf is a slice of it: "sourdough heel", "a heel of bread", "rye ends".

The end slice of a loaf is called its heel (or end, or crust) and eaten like any slice, but
"heel" is in no food's name, so it was left unread beside the bread. Said after a bread word
it is dropped (the bread is read at its slice); said before "of" a bread it is "slice".
"""

from __future__ import annotations

import re

_BREAD = (
    r"(?:bread|loaf|sourdough|rye|bloomer|baguette|ciabatta|focaccia|brioche|wholemeal|"
    r"granary|multigrain|seeded|cob|pumpernickel|tiger\s+bread)"
)
_AFTER = re.compile(rf"\b({_BREAD})\s+(?:heel|end\s+slice|end|crust)(s?)\b", re.I)
_BEFORE = re.compile(
    rf"\b(?:heel|end\s+slice|end|crust)(s?)\s+of\s+(?:(?:the|a|my)\s+)?({_BREAD})", re.I
)


def _after(m: re.Match[str]) -> str:
    return m[1] if not m[2] else f"{m[1]} slices"


def _before(m: re.Match[str]) -> str:
    bread = "bread" if m[2].lower() == "loaf" else m[2]  # "the loaf" alone is a meat loaf
    return f"slice{m[1]} of {bread}"


def heels_said(text: str) -> str:
    """``text`` with the heel of a loaf said as its slice."""
    if "heel" not in text and "end" not in text and "crust" not in text:
        return text
    return _BEFORE.sub(_before, _AFTER.sub(_after, text))
