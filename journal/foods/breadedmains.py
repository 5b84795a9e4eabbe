"""Breaded, battered and fried mains said by a dish's cue word: "katsu chicken and rice",
"crispy chicken wrap", "breaded fish tacos", "tempura prawns".

A dish alias or a protein's own row holds the plain cooked meat (roast breast, steamed cod),
and the cue word that says it was coated and fried was left over: the meal lost the crumb
and the frying fat, a third of the energy. SR24 has the fried-in-batter rows themselves
(05058 breast, 05092 thigh, 05007 mixed pieces, 15150 shrimp), which are also what a careful
reader picks, so the plain row becomes its fried one, ~ 15 % heavier for its coating
(a 110 g roast breast is a ~ 125 g katsu cutlet). Only items whose text holds a cue are
looked at; "stir fried chicken" and "chicken fried rice" are not breaded.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from journal.foods.sizing import food_id

if TYPE_CHECKING:
    from journal.foods.items import ParsedItem
    from journal.foods.table import Table

_CUE = re.compile(
    r"\b(?:katsu|schnitz\w*|schnitty|karaage|tempura)\b"
    r"|\b(?:breaded|crumbed|battered|panko)\s+[a-z]"  # before its food: "crumbed fish"
    r"|[a-z]\s+(?:breaded|crumbed|battered)\s*$"  # after it: "chicken breast, breaded"
    r"|(?<!stir )(?<!stir-)(?<!pan )(?<!pan-)(?<!air )\bfried\s+chicken\b"
    r"|\bcrispy\s+(?:fried\s+)?chicken\b",
    re.I,
)
_CUE_WORDS = ("katsu", "schnit", "breaded", "crumbed", "battered", "karaage", "panko", "tempura")
_CUE_WORDS += ("fried chicken", "crispy")
# Crumbed and baked is not fried ("crumbed & baked", "oven", "air fried"): left as it is.
_NOT_FRIED = re.compile(r"\b(?:baked|oven|air[- ]?fr\w*|grilled)\b", re.I)
# A dish that lists its coating (flour, breadcrumbs) already holds the crumb and its oil.
_COATINGS = frozenset(("20081", "18079"))
COATING = 1.15  # a cooked cut with its crumb or batter weighs ~ 15 % more
# The chicken cut named in an SR24 row → its fried-in-batter row.
_CHICKEN_CUTS = (
    ("breast", "05058"),
    ("thigh", "05092"),
    ("drumstick", "05067"),
    ("leg", "05076"),
)
_CHICKEN = "Chicken, broilers or fryers,"
_FRIED_CHICKEN = "05007"  # meat and skin, fried in batter: a piece of unnamed cut
_SHRIMP = ("15151", "15150")  # shrimp cooked → shrimp breaded and fried
_FISH = "x-battered-fish"  # cod in batter, fried (modelled)
_FISH_GROUP = "Finfish and Shellfish Products"


@lru_cache(maxsize=256)
def _fried(table: Table, i: int) -> tuple[int, float] | None:
    """The fried-in-batter row for plain row ``i`` and the weight factor, or None."""
    name = table.name(i)
    low = name.lower()
    if "fried" in low or "breaded" in low or "batter" in low:
        return None
    factor = 1.0 if "raw" in low else COATING
    if name.startswith(_CHICKEN):
        row = next((r for cut, r in _CHICKEN_CUTS if cut in low), _FRIED_CHICKEN)
        return table.ids[row], factor
    if food_id(table, i) == _SHRIMP[0]:
        return table.ids[_SHRIMP[1]], factor
    if name.startswith("Fish, ") and table.group(i) == _FISH_GROUP and _FISH in table.ids:
        return table.ids[_FISH], factor
    return None


def breaded_mains(table: Table, items: list[ParsedItem]) -> None:
    """Give each item whose words say breaded or battered its meat's fried-in-batter row."""
    meal_text = "\n".join(item.text for item in items).lower()
    if not any(w in meal_text for w in _CUE_WORDS):  # most meals and pastes: one substring scan
        return
    for item in items:
        low = item.text.lower()
        if not any(w in low for w in _CUE_WORDS) or not _CUE.search(low):
            continue
        if _NOT_FRIED.search(low):
            continue
        if any(food_id(table, i) in _COATINGS for i, _g in item.parts):
            continue
        said = item.amount_given  # a weight or count said is the cooked food's, crumb and all
        parts = list(item.parts)
        changed = False
        for n, (i, grams) in enumerate(parts):
            fried = _fried(table, i)
            if fried is None:
                continue
            parts[n] = (fried[0], round(grams * (1.0 if said else fried[1]), 2))
            if item.index == i:
                item.index = fried[0]
            if item.main == i:
                item.main = fried[0]
            changed = True
        if changed:  # the cue word is read now: no longer a word left over
            item.unknown = tuple(w for w in item.unknown if not w.startswith(_CUE_WORDS))
            item.parts = tuple(parts)
            item.grams = round(sum(g for _i, g in parts), 2)
