"""An item's words of when or where it was eaten ("after my run", "at the aid station") cut
off, so they are not read as food; a weight said after them stays with the food ("oats before
my run 80g" is 80 g of oats, not the oats' 40 g helping)."""

from __future__ import annotations

import re

from journal.foods.parse import read_amount
from journal.foods.said import CONTEXT

_TAIL_WEIGHT = re.compile(r"\s(\d+(?:\.\d+)?\s*(?:g|grams?|kg|ml|l|oz|lbs?))\s*$", re.I)


def without_context(text: str) -> str:
    """The item without "after my run"; kept whole when that leaves no food ("1 g post run
    shake" is a shake, not one gram of nothing)."""
    cut = CONTEXT.sub("", text)
    if cut == text:
        return text
    if (weight := _TAIL_WEIGHT.search(text)) and not _TAIL_WEIGHT.search(cut):
        cut = f"{cut} {weight[1]}"  # "oats before my run 80g": the weight is the oats'
    return cut if cut and read_amount(cut).words else text
