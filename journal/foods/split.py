"""Meal text → item texts: where one food ends and the next begins.

"2 eggs, oatmeal 80g and a banana" splits at commas, semicolons, new lines, "and", "with",
"plus", "on" and "+", unless the words around "and"/"with" form a known food ("mac and
cheese") or fill one dish ("a cheese and tomato sandwich"). Kept apart from
:mod:`journal.foods.parse`, which reads the amount and the food words of each item.
"""

from __future__ import annotations

import re
from itertools import pairwise

from journal.foods.parse import Token, _read_count, _unit_of, read_amount, tokenize
from journal.foods.table import Table, load
from journal.foods.text import stem
from journal.foods.units import NUMBER_WORDS

_SPLIT_HARD = re.compile(r"[;\n+]|,(?!\d)")
_SPLIT_SOFT = re.compile(r"\s+(and|with|plus|on|&|w/)\s+")
# Other ways of saying "with" and "on": "served with rice", "over brown rice", "on a bed of
# spinach", "a scoop of whey in 300 ml of milk" (an amount after "in" starts an item). "over"
# before "the"/"my"/a number is time, not food ("3 gels over the half marathon").
_SAID_WITH = re.compile(
    r"\s+(?:served\s+with|topped\s+with|alongside|along\s+with|together\s+with|"
    r"accompanied\s+by|w)\s+",
    re.I,
)
_SAID_ON = re.compile(
    r"\s+(?:on\s+a\s+bed\s+of|on\s+top\s+of|over\s+(?:a\s+bed\s+of\s+)?"
    r"(?!(?:the|my|a|an|easy|medium|hard|well|\d|one|two|three|four|five|half|\w+\s+(?:hours?|minutes?|mins?|km|miles?))\b))",
    re.I,
)
_IN_AMOUNT = re.compile(
    r"\s+in\s+(?=\d|(?:a|one|half\s+a)\s+(?:glass|cup|mug|pint|bottle)\b"
    r"|(?:my|the|a|an|your)\s+(?:[a-z]+\s+)?(?:coffee|tea|latte|cuppa|porridge|oats|cereal"
    r"|smoothie|shake)\b"
    r"|(?:an?\s+|some\s+)?(?:[a-z]+\s+)?(?:butter|gravy|custard|mayo|pesto|marinara|arrabbiata"
    r"|napoletana|pomodoro|passata|ragu|(?:tomato|cheese|white"
    r"|curry|pasta|bbq|barbecue|peppercorn|mushroom|garlic|creamy|cream|sweet\s+chilli)\s+sauce"
    r"|(?:white\s+|red\s+)?wine\s+(?:and\s+(?:cream|garlic)\s+)?sauce)\b)",
    re.I,
)  # "prawns in garlic butter", "meatballs in tomato sauce": the sauce is an item of its own
_W_SLASH = re.compile(r"\s+w/\s*", re.I)
_TRIM = " \t.-"


def split_items(text: str) -> list[str]:
    """The item texts of a meal, in order, as typed (trimmed)."""
    return [item for item, _sep in split_pieces(text)]


def split_pieces(text: str) -> list[tuple[str, str]]:
    """Items with the word that joined each to the one before ("with", "and", or "")."""
    table = load()
    items: list[tuple[str, str]] = []
    text = _W_SLASH.sub(" with ", text)  # "tea w/ milk" is "tea with milk", an everyday name
    text = _IN_AMOUNT.sub(" with ", _SAID_ON.sub(" on ", _SAID_WITH.sub(" with ", text)))
    for chunk in _SPLIT_HARD.split(text):
        pieces = _SPLIT_SOFT.split(f" {chunk.strip()} ")
        parts = [[pieces[0].strip(_TRIM), ""]]
        for sep, right in zip(pieces[1::2], pieces[2::2], strict=True):
            right = right.strip(_TRIM)
            if parts[-1][0] and right and _joins(table, parts[-1][0], sep, right):
                parts[-1][0] = f"{parts[-1][0]} {sep} {right}"
            else:
                parts.append([right, sep])
        items.extend((p, sep) for p, sep in parts if p)
    return items


# Number words that can start "... and a half" ("a double" is a measure: "a double double and
# a donut" is a coffee and a doughnut).
_COUNT_WORDS = frozenset(w for w in NUMBER_WORDS if w not in ("double", "triple"))


def _joins(table: Table, left: str, sep: str, right: str) -> bool:
    """Whether "and"/"with" belongs to the item: "mac and cheese", "one and a half bagels"."""
    left_toks = tokenize(left)
    if sep in ("and", "&") and right.lower() in ("a half", "half"):
        return True  # "a cup and a half", "2 slices and a half": one amount
    if all(t.kind == "num" or t.text in _COUNT_WORDS for t in left_toks):
        return True  # "2 and a half cups", "one and a half bagels"
    lw = [stem(t.text) for t in left_toks]
    sep = {"&": "and", "w/": "with"}.get(sep, sep)  # "lentil & ham soup" is the alias's "and"
    if sep == "with" and _weighed(left_toks) and _a_food(left) and _a_food(right):
        named = [stem(w) for w in (*read_amount(left).words, "with", *read_amount(right).words)]
        if " ".join(named) not in table.aliases:
            return False  # "100g dry pasta with pesto": the weight is the pasta's, not a dish's
    right_toks = tokenize(right)
    rw = [stem(t.text) for t in right_toks]
    if sep == "and" and _fills_a_dish(table, left_toks, right_toks, rw):
        return True  # "a cheese and tomato sandwich", "chicken and avocado wrap"
    for a in range(len(lw)):
        if not _only_amount_words(lw[:a]):
            break  # "raisin toast with butter": "toast with butter" is not what was said
        for b in range(1, len(rw) + 1):
            if " ".join([*lw[a:], stem(sep), *rw[:b]]) in table.aliases:
                return True
    return False


def _only_amount_words(words: list[str]) -> bool:
    """Whether words before a name only say how much or how it was done ("a plate of")."""
    from journal.foods.words import FILLERS, STOPWORDS

    return all(
        w in STOPWORDS or w in FILLERS or w in NUMBER_WORDS or _unit_of(w) or w[:1].isdigit()
        for w in words
    )


def _a_food(text: str) -> bool:
    """Whether a text names a food on its own ("pesto", not "all the trimmings")."""
    from journal.foods import match

    words = read_amount(text).words
    return bool(words) and match.match(tuple(stem(w) for w in words)) is not None


def _weighed(toks: list[Token]) -> bool:
    """Whether a number with a weight unit is among the tokens ("100g", "4 oz")."""
    return any(
        a.kind == "num" and b.kind == "word" and (u := _unit_of(b.text)) and u[0] == "mass"
        for a, b in pairwise(toks)
    )


def _fills_a_dish(table: Table, left: list[Token], right: list[Token], rw: list[str]) -> bool:
    """Whether "X and Y <dish>" names two fillings of one dish rather than two items.

    The right side must end in a dish with a main ingredient and carry no amount of its
    own; the left side must be one or two food words, with at most an article before them.
    """
    if len(right) < 2 or right[0].kind != "word" or right[0].text in NUMBER_WORDS:
        return False  # "lasagne and salad": two items; "cheese and tomato sandwich": one
    count, at = _read_count(left, 0)
    words = left[at:] if count is not None and count < 1 else left  # "2 quarters of a pb"
    words = words[1:] if words and words[0].text in ("a", "an") else words
    if _served_alone(table, [stem(t.text) for t in words]):
        return False  # "tomato soup and grilled cheese": a soup beside the sandwich
    if not 1 <= len(words) <= 2 or any(t.kind != "word" or t.text in NUMBER_WORDS for t in words):
        return False
    for size in (2, 1):
        entry = table.aliases.get(" ".join(rw[-size:])) if len(rw) >= size else None
        if entry is not None and any(part[3:] for part in entry):
            return True
        if entry is not None and len(entry) == 1 and table.group(entry[0][0]) in _READY_DISHES:
            return True  # "chicken and chorizo paella": a ready dish named by its filling
    return False


_READY_DISHES = frozenset(("Meals, Entrees, and Side Dishes",))


def _served_alone(table: Table, words: list[str]) -> bool:
    """Whether words name a soup or a drink, never another dish's filling."""
    entry = table.aliases.get(" ".join(words)) if words else None
    if not entry or len(entry) != 1:
        return False
    return table.group(entry[0][0]) in ("Beverages",) or table.name(entry[0][0]).startswith("Soup")
