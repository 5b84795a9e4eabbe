"""How a drink or a snack pack is said, rewritten to how the item reader reads it.

"la croix can", "applesauce pouch", "skyr pot" (the pack said after the food), "a flat white
w 2%" (the milk by its fat alone), "black cold brew" (black says no milk, not black tea). Each
is a (pattern, replacement) pair that :data:`journal.foods.servedwords.SERVED_WORDS` carries
into the shop-word list run over the whole meal text; kept apart because shopwords.py is full.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from journal.foods.table import load
from journal.foods.text import stem

# what may follow a food at an item's end: the next item, a bracket, or when it was had
_ITEM_END = r"(?=\s*(?:$|[,;\n(]|(?:mid|at|on|before|after|during|in|from|for)\b))"
_PACK_AFTER = re.compile(
    r"(?:^|(?<=[,;:\n(]))(\s*)(an?\s+|one\s+|\d{1,2}\s+|(?:an?\s+)?\d{2,4}\s?ml\s+)?"
    r"((?:[a-z][a-z']*\s+){0,2}?[a-z][a-z']*)\s+"
    rf"(cans?|tins?|pouch(?:es)?|bottles?|cartons?|pots?|tubs?){_ITEM_END}",
    re.I,
)


def _pack_after(m: re.Match[str]) -> str:
    """ "la croix can", "2 applesauce pouches": a can of la croix, two pouches of applesauce
    ("330ml coconut water carton": a 330ml carton of it, not a carton of beer); a name that
    holds the pack word ("hot pot", "milk bottle" sweets) stays as said."""
    aliases = load().aliases
    food, pack = m[3].lower(), m[4].lower()
    if " ".join(stem(w) for w in f"{food} {pack}".split()) in aliases:
        return m[0]
    if " ".join(stem(w) for w in food.split()) not in aliases:
        return m[0]  # "a hot pot": only a food the table names is packed
    if food.split()[-1] in ("a", "an", "the", "of", "big", "small", "large", "half", "whole"):
        return m[0]  # "half a can", "the big tin": the pack is the amount already
    count = (m[2] or "a ").strip()
    return f"{m[1]}{count} {pack} of {m[3]}"


_FATS = r"skim|skimmed|2%|1%|semi|semi[- ]skimmed|full[- ]fat|whole|light|lite|low[- ]fat"
CUP_WORDS: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (_PACK_AFTER, _pack_after),
    # "tall cappuccino w 2%", "latte with skim": the milk named by its fat
    (
        re.compile(
            rf"\b(with|w/?)\s+({_FATS})(?!\s*(?:milk|cheese|yogh?urt|cream)\b)(?=\s*(?:$|[,;\n]))",
            re.I,
        ),
        r"\1 \2 milk",
    ),
    # "a glass of prosecco", "2 glasses of bubbly": a flute's 125 ml, not a 5 fl oz wine glass
    (
        re.compile(
            r"\bglass(es)?\s+of\s+(?=(?:prosecco|champagne|cava|fizz|bubbly|sparkling|cremant)\b)",
            re.I,
        ),
        lambda m: "flutes of " if m[1] else "flute of ",
    ),
    # "a pot of draught", "2 pots of lager": an Australian pot, a middy's 285 ml
    (
        re.compile(
            r"\bpot(s)?\s+of\s+(?=(?:beer|lager|draught|draft|ale|bitter|cider|pale\s+ale)\b)", re.I
        ),
        lambda m: "middies of " if m[1] else "middy of ",
    ),
    # "shared a bottle of red between 3 of us": the share is said by "between"
    (re.compile(r"\b(?:shared|split)\s+(?=(?:an?|one|half|the|\d+)\b)", re.I), ""),
    # "2 red bulls (small cans)", "3 cokes (regular cans)": the drink's own can, as counted
    (
        re.compile(r"\s*\(\s*(?:small|regular|standard|normal)\s+(?:cans?|tins?)\s*\)", re.I),
        "",
    ),
    # "salt & vinegar chips", "mac & cheese": "&" between words is "and", as names are listed
    (re.compile(r"(?<=[a-z])\s+&\s+(?=[a-z])", re.I), " and "),
    # "milo in 250ml skim", "200ml of semi": the milk named by its fat after its volume
    (
        re.compile(
            rf"(\b\d+(?:\.\d+)?\s*ml\s+(?:of\s+)?)({_FATS})"
            r"(?!\s*(?:milk|cheese|yogh?urt|cream|[a-z]+\s+milk)\b)(?=\s*(?:$|[,;\n)]))",
            re.I,
        ),
        r"\1\2 milk",
    ),
    # "a scoop of vanilla", "2 scoops of chocolate": ice cream, unless a powder is named
    (
        re.compile(
            r"\b(scoops?\s+of\s+(?:vanilla|chocolate|choc|strawberry|mint\s+choc\s+chip"
            r"|cookies\s+and\s+cream|rum\s+and\s+raisin|hokey\s+pokey|salted\s+caramel))\b"
            r"(?!\s+(?:ice|icecream|protein|whey|yogh?urt|gelato|sorbet|frozen|powder|casein|shake))",
            re.I,
        ),
        r"\1 ice cream",
    ),
    # "16oz black cold brew", "a black filter": coffee without milk, not black tea
    (
        re.compile(
            r"\bblack\s+(?=(?:iced\s+)?(?:cold[- ]brew|filter|drip|americano|pour[- ]over)\b)",
            re.I,
        ),
        "",
    ),
)
