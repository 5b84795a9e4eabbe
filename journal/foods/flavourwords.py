"""A bar's, gel's or yoghurt's flavour said around its name is the product's, never a food.

"powerbar, peanut butter", "grenade bar, white choc cookie", "clif nut butter bar", "cashew
cookie larabar", "nature valley protein bar pb dark choc", "skyr pot, vanilla 150g": the
product the table names, the flavour gone (SR24 has one bar per brand at best). The flavour
sits before the bar only when the brand said before it makes a bar the table knows. Each is a
(pattern, replacement) pair that :data:`journal.foods.servedwords.SERVED_WORDS` carries into
the shop-word list.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from journal.foods.table import load
from journal.foods.text import stem

FLAVOURS = (
    r"rhubarb|custard|cookies?|cream|sea\s+salt|salt|salted|nuts|caramel|chocolate|choc|dark|milk"
    r"|white|peanut|butter|vanilla|berry|berries|lemon|lime|orange|strawberry|raspberry|blueberry"
    r"|cherry|apple|cinnamon|mint|coconut|almond|honey|oats?|cola|mango|tropical|apricot|ginger"
    r"|cranberry|pecan|maple|pie|jelly|jam|crunchy|mocha|espresso|toffee|fudge|hazelnut|blackcurrant|fruit"
    r"|summer|passion\s+fruit|pineapple|watermelon|citrus|cocoa|brownie|birthday|cake|macadamia"
)
# said before or after a bar's name as its kind, not a food: "protein", "pb", "cashew"
_BAR_KINDS = r"protein|pb|cashew|nut|peanut\s+butter|double|triple|chunk|chip|crisp|crispy|dipped"
_WORD = rf"(?:{FLAVOURS}|{_BAR_KINDS})"
# one flavour word that is also a food of its own: "clif bar, banana" may be two foods
_FOODS_TOO = frozenset(
    [
        "apple",
        "orange",
        "honey",
        "milk",
        "cream",
        "butter",
        "jam",
        "nuts",
        "oats",
        "oat",
        "cake",
        "pie",
        "jelly",
        "coconut",
        "almond",
        "mango",
        "pineapple",
        "watermelon",
        "custard",
        "cookie",
        "cookies",
        "brownie",
        "peanut",
        "white",
        "dark",
    ]
)


def _known(words: str) -> bool:
    return " ".join(stem(w) for w in words.lower().split()) in load().aliases


_AFTER = re.compile(
    r"\b((?:[a-z]+[- ]){0,2}?(?:[a-z]*bar|bars|gels?))\s*(,)?\s+"
    rf"((?:{_WORD})(?:\s+(?:&|and|n)?\s*(?:{_WORD})){{0,4}})(?=\s*(?:$|[;,\n]))",
    re.I,
)


def _after(m: re.Match[str]) -> str:
    """ "powerbar, peanut butter": the powerbar. A lone food word after a comma ("kind bar,
    apple") may be a food of its own, and without a comma the bar must be one the table
    knows, so "a bar, cream" and "chocolate bar milk" stay as said."""
    flavour = m[3].lower().split()
    if m[2] and len(flavour) == 1 and flavour[0] in _FOODS_TOO:
        return m[0]
    words = m[1].split()
    if not m[2] and not any(_known(" ".join(words[k:])) for k in range(len(words))):
        return m[0]
    return m[1]


_BEFORE = re.compile(
    rf"\b((?:[a-z]+\s+){{0,2}}?)((?:{_WORD})(?:\s+(?:&|and|n)?\s*(?:{_WORD})){{0,3}})\s+"
    r"([a-z]*bar|bars)\b",
    re.I,
)


def _before(m: re.Match[str]) -> str:
    """ "clif nut butter bar": the clif bar; "cashew cookie larabar": the larabar. The bar
    said with its flavour is kept when the table names it ("chocolate chip bar")."""
    if _known(f"{m[1]}{m[2]} {m[3]}") or _known(f"{m[2]} {m[3]}"):
        return m[0]
    words = m[1].split()  # "a nakd cocoa orange bar": the brand is the last word or two
    if any(_known(" ".join([*words[k:], m[3]])) for k in range(len(words))):
        return f"{m[1]}{m[3]}"
    if m[3].lower() not in ("bar", "bars") and _known(m[3]):
        return f"{m[1]}{m[3]}"  # "cashew cookie larabar"
    return m[0]


# "skyr pot, vanilla 150g", "greek yoghurt, honey 170g": a yoghurt's flavour before its size
_YOGHURT_FLAVOUR = re.compile(
    r"\b((?:yogh?urts?|yoghs?|yogs?|skyr|pots?|tubs?))\s*,\s*"
    rf"(?:{_WORD})(?:\s+(?:&|and|n)?\s*(?:{_WORD})){{0,3}}\s+(?=\d+(?:\.\d+)?\s*g\b)",
    re.I,
)

# "kind bar (dark chocolate nuts and sea salt)", "gu gel (salted caramel)": the flavour in
# brackets after a bar or gel, every word a flavour or a bar's kind (round 15); "rx bar (the
# choc sea salt one)", "gu gel (the salted caramel kind)": which one, as a runner says it
_BRACKETED = re.compile(
    r"\b((?:[a-z]+[- ]){0,2}?(?:[a-z]*bar|bars|gels?))\s*\(\s*(?:the\s+)?"
    rf"(?:{_WORD})(?:\s*,?\s+(?:&|and|n|with|w)?\s*(?:{_WORD})){{0,5}}"
    r"(?:\s+(?:one|ones|kind|flavou?r|flavou?red))?\s*\)",
    re.I,
)

FLAVOUR_WORDS: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (_BRACKETED, r"\1"),
    (_AFTER, _after),
    (_BEFORE, _before),
    (_YOGHURT_FLAVOUR, r"\1 "),
)
