"""A dish named for its bread, then its parts listed with the bread among them.

"chicken wrap: 1 wrap, 100g grilled chicken, lettuce", "fish finger sandwich - 4 fish fingers, 2
slices white, ketchup", "veggie wrap: 1 large tortilla, 1/2 cup hummus": the name is only a
name. said.py keeps a list's bread when the name holds it ("brekkie wrap - egg, bacon": the
wrap is said nowhere else), which counted the bread twice when the list said it too (two
tortillas, four slices). :func:`name_dropped` drops such a name before said.py reads it.
"""

from __future__ import annotations

import re

from journal.foods.cuedlines import on_cued_lines

_BREADS = (
    r"wraps?|rolls?|baps?|barms?|buns?|bagels?|sandwich(?:es)?|sarnies?|butty|butties|toasties?"
    r"|pittas?|pitas?|baguettes?|burritos?|subs?|clubs?|melts?|tacos?|quesadillas?"
)
_NAMED = re.compile(
    rf"^(\s*)[a-z][a-z'& ]{{0,30}}?\b(?:{_BREADS})\s*(?::|\s[-–])\s+"
    r"(?=[^\n;]*\b(?:\d+|an?|one|two|three)\s+(?:(?:(?:large|small|big|medium|thin|thick|white|brown"
    r"|wholemeal|whole\s*wheat|flour|corn|soft)\s+)*(?:wraps?|tortillas?|buns?|baps?|rolls?|bagels?"
    r"|pittas?|pitas?|baguettes?)\b|slices?\s+(?:of\s+)?(?:white|brown|wholemeal|bread|toast"
    r"|sourdough|rye|seeded|granary|multigrain|brioche)\b|slices?(?=\s*(?:[,;+\n]|$))))",
    re.I,
)


def name_dropped(text: str) -> str:
    """``text`` without the name of a dish whose listed parts count its bread."""
    return on_cued_lines(text, (":", " -", " –"), lambda line: _NAMED.sub(r"\1", line))
