"""Food table, meal parser and nutrient totals (DESIGN §2, §5, §6).

The packaged table is a compact copy of USDA SR24 (7,907 foods, per 100 g, an empty value
meaning "not measured", never zero) plus a hand-made list of everyday names. Importing this
package is cheap; the table loads on first use (or call :func:`load` from a worker).

Public API: :data:`VERSION`, :func:`parse_meal`, :func:`resolve_meal`, :func:`resolve_day`,
:func:`parse_supplement`, :func:`search`, :func:`food`, :func:`nutrients`, :func:`load`.
"""

from __future__ import annotations

from typing import Any

import msgspec

from journal.foods.supplements import parse_supplement
from journal.foods.table import Food, Portion
from journal.model import NUTRIENT_KEYS, Day, Meal, MealItem, Resolved

try:
    from journal.foods._table_version import TABLE_DIGEST
except ImportError:  # pragma: no cover - only before the first `scripts/build_foods.py`
    TABLE_DIGEST = "unbuilt"

# Stored meals carry VERSION and are re-resolved once when it differs. The table part is the
# digest of sr24.json, written by scripts/build_foods.py; bump PARSER_VERSION by hand when
# matching or unit handling changes what a text resolves to.
TABLE_VERSION = f"sr24.{TABLE_DIGEST}"
PARSER_VERSION = "p2"
VERSION: str = f"{TABLE_VERSION}+{PARSER_VERSION}"

__all__ = [
    "NUTRIENT_KEYS",
    "VERSION",
    "Food",
    "Match",
    "MealParse",
    "Portion",
    "food",
    "load",
    "nutrients",
    "parse_meal",
    "parse_supplement",
    "resolve_day",
    "resolve_meal",
    "search",
]


class MealParse(msgspec.Struct):
    """What the table made of a meal's text.

    ``totals`` has every canonical nutrient key; a value counts only foods whose amount is
    known, and ``coverage[key]`` is the share of matched grams for which it is known (0..1).
    With nothing matched, totals are 0 and coverage is 0: nothing is known, not "ate nothing".
    """

    items: list[MealItem]
    unmatched: list[str]
    totals: dict[str, float]
    coverage: dict[str, float]

    def to_json(self) -> dict[str, Any]:
        return {
            "items": [
                {"text": i.text, "food_id": i.food_id, "name": i.name, "grams": i.grams}
                for i in self.items
            ],
            "unmatched": list(self.unmatched),
            "totals": dict(self.totals),
            "coverage": dict(self.coverage),
        }


class Match(msgspec.Struct, frozen=True):
    """A search result: the food, how well it matched (0..100) and a sensible portion."""

    food_id: str
    name: str
    score: float
    default_grams: float
    portion: str
    group: str = ""


def load() -> None:
    """Load the food table now (e.g. from a TUI worker) instead of on first use.

    Also imports the parser and rapidfuzz and builds the spelling vocabulary, so the first
    keystroke preview after it pays for nothing but the words typed.
    """
    import rapidfuzz.fuzz  # noqa: F401

    from journal.foods import context, items  # noqa: F401
    from journal.foods.table import load as _load

    _load().vocabulary_list  # noqa: B018


def food(food_id: str) -> Food | None:
    """The food with this USDA id, or None."""
    from journal.foods.table import load as _load

    table = _load()
    i = table.ids.get(str(food_id))
    return None if i is None else table.food(i)


def nutrients(food_id: str, grams: float) -> dict[str, float | None] | None:
    """Nutrients in ``grams`` of a food (None per key when not measured), or None if unknown."""
    f = food(food_id)
    if f is None:
        return None
    return {k: (None if v is None else round(v * grams / 100.0, 4)) for k, v in f.nutrients.items()}


def search(query: str, limit: int = 10) -> list[Match]:
    """Foods for a query, best first: the everyday alias, then fuzzy matches."""
    from journal.foods import match as _match
    from journal.foods.table import load as _load

    table = _load()
    return [
        Match(
            food_id=table.rows[h.index][0],
            name=table.name(h.index),
            score=h.score,
            default_grams=h.default_grams,
            portion=h.portion,
            group=table.group(h.index),
        )
        for h in _match.search(query, limit)
    ]


def parse_meal(text: str) -> MealParse:
    """Parse what the runner typed ("2 eggs, oatmeal 80g, a banana") against the table.

    Deterministic and cached per item, so previewing on every keystroke stays well under a
    millisecond per changed item once the table is loaded.
    """
    from journal.foods import items as _items
    from journal.foods.table import load as _load

    table = _load()
    items: list[MealItem] = []
    unmatched: list[str] = []
    for parsed in _items.parse_items(text or ""):
        item_text = parsed.text
        if parsed.index is None or parsed.grams <= 0:
            unmatched.append(item_text)
            continue
        for i, grams in parsed.parts:  # one food, or each ingredient of a dish
            if grams <= 0:
                continue
            items.append(
                MealItem(
                    food_id=table.rows[i][0],
                    grams=min(grams, 10_000.0),
                    text=item_text,
                    name=table.name(i),
                )
            )
        unmatched.extend(parsed.unknown)
    totals, coverage = _items.totals(table, [(table.ids[i.food_id], i.grams) for i in items])
    return MealParse(items=items, unmatched=unmatched, totals=totals, coverage=coverage)


def resolve_meal(meal: Meal) -> Meal:
    """The meal with ``resolved`` filled from its ``text`` and explicit ``items``.

    Idempotent: a meal already resolved with the current :data:`VERSION` is returned as is
    (the same object); a stale version is resolved again. Explicit items are looked up by
    ``food_id``; an id the table does not know is reported in ``unmatched``.

    Explicit nutrient amounts on the meal (``meal.explicit_nutrients()``) are NOT added to
    ``resolved.totals``: the analyzer adds them itself, so they are never counted twice.
    """
    if meal.resolved is not None and meal.resolved.version == VERSION:
        return meal
    from journal.foods import items as _items
    from journal.foods.table import load as _load

    table = _load()
    items: list[MealItem] = []
    unmatched: list[str] = []
    if meal.text:
        parsed = parse_meal(meal.text)
        items.extend(parsed.items)
        unmatched.extend(parsed.unmatched)
    for item in meal.items or []:
        i = table.ids.get(item.food_id)
        if i is None:
            unmatched.append(f"food {item.food_id} ({item.grams:g} g) is not in the food table")
            continue
        items.append(
            MealItem(
                food_id=item.food_id,
                grams=item.grams,
                text=item.text,
                name=item.name or table.name(i),
            )
        )
    totals, coverage = _items.totals(table, [(table.ids[i.food_id], i.grams) for i in items])
    resolved = Resolved(
        version=VERSION,
        items=[MealItem(food_id=i.food_id, grams=round(i.grams, 1)) for i in items],
        unmatched=unmatched,
        totals={k: round(v, 3) for k, v in totals.items()},
        coverage={k: round(c, 3) for k, c in coverage.items() if c < 1.0},
    )
    return msgspec.structs.replace(meal, resolved=resolved)


def resolve_day(day: Day) -> Day:
    """Resolve every meal of a day; the same object comes back when nothing changed."""
    meals = [resolve_meal(m) for m in day.meals]
    if all(new is old for new, old in zip(meals, day.meals, strict=True)):
        return day
    return msgspec.structs.replace(day, meals=meals)
