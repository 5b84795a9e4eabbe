"""A weight in brackets said with words that name no food: the weight alone kept.

"lentil soup (tin, 400g)", "pasta bake (leftover, ~350g)", "almonds (25g kernels)", "2 koftas
(shop, 50g each)": beside the weight the bracket says where the food came from, what it was
packed in or that the figure is a guess. The bracket was read as a list of the dish's parts
(so "lentil soup (tin, 400g)" lost the soup and became an unknown "400g tin"), or the weight
went unread. Dropping those words leaves "(400g)", "(~350g)", "(50g each)", which the weight
rules read already. A bracket naming anything else ("(rice, beans, 30g cheese)") is left
alone: it lists parts.
"""

from __future__ import annotations

import re

from journal.foods.cuedlines import on_cued_lines

_CUES = ("(",)
_BRACKET = re.compile(r"\(([^()]*\d[^()]*)\)")
_WEIGHT = re.compile(r"(?:~\s*)?\d+(?:\.\d+)?\s*(?:g|grams?|kg|oz|ml)\b", re.I)
# how a weight is taken, which the weight rules read: kept
_KEPT = frozenset(("raw", "cooked", "dry", "uncooked", "drained", "each", "ea", "baked", "boiled"))
# words beside a weight that name no food: a pack, where it came from, a hedge
_DROPPED = frozenset(
    (
        *("tin", "tins", "can", "cans", "jar", "pack", "packet", "pouch", "tub", "pot", "bag"),
        *("box", "carton", "tray", "punnet", "container", "bottle", "frozen", "chilled"),
        *("leftover", "leftovers", "shop", "bought", "shop-bought", "store", "store-bought"),
        *("homemade", "home", "made", "home-made", "deli", "bakery", "takeaway", "supermarket"),
        *("kernels", "shelled", "boneless", "skinless", "whole", "net", "total", "weighed"),
        *("approx", "about", "around", "roughly", "ish", "est", "estimated", "maybe", "guess"),
        *("a", "the", "of", "from", "was", "per", "label", "on", "pack's", "weight", "wt"),
    )
)
_WORD = re.compile(r"[a-z]+(?:[-'][a-z]+)*")


def _plain_bracket(m: re.Match[str]) -> str:
    inner = m[1]
    weights = _WEIGHT.findall(inner)
    if len(weights) != 1:
        return m[0]
    rest = _WEIGHT.sub(" ", inner).lower()
    if re.search(r"\d", rest):
        return m[0]  # "(2 tins, 400g)": a count the weight rules read themselves
    words = _WORD.findall(rest)
    if not words or not all(w in _KEPT or w in _DROPPED for w in words):
        return m[0]
    if all(w in _KEPT for w in words):
        return m[0]  # "(300g cooked)": said plainly already
    kept = [w for w in words if w in _KEPT and w not in ("each", "ea")]
    each = " each" if {"each", "ea"} & set(words) else ""
    state = f" {' '.join(kept)}" if kept else ""
    return f"({weights[0].replace(' ', '')}{state}{each})"


def _plain_line(line: str) -> str:
    return _BRACKET.sub(_plain_bracket, line)


def weight_in_brackets(text: str) -> str:
    """``text`` with the words that name no food cut from each bracket holding a weight."""
    return on_cued_lines(text, _CUES, _plain_line)
