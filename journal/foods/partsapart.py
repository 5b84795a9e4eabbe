"""Amounts said after a dish of two parts, or after a drink as a count of pours each so big.

"beans on toast - half a tin, 2 slices", "mince on toast, 1 cup mince, 2 slices": one amount for
each part, in the order the dish named them; they were left unread ("half a tin 2 slices" not
read) and the parts got their default helpings. :func:`parts_apart` says each amount with its
part ("half a tin of beans and 2 slices of toast").

"pasta w pesto, 2 cups": a helping measure after a dish joined to what it came with is the
dish's, not the last food's ("2 cups pasta w pesto"; the last food took it, 2 cups of pesto).

"whiskey, 2 pours (2oz each)", "2 glasses of red, big pours (~250ml each)": the count and the
size of each pour said apart from the drink ("2 x 2oz whiskey"; the words "big pours" between
the drink and its size go).

Run from :func:`journal.foods.plainer.said_before`, only on the lines holding a cue word.
"""

from __future__ import annotations

import re

from journal.foods.cuedlines import on_cued_lines

_CUES = (" on ", "cup", "bowl", "plate", "each")
_START = r"(?:^|(?<=[,;:+\n]))"
_END = r"(?=\s*(?:$|[,;+\n]|(?:then|\+)\b))"
_WORD = r"(?!(?:w|with|and|or|on|in|at|for|of|a|an|the)\b)[a-z][a-z'-]*"
_WORDS = rf"(?:{_WORD}\s+){{0,2}}{_WORD}"
_PART_AMOUNT = (
    r"(?:half\s+an?\s+|an?\s+|one\s+|two\s+|three\s+|four\s+|(?:the\s+)?whole\s+"
    r"|\d+(?:\.\d+)?\s*|\d/\d\s*)(?:(?:small|large|big|thick|thin|whole)\s+)?"
    r"(?:tins?|cans?|cups?|slices?|pieces?|rounds?|g\b|grams\b|tbsp\b|spoons?|bowls?|crackers?"
    r"|eggs?)"
)
# "beans on toast - half a tin, 2 slices": an amount for each part, in the dish's order
_ON_PARTS = re.compile(
    rf"{_START}(\s*)({_WORDS})\s+on\s+({_WORDS})\s*(?:[-–:,]\s*|\s+)"
    rf"({_PART_AMOUNT})(\s+(?:of\s+)?{_WORDS})?\s*(?:,|\band\b|&|\+|\bon\b)\s*"
    rf"({_PART_AMOUNT})(\s+(?:of\s+)?{_WORDS})?{_END}",
    re.I,
)
# "pasta w pesto, 2 cups": the helping measure of the dish said after what it came with
_DISH_MEASURE = re.compile(
    rf"{_START}(\s*)({_WORDS}\s+(?:w|with)\s+{_WORDS})\s*,\s*(?:about\s+|maybe\s+)?"
    r"(\d+(?:\.\d+)?|\d/\d|an?|one|two|three)\s*(cups?|bowls?|plates?)" + _END,
    re.I,
)
_POUR = r"(?:pours?|measures?|glasses|shots?|cans|bottles|servings?|ones)"
_EACH_SIZE = r"\(\s*(?:~|about\s+|approx\.?\s+)?(\d+(?:\.\d+)?\s*(?:ml|cl|oz|g))\s*each\s*\)"
# "whiskey neat, 2 pours (2oz each)": the drink, then the count and each one's size
_COUNT_APART = re.compile(
    rf"{_START}(\s*)({_WORDS})\s*,\s*(\d+|two|three|four)\s+(?:[a-z]+\s+)?{_POUR}\s*{_EACH_SIZE}",
    re.I,
)
# "2 glasses of red, big pours (~250ml each)": the words between the drink and its size
_POURS_BETWEEN = re.compile(
    r",\s*(?:(?:big|small|large|generous|decent|heavy|light|double|single|good|healthy)\s+)?"
    rf"{_POUR}\s*(?={_EACH_SIZE})",
    re.I,
)


def _names(said: str | None, part: str) -> bool:
    """Whether the words said after an amount (if any) name the dish's part."""
    if not said:
        return True
    words = set(said.lower().replace(" of ", " ").split())
    return any(w.rstrip("s") in {x.rstrip("s") for x in words} for w in part.lower().split())


def _on_parts(m: re.Match[str]) -> str:
    """Each amount with its part: the words said after it ("1 cup mince", "2 slices rye"),
    else the part's name from the dish ("half a tin" of the beans)."""
    first, second = m[4].strip(), m[6].strip()
    if not (_names(m[5], m[2]) and _names(m[7], m[3])):
        return m[0]  # "cheese on toast, 2 slices, 50g cheddar": not in the dish's order
    first_of = m[5] or ("" if first.lower().endswith(("egg", "eggs")) else f" of {m[2]}")
    second_of = m[7] or ("" if second.lower().endswith(("cracker", "crackers")) else f" of {m[3]}")
    return f"{m[1]}{first}{first_of} and {second}{second_of}"


# cheap checks before the long patterns: an amount after a comma, dash or colon
_AMOUNT_AFTER = re.compile(
    r"(?:[,:]|\s[-–])\s*(?:\d|half\b|an?\s|one\s|two\s|three\s|whole\b)", re.I
)
_MEASURE_AFTER = re.compile(
    r",\s*(?:about\s+|maybe\s+)?(?:\d+(?:\.\d+)?|\d/\d|an?|one|two|three)\s*(?:cups?|bowls?|plates?)\s*$"
    r"|,\s*(?:about\s+|maybe\s+)?(?:\d+(?:\.\d+)?|\d/\d|an?|one|two|three)\s*(?:cups?|bowls?|plates?)\s*[,;+]",
    re.I,
)


def _parts_line(line: str) -> str:
    low = line.lower()
    if " on " in low and _AMOUNT_AFTER.search(low, low.find(" on ")):
        line = _ON_PARTS.sub(_on_parts, line)
    if "each" in low and "(" in low:
        line = _COUNT_APART.sub(r"\1\3 x \4 \2", _POURS_BETWEEN.sub(" ", line))
    if (" w " in low or "with" in low) and _MEASURE_AFTER.search(low):
        line = _DISH_MEASURE.sub(r"\1\3 \4 \2", line)
    return line


def parts_apart(text: str) -> str:
    """``text`` with amounts said after a dish or a drink said with the part they measure."""
    return on_cued_lines(text, _CUES, _parts_line)
