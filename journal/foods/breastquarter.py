"""A quarter chicken said with its breast: "quarter chicken breast", "a 1/4 chicken white".

Shop words read "a quarter chicken" as the leg quarter, which is the default order (Nando's,
a rotisserie), and left a following "breast" as a stray word on the leg, a quarter of its
weight. The breast quarter is the white-meat order (~ 200 g with its wing and skin), so it is
said by its own name before the shop words run; lines without "quarter" are never scanned.
"""

from __future__ import annotations

import re

from journal.foods.cuedlines import on_cued_lines

_BREAST_QUARTER = re.compile(
    r"\b(?:an?\s+)?(?:quarter|1/4)\s+chicken\s+(?:breast|white(?:\s+meat)?)\b", re.I
)


def _said(line: str) -> str:
    return _BREAST_QUARTER.sub("chicken breast quarter", line)


def breast_quarter(text: str) -> str:
    """``text`` with a quarter chicken's breast said as the breast quarter it is."""
    return on_cued_lines(text, ("quarter", "1/4"), _said)
