"""Small, medium and large on a cafe coffee: the cup those words buy, not a scaled mug.

"a large coffee", "medium iced coffee", "a small latte": the size words scaled the drink's
everyday helping (a 237 ml mug: large 308 ml), but a coffee bought by size comes in that
size's cup. US drive-thru and cafe cups: small 12 fl oz, medium 16, large 20 (McDonald's
hot coffee 12/16/20 oz, Starbucks tall/grande/venti, Tim Hortons and Dunkin large 20 oz); an
iced one shares its cup with ice (see cupsizes.py). Only poured coffee: a latte's or
cappuccino's espresso is counted in shots, so milk drinks keep their scaled helping.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from journal.foods.parse import Amount
from journal.foods.table import Table
from journal.foods.text import stem

if TYPE_CHECKING:
    from journal.foods.match import Hit

CAFE_ML = {"small": 355.0, "medium": 473.0, "large": 591.0}
MUG_G = 230.0  # a drink whose helping is under a mug is sized by its own cup
_ICED = frozenset(("iced", "ice", "cold"))
_POURED_COFFEE = ("Coffee, brewed from grounds", "Coffee, instant", "Coffee, brewed, prepared")


def cafe_sized(table: Table, hit: Hit, amount: Amount, iced_share: float) -> Amount | None:
    """The amount as the size's cafe cup, for a coffee said small, medium or large; else None."""
    if amount.unit not in CAFE_ML or amount.kind != "household":
        return None
    foods = [i for i, _g, _d in hit.parts] if hit.parts else [hit.index]
    if len(foods) != 1 or not table.name(foods[0]).startswith(_POURED_COFFEE):
        return None  # a latte's espresso is its shots: milk drinks keep their sizes
    helping = sum(g for _i, g, _d in hit.parts) if hit.parts else hit.default_grams
    if helping < MUG_G:
        return None
    cup = CAFE_ML[amount.unit]
    if _ICED & {stem(w.lower()) for w in amount.words}:
        cup *= iced_share
    return Amount(
        count=1.0 if amount.count is None else amount.count,
        words=amount.words,
        scale=cup / helping,
        article=amount.article,
    )
