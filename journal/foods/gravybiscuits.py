"""Biscuits said with gravy are the US scone-like biscuit, not a British biscuit (a cookie).

"2 biscuits smothered in sausage gravy", "2 sausage patties, 1 biscuit, country gravy": the
table's bare "biscuit" is the UK/AU sweet biscuit (a digestive, 15 g), read as a graham
cracker; but nobody pours gravy over a cookie. On a line that also names gravy, a bare
"biscuit" is said as the buttermilk biscuit (60 g, ~ 210 kcal) that aliases.txt names.
"""

from __future__ import annotations

import re

from journal.foods.cuedlines import on_cued_lines

# "biscuit(s)" not already named by its kind ("buttermilk biscuit", "digestive biscuits",
# "a chicken biscuit", "biscuits and gravy" is an alias of its own and stays as said).
_BARE_BISCUIT = re.compile(
    r"\b(?<!buttermilk )(?<!southern )(?<!chicken )(?<!sausage )(?<!egg )(?<!digestive )"
    r"(?<!chocolate )(?<!choc )(biscuits?)\b(?!\s+(?:and|&|n)\s+gravy\b)",
    re.I,
)
_GRAVY = re.compile(r"\bgrav(?:y|ey)\b", re.I)


def _line(text: str) -> str:
    if not _GRAVY.search(text):
        return text
    return _BARE_BISCUIT.sub(lambda m: f"buttermilk {m[1]}", text)


def gravy_biscuits(text: str) -> str:
    """``text`` with a bare biscuit said beside gravy said as the buttermilk biscuit."""
    return on_cued_lines(text, ("biscuit",), _line)
