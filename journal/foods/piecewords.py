"""Counts said in shop shorthand, and a pint said after the drink it measures.

"bk 8pc chicken tenders", "2 pcs fried chicken": "pc" is a piece, as "8 piece nuggets" is
read (the count was lost with the unknown word). "chocolate milk, 1 pint", "orange juice, 2
pints": an amount said after a drink is that drink's (the parser leaves a pint after a food
alone, since "a burger, a pint" is a pint of beer), so a pint after a drink is said before it.
"""

from __future__ import annotations

import re

from journal.foods.cuedlines import on_cued_lines

_PC = re.compile(r"\b(\d+)\s*-?\s*pcs?\b\.?", re.I)
_PINT_AFTER = re.compile(
    r"(?:^|(?<=[,;+\n]))(\s*)((?:[a-z][a-z'-]*\s+){0,3}[a-z][a-z'-]*)\s*,\s*"
    r"((?:\d+(?:\.\d+)?|an?|one|two|half\s+an?)\s+pints?)(?=\s*(?:$|[,;+\n]))",
    re.I,
)


def _pint_first(m: re.Match[str]) -> str:
    """ "chocolate milk, 1 pint" → "1 pint of chocolate milk", if what comes before is a drink."""
    from journal.foods.items import _parse_item_cached  # items reads said, which reads this
    from journal.foods.table import load

    drink = _parse_item_cached(m[2]).index
    if drink is None:
        return m.group()
    table = load()
    name = table.name(drink)
    if table.group(drink) != "Beverages" and not name.startswith("Milk") and "juice" not in name:
        return m.group()
    return f"{m[1]}{m[3]} of {m[2]}"


def pieces_said(text: str) -> str:
    """``text`` with "8pc" said as "8 piece" and a pint after a drink said before it."""
    text = on_cued_lines(text, ("pc",), lambda line: _PC.sub(r"\1 piece", line))
    return on_cued_lines(text, ("pint",), lambda line: _PINT_AFTER.sub(_pint_first, line))
