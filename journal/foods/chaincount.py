"""A count said after a chain's name, moved before it.

"kfc 3 crispy strips", "popeyes 5 spicy tenders", "wendys 4 nuggets", "bk 8pc tenders": the
parser reads a count at the front of an item, so a count behind the chain's name was lost
and the item read as one strip (KFC strips 47 g of 141). Said before the chain ("3 kfc
crispy strips") it is read as any count, and the chain still picks its menu's item.
"""

from __future__ import annotations

import re

from journal.foods.chainfrom import _CHAIN
from journal.foods.cuedlines import on_cued_lines

_MORE_CHAINS = r"|domino'?s|nando'?s|greggs|hungry\s+jacks|red\s+rooster|chick-?\s*fil-?\s*a"
_COUNT_AFTER_CHAIN = re.compile(
    r"(?P<lead>^|[,;:+&(\n]|\b(?:and|with|w|plus)\b)(?P<gap>\s*)"
    rf"(?P<chain>(?:{_CHAIN}{_MORE_CHAINS})(?:'s)?)\s+"
    r"(?P<count>\d+|two|three|four|five|six|eight|ten|twelve)"
    r"(?P<pc>\s*-?\s*(?:pcs?|pieces?|pce)\b)?\s+"
    r"(?!(?:inch(?:es)?|in|cm|mins?|minutes?|km|miles?|am|pm|count|ct|pcs?|pieces?|pce)\b)"
    r"(?=[a-z])",
    re.I,
)
_CUES = (
    "popeyes", "kfc", "bk ", "burger king", "wendy", "mcdonald", "maccas", "taco bell",
    "pizza hut", "little caesars", "papa john", "subway", "applebee", "domino", "nando",
    "greggs", "hungry jacks", "red rooster", "chick fil", "chick-fil", "chickfil",
)  # fmt: skip


def _moved(m: re.Match[str]) -> str:
    if m["pc"] and m["chain"].lower().startswith(("kfc", "popeyes")):
        return m.group()  # "kfc 2 piece meal": pieces of chicken (see servedwords.py)
    return f"{m['lead']}{m['gap']}{m['count']}{m['pc'] or ''} {m['chain']} "


def count_before_chain(text: str) -> str:
    """``text`` with a count said after a chain's name said before it."""
    return on_cued_lines(text, _CUES, lambda line: _COUNT_AFTER_CHAIN.sub(_moved, line))
