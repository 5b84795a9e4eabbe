"""Spreads on bread: "peanut butter on toast", "a bagel with cream cheese", "toast with marmite
and butter". A spread with no amount is one face's worth per slice (two for a split bagel,
muffin, croissant or scone, up to two slices); two sweet spreads share the faces, butter goes
under them. Run by :func:`journal.foods.context.apply` after a meal's items are matched.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from journal.foods.sizing import first, food_id, free, set_grams
from journal.foods.table import Table

if TYPE_CHECKING:
    from journal.foods.items import ParsedItem

# Grams of a spread per face of bread.
SPREAD_G = {
    "01001": 5.0, "01002": 5.0, "04128": 5.0,  # butter, margarine
    "16098": 16.0, "16097": 16.0, "12195": 16.0,  # nut butters
    "19297": 15.0, "19300": 15.0, "19296": 15.0, "19125": 15.0,  # jam, honey, nutella
    "43406": 4.0, "01017": 15.0, "01037": 45.0,  # yeast extract, cream cheese, ricotta
    "09037": 60.0,  # smashed avocado
    "01012": 40.0, "01015": 40.0, "01016": 40.0,  # cottage cheese
}  # fmt: skip
# At most half a Hass avocado (155 g) smashed over however many slices it covers.
_SPREAD_CAP_G = {"09037": 78.0}
# A runny or sweet spread goes on thinner over a second face: one slice takes 15 g, but a split
# bagel or two slices take a heaped tablespoon (honey 21 g level, jam 20 g), ~25 g, not 30.
_PAIR_CAP_G = {"19297": 25.0, "19300": 25.0, "19296": 25.0, "19125": 25.0}
# Split and spread on both halves (a croissant or scone too); a crumpet is not.
_TWO_FACED = ("Bagels", "English muffin", "Croissants", "Scone")
# Rice cakes take a spread like a slice of bread.
_SMALL_FACES = ("Snacks, rice cakes",)
UNDER_SPREADS = frozenset(("01001", "01002", "04128"))  # butter and margarine
_LIST_SEPS = ("and", "&", "with")


def apply(table: Table, items: list[ParsedItem], seps: list[str]) -> None:
    """Size each spread by the bread next to it, or the bread its list is put on ("avocado
    and poached eggs on sourdough") or follows ("toast with marmite and butter"): per face,
    up to two slices; two spreads on one bread ("peanut butter and jam on toast") share its
    faces."""
    spread_of = {
        k: per
        for k, item in enumerate(items)
        if free(item)
        and item.index is not None
        and (per := SPREAD_G.get(food_id(table, item.index))) is not None
    }
    for k, per_face in spread_of.items():
        bread = _bread_for(table, items, seps, k)
        if bread is None:
            continue
        sharing = [j for j in spread_of if _bread_for(table, items, seps, j) == bread]
        sweet = [j for j in sharing if food_id(table, items[j].index or 0) not in UNDER_SPREADS]
        share = len(sweet) if k in sweet else 1  # butter goes under the jam, not beside it
        n_faces = faces(table, items[bread])
        grams = per_face * max(n_faces / max(share, 1), 1.0)
        spread = food_id(table, items[k].index or 0)
        cap = _SPREAD_CAP_G.get(spread)
        pair = _PAIR_CAP_G.get(spread)
        if pair is not None:
            grams = min(grams, pair * max(1.0, n_faces / 2))
        set_grams(items[k], min(grams, cap) if cap else grams)


def _bread_for(table: Table, items: list[ParsedItem], seps: list[str], k: int) -> int | None:
    """The bread a spread goes on: a neighbour, else one its "and" list is put "on"; butter
    also goes under the bread its "with ... and" list follows."""
    for j in (k - 1, k + 1):
        if 0 <= j < len(items) and faces(table, items[j]):
            return j
    j = k + 1
    while j < len(items) and seps[j] in (*_LIST_SEPS, "on"):
        if seps[j] == "on" and faces(table, items[j]):
            return j
        j += 1
    j = k
    under = food_id(table, items[k].index or 0) in UNDER_SPREADS
    while under and j > 0 and seps[j] in _LIST_SEPS:  # "toast with marmite and butter"
        j -= 1
        if faces(table, items[j]):
            return j
    return None


def faces(table: Table, item: ParsedItem) -> float:
    """How many faces of bread an item offers a spread (0 when it is no bread)."""
    food = first(item)
    if food is None:
        return 0.0
    name, group = table.name(food), table.group(food)
    bread = group == "Baked Products" and name.startswith(
        ("Bread", "Bagels", "Rolls", "English muffin", "Crumpet", "Tortillas", "Pancakes")
    )
    bread = bread or name.startswith(("Croissants", "Scone"))
    if not bread and not name.startswith(_SMALL_FACES):
        return 0.0
    # "half a bagel" is one face; more than two slices still take a two-slice spread
    return max(1.0, min(2.0, item.count) * (2.0 if name.startswith(_TWO_FACED) else 1.0))
