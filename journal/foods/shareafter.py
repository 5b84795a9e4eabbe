"""A share of a food said after it: "400g tin of chickpeas, half", "lemon chicken (half an
order)", "beef and broccoli, ate half of it", "pink grapefruit half", "a 500g tub of yoghurt,
had a third", "pad thai, half the box", "chow mein, 1/3 of the order", "1L of juice,
drank half". The share was left unread ("half" came out unknown and the whole was counted);
:func:`share_first` says it first ("half a 400g tin of chickpeas"), as the reader takes it.
"(my half): 150g chicken, ..." names the share of a dish whose parts are listed by what was
eaten: the label goes, the listed amounts stand.
"""

from __future__ import annotations

import re

from journal.foods.cuedlines import on_cued_lines

_SHARE = (
    r"half|a\s+half|a\s+third|one\s+third|a\s+quarter|one\s+quarter|two\s+thirds"
    r"|[123]/[234](?!\d)|three\s+quarters|most"  # "pizza, most of it": three quarters of it
)
# "(half an order)" is a share of the food; "(half a tin)" an amount, read by the items
_ORDER = r"order|portion|serving|helping|plate|bowl"
_PACK = (
    r"order|portion|serving|pack|packet|tin|can|box|bag|tub|pot|jar|plate|bowl|container|tray"
    r"|batch|pan|carton|bottle|punnet"
)
# The shop packs a share is of: said, the pack stays ("half a bottle of red wine"), as the
# reader sizes a bottle, tin, box or bag by what it holds; an order or plate is the helping.
_CONTAINER = r"tin|can|box|bag|tub|jar|carton|bottle|punnet|pack|packet|sleeve|pint"
# "whole", "all of", "most of": shares of a pack said the same way as "half"
_WHOLE = r"(?:the\s+)?whole|all(?:\s+of)?(?:\s+the)?|the\s+entire|entire|most(?:\s+of)?(?:\s+the)?"
# "tater tots, half a bag baked": how it was heated, said after the share, changes no row
_HEATED = r"(?:\s+(?:baked|oven[- ]baked|air[- ]fried|microwaved|heated|warmed))?"
_SAID_AFTER = re.compile(
    rf"(?:^|(?<=[,;:+\n]))(\s*)(?!(?:an?\s+|the\s+)?(?:{_CONTAINER})s?\s*,)"
    r"([a-z0-9][^,;:+\n()]*?)\s*(?:,\s*|\(\s*|\s[-–]\s*)"
    rf"(?:(?:an?\s+|the\s+)?(?:{_CONTAINER})\s*,\s*)?"  # "mac n cheese, box, half the box"
    r"(?:i\s+)?(?:only\s+)?(?:ate\s+|had\s+|finished\s+|drank\s+|drunk\s+)?(?:about\s+)?"
    rf"(?:({_SHARE})(?:\s+of\s+(?:it|them|that)|\s+(?:of\s+)?(?:the|a)\s+({_CONTAINER})s?\b"
    rf"|\s+(?:of\s+)?the\s+(?:{_PACK}))?|(?:({_WHOLE})\s+|(?:the|a|one)\s+(?!pint)|(?=(?:{_CONTAINER})\s*(?:$|[,;+\n])))"
    rf"({_CONTAINER})\b)"
    rf"(?:\s+(?:an?|the)\s+(?:{_ORDER}))?{_HEATED}"
    r"(?:\s*\))?(?=\s*(?:$|[,;+\n]|(?:w|with|and|&)\b))",
    re.I,
)
# "pink grapefruit half", "avocado half": the half of a fruit said after it
_FRUIT_HALF = re.compile(
    r"(?:^|(?<=[,;:+\n]))(\s*)((?:[a-z]+\s+){0,2}?(?:grapefruit|avocado|avo|melon|cantaloupe"
    r"|papaya|mango|pomelo|orange|apple|pear|peach|banana|bagel|muffin|baguette|pitta|pita))"
    r"\s+half(?=\s*(?:$|[,;+\n]|(?:w|with|and|&)\b))",
    re.I,
)
_MY_SHARE = re.compile(r"\s*\(\s*(?:my|our)\s+(?:half|share|portion|bit)\s*\)(?=\s*:)", re.I)
_SIZE_LAST = re.compile(r"\s+(\d+(?:\.\d+)?\s*(?:ml|cl|l|g|kg|oz))\s*$", re.I)
_ARTICLE = re.compile(r"(?:an?|one|1)\s+", re.I)


def _share(m: re.Match[str]) -> str:
    item = m[2]
    if item.split()[-1].lower() in ("a", "an", "and", "one"):
        return m[0]  # "a cup and a half", "two and a half"
    pack = (m[4] or m[6] or "").lower()
    if m[6]:  # "soup, whole can", "crisps, most of the bag", "coke, can": that share of it
        share = "three quarters of" if (m[5] or "").lower().startswith("most") else "a"
        return f"{m[1]}{share} {pack} of {_ARTICLE.sub('', item, 1)}"
    share = re.sub(r"^(?:a|one)\s+half$", "half", m[3].lower())
    share = "three quarters" if share == "most" else " ".join(share.split())
    if pack:  # "red wine, half the bottle": half a bottle of it, sized by the pack
        return f"{m[1]}{share} {'' if share == 'half' else 'of '}a {pack} of {item}"
    sized = _SIZE_LAST.search(item)  # "orange juice 1L, drank half": half a 1L one
    if sized:
        item = f"{sized[1]} {item[: sized.start()]}"
    item = _ARTICLE.sub("a ", item, 1) if _ARTICLE.match(item) else f"a {item}"
    return f"{m[1]}{share} {'' if share == 'half' else 'of '}{item}"


# "half of a coconut water 500ml" (shopwords' reading of "..., had half"): the size said
# last is the whole's, so it goes first ("half of a 500ml coconut water")
_OF_SIZED = re.compile(
    rf"\b({_SHARE})\s+of\s+an?\s+([a-z][^,;+\n()]*?)\s+(\d+(?:\.\d+)?\s*(?:ml|cl|l|g|kg|oz))"
    r"(?=\s*(?:$|[,;+\n]))",
    re.I,
)


def _shared_line(line: str) -> str:
    line = _MY_SHARE.sub("", line) if ":" in line else line
    line = _SAID_AFTER.sub(_share, _FRUIT_HALF.sub(r"\1half a \2", line))
    return _OF_SIZED.sub(r"\1 of a \3 \2", line)


def share_first(text: str) -> str:
    """``text`` with a share said after its food said before it."""
    cues = ("half", "third", "quarter", "/", "whole", "all", "most", "entire", "can", "tin")
    cues += ("box", "bag", "tub", "jar", "carton", "bottle", "punnet", "pack", "sleeve", "pint")
    return on_cued_lines(text, cues, _shared_line)
