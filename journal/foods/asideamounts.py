"""An amount said after an aside: "granola on top 40g", "fries on the side 150g".

The aside ("on top", "on the side", "on ice", "on the rocks") is where the food was, and the
reader cuts it to the end of the item, so a weight said after it was left unread ("top 40g")
or silently lost: the granola read at its default helping. Said apart by a comma, the weight
is the food's, as "granola on top, 40g" is read.
"""

from __future__ import annotations

import re

from journal.foods.cuedlines import on_cued_lines

_AFTER_ASIDE = re.compile(
    r"\b(on\s+(?:top|the\s+side|ice|the\s+rocks))\s+"
    r"(\d+(?:\.\d+)?\s*(?:g|grams?|kg|ml|l|oz|lbs?|cl)\b)(?=\s*(?:$|[,;+\n)]))",
    re.I,
)


def aside_amounts_apart(text: str) -> str:
    """``text`` with a weight or volume said right after an aside set apart by a comma."""
    return on_cued_lines(text, ("on ",), lambda line: _AFTER_ASIDE.sub(r"\1, \2", line))
