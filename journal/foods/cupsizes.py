"""Cafe cup names on a drink are volumes, not relative sizes: "a grande latte" is 16 fl oz.

The amount reader reads "tall", "grande" and "venti" as the size words medium, large and extra
large, which scale the drink's everyday helping; but a flat white's helping is a 6 oz cup,
so "a tall flat white" came out at half a Starbucks tall. A cup name on a drink says how much
the cup holds, less the ice of an iced drink.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from journal.foods.cafesizes import cafe_sized
from journal.foods.parse import Amount
from journal.foods.table import ML_PER, Table
from journal.foods.text import stem
from journal.foods.units import _SIZE_FACTOR

if TYPE_CHECKING:
    from journal.foods.match import Hit

# Starbucks cups (the names other chains borrow): tall 12 fl oz, grande 16, venti 20 (hot).
# A trenta is Starbucks' 30 fl oz cup, sold for iced drinks only (its ice is taken off below).
CUP_ML = {"tall": 355.0, "grande": 473.0, "venti": 591.0, "trenta": 887.0}
# An iced drink shares its cup with ice: a Starbucks iced grande latte is 100 kcal against a
# hot one's 130, an iced venti (a 24 oz cup) 130 against 170, so ~ 3/4 of the hot drink.
ICED_SHARE = 0.75
_ICED = frozenset(("iced", "ice", "cold"))
# Drinks: SR24's beverages (coffee, tea, soft drinks) and the milk a milky coffee is mostly.
_DRINK_GROUPS = ("Beverages",)
_DRINK_NAMES = ("Milk,", "Milk shakes", "Beverages,")


def _drink(table: Table, i: int) -> bool:
    return table.group(i) in _DRINK_GROUPS or table.name(i).startswith(_DRINK_NAMES)


def cup_sized(table: Table, hit: Hit, amount: Amount) -> Amount:
    """The amount with a cup name on a drink made a scale to that cup's volume (~1 g a ml);
    any other amount as it was."""
    cup = CUP_ML.get(stem(amount.unit_word)) if amount.unit_word else None
    cafe = cafe_sized(table, hit, amount, ICED_SHARE) if cup is None else None
    if cafe is not None:  # "a large coffee": a 20 fl oz cafe cup ("a tall coffee" is 12)
        return cafe
    if cup is None or not _drink(table, hit.index):
        return _iced_sized(table, hit, amount)
    helping = sum(g for _i, g, _d in hit.parts) if hit.parts else hit.default_grams
    if helping <= 0:
        return amount
    if _ICED & {stem(w.lower()) for w in amount.words}:
        cup *= ICED_SHARE  # "a venti iced latte", "a grande cold brew": ice takes the rest
    return Amount(
        count=1.0 if amount.count is None else amount.count,
        words=amount.words,
        scale=cup / helping,
        article=amount.article,
    )


def cup_first(table: Table, amount: Amount) -> Amount:
    """ "a serving of grande latte": a cup name said after the measure still names the cup
    (read by :func:`cup_sized` once the food is known), unless it is part of a name ("a
    tall boy", a 16 oz can of beer)."""
    words = amount.words
    if len(words) < 2 or words[0].lower() not in CUP_ML:
        return amount
    if " ".join(stem(w.lower()) for w in words) in table.aliases:
        return amount
    if amount.kind == "mass" or amount.unit in ("ml", "cl", "dl", "l", "fl oz"):
        # "330ml tall latte", "16 oz grande latte": the runner said how much
        return replace(amount, words=words[1:])
    return replace(amount, words=words[1:], unit_word=words[0].lower())


# the volumes a cup of an iced drink is said in ("iced latte 16oz": fluid ounces of the cup)
_CUP_VOLUME = {"oz": ML_PER["fl oz"], "fl oz": ML_PER["fl oz"], "ml": 1.0, "cl": 10.0, "l": 1000.0}


_SEALED = frozenset(("bottle", "can", "carton", "tin", "bottled", "canned"))


def _iced_sized(table: Table, hit: Hit, amount: Amount) -> Amount:
    """An iced drink's cup said as a volume ("iced latte 16oz") or a size ("a large iced
    latte"): the drink is :data:`ICED_SHARE` of it, as for a named cup; else as it was."""
    words = {stem(w.lower()) for w in amount.words}
    if not _ICED & words or not _drink(table, hit.index) or words & _SEALED:
        return amount
    if "iced" in table.name(hit.index).lower():
        return amount  # a bottled iced tea: no ice in the bottle
    helping = sum(g for _i, g, _d in hit.parts) if hit.parts else hit.default_grams
    count = 1.0 if amount.count is None else amount.count
    if amount.unit in _CUP_VOLUME and helping > 0:
        scale = count * _CUP_VOLUME[amount.unit] * ICED_SHARE / helping
        return Amount(count=1.0, words=amount.words, scale=scale, article=amount.article)
    if amount.unit in _SIZE_FACTOR:
        scale = _SIZE_FACTOR[amount.unit] * ICED_SHARE
        return Amount(count=count, words=amount.words, scale=scale, article=amount.article)
    return amount
