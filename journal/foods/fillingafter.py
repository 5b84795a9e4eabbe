"""A filling said after its dish: "empanadas x2, beef", "souvlaki wrap, chicken", "tacos, pork".

A bare meat, fish or plant main said after a comma, right after a dish that is filled or
built round a main, says what the dish is filled with: it is not another food beside it
(two empanadas then a 170 g steak). The dish is read again with the filling named before it
("2 beef empanadas") when that names a known dish holding the filling; else a dish of parts
has its own main swapped for the one named (its grams kept), and a filled dish read as one
row (an empanada, a taco, a pie) keeps its row: the filling said is its own. A main said
with an amount ("wrap, 100g tuna") is left to :mod:`journal.foods.mainswap`; a main after
a plain food ("rice, chicken") is a second food.
"""

from __future__ import annotations

import re
from dataclasses import replace

from journal.foods.items import ParsedItem, _parse_item_cached
from journal.foods.mainswap import is_main
from journal.foods.table import Table

# Dishes whose name says they wrap a filling: pastries, filled breads and wrappers round a main
# (a bare bread, "bun" or "pitta", is a part said first, not a dish).
_WRAPPED = (
    r"empanadas?|tacos?|burritos?|wraps?|pies?|pasty|pasties|dumplings?|gyoza|pierogi|"
    r"samosas?|sandwich(?:es)?|subs?|quesadillas?|enchiladas?|calzones?|burgers?|"
    r"kebabs?|souvlaki|gyros?|fajitas?|tamales?|baos?|sliders?|toasties?|paninis?"
)
_FILLED = re.compile(rf"\b(?:{_WRAPPED})\b", re.I)
# Dishes built round a main they name in their recipe: the main is swapped, never dropped.
_BUILT = re.compile(
    rf"\b(?:{_WRAPPED}|curry|curries|stir\s*fry|stir\s*fried|bowls?|nachos)\b", re.I
)
# A re-read landing on a sweet bake ("pie, mince": a Christmas mince pie) is not the filling's.
_SWEET_GROUPS = frozenset(("Baked Products", "Sweets"))
# A bare main: at most two words ("beef", "pulled pork", "grilled chicken"), no amount.
_BARE = re.compile(r"^\s*[a-z]+(?:\s+[a-z]+)?\s*$", re.I)
# The amount before a dish's words: "2 x ", "3 ", "a ", "two ".
_LEAD = re.compile(
    r"^(\s*(?:(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|eight|ten)\s*(?:x\s+)?)?)(.*)$",
    re.I,
)


def filled_with(table: Table, dish: ParsedItem, item: ParsedItem) -> ParsedItem | None:
    """The dish as filled with ``item``'s main, or None when ``item`` is not its filling.
    The caller drops ``item`` and puts the returned dish in place of ``dish``."""
    if item.index is None or item.amount_given or len(item.parts) != 1 or item.unknown:
        return None
    if dish.index is None or not _BARE.match(item.text):
        return None
    if (
        table.name(dish.parts[0][0]).startswith(("Bread", "Rolls", "Tortillas"))
        and len(dish.parts) == 1
    ):
        return None  # "brioche bun, beef patty": a plate said as its parts, bread first
    if item.text.strip().lower() in dish.text.lower():
        return None  # "pork burrito, pork": said again, or a second helping; never re-read
    food = item.parts[0][0]
    if not is_main(table, food) or not _BUILT.search(dish.text):
        return None
    lead = _LEAD.match(dish.text)
    assert lead is not None  # the pattern matches any text
    # a copy of the cached reading: the caller keeps it as the meal's item
    named = replace(
        _parse_item_cached(f"{lead.group(1)}{item.text.strip()} {lead.group(2).strip()}")
    )
    if named.index is not None and not named.unknown and not dish.unknown:
        sweet = table.group(named.parts[0][0]) in _SWEET_GROUPS  # "mince pie": the sweet one
        if named.index != dish.index and named.score >= min(dish.score, 100.0) and not sweet:
            return named  # "2 beef empanadas", "steak pie", "chicken souvlaki wrap"
        if any(i == food for i, _g in named.parts):
            return named
    if any(i == food for i, _g in dish.parts):
        return dish  # "chicken burrito, chicken": said again
    main = dish.main
    if main is not None and is_main(table, main):
        parts = [(food if i == main else i, g) for i, g in dish.parts]
        return replace(dish, parts=tuple(parts), main=food)
    savoury = table.group(dish.parts[0][0]) in ("Fast Foods", "Restaurant Foods")
    if len(dish.parts) == 1 and savoury and _FILLED.search(dish.text):
        return dish  # "empanadas x2, chicken": the pastry's own filling
    return None
