"""A product named by its brand or its pack count, rewritten as the kind of food it is.

"half a dr oetker ristorante mozzarella pizza", "a chicago town pepperoni pizza": a branded
frozen pizza is one supermarket pizza whatever its topping (the topping word made it a 14"
takeaway cheese pizza, 680 g, or cheese alone). "chick fil a 8ct nuggets", "a 10-count box of
nuggets": the count of pieces ("ct" was left unread and the default helping used).
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
_COUNT = re.compile(r"\b(\d+)\s*-?\s*(?:ct|count)\b(?:\s+(?:box|pack|bag)\s+of\b)?", re.I)


def said_as_kind(text: str) -> str:
    """``text`` with branded frozen pizzas said as such and pack counts as counts."""
    text = on_cued_lines(text, _PIZZA_CUES, lambda line: _FROZEN_PIZZA.sub("frozen pizza", line))
    return on_cued_lines(text, ("ct", "count"), lambda line: _COUNT.sub(r"\1", line))
