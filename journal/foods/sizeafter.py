"""A size said after its food: "cappuccino, large", "flat white (small)", "fries - medium".

A size word on its own piece of the list named no food and was dropped without a word, so
"soy cappuccino, large" was a regular cup (a third less milk) and nothing told the runner.
Said before the food ("large soy cappuccino") the size word scales the helping or picks the
cup, so :func:`size_first` moves it there. Only an item that starts the list piece and holds
no joining word is moved ("jacket potato w beans & cheese, large" is left as said: which of
them is large is not said).
"""

from __future__ import annotations

import re

from journal.foods.cuedlines import on_cued_lines

_SIZES = r"small|medium|regular|large|big|grande|venti|trenta|tall|extra[- ]large|xl|jumbo"
_CUES = (
    "small", "medium", "regular", "large", "big", "grande", "venti", "trenta", "tall", " xl",
    "jumbo",
)  # fmt: skip
_JOIN = r"(?!(?:w|with|and|on|in|of|or|for|at|from|the|a|an)\b)"
_SIZE_AFTER = re.compile(
    rf"(^|[,;+\n]|\s[-–]\s)(\s*)((?:\d+|an?|one|two)\s+)?((?:{_JOIN}[a-z][a-z'%-]*\s+){{0,3}}"
    rf"{_JOIN}[a-z][a-z'%-]*)\s*(?:,\s*|\s[-–]\s*|\(\s*)(?:a\s+|the\s+)?({_SIZES})(?:\s+one)?"
    r"\s*\)?(?=\s*(?:$|[,;+\n]))",
    re.I,
)


# Round 21c: a takeaway's size said straight after the dish, no comma ("doner kebab large w
# chilli sauce", "cajun fries regular", "coke large"), as a counter's order is written. Only
# at the item's end or before its "w"/"with"; "medium" after a meat is how it was cooked
# ("steak medium"), and "eggs over medium" a way of frying.
_BARE_SIZE_AFTER = re.compile(
    rf"(^|[,;+\n]|\s[-–]\s)(\s*)((?:\d+|an?|one|two)\s+)?((?:{_JOIN}[a-z][a-z'%-]*\s+){{0,3}}"
    rf"{_JOIN}[a-z][a-z'%-]*)\s+(small|large|big|extra[- ]large|xl|jumbo|medium|regular|tall|grande"
    r"|venti|trenta)"
    r"(?=\s*(?:$|[,;+\n]|\b(?:w|with)\b))",
    re.I,
)
_COOKED = re.compile(r"\b(?:steak|steaks|beef|lamb|tuna|burger|burgers|over|rare|well)$", re.I)
_CUP_NAMES = ("tall", "grande", "venti", "trenta")
_CAFE_DRINK = re.compile(
    r"(?:latte|cappuccino|cappucino|macchiato|americano|mocha|coffee|brew|frappuccino|refresher"
    r"|tea|chai|white|cortado|chocolate|matcha|lemonade)s?$",
    re.I,
)
_SIZE_WORDS = re.compile(rf"\b(?:{_SIZES})\b", re.I)


# Round 22b: a cafe's short cup, 8 fl oz (Starbucks' short; a small flat white's cup), said
# before a coffee drink ("a short latte"); "short black" and "short macchiato" are their own
# drinks, "short rib" a cut.
_SHORT_CUP = re.compile(
    r"(?:\b(?:an?|one)\s+)?\bshort\s+(?=(?:(?:skinny|soy|oat|almond|decaf|iced|vanilla|caramel)\s+){0,2}(?:latte|flat\s+white"
    r"|cappuccino|cappucino|americano|mocha|chai\s+latte|hot\s+chocolate|filter\s+coffee|coffee)s?\b)",
    re.I,
)


def _first(m: re.Match[str]) -> str:
    return f"{m[1]}{m[2]}{m[3] or ''}{m[5]} {m[4]}"


def _bare_first(m: re.Match[str]) -> str:
    if _SIZE_WORDS.search(m[4]) or (m[5].lower() == "medium" and _COOKED.search(m[4])):
        return m[0]
    if m[5].lower() in _CUP_NAMES and not _CAFE_DRINK.search(m[4]):
        return m[0]  # a cafe cup only on a cafe drink ("nachos bell grande" is a dish)
    return _first(m)


def _said(line: str) -> str:
    return _BARE_SIZE_AFTER.sub(_bare_first, _SIZE_AFTER.sub(_first, line))


def size_first(text: str) -> str:
    """``text`` with a size said after a plain food's name said before it."""
    text = on_cued_lines(text, ("short",), lambda line: _SHORT_CUP.sub("8 fl oz ", line))
    return on_cued_lines(text, _CUES, _said)
