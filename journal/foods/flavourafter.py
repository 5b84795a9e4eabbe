"""A flavour said after a packaged food, read as that same food again.

"bag of crisps, salt and vinegar", "small bag of king crisps (25g), cheese n onion": the
flavour alone is an alias of the food it flavours ("salt and vinegar" is crisps), so it was
read as a second bag. An item with no amount, after a comma, that lands on the very food of
the single item before it while naming none of that item's words is which one it was, not
another helping. A food said again by its own name ("coffee, coffee") is left to the
other rules.
"""

from __future__ import annotations

from journal.foods.items import ParsedItem


def says_which(before: ParsedItem, item: ParsedItem) -> bool:
    """Whether ``item`` only names the flavour or kind of the single food ``before``."""
    if item.amount_given or item.index is None or len(item.parts) != 1:
        return False
    if len(before.parts) != 1 or before.parts[0][0] != item.parts[0][0]:
        return False
    return bool(item.phrase) and not set(item.phrase) & set(before.phrase)
