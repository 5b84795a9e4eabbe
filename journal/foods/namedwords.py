"""A product named by its brand or its pack count, rewritten as the kind of food it is.

"half a dr oetker ristorante mozzarella pizza", "a chicago town pepperoni pizza": a branded
frozen pizza is one supermarket pizza whatever its topping (the topping word made it a 14"
takeaway cheese pizza, 680 g, or cheese alone). "chick fil a 8ct nuggets", "a 10-count box of
nuggets": the count of pieces ("ct" was left unread and the default helping used). "vegemite
toast x3 (wholemeal)": the count, said after the food but before a bracket or a "with".
"""

from __future__ import annotations

import re

from journal.foods.cuedlines import on_cued_lines

_PIZZA_CUES = (
    "oetker", "ristorante", "chicago town", "goodfella", "digiorno", "red baron", "tombstone",
    "totino", "freschetta", "casa di mama", "jack's pizza", "jacks pizza",
)  # fmt: skip
_FROZEN_PIZZA = re.compile(
    r"\b(?:(?:dr\.?\s+oetker|ristorante|chicago\s+town|goodfella'?s|digiorno|red\s+baron|tombstone"
    r"|totino'?s|freschetta|casa\s+di\s+mama|jack'?s)\s+)+(?:[a-z&']+\s+){0,3}?pizzas?\b",
    re.I,
)
# "vegemite toast x3 (wholemeal)", "mackerel fillets x2 w new potatoes": a count said after the
# food but before a one-word qualifier or a "with" (a count said last is read by the items; a
# bracketed list after it, "stuffed peppers x2 (beef and rice)", is the dish's filling)
_TIMES_THEN_MORE = re.compile(
    r"(?:^|(?<=[,;:+\n]))(\s*)([a-z][a-z' &-]*?)\s+[x×]\s?(\d{1,2})"
    r"(?=\s*(?:\([a-z]+\)|(?:w|with|and|&)\s))",
    re.I,
)
_COUNT = re.compile(r"\b(\d+)\s*-?\s*(?:ct|count)\b(?:\s+(?:box|pack|bag)\s+of\b)?", re.I)


def said_as_kind(text: str) -> str:
    """``text`` with branded frozen pizzas said as such, pack counts as counts, and a count
    said after a food before more words said first."""
    text = on_cued_lines(text, _PIZZA_CUES, lambda line: _FROZEN_PIZZA.sub("frozen pizza", line))
    text = on_cued_lines(text, ("ct", "count"), lambda line: _COUNT.sub(r"\1", line))
    return on_cued_lines(text, (" x", "×"), lambda line: _TIMES_THEN_MORE.sub(r"\1\3 x \2", line))
