"""A cut said after a big fruit's name: "watermelon wedge", "2 pineapple slices", "melon slice".

Said after the fruit, the cut word named no food and the fruit took its everyday helping (a cup
of watermelon, 152 g), where the runner ate one cut of it: SR24's wedge of watermelon (1/16 of a
melon, 286 g), a slice of pineapple, a slice of melon. :func:`cut_first` says the cut first
("a wedge of watermelon"), the way the amount reader knows it. Only the big fruits eaten in cuts;
"potato wedges" and "apple slices" (a helping of many) are left as said.
"""

from __future__ import annotations

import re

from journal.foods.cuedlines import on_cued_lines

_FRUITS = r"water\s*melon|melon|rock\s*melon|cantaloupe|honeydew|pineapple|papaya|pawpaw"
_CUTS = r"wedges?|slices?"
_CUES = ("wedge", "slice")
_CUT_AFTER = re.compile(
    rf"\b(?:(\d+|an?|one|two|three|four)\s+)?({_FRUITS})\s+({_CUTS})\b(?!\s+of\b)", re.I
)


def _first(m: re.Match[str]) -> str:
    if not m[1] and m[3].lower().endswith("s"):
        return m[0]  # "watermelon slices": how many is not said, the helping stands
    return f"{m[1] or 'a'} {m[3]} of {m[2]}"


def cut_first(text: str) -> str:
    """``text`` with a cut said after a big fruit said before it ("a wedge of watermelon")."""
    return on_cued_lines(text, _CUES, lambda line: _CUT_AFTER.sub(_first, line))
