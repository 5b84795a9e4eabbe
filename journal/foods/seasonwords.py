"""Seasonings said bare in a list of a dish's parts, read as the seasoning they are.

"prawn linguine: pasta, prawns, garlic, chilli, olive oil": a chilli listed beside garlic, ginger
or oil is the fresh pepper (it was a 250 g bowl of chilli con carne). "rice, soy, sesame",
"noodles, veg, soy": a bare "soy" ending an item of a savoury list is soy sauce (it was left
unread); in a coffee, tea, cereal or smoothie it is soy milk and stays. "vanilla soy latte": the
flavoured latte with soy milk (the milk word after the syrup was left unread).
"""

from __future__ import annotations

import re

from journal.foods.cuedlines import on_cued_lines

_AROMATIC = (
    r"garlic|ginger|lemongrass|lemon|lime|spring\s+onions?|scallions?|shallots?|coriander|oil"
)
_LISTED_CHILLI = re.compile(
    rf"(\b(?:{_AROMATIC})\s*(?:,|&|and|\+)\s*)(chill?i(?:es)?)\b(?!\s+(?:con|sauce|flakes|powder|oil))"
    rf"|\bchill?i(?:es)?\b(?!\s+(?:con|sauce|flakes|powder|oil))(?=\s*(?:,|&|and|\+)\s*(?:{_AROMATIC})\b)",
    re.I,
)
_BARE_SOY = re.compile(
    r"(?:^|(?<=[,;+\n]))([^,;+\n]*?\b)soya?(?=\s*(?:$|[,;+\n]|for\b|(?:and|&|n)\s+sesame\b))", re.I
)
# "vanilla soy latte", "caramel oat milk latte": the flavoured latte, made with that milk (the
# milk word read first swaps the latte's milk; after the flavour it was left unread)
_SYRUPS = ("vanilla", "caramel", "hazelnut", "gingerbread", "pumpkin spice", "toffee nut")
_SYRUP = "|".join(w.replace(" ", r"\s+") for w in _SYRUPS)
_FLAVOURED_MILK_LATTE = re.compile(
    rf"\b({_SYRUP})\s+(oat|soy|soya|almond|coconut|cashew|skim|skinny|nonfat|non-fat"
    r"|lactose[- ]free)(\s+milk)?\s+(latte|cappuccino|flat\s+white)\b",
    re.I,
)
_MILKY = re.compile(
    r"coffee|latte|cappuccino|flat\s+white|mocha|tea|chai|cereal|porridge|oats|muesli|granola"
    r"|smoothie|shake|milk|cortado|macchiato|americano",
    re.I,
)


def _chilli(m: re.Match[str]) -> str:
    return f"{m[1]}fresh {m[2]}" if m[1] else f"fresh {m[0]}"


def _soy(m: re.Match[str]) -> str:
    return m[0] if _MILKY.search(m[1]) else f"{m[1]}soy sauce"


def seasoned(text: str) -> str:
    """``text`` with a listed chilli said fresh, a bare savoury soy said as soy sauce and a
    flavoured latte's milk said first."""
    text = on_cued_lines(text, ("chili", "chilli"), lambda line: _LISTED_CHILLI.sub(_chilli, line))
    text = on_cued_lines(text, ("soy",), lambda line: _BARE_SOY.sub(_soy, line))
    return on_cued_lines(text, _SYRUPS, lambda line: _FLAVOURED_MILK_LATTE.sub(r"\2\3 \1 \4", line))
