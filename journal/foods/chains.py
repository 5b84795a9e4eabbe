"""A chain's name before a dish: "taco bell cheesy gordita crunch", "in n out double double".

Chain names used to be cut from the meal text, which lost the ones that are the food ("pizza
hut" alone vanished) or that pick a dish ("in n out double double" is a burger, a bare "double
double" a Tim Hortons coffee), and read the numbers in them ("five guys"). A chain's name is
now one word token (glued by :mod:`journal.foods.typednames`) that the matcher treats like a
shop word: an alias that names the chain with the dish wins, else the dish alone, else the
chain's name is said unmatched, never dropped.
"""

from __future__ import annotations

import re

from journal.foods.text import key

# Chains whose names hold several words, as folded text ("in-n-out" folds to "in n out").
CHAIN_TEXT = (
    "taco bell", "pizza hut", "pizza express", "burger king", "five guys", "in n out",
    "chick fil a", "olive garden", "papa johns", "tim hortons", "shake shack", "dunkin donuts",
    "panera bread", "little caesars", "dairy queen", "jack in the box", "white castle",
    "red rooster", "hungry jacks", "el pollo loco", "raising canes", "jersey mikes",
    "jimmy johns", "carls jr", "steak n shake", "boston market", "chipotle grill", "popeyes",
    # session 11 (sweep D): chains said before their dish, none of them a food's name
    "panda express", "caffe nero", "nero", "mary browns", "gourmet burger kitchen", "boots",
    "guzman y gomez", "gyg", "oporto", "zambrero", "grilld", "harveys", "steers", "wimpy", "spur",
    "canes", "timmies", "supermacs", "a&w",
    # round 21c: bakery and cafe chains said as the place a bake came from ("a cinnamon
    # scroll from bakers delight"), none of them a food's name
    "bakers delight", "muffin break", "brumbys", "tim hortons", "coffee club",
)  # fmt: skip
# Their lookup keys ("five guy"): the glued word tokens the matcher knows as shop words.
CHAIN_KEYS = frozenset(key(name) for name in CHAIN_TEXT)
# Each key's spelling, and the spellings the shorthand reader makes ("in n out" → "in and out").
# "bk" is how a runner types Burger King ("bk cheeseburger", "tenders from bk").
_SPELLING = {key(name): name for name in CHAIN_TEXT} | {
    "in and out": "in n out",
    "bk": "burger king",
}
_FROM_AT = re.compile(r"(?:from|at)\b", re.I)


def said_chain(m: re.Match[str]) -> str:
    """A chain named in the meal text: cut when it only says where ("a burrito from taco
    bell"), kept when it stands before or for the food ("a taco bell burrito", "pizza hut")
    and the chain is one whose name is read as one word."""
    said = m.group(0)
    name = _SPELLING.get(key(said))
    return " " if name is None or _FROM_AT.match(said) else f" {name} "
