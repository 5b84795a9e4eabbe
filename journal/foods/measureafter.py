"""A vessel or kitchen amount said after its food is said before it.

Runners write the food first and the measure after it, with or without a comma and with a
size word: "tea, a mug", "peanut butter, a heaped tablespoon", "butter a scrape", "wine, a
large glass", "sugar 1 level teaspoon". The parser reads a measure before its food ("a mug of
tea") and a bare number after it ("tea 1 mug"), so the food was read at its usual helping and
the measure dropped or left over ("peanut butter, a dollop" was 32 g, "milk, a dash" 244 g).
The words are a closed class (vessels, spoon and hand amounts, and the size words said with
them) written from general knowledge, not from any phrase table. A food said with joining
words ("toast with butter, a scrape") or with an amount of its own is left as it is: the
measure may then belong to either part.
"""

from __future__ import annotations

import re

from journal.foods.cuedlines import on_cued_lines

_VESSELS = (
    "mug|cup|teacup|beaker|glass|tumbler|flute|goblet|schooner|middy|pot|pint|half pint|jug|"
    "pitcher|carafe|thermos|flask|bidon|bottle|can|tin|carton|jar|tub|punnet|bowl|plate|"
    "plateful|saucer|ramekin|ladle|ladleful|scoop|katori|shot|cupful|mugful|glassful|bowlful"
)
_AMOUNTS = (
    "spoonful|spoon|tablespoon|tablespoonful|teaspoon|teaspoonful|tbsp|tsp|forkful|mouthful|"
    "bite|nibble|sliver|wedge|chunk|dash|drizzle|splash|dollop|smear|scrape|scraping|knob|pat|"
    "sprinkle|sprinkling|pinch|handful|fistful|heap|slice|piece|square"
)
_WORD = rf"(?:{_VESSELS}|{_AMOUNTS})(?:e?s)?"
_SIZE = (
    r"(?:heaped|heaping|rounded|level|generous|scant|big|large|small|mini|tiny|little|good|"
    r"full|decent|huge)"
)
_COUNT = r"(?:an?|one|two|three|four|\d{1,3}(?:\.\d{1,2})?|half\s+an?)"
_AMOUNT = rf"{_COUNT}\s+(?:{_SIZE}\s+){{0,2}}{_WORD}"
_HEDGE = (
    r"(?:about|around|roughly|approx\.?|approximately|maybe|like|nearly|almost|prob|probably|"
    r"perhaps|abt|est\.?|~)"
)
# a piece that is only the measure, maybe hedged ("almonds, roughly a handful")
_ALONE = re.compile(rf"\s*(?:{_HEDGE}\s*)?({_AMOUNT})\s*", re.I)
_ENDING = re.compile(rf"\s({_AMOUNT})\s*$", re.I)  # a piece ending in the measure
# a food the measure can only belong to: a few plain words, nothing joined to it
_PLAIN_FOOD = re.compile(r"\s*[a-z][a-z'&-]*(?:\s+[a-z][a-z'&-]*){0,3}\s*", re.I)
_JOINED = re.compile(
    r"\b(?:with|w|and|on|in|of|plus|n|from|at|for|to|out|by|into|off|without|no|or)\b|&|\+|/",
    re.I,
)
# words no food is named with: a hedge or a verb said before the measure ("about a cup",
# "drank 3 bottles"), or an amount of the food's own
_NOT_FOOD = frozenset(
    (
        "about", "around", "roughly", "approx", "approximately", "maybe", "like", "nearly",
        "almost", "prob", "probably", "perhaps", "abt", "ish", "est", "estimated", "guess",
        "say", "drank", "drink", "ate", "eat", "had", "have", "finished", "shared", "split",
        "made", "used", "added", "took", "then", "also", "another", "extra", "more", "the",
        "my", "just", "per", "each", "every", "over", "under", "only", "less", "than",
    )
)  # fmt: skip
_MEASURED = re.compile(rf"^\s*(?:{_COUNT}|\d|some|few|couple)\b", re.I)
_CUES = tuple(
    sorted({w.split()[0] for w in (_VESSELS + "|" + _AMOUNTS).split("|")} - {"half"}, key=len)
)
_SPLIT = re.compile(r"([,;])")


def _plain(food: str) -> bool:
    """Whether ``food`` is a few plain words naming one food with no amount of its own."""
    return (
        _PLAIN_FOOD.fullmatch(food) is not None
        and _JOINED.search(food) is None
        and _MEASURED.match(food) is None
        and not _NOT_FOOD.intersection(food.lower().split())
    )


def _first(amount: str, food: str) -> str:
    return f"{' '.join(amount.split())} of {food.strip()}"


def _line(line: str) -> str:
    parts = _SPLIT.split(line)
    out = [parts[0]]  # pieces and their separators, in turn
    for k in range(1, len(parts), 2):
        sep, piece = parts[k], parts[k + 1]
        alone = _ALONE.fullmatch(piece)
        if alone and sep == "," and _plain(out[-1]):
            lead = out[-1][: len(out[-1]) - len(out[-1].lstrip())]
            out[-1] = lead + _first(alone[1], out[-1])  # the piece is said with its food
            continue
        out += [sep, piece]
    for k in range(0, len(out), 2):
        ending = _ENDING.search(out[k])
        if ending and _plain(out[k][: ending.start()]):
            food = out[k][: ending.start()]
            out[k] = food[: len(food) - len(food.lstrip())] + _first(ending[1], food)
    return "".join(out)


def measures_first(text: str) -> str:
    """``text`` with a vessel or amount said after its food said before it ("tea, a mug" is
    "a mug of tea", "peanut butter 1 heaped tablespoon" "1 heaped tablespoon of peanut
    butter")."""
    return on_cued_lines(text, _CUES, _line)
