"""A food said "dry" or "uncooked": SR24's dry form of the cooked food the name matched.

"100g dry brown rice", "80g uncooked wholewheat spaghetti", "60g dry red lentils": the name
alone matches the cooked food ("Rice, brown, long-grain, cooked"), and "dry" was left as an
unknown word, so a dry weight was read as cooked (a third of the energy for rice and pasta,
two fifths for pulses). Rather than an alias for every grain, pasta and pulse said dry, the
food's SR24 family is searched for its raw or dry sibling: the name with its ", cooked ..."
tail cut, then shortened a part at a time ("Lentils, mature seeds, cooked, boiled" → "Lentils,
raw"). A food already sold dry ("dry oats", "a cup of dry cheerios") just drops the word.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from journal.foods.match import Hit
from journal.foods.table import Table
from journal.foods.text import stem

DRY_WORDS = frozenset(("dry", "uncooked"))
# the families weighed dry before cooking: grains, pasta and pulses ("dry rub wings" are not)
_WEIGHED_DRY = frozenset(("Cereal Grains and Pasta", "Legumes and Legume Products"))
# the parts of an SR24 name that say the food is as sold, not cooked
_DRY_PARTS = frozenset(("raw", "dry", "uncooked", "dry form"))


def already_dry(table: Table, i: int) -> bool:
    """Whether the food is a breakfast cereal or SR24's dry form already."""
    name = table.name(i)
    return name.startswith("Cereals ready-to-eat") or name.endswith(", dry") or ", dry," in name


@cache
def _dry_names(table: Table) -> dict[str, list[tuple[int, int]]]:
    """Every raw or dry food by each of its name's leading runs of parts (built on first use:
    only a meal saying "dry" pays for it)."""
    found: dict[str, list[tuple[int, int]]] = {}
    for i in range(len(table.rows)):
        parts = table.name(i).split(", ")
        if not _DRY_PARTS & set(parts) or any(p.startswith("cooked") for p in parts):
            continue
        for n in range(1, len(parts)):
            found.setdefault(", ".join(parts[:n]), []).append((len(parts), i))
    return found


def dry_sibling(table: Table, i: int) -> int | None:
    """The raw or dry food of the cooked food ``i``'s family, or None when ``i`` is not
    cooked or its family holds no dry form."""
    parts = table.name(i).split(", ")
    cooked = next((k for k, p in enumerate(parts) if p.startswith("cooked")), None)
    if cooked is None or cooked == 0 or table.group(i) not in _WEIGHED_DRY:
        return None
    names = _dry_names(table)
    for n in range(cooked, 0, -1):
        found = names.get(", ".join(parts[:n]))
        if found:
            return min(found)[1]  # the plainest: fewest parts, then the table's first
    return None


def as_dry(
    table: Table, hit: Hit, unknown: tuple[str, ...], phrase: tuple[str, ...]
) -> tuple[Hit, tuple[str, ...]]:
    """``hit`` and its unknown words, read with a "dry" or "uncooked" in the typed ``phrase``
    (stems): the food's dry form when it is cooked and has one, the word dropped when the
    food is dry already (a name may take "dry" as known and leave it unreported)."""
    if hit.parts or not DRY_WORDS & set(phrase):
        return hit, unknown
    rest = tuple(w for w in unknown if stem(w.lower()) not in DRY_WORDS)
    if already_dry(table, hit.index):
        return hit, rest
    dry = dry_sibling(table, hit.index)
    if dry is None:
        return hit, unknown
    grams, portion = table.default_portion(dry)
    return replace(hit, index=dry, default_grams=grams, portion=portion, unknown=rest), rest
