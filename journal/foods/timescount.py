"""A count said as "xN" inside a food's words, moved before them.

"eggs x4 scrambled", "rice cakes x2 smeared w pb", "cookies x3 (chips ahoy)", "fun size
snickers x3 from the office bowl": the parser reads a count before the food or as the last
words of its item ("banana x2"), so a count followed by more words was lost and the item
read as one helping. Moved before the food it counts, it is read as any other count ("4 eggs
scrambled"). A food that already holds a count ("2 eggs x4"), a multiplied measure ("2 x
30g gels") and an "xN" that ends its item are left as they are (the parser reads those).
"""

from __future__ import annotations

import re

from journal.foods.cuedlines import on_cued_lines

# Words that end one item and start the next; a count is never moved across them.
_JOINS = r"and|with|w|plus|then|on|in|x"
_TIMES_INSIDE = re.compile(
    r"(?P<lead>^|[,;:+&(\n]|\b(?:and|with|w|plus|then)\b)(?P<gap>\s*)"
    rf"(?P<food>(?:(?!(?:{_JOINS})\b)[a-z][a-z'-]*\s+){{1,4}}?)"
    r"x\s?(?P<n>\d{1,2})\b(?![./]|\s*(?:g|kg|ml|l|cl|oz|lb|%)\b)"
    rf"(?=\s*\((?![^)]*\d)|\s+(?!(?:{_JOINS}|&)\b)[a-z])",
    re.I,
)
_CUE = re.compile(r"[xX] ?[1-9]")
_CUES = tuple(f"x{d}" for d in range(1, 10)) + tuple(f"x {d}" for d in range(1, 10))


# What follows the count, up to the end of its item: "scrambled", "from the office bowl".
_TAIL = re.compile(rf"[^,;:+&(\n]*?(?=$|[,;:+&(\n]|\s(?:{_JOINS})\b)", re.I)

_BRACKET = re.compile(r"\s*\(([^()]*)\)")


def _moved(m: re.Match[str]) -> str:
    """The count before its food, unless the words after it name a food of their own ("tacos
    x3 ground beef": the tacos' filling, which a count before would multiply too)."""
    from journal.foods.items import _parse_item_cached  # items reads said, which reads this
    from journal.foods.parse import _unit_of

    tail = _TAIL.match(m.string, m.end())
    words = tail.group().strip() if tail else ""
    if words and (_unit_of(words.split()[0].lower()) or _parse_item_cached(words).sure):
        return m.group()  # "maggi x2 packets": packets, read where they are
    bracket = _BRACKET.match(m.string, m.end())
    said = re.split(r"\s*(?:,|&|\+|\band\b|\bwith\b)\s*", bracket[1]) if bracket else []
    if said and any(_other_food(_parse_item_cached(m["food"]).index, w) for w in said):
        return m.group()  # "stuffed peppers x2 (beef and rice)": the filling of both
    return f"{m['lead']}{m['gap']}{m['n']} {m['food'].rstrip()}"


def _other_food(food: int | None, words: str) -> bool:
    """Whether ``words`` surely name a food of another group than ``food`` ("(beef and
    rice)" in stuffed peppers), not which one it is ("cookies x3 (chips ahoy)")."""
    from journal.foods.items import _parse_item_cached
    from journal.foods.table import load

    named = _parse_item_cached(words) if words else None
    if named is None or not named.sure or named.index is None:
        return False
    return food is None or load().group(named.index) != load().group(food)


def count_first(text: str) -> str:
    """``text`` with each "xN" said inside a food's words said before the food instead."""
    if not _CUE.search(text):  # one scan of a long paste, not one per cue
        return text
    return on_cued_lines(text, _CUES, lambda line: _TIMES_INSIDE.sub(_moved, line))
