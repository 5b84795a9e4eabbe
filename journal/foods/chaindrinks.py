"""A drink bought at a chain is the chain's cup: "egg mcmuffin and a black coffee", "costco
hot dog and soda", "dunkin glazed + a coffee".

Said with no size, a coffee was a 237 ml home mug and a soda a 355 ml can, but at the counter
each chain pours its own regular cup (published sizes, approx.): McDonald's coffee a 12 fl oz
small (AU/UK regular ~ 350 ml), its fountain drink between the AU/UK regular (~ 400 ml) and
the US medium (21 fl oz, 621 ml), ~ 500 ml; Tim Hortons' and Dunkin's coffee a medium (14 fl
oz, 414 ml); Starbucks' a grande (16 fl oz); Costco's food-court soda its 20 fl oz cup; a
US burger or chicken chain's fountain drink its medium (~ 500 ml after ice). A chain is known
by its name or by an item only it sells ("mcmuffin", "big mac", "timbits"). Only drinks said
with no measure and no size word are resized; a size word is read by cafesizes.py.
Run from :func:`journal.foods.venues.apply` after the items are read.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from journal.foods.table import Table

if TYPE_CHECKING:
    from journal.foods.items import ParsedItem

# (the chain, by name or by an item of its own; its coffee's ml; its fountain drink's ml)
_CHAINS: tuple[tuple[re.Pattern[str], float | None, float | None], ...] = (
    (
        re.compile(
            r"\b(?:mcdonald'?s|maccas|macca'?s|mickey\s+d'?s|mcd'?s|mc(?:muffin|chicken|nuggets?"
            r"|griddles?|crispy|flurry|double|wrap|rib|café|cafe|plant)|egg\s+mcmuffin"
            r"|sausage\s+mcmuffin|big\s+mac|filet\s+o\s+fish|quarter\s+pounder|hash\s+brown\s+"
            r"mcmuffin)\b",
            re.I,
        ),
        355.0,
        500.0,
    ),
    (
        re.compile(r"\b(?:tim\s+hortons|timmies|timbits?|dunkin'?(?:\s+donuts)?)\b", re.I),
        414.0,
        None,
    ),
    (re.compile(r"\bstarbucks\b", re.I), 473.0, None),
    (re.compile(r"\bcostco\b", re.I), None, 600.0),
    (
        re.compile(
            r"\b(?:burger\s+king|bk|hungry\s+jack'?s|wendy'?s|kfc|popeyes|five\s+guys"
            r"|in[- ]n[- ]out|chick[- ]fil[- ]a|taco\s+bell|whataburger|sonic"
            r"|jack\s+in\s+the\s+box|carl'?s\s+jr"
            r"|hardee'?s|arby'?s|culver'?s|shake\s+shack|a&w|dairy\s+queen|raising\s+cane'?s"
            r"|white\s+castle|del\s+taco|chipotle|subway|panda\s+express|smashburger)\b",
            re.I,
        ),
        None,
        500.0,
    ),
)
_CUES = ("mc", "mac", "tim", "dunkin", "starbucks", "costco", "burger", "bk", "jack", "wendy",
         "kfc", "popeyes", "guys", "n out", "n-out", "chick", "taco", "sonic", "carl", "hardee",
         "arby", "culver", "shack", "a&w", "queen", "cane", "castle", "chipotle", "subway",
         "panda", "pounder", "filet")  # fmt: skip
# Words that size the drink themselves: left to the size readers (a bare count or article,
# "2 cokes", "a black coffee", is a count of the chain's cups).
_SIZED = re.compile(
    r"\d\s*(?:ml|l|cl|dl|oz|fl|g|kg|litres?|liters?|%|\.\d)\b|\b(?:small|medium|large|regular|big|kids?|tall|grande|venti|short|mini|can|cans|bottle"
    r"|bottles|cup|cups|mug|mugs|glass|glasses|pint|pints|jug|litre|liter|half|refills?)\b",
    re.I,
)
_POURED_COFFEE = ("Coffee, brewed from grounds", "Coffee, brewed, prepared")
_SODA = "Carbonated beverage"


def apply(table: Table, items: list[ParsedItem], text: str) -> None:
    """Resize the bare coffees and sodas of a meal bought at a chain to the chain's cup."""
    low = text.lower()
    if not any(cue in low for cue in _CUES):
        return
    coffee_ml = soda_ml = None
    for chain, coffee, soda in _CHAINS:
        if (coffee or soda) and chain.search(text):
            coffee_ml = coffee_ml or coffee
            soda_ml = soda_ml or soda
    if coffee_ml is None and soda_ml is None:
        return
    for item in items:
        if item.index is None or len(item.parts) > 1:
            continue
        if _SIZED.search(item.text):
            continue
        name = table.name(item.index)
        if coffee_ml and name.startswith(_POURED_COFFEE):
            cup = coffee_ml
        elif soda_ml and name.startswith(_SODA):
            cup = soda_ml
        else:
            continue
        grams = cup * max(1.0, item.count)
        if item.grams < grams:
            item.grams = grams
            item.parts = ((item.index, grams),)
