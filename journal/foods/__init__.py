"""Food table, meal parser and nutrient totals.

The packaged table is a compact copy of USDA SR24 (7,907 foods, per 100 g, an empty value
meaning "not measured", never zero) plus a hand-made list of everyday names. Importing this
package is cheap; the table loads on first use (or call :func:`load` from a worker).

Public API: :data:`VERSION`, :func:`parse_meal`, :func:`resolve_meal`, :func:`resolve_day`,
:func:`parse_supplement`, :func:`search`, :func:`food`, :func:`nutrients`, :func:`load`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

import msgspec

from journal.foods.shopwords import spelled_out
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
PARSER_VERSION = "p24"
VERSION: str = f"{TABLE_VERSION}+{PARSER_VERSION}"

__all__ = [
    "NUTRIENT_KEYS",
    "VERSION",
    "Food",
    "Match",
    "MealParse",
    "Personal",
    "Portion",
    "food",
    "load",
    "nutrients",
    "parse_meal",
    "parse_supplement",
    "recheck_day",
    "recheck_meal",
    "resolve_day",
    "resolve_meal",
    "search",
]


# The runner's corrections: phrase → (food_id, grams of one), or several such pairs for a
# phrase that stands for more than one food. Used before the table.
Personal = Mapping[str, Any]

# Below this (0..1) a match is shown as unsure and its grams count as half known.
SURE = 0.75


class MealParse(msgspec.Struct):
    """What the table made of a meal's text.

    ``totals`` has every canonical nutrient key; a value counts only foods whose amount is
    known, and ``coverage[key]`` is the share of matched grams for which it is known (0..1);
    an unsure item's grams count as half known. With nothing matched, totals are 0 and
    coverage is 0: nothing is known, not "ate nothing". ``confidence[n]`` says how sure
    the match of ``items[n]`` is (0..1; below :data:`SURE` the check-in should say so).
    """

    items: list[MealItem]
    unmatched: list[str]
    totals: dict[str, float]
    coverage: dict[str, float]
    confidence: list[float] = []

    @property
    def unsure(self) -> list[int]:
        """Indexes of the items whose match is not to be trusted silently."""
        return [n for n, c in enumerate(self.confidence) if c < SURE]

    def to_json(self) -> dict[str, Any]:
        conf = self.confidence or [1.0] * len(self.items)
        return {
            "items": [
                {
                    "text": i.text,
                    "food_id": i.food_id,
                    "name": i.name,
                    "grams": i.grams,
                    "confidence": c,
                }
                for i, c in zip(self.items, conf, strict=True)
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

    Also imports the parser and rapidfuzz, builds the spelling vocabulary and stems every
    food name, so a keystroke preview after it pays for nothing but the words typed.
    """
    import rapidfuzz.fuzz  # noqa: F401

    from journal.foods import context, dishlists, items, plausible, ranking, typednames
    from journal.foods.table import load as _load

    _load().vocabulary_list  # noqa: B018
    ranking.warm()
    typednames.warm()
    del context, dishlists, items, plausible


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
    from journal.foods import lookup as _lookup
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
        for h in _lookup.search(query, limit)
    ]


def parse_meal(text: str, personal: Personal | None = None) -> MealParse:
    """Parse what the runner typed ("2 eggs, oatmeal 80g, a banana") against the table.

    ``personal`` maps the runner's own phrases to (food_id, grams of one), e.g.
    ``{"my smoothie": ("x-oat-drink", 400)}``; a phrase found there wins over the table and
    is scaled by the amount typed ("2 my smoothie", "300 g my granola").

    Deterministic and cached per item, so previewing on every keystroke stays well under a
    millisecond per changed item once the table is loaded.
    """
    from journal.foods import items as _items
    from journal.foods import plausible
    from journal.foods.table import load as _load

    table = _load()
    items: list[MealItem] = []
    unmatched: list[str] = []
    confidence: list[float] = []
    read = _items.parse_items(text or "", _personal_map(personal))
    eaten = [(p.text, p.parts) for p in read if p.index is not None and p.grams > 0]
    doubted = plausible.meal_outliers(table, eaten, text) if len(eaten) > 1 else set()
    for n, parsed in enumerate(p for p in read if p.index is not None and p.grams > 0):
        if n in doubted or plausible.implausible(table, parsed.text, parsed.parts, text):
            parsed.score = min(parsed.score, plausible.UNSURE * 100.0)  # "check this"
    for parsed in read:
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
            confidence.append(parsed.confidence)
        unmatched.extend(parsed.unknown)
    totals, coverage = _totals(table, items, confidence)
    return MealParse(
        items=items,
        unmatched=unmatched,
        totals=totals,
        coverage=coverage,
        confidence=confidence,
    )


def _personal_map(personal: Personal | None) -> dict[str, tuple[tuple[str, float], ...]] | None:
    """The corrections as (food_id, grams) pairs per phrase.

    A value may be one ``(food_id, grams)``, a ``{"food_id", "grams"}`` mapping, or a
    sequence of either (a phrase that stands for several foods, like a corrected dish).
    """
    if not personal:
        return None
    out = {}
    for phrase, value in personal.items():
        parts = [value] if isinstance(value, Mapping) or isinstance(value[0], str) else value
        pairs = []
        for part in parts:
            food_id, grams = (part["food_id"], part["grams"]) if isinstance(part, Mapping) else part
            pairs.append((str(food_id), float(grams)))
        out[str(phrase)] = tuple(pairs)
    for phrase in list(out):  # "chkn n rice" as saved meets the meal read as "chicken and rice"
        out.setdefault(spelled_out(phrase), out[phrase])
    return out


def _personal_tag(personal: Personal | None) -> str:
    """A short digest of the corrections, so a meal resolves again when they change."""
    mapping = _personal_map(personal)
    if not mapping:
        return ""
    text = "\n".join(
        f"{k}=" + ",".join(f"{f}@{g:g}" for f, g in v) for k, v in sorted(mapping.items())
    )
    return "+u" + hashlib.sha256(text.encode()).hexdigest()[:8]


def _totals(
    table: Any, items: list[MealItem], confidence: list[float]
) -> tuple[dict[str, float], dict[str, float]]:
    """Totals and coverage; an unsure item's known grams count half toward coverage."""
    from journal.foods import items as _items

    pairs = [(table.ids[i.food_id], i.grams) for i in items]
    totals, coverage = _items.totals(table, pairs)
    total_g = sum(g for _i, g in pairs)
    unsure = [(i, g) for (i, g), c in zip(pairs, confidence, strict=False) if c < SURE]
    if unsure and total_g:
        for k, v in zip(
            table.nutrient_keys,
            zip(*(table.values(i) for i, _g in unsure), strict=True),
            strict=True,
        ):
            known_unsure = sum(
                g for (_i, g), value in zip(unsure, v, strict=True) if value is not None
            )
            coverage[k] = round(max(0.0, coverage[k] - 0.5 * known_unsure / total_g), 4)
    return totals, coverage


def resolve_meal(meal: Meal, personal: Personal | None = None) -> Meal:
    """The meal with ``resolved`` filled from its ``text`` and explicit ``items``.

    Idempotent: a meal already resolved with the current :data:`VERSION` is returned as is
    (the same object); a stale version is resolved again. Explicit items are looked up by
    ``food_id``; an id the table does not know is reported in ``unmatched``.

    Explicit nutrient amounts on the meal (``meal.explicit_nutrients()``) are NOT added to
    ``resolved.totals``: the analyzer adds them itself, so they are never counted twice.
    """
    version = VERSION + _personal_tag(personal)
    if meal.resolved is not None and meal.resolved.version == version:
        return meal
    from journal.foods.table import load as _load

    table = _load()
    items: list[MealItem] = []
    unmatched: list[str] = []
    confidence: list[float] = []
    if meal.text:
        parsed = parse_meal(meal.text, personal)
        items.extend(parsed.items)
        unmatched.extend(parsed.unmatched)
        confidence.extend(parsed.confidence)
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
        confidence.append(1.0)  # the runner named the food
    totals, coverage = _totals(table, items, confidence)
    resolved = Resolved(
        version=version,
        items=[MealItem(food_id=i.food_id, grams=round(i.grams, 1)) for i in items],
        unmatched=unmatched,
        totals={k: round(v, 3) for k, v in totals.items()},
        coverage={k: round(c, 3) for k, c in coverage.items() if c < 1.0},
        unsure=[n for n, c in enumerate(confidence) if c < SURE],
    )
    return msgspec.structs.replace(meal, resolved=resolved)


def recheck_meal(meal: Meal, personal: Personal | None = None) -> Meal:
    """A meal from outside (an import file), its stored resolution recomputed from the table.

    Totals in a file are not trusted: they are summed again from the resolved items, so a
    file cannot slip in -5000 kcal or 1e308; a resolution naming an unknown food is redone.
    With the runner's corrections (``personal``), a meal with text resolved without them
    is resolved again, so the corrections win here too.
    """
    resolved = meal.resolved
    if resolved is None or not resolved.version.startswith(VERSION):
        return resolve_meal(meal, personal)
    if personal and meal.text and resolved.version != VERSION + _personal_tag(personal):
        return resolve_meal(msgspec.structs.replace(meal, resolved=None), personal)
    from journal.foods.table import load as _load

    table = _load()
    if any(i.food_id not in table.ids for i in resolved.items) or any(
        n >= len(resolved.items) for n in resolved.unsure
    ):
        return resolve_meal(msgspec.structs.replace(meal, resolved=None))
    unsure = set(resolved.unsure)
    confidence = [0.5 if n in unsure else 1.0 for n in range(len(resolved.items))]
    totals, coverage = _totals(table, resolved.items, confidence)
    fresh = msgspec.structs.replace(
        resolved,
        totals={k: round(v, 3) for k, v in totals.items()},
        coverage={k: round(c, 3) for k, c in coverage.items() if c < 1.0},
    )
    return meal if fresh == resolved else msgspec.structs.replace(meal, resolved=fresh)


def recheck_day(day: Day, personal: Personal | None = None) -> Day:
    """:func:`recheck_meal` for every meal of an imported day."""
    meals = [recheck_meal(m, personal) for m in day.meals]
    if all(new is old for new, old in zip(meals, day.meals, strict=True)):
        return day
    return msgspec.structs.replace(day, meals=meals)


def resolve_day(day: Day, personal: Personal | None = None) -> Day:
    """Resolve every meal of a day; the same object comes back when nothing changed."""
    meals = [resolve_meal(m, personal) for m in day.meals]
    if all(new is old for new, old in zip(meals, day.meals, strict=True)):
        return day
    return msgspec.structs.replace(day, meals=meals)
