"""Words that describe a food rather than name it, matched alone to a food they only describe.

"black" alone is no "Currants, european black", nor "restaurant" a "Restaurant, Chinese,
fried rice": such a match is said as unknown rather than trusted (kept apart from items.py,
which holds how an item is read).
"""

from __future__ import annotations

import re

from journal.foods import match as matcher
from journal.foods.table import Table
from journal.foods.text import fold, stem, stems


def lone_modifier(table: Table, hit: matcher.Hit, phrase: tuple[str, ...]) -> bool:
    """Whether one describing word alone was matched to a food it only describes: "black"
    to "Currants, european black", "sour" to "Sour cream", "classic" to a branded burger,
    "size" to a yogurt's "(Family size)", "restaurant" to "Restaurant, Chinese, fried rice".

    A lone word names a food when it is the noun of the food's name ("Cheese, swiss" for
    "swiss" is its variety, also kept); otherwise the item is said as unknown, not trusted.
    Words the table does not know play no part ("the black stuff" is "black" alone here), and
    a match made of describing words alone ("regular size") names no food at all.
    """
    if hit.via != "fuzzy":
        return False
    left = set(hit.unknown)
    content = [
        w
        for w in phrase
        if w not in matcher.STOPWORDS and w not in matcher.FILLERS and w not in left
    ]
    name = _UNBRACKETED.sub("", fold(table.name(hit.index))).split(",")
    if not content:  # "regular size", "original": describing words alone name no food,
        return not set(phrase) & set(stems(name[0]))  # but "wendys" names a WENDY'S one
    if len(content) != 1:
        return False
    word = matcher.correct(content[0]) or content[0]
    if word in _DESCRIBING:
        return True
    head = [w for w in stems(name[0]) if w not in _CATEGORY_HEADS]
    variety = len(name) > 1 and stems(name[1])[:1] == [word]
    return not ((head and head[-1] == word) or variety)


# What a name says in brackets ("(Family size)") is no part of what the food is.
_UNBRACKETED = re.compile(r"\([^()]*\)")
# SR24 heads that name a kind of outlet, not a food: "Restaurant, Chinese, fried rice".
_CATEGORY_HEADS = frozenset(stem(w) for w in ("restaurant", "fast", "foods", "entrees"))
# Words that describe a food's form, colour or amount in SR24's names ("Peanuts, all types",
# "Pretzels, soft", "Emu, full rump"): alone they name none of the foods they describe.
_DESCRIBING = frozenset(
    stem(w)
    for w in (
        "all", "soft", "full", "single", "double", "size", "black", "white", "brown", "top",
        "skin", "center", "classic", "american", "european", "assorted", "pressed",
        "battered", "nonfat", "lowfat", "multigrain", "restaurant", "style", "type",
        "regular", "original", "drink", "stuff", "thing", "things", "breakfast", "brunch",
        "lunch", "dinner", "supper", "meal", "special",
    )
)  # fmt: skip
