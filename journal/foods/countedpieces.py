"""A count of small pieces whose helping is a measure: one piece from SR24's own portions.

"6 brazil nuts", "5 macadamias", "10 baby carrots": the count had no piece to count (the
everyday helping is "1 oz" or "1 NLEA serving"), so it counted helpings: six ounces of brazil
nuts (170 g, 1,200 kcal) for six nuts. SR24 says how much one piece weighs, in a portion named
by the piece ("1 kernel" 5 g, "10 nuts" 14 g, "1 medium" baby carrot 10 g) or in the count a
measure holds ("1 oz (10-12 kernels)"). The piece is taken only when well under the helping,
so a count of helpings ("2 steaks") stays a count of helpings.
"""

from __future__ import annotations

import re
from functools import cache

from journal.foods.table import Table
from journal.foods.text import stem, unit_text

# the portion names that are one piece of a food sold by measure
_PIECE_WORDS = frozenset(("kernel", "nut", "half", "halve", "piece", "medium"))
# "oz (10-12 kernels)", "oz (23 whole kernels)", "oz (19 halves)": how many pieces a measure is
_HOLDS = re.compile(
    r"\((?:about |approx\.? )?(\d+)(?:\s*-\s*(\d+))?\s+(?:whole\s+)?"
    r"(?:kernels?|halves|nuts|pieces|almonds|peanuts|cashews)\)"
)
PIECE_SHARE = 0.5  # a piece is a piece only when under half the everyday helping


@cache
def _one_piece(table: Table, i: int) -> float | None:
    for amount, unit, grams in table.portions(i):
        text = unit_text(unit)
        head = [stem(w) for w in text.split(",")[0].split("(")[0].split()]
        if amount > 0 and len(head) == 1 and head[0] in _PIECE_WORDS:
            return grams / amount
    for amount, unit, grams in table.portions(i):
        m = _HOLDS.search(unit_text(unit))
        if m and amount > 0:
            low = int(m[1])
            high = int(m[2]) if m[2] else low
            return grams / amount / ((low + high) / 2)
    return None


def counted_piece(table: Table, i: int, default_grams: float, default_portion: str) -> float | None:
    """Grams of one piece of food ``i`` when its helping ``default_portion`` is a measure
    or a serving and SR24 names a piece well under it; None otherwise (an everyday name's
    weight in grams is one of the food already)."""
    if default_portion.endswith(" g"):
        return None
    per = _one_piece(table, i)
    return per if per is not None and per < PIECE_SHARE * default_grams else None
