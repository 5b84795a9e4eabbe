"""Where a meal was eaten shapes its portions: an aid station pours drinks into paper cups and
serves salted baby potatoes; a chip shop's chips are a bigger helping than a pub's; a bakery's
sausage roll and a cafe's cookie are bigger than a packet's. A corn dog is SR24's 78 g one
wherever bought (docs/meal-judging.md), so a fair no longer makes it a foot-long.

Run by :func:`journal.foods.items.parse_items` over the whole meal text after the items are
read; kept apart so the item reader stays about items.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from journal.foods import chaindrinks, eatenout
from journal.foods.cafebakes import cafe_each
from journal.foods.table import Table

if TYPE_CHECKING:
    from journal.foods.items import ParsedItem


def apply(table: Table, items: list[ParsedItem], text: str, said_text: str = "") -> None:
    """Resize the items the place named in ``text`` serves its own way (``said_text``: the
    meal as typed, where a chain said after "at" or "from" is still named)."""
    if _AID_STATION.search(text):
        _aid_station_cups(table, items)
    if _CHIP_SHOP.search(text):
        _chip_shop_chips(table, items)
    if _BAKERY.search(text):
        _bakery_sizes(table, items, text)
    eatenout.apply(table, items, said_text or text)
    chaindrinks.apply(table, items, said_text or text)


# Chips "from the chipper" or "the chippy" are a chip-shop portion (FSA: 220 g), not a pub side.
_CHIP_SHOP = re.compile(r"\b(?:chipper|chippy|chip\s+shop)\b", re.I)
CHIP_SHOP_SCALE = 220.0 / 170.0


def _chip_shop_chips(table: Table, items: list[ParsedItem]) -> None:
    """ "chips from the chippy": a chip-shop portion, the pub helping scaled up."""
    for item in items:
        parts = item.parts
        if (
            len(parts) == 1
            and table.ids.get("21138") == parts[0][0]
            and not _WEIGHED.search(item.text)
        ):
            item.grams = round(item.grams * CHIP_SHOP_SCALE, 2)
            item.parts = ((parts[0][0], item.grams),)


# An aid station, checkpoint or feed station pours drinks into paper cups of 150-200 ml.
_AID_STATION = re.compile(
    r"\b(?:aid\s+(?:station|stn|stop|tent)|checkpoint|feed\s+station|cp\d)", re.I
)
AID_CUP_G = 150.0
AID_POTATO_G = 40.0  # a salted baby potato from an ultra's aid station, 30-50 g
_BOILED_POTATO = re.compile(r"^Potatoes, boiled")
_WEIGHED = re.compile(r"\d\s*(?:g|grams?|oz)\b", re.I)
_CUP_SAID = re.compile(r"\bcups?\b", re.I)
# a drink whose row is outside SR24's Beverages: juice, milk, coconut water, a hot chocolate
_POURED = re.compile(r"\bjuice\b|^milk,|coconut water|chocolate beverage")


def _aid_station_cups(table: Table, items: list[ParsedItem]) -> None:
    """ "flat coke at the aid station": a paper cup of it, not a can or a mug."""
    for item in items:
        if item.index is None or len(item.parts) != 1:
            continue
        name = table.name(item.index).lower()
        drink = table.group(item.index) == "Beverages" or _POURED.search(name) is not None
        if drink and (not item.amount_given or _CUP_SAID.search(item.text)):
            item.grams = min(item.grams, AID_CUP_G * max(1.0, item.count))
            item.parts = ((item.index, item.grams),)
        elif _BOILED_POTATO.search(table.name(item.index)) and not _WEIGHED.search(item.text):
            # ultras serve salted baby potatoes: "3 boiled potatoes at the checkpoint"
            item.grams = AID_POTATO_G * max(1.0, item.count)
            item.parts = ((item.index, item.grams),)


# A bakery, servo (AU/NZ service station), garage or chain counter bakes bigger than a packet: a
# bakery or servo sausage roll is 130-170 g (AU/NZ bakeries; UK bakery 120-150 g), a Greggs one
# 103 g (label); a cafe or chain cookie (Subway, Starbucks, Costa) is ~ 45 g (labels), not SR24's
# 12 g packet cookie.
_BAKERY = re.compile(
    r"\b(?:bakery|servo|service\s+station|garage|petrol\s+station|gas\s+station|cafe|caf\u00e9"
    r"|coffee\s+shop|greggs|subway|starbucks|costa|pret|tim\s+hortons|timmies)\b",
    re.I,
)
_GREGGS = re.compile(r"\bgreggs\b", re.I)
BAKERY_SAUSAGE_ROLL_G = 140.0
GREGGS_SAUSAGE_ROLL_G = 103.0
CAFE_COOKIE_G = 45.0
_SAUSAGE_ROLL = "x-sausage-roll"
_COOKIE = re.compile(r"^Cookies, (?:chocolate chip|oatmeal|sugar|peanut butter)")


def _bakery_sizes(table: Table, items: list[ParsedItem], text: str) -> None:
    """ "a sausage roll from the servo", "2 choc chip cookies from subway": the counter's size,
    one each, unless a weight was said."""
    for item in items:
        if item.index is None or len(item.parts) != 1 or _WEIGHED.search(item.text):
            continue
        count = max(1.0, item.count)
        if table.rows[item.index][0] == _SAUSAGE_ROLL:
            each = GREGGS_SAUSAGE_ROLL_G if _GREGGS.search(text) else BAKERY_SAUSAGE_ROLL_G
        elif _COOKIE.search(table.name(item.index)):
            each = CAFE_COOKIE_G
        elif (cafe := cafe_each(table, item.index, item.text)) is not None:
            each = cafe  # banana bread, a scone, a brownie, a cinnamon roll (cafebakes.py)
        else:
            continue
        if item.grams < each * count:
            item.grams = each * count
            item.parts = ((item.index, item.grams),)
