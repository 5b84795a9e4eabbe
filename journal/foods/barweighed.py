"""A bar's weight said between its name and the word bar: "cadbury dairy milk 45g bar".

Said "a 45g dairy milk bar" or "dairy milk 45g" the weight is read; said between the name and
"bar" it was neither a trailing weight nor a pack, so "dairy milk" was read as a glass of milk
with "g bar" left over. The weight is said first, the bar kept with its name ("45g cadbury
dairy milk bar"), so any bar (chocolate, cereal, protein) reads at the weight on its wrapper.
"""

from __future__ import annotations

import re

from journal.foods.cuedlines import on_cued_lines

_BAR = re.compile(
    r"(?:^|(?<=[,;+\n]))(\s*)([a-z][a-z&' ]{0,60}?)\s+(\d+(?:\.\d+)?\s*(?:g|grams?))\s+(bars?)"
    r"(?=\s*(?:$|[,;+\n)]|(?:and|w|with|&|after|before|at|on|for)\b))",
    re.I,
)


def _first(m: re.Match[str]) -> str:
    lead, name, weight, bar = m[1], m[2].rstrip(), m[3], m[4]
    named = name.lower().split()[-1] in ("bar", "bars")  # "protein bar 60g bar"
    return f"{lead}{weight} {name}" + ("" if named else f" {bar}")


def bar_weighed(text: str) -> str:
    """``text`` with a weight said between a food's name and "bar" said before the name."""
    return on_cued_lines(text, ("bar",), lambda line: _BAR.sub(_first, line))
