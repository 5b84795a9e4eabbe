"""A chain named in a meal ("3 spicy tenders from popeyes", "popeyes thigh + biscuit"): its menu.

"from <chain>" used to be cut as where the food came from, so the food fell to a home-made or
generic entry (a generic tender is 40 g, Popeyes' strip 53 g; a biscuit in the UK is a cookie).
Now a chain said after a food is moved before it ("3 popeyes spicy tenders"), where the matcher
prefers an alias naming chain and dish and otherwise reads the dish alone; and the other items
of a meal that names a chain once are read as that chain's when aliases.txt has the chain's
item ("popeyes thigh + biscuit": a Popeyes biscuit). Chains without the item change nothing.
"""

from __future__ import annotations

import re

from journal.foods.parse import _unit_of
from journal.foods.table import load
from journal.foods.text import key
from journal.foods.words import FILLERS

# Chains whose menu items aliases.txt names with the chain ("kfc thigh", "popeyes biscuit").
_CHAIN = (
    r"popeyes|kfc|bk|burger\s+king|wendy'?s|mcdonald'?s|maccas|taco\s+bell|pizza\s+hut"
    r"|little\s+caesars|papa\s+john'?s|subway|applebee'?s"
)
# Round 19b: more chains whose sides aliases.txt names ("five guys little fries"), searched
# only in a text holding one of their names' bits (a longer alternation costs a paste time).
_MORE_CHAINS = (
    r"|five\s+guys|in[- ]n[- ]out|chick[- ]fil[- ]a|nando'?s|shake\s+shack|dairy\s+queen"
    r"|tim\s+hortons|panda\s+express|jollibee|hungry\s+jacks|red\s+rooster|greggs"
    r"|boost(?:\s+juice)?"  # round 20a: the AU smoothie chain ("smoothie from boost")
)
_MORE_BITS = (
    "five guys", "n out", "n-out", "chick fil", "chick-fil", "nando", "shake shack",
    "dairy queen", "tim hortons", "panda express", "jollibee", "hungry jacks", "red rooster",
    "greggs", "boost",
)  # fmt: skip
_NOT_JOIN = r"(?:(?!\b(?:and|with|w)\b)[a-z' ])"


def _patterns(chains: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """One item then "from/at (the) <chain>" ending it (no comma, plus, "and" or "with"
    inside); and any of the chains."""
    food_from = re.compile(
        rf"(?P<lead>^|[,;+]\s*|\b(?:and|&)\s+)"
        rf"(?P<count>(?:\d+|an?|one|two|three|four|five|six)\s+(?:(?:pc|piece)\s+)?)?"
        rf"(?P<food>[a-z]{_NOT_JOIN}*?)\s+(?:from|at)\s+(?:the\s+)?(?P<chain>{chains})(?:'s)?"
        rf"(?=\s*(?:$|[,;+)]|\b(?:and|&)\b))",
        re.I,
    )
    return food_from, re.compile(rf"\b(?:{chains})\b", re.I)


_BASE = _patterns(_CHAIN)
_WIDE = _patterns(_CHAIN + _MORE_CHAINS)
# The joins between a meal's items, kept so the text is rebuilt as it was (a side said with
# "w" stays with its dish: "kfc 2 piece meal w slaw" is the meal's own side).
_JOIN = re.compile(r"(\s*[,;+&]\s*|\s+and\s+)", re.I)
# A count or article before an item's food: "2 ", "a ", "4pc ".
_COUNT = re.compile(
    r"^(\s*(?:(?:\d+|an?|one|two|three|four|five|six)\s*(?:pc|pcs|piece)?\s+)?)(.*)$", re.I
)


def _moved(m: re.Match[str]) -> str:
    """The chain put before the food, when the matcher knows the chain as a shop word or the
    chain's menu names the food ("nachos at applebees" stays: Applebee's is read only with
    its own items)."""
    chain, food = m.group("chain"), m.group("food")
    count = m.group("count") or ""
    unit, _, rest = food.partition(" ")
    if count and rest and (_unit_of(unit.lower()) or ("",))[0] in ("mass", "volume"):
        count, food = f"{count}{unit} ", rest  # "50 ml whiskey from greggs": the chain's whiskey
    known = (
        key(chain) in FILLERS or chain.lower() == "bk" or key(f"{chain} {food}") in load().aliases
    )
    if not known:
        return m.group(0)
    return f"{m.group('lead')}{count}{chain} {food}"


_REGULAR = re.compile(r"^(?:regular|reg)\s+", re.I)


def _with_chain(
    part: str, chain: str, aliases: dict[str, object], any_chain: re.Pattern[str]
) -> str:
    """One item, the chain put before its food when the chain's menu names that food."""
    if any_chain.search(part):
        return part
    m = _COUNT.match(part)
    if m is None or not m.group(2).strip():
        return part
    food = m.group(2).strip()
    if key(f"{chain} {food}") not in aliases:
        # round 21c: "regular" (the chain's default size) before the side: "popeyes sandwich +
        # regular cajun fries" is Popeyes' fries (a size the chain's alias names is kept in it)
        plain = _REGULAR.sub("", food)
        if plain == food or key(f"{chain} {plain}") not in aliases:
            return part
        return f"{m.group(1)}{chain} {plain}"
    return f"{m.group(1)}{chain} {food}"


def chain_first(text: str) -> str:
    """The meal text with each item a chain it names serves put after the chain: "2 thighs
    from kfc" → "2 kfc thighs"; "popeyes thigh + biscuit" → "popeyes thigh + popeyes biscuit"."""
    low = text.lower()
    food_from, any_chain = _WIDE if any(bit in low for bit in _MORE_BITS) else _BASE
    said = any_chain.search(text)
    if said is None:
        return text
    text = food_from.sub(_moved, text)
    chain = re.sub(r"\s+", " ", said.group(0).lower())
    aliases = load().aliases
    parts = _JOIN.split(text)
    for i in range(0, len(parts), 2):
        parts[i] = _with_chain(parts[i], chain, aliases, any_chain)
    return "".join(parts)
