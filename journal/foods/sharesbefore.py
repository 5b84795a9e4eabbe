"""A share said before its food in the words runners use, said as the reader takes a share.

"most of a pizza", "most of the bottle of wine" were read as one slice or a glass with
"most" left over; "the whole pizza", "all of the pizza", "all the crisps" lost the "whole"
(a slice again); "half the bag of oven chips" and "3/4 of a bottle of wine" left the bag or
bottle unread. Said plainly they are "three quarters of a pizza", "a whole pizza", "half a
bag of oven chips" and "3/4 bottle of wine", which the reader sizes by the pack or the whole
food. The words are a closed class (shares of a whole), written from general knowledge.
"""

from __future__ import annotations

import re

from journal.foods.cuedlines import on_cued_lines

_OWNER = r"(?:an?|the|my|our|his|her|their|that|this)"
_NOT_FOOD = (
    r"(?!(?:it|them|that|this|those|these|rest|way|day|time|week|while|sudden|trimming"
    r"|topping|fixing|fixin|extra|side|sauce|thing|stuff|usual|same)s?\b)"
)
_MOST = re.compile(rf"\bmost\s+of\s+{_OWNER}\s+{_NOT_FOOD}(?=[a-z])", re.I)
_WHOLE = re.compile(
    rf"\b(?:the\s+whole|my\s+whole|the\s+entire|an?\s+entire|all\s+of\s+{_OWNER}|all\s+(?:the|my))"
    rf"\s+{_NOT_FOOD}(?=[a-z])",
    re.I,
)
# only a pack of a food: "half the batch", "half the tray" are shares of what a batch made
_PACKS = r"(?:bag|box|tub|tin|can|jar|bottle|carton|packet|pack|punnet|pot|sleeve|pint)"
_HALF_THE = re.compile(
    rf"\bhalf\s+(?:of\s+)?(?:the|my|our|that|this)\s+(?={_PACKS}s?\s+of\b)", re.I
)
_FRACTION_OF = re.compile(rf"\b([123]/[2348])\s+of\s+{_OWNER}\s+{_NOT_FOOD}(?=[a-z])", re.I)
_CUES = ("most", "whole", "entire", "all ", "half", "/")


def _line(line: str) -> str:
    line = _MOST.sub("three quarters of a ", line)
    line = _WHOLE.sub("a whole ", line)
    line = _HALF_THE.sub("half a ", line)
    return _FRACTION_OF.sub(r"\1 ", line)


def shares_before(text: str) -> str:
    """``text`` with "most of", "the whole", "all of the", "half the" and "3/4 of a" said
    before a food said as "three quarters of a", "a whole", "half a" and "3/4"."""
    return on_cued_lines(text, _CUES, _line)
