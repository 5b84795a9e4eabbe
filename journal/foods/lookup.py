"""Ranked food candidates for a query (the food picker and ``foods.search``).

Kept apart from :mod:`journal.foods.match`, which answers one phrase with one food.
"""

from __future__ import annotations

from journal.foods.match import STOPWORDS, Hit, _split, match
from journal.foods.ranking import rank
from journal.foods.table import load
from journal.foods.text import stems


def search(query: str, limit: int = 10) -> list[Hit]:
    """Ranked candidates for a query: the alias first, then the fuzzy shortlist."""
    table = load()
    phrase = tuple(stems(query))
    if not phrase or limit <= 0:
        return []
    hits: list[Hit] = []
    seen: set[int] = set()
    first = match(phrase)
    if first is not None and first.parts:  # a dish: the foods it is made of, in order
        for i, grams, desc in first.parts:
            hits.append(Hit(i, first.score, grams, desc, "alias"))
            seen.add(i)
    elif first is not None:
        hits.append(first)
        seen.add(first.index)
    known, _unknown = _split(table, phrase)
    words = tuple(w for w in known if w not in STOPWORDS) or known
    for score, i in rank(table, words, limit + 1):
        if i in seen:
            continue
        grams, desc = table.default_portion(i)
        hits.append(Hit(i, score, grams, desc, "fuzzy"))
        seen.add(i)
    return hits[:limit]
