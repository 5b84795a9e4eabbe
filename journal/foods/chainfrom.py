"""A chain said after the food ("3 spicy tenders from popeyes"): the chain's own menu item.

"from <chain>" used to be cut as where the food came from, so the food fell to a home-made or
generic entry (a generic tender is 40 g, Popeyes' strip 53 g; a biscuit in the UK is a cookie).
The chain is now moved before the food of the same item ("3 popeyes spicy tenders"), where
the matcher prefers an alias naming chain and dish and otherwise reads the dish alone, so a
chain with no such item on its menu changes nothing.
"""

from __future__ import annotations

import re

# Chains whose menu items aliases.txt names with the chain ("kfc thigh", "popeyes biscuit").
_CHAIN = (
    r"popeyes|kfc|bk|burger\s+king|wendy'?s|mcdonald'?s|maccas|taco\s+bell|pizza\s+hut"
    r"|little\s+caesars|papa\s+john'?s|subway"
)
# One item (no comma, plus or semicolon inside), then "from/at (the) <chain>" ending it.
_FOOD_FROM = re.compile(
    rf"(?P<lead>^|[,;+]\s*|\b(?:and|&)\s+)"
    rf"(?P<count>(?:\d+|an?|one|two|three|four|five|six)\s+(?:(?:pc|piece)\s+)?)?"
    rf"(?P<food>[a-z][a-z' ]*?)\s+(?:from|at)\s+(?:the\s+)?(?P<chain>{_CHAIN})(?:'s)?"
    rf"(?=\s*(?:$|[,;+)]|\b(?:and|&)\b))",
    re.I,
)


def _moved(m: re.Match[str]) -> str:
    count = m.group("count") or ""
    return f"{m.group('lead')}{count}{m.group('chain')} {m.group('food')}"


def chain_first(text: str) -> str:
    """Move a chain said after its item's food to before it: "2 thighs from kfc" → "2 kfc
    thighs"; text naming no chain after a food is returned as it was."""
    if "from" not in text.lower() and " at " not in text.lower():
        return text
    return _FOOD_FROM.sub(_moved, text)
