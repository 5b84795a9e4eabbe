"""A bare number said after an item whose measure is already given: its size, not a count.

"can of ipa, 440" is a 440 ml can (it was 440 cans, ten kilos of beer), "handful of almonds
(about 23)" is 23 almonds (it was 23 handfuls, 690 g). Nobody logs a hundred cans or five
handfuls that way, so a number that big after a drink's container is millilitres and one
after a handful counts the pieces in it. A tin said after an "on" pair whose second food is
counted ("beanz on 2 crumpets, half a tin", "bacon on a bun, 4 slices") is the first food's.
"""

from __future__ import annotations

import re

from journal.foods.parse import read_amount
from journal.foods.said import CONTEXT

_BARE_NUMBER = re.compile(r"\s*(?:about|around|approx\.?|roughly|~)?\s*(\d{1,4})\s*", re.I)
_CONTAINERS = frozenset(("can", "bottle", "glass", "pint", "cup", "mug", "carton", "flask"))
ML_FROM = 100  # "a can of coke, 330": a number this big after a container is its millilitres
PIECES_FROM = 5  # "a handful of almonds, 23": a number this big after a handful counts pieces
# "small can of tomato juice (200ml)", "half a bag of crisps (the big 150g bag)": a pack's
# labelled size said after it is the size of each pack
_PACKS = frozenset(("can", "bottle", "carton", "bag", "packet", "package", "container", "jar"))
_PACK_SIZE = re.compile(
    r"\s*(?:~|about\s+|approx\.?\s+)?(?:(?:the|a|an)\s+)?(?:(?:big|small|large|little|mini)\s+)?"
    r"(\d+(?:\.\d+)?\s*(?:ml|cl|l|g|kg|oz|fl\s*oz))\s*",
    re.I,
)


def said_size(before: str, piece: str) -> str | None:
    """``before`` rewritten with the size ``piece`` gives it, or None when ``piece`` is not a
    bare number that can only be a size (then it is read as usual, as a count)."""
    m = _BARE_NUMBER.fullmatch(piece)
    sized = _PACK_SIZE.fullmatch(piece) if m is None else None
    if m is None and sized is None:
        return None
    amount = read_amount(before)
    if not amount.words or amount.unit is None:
        return None
    food = " ".join(amount.words)
    times = f"{amount.count:g} x " if amount.count not in (None, 1.0) else ""
    if sized is not None:
        return f"{times}{sized[1]} {food}" if amount.unit in _PACKS else None
    n = int(m[1])
    if amount.unit in _CONTAINERS and n >= ML_FROM:
        return f"{times}{n} ml {food}"
    if amount.unit == "handful" and n >= PIECES_FROM and amount.count in (None, 1.0):
        return f"{n} {food}"
    return None


_TIN = re.compile(r"\b(?:tins?|cans?|slices?|rashers?)\b", re.I)


def packed_earlier(out: list[tuple[str, str]], piece: str) -> int | None:
    """The item of an "on"/"with" pair a tin or slices said after the pair belong to, when
    the last item is counted already ("beanz on 2 crumpets, half a tin", "peameal bacon on a
    bun, 4 slices"); None otherwise."""
    if len(out) < 2 or not out[-1][1] or not _TIN.search(piece):
        return None
    if read_amount(out[-1][0]).count is None or read_amount(out[-2][0]).count is not None:
        return None
    return len(out) - 2


# an amount, then a word that starts saying where or when ("400g from the market", "1 mug at
# the xmas market"): checked before the costlier context cut, which most items never need
_WHERE = re.compile(
    r"\s*(?:\d|half\b|an?\s|one\b)[^,;]*?\s(?:from|at|in|on|after|before|during|post|pre|mid|over"
    r"|every|for|@)\b",
    re.I,
)


def amount_said_where(piece: str) -> str | None:
    """ "400g from the market", "1 mug at the xmas market": the amount alone, where it was
    got or drunk cut; None when the item says more than an amount and where."""
    if not _WHERE.match(piece):
        return None
    bare = CONTEXT.sub("", f" {piece}").strip()
    amount = read_amount(bare)
    if amount.words or (amount.count is None and amount.unit is None):
        return None
    return bare
