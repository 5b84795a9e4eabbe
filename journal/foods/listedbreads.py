"""A dish named for its bread, then its parts listed with a bread said bare among them.

"breakfast sandwich: english muffin, egg, ham", "falafel wrap: 4 falafel, pita, hummus",
"caprese sandwich - ciabatta, mozzarella, tomato": the listed bread is the dish's bread, said
without a count, which :mod:`journal.foods.namedlists` does not take for one (it looks for
"1 wrap", "2 slices white"). The name kept, said.py gave the dish its own bread too (two
slices of white and an english muffin). :func:`breads_listed` drops such a name as
namedlists does, and a listed "1 wrap" of a dropped name is the tortilla, not a second wrap
with its own chicken and mayo ("brekky wrap: 2 eggs, bacon, 1 wrap").
"""

from __future__ import annotations

import re

from journal.foods.cuedlines import on_cued_lines
from journal.foods.namedlists import _BREADS, name_dropped

# Breads a list names bare, as a whole item: "english muffin", "pita", "brown bread".
_BARE = (
    r"english\s+muffins?|muffins?|pittas?|pitas?|ciabattas?|bagels?|tortillas?|baguettes?"
    r"|brioche(?:\s+buns?)?|focaccia|naan|flatbreads?|croissants?|sourdough|rye|buns?|rolls?"
    r"|baps?|wraps?|(?:[a-z]+\s+)?(?:bread|toast)"
)
_NAMED_BARE = re.compile(
    rf"^(\s*)[a-z][a-z'& ]{{0,30}}?\b({_BREADS})\s*(?::|\s[-–])\s+"
    rf"(?=(?:[^\n;]*[,+]\s*)?(?:(?:toasted|white|brown|wholemeal|seeded|multigrain|grilled)\s+)?"
    rf"(?:{_BARE})\s*(?:[,;+\n]|$))",
    re.I,
)
# "1 wrap", "a large wrap" in a list whose name was dropped: the wrap's tortilla ("tortilla
# wrap": a 10" flour tortilla, 72 g).
_LISTED_WRAP = re.compile(
    r"(?:^|(?<=[,;+:]))(\s*)(\d+|an?|one|two)\s+((?:large|small|big|wholemeal|whole\s*wheat)\s+)?"
    r"(wraps?)(?=\s*(?:[,;+\n]|$))",
    re.I,
)


# A loaf said bare in a sandwich's list: the sandwich's two slices of it ("club sandwich -
# sourdough, turkey, bacon"), not the one slice "sourdough" alone is.
_SLICED = re.compile(r"sandwich|sarn|butt|toastie|club|melt", re.I)
_LOAF = re.compile(
    r"(?:^|(?<=[,;+]))(\s*)((?:[a-z]+\s+)?(?:sourdough|rye|bread|toast))(?=\s*(?:[,;+\n]|$))",
    re.I,
)


def _line(line: str) -> str:
    dropped = name_dropped(line)
    if dropped == line and (m := _NAMED_BARE.match(line)):
        dropped = line[: m.start()] + m[1] + line[m.end() :]
        if _SLICED.match(m[2]):
            dropped = _LOAF.sub(r"\g<1>2 slices of \2", dropped, count=1)
    if dropped == line:
        return line
    return _LISTED_WRAP.sub(r"\1\2 \3tortilla \4", dropped)


def breads_listed(text: str) -> str:
    """``text`` without the name of a dish whose listed parts say its bread, bare or counted."""
    return on_cued_lines(text, (":", " -", " –"), _line)
