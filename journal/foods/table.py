"""The packaged food table: loaded once, lazily, and read-only afterwards.

Loading costs a few tens of milliseconds, so nothing here runs at import time: the TUI
paints first and calls :func:`load` from a worker. A lock makes the first load safe when
the worker and a keystroke preview race for it.
"""

from __future__ import annotations

import gc
import re
import threading
from functools import cached_property
from pathlib import Path

import msgspec

from journal.foods.text import stems, unit_text

DATA_FILE = "sr24.json"

# Millilitres in one household measure; used when a food has no USDA portion of that name.
ML_PER = {
    "cup": 236.588,
    "tbsp": 14.787,
    "tsp": 4.929,
    "fl oz": 29.574,
    "pint": 568.261,  # the UK/Irish pint; a US pint is "16 fl oz"
    "quart": 946.353,
    "ml": 1.0,
    "cl": 10.0,
    "dl": 100.0,
    "l": 1000.0,
    "glass": 250.0,
    "mug": 250.0,
    "bowl": 350.0,
    "shot": 30.0,
    "splash": 30.0,  # a splash of milk in a coffee
    "dash": 10.0,
    # Australian beer measures: a schooner (NSW) 425 ml, a middy 285 ml, a stubby or tinny
    # 375 ml, a longneck 750 ml
    "schooner": 425.0,
    "middy": 285.0,
    "stubby": 375.0,
    "longneck": 750.0,
    "flute": 125.0,  # a champagne flute's pour
    "katori": 150.0,  # the Indian serving bowl a dal or curd is served in (ICMR/NIN ~ 150 ml)
    "drizzle": 7.0,  # a drizzle of honey or oil: about a heaped teaspoon
    # Vessels (round 23a, approx. household and catering sizes): a teacup 180-200 ml, a UK
    # beaker 200-250, a tumbler 250-300, a wine goblet's pour 175-250, a restaurant carafe
    # 500 ml (a full one 1 L), a thermos or vacuum flask 500, a US beer pitcher 48-60 oz
    # (1.4-1.8 L), a ramekin 4 oz (118 ml), a ladle 4 oz (Indian ladle of dal 100-120), a saucer 100
    "teacup": 200.0,
    "beaker": 225.0,
    "tumbler": 275.0,
    "goblet": 200.0,
    "carafe": 500.0,
    "thermos": 500.0,
    "flask": 500.0,
    "pitcher": 1500.0,
    "ramekin": 120.0,
    "ladle": 120.0,
    "saucer": 100.0,
}

# Which USDA portion a bare "2 pears" means when no alias names one, best first.
# Foods eaten by the spoonful whose first SR24 portion is a cup: salad dressings (FDA serving
# 2 tbsp).
_SPOONED = ("Salad dressing",)
_DEFAULT_PORTION_WORDS = (
    "medium",
    "serving",
    "nlea serving",
    "item",
    "each",
    "piece",
    "slice",
    "fruit",
    "fillet",
    "steak",
    "chop",
    "patty",
    "link",
    "large",
    "small",
    "cup",
    "oz",
)
# Foods eaten by the spoonful, whatever larger measure SR24 lists ("w paprika" is a teaspoon,
# not SR24's 100 g nor a cup of it; "a drizzle of sesame oil" a tablespoon): tried first.
_SPOON_FIRST = {"Spices and Herbs": ("tsp", "tbsp"), "Fats and Oils": ("tbsp", "tsp")}
# Tried when a food lists none of the words above: a paste or sauce by the tablespoon
# ("tahini", "tamari"), never 100 g of it.
_SPOON_LAST = ("tbsp", "tsp")


class Portion(msgspec.Struct, frozen=True):
    """A USDA household measure: ``amount`` × ``unit`` weighs ``grams``."""

    amount: float
    unit: str
    grams: float

    @property
    def label(self) -> str:
        return f"{self.amount:g} {self.unit}"


class Food(msgspec.Struct, frozen=True):
    """One food of the table; ``nutrients`` are per 100 g and None means "not measured"."""

    food_id: str
    name: str
    group: str
    nutrients: dict[str, float | None]
    portions: list[Portion]


class Table:
    """The decoded table plus the indexes the matcher needs."""

    def __init__(self, doc: dict) -> None:
        self.nutrient_keys: list[str] = doc["nutrients"]
        self.groups: list[str] = doc["groups"]
        # rows: [id, name, group_index, values, portions]
        self.rows: list[list] = doc["foods"]
        self.aliases: dict[str, list] = doc["aliases"]
        # names of a brand's pack ("brand" lines of aliases.txt): a pack's grams are no food's
        # everyday helping, so "jif" at 32 g leaves peanut butter's own helping alone
        self.packs: frozenset[str] = frozenset(doc.get("packs", ()))
        self.index: dict[str, list[int]] = doc["index"]
        self.ids: dict[str, int] = {row[0]: i for i, row in enumerate(self.rows)}

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """Every stem that means something to the matcher (food names and aliases)."""
        words = set(self.index)
        for alias in self.aliases:
            words.update(alias.split())
        return frozenset(words)

    @cached_property
    def longest_alias(self) -> int:
        """Words in the longest alias: a longer run of words names no alias, so the matcher
        need not look one up (a 20,000-character line would be looked up in every window)."""
        return max((a.count(" ") + 1 for a in self.aliases), default=0)

    @cached_property
    def alias_grams(self) -> dict[int, float]:
        """Each food's everyday helping: the grams of the first name that means it alone."""
        out: dict[int, float] = {}
        for name, entry in self.aliases.items():
            if len(entry) == 1 and name not in self.packs:
                out.setdefault(entry[0][0], entry[0][1])
        return out

    @cached_property
    def vocabulary_list(self) -> list[str]:
        return sorted(self.vocabulary)

    def name(self, i: int) -> str:
        return self.rows[i][1]

    def group(self, i: int) -> str:
        return self.groups[self.rows[i][2]]

    def values(self, i: int) -> list[float | None]:
        return self.rows[i][3]

    def portions(self, i: int) -> list[list]:
        return self.rows[i][4]

    def food(self, i: int) -> Food:
        row = self.rows[i]
        return Food(
            food_id=row[0],
            name=row[1],
            group=self.groups[row[2]],
            nutrients=dict(zip(self.nutrient_keys, row[3], strict=True)),
            portions=[Portion(a, u, g) for a, u, g in row[4]],
        )

    def default_portion(self, i: int) -> tuple[float, str]:
        """Grams and label of "one" of a food that no alias describes."""
        portions = self.portions(i)
        if self.name(i).startswith(_SPOONED):  # a salad's dressing: 2 tbsp, never SR24's cup
            tbsp = self.portion_grams(i, "tbsp") or self.portion_grams(i, "tablespoon")
            if tbsp:
                return round(2 * tbsp, 2), "2 tbsp"
        first = _SPOON_FIRST.get(self.group(i), ())
        for word in (*first, *_DEFAULT_PORTION_WORDS, *_SPOON_LAST):
            for amount, unit, grams in portions:
                if unit_text(unit).startswith(word):
                    if amount > 1:  # "3 oz", "2 slices": the listed helping, not one unit
                        return round(grams, 2), f"{amount:g} {unit}"
                    return round(grams / amount, 2), f"1 {unit}"
        return 100.0, "100 g"

    def portion_grams(self, i: int, word: str) -> float | None:
        """Grams of one ``word`` ("slice", "cup", "large", "grape") by the food's portions.

        The word must open the portion's name ("cup, chopped", "10 grapes" → "grapes"), so
        "egg" never picks "cup (4.86 large eggs)". Among several ("stalk, large", "stalk,
        medium") the medium one, then the whole one, is the usual helping.
        """
        found = [(a, unit_text(u), g) for a, u, g in self.portions(i) if _opens(unit_text(u), word)]
        # a fast-food "cup medium 21 fl oz size" or a "bar, miniature" is not what a bare
        # "cup" or "bar" means; used only when the food has nothing else of that name
        usual = [p for p in found if not ODD_SIZE.search(p[1])]
        found = usual or ([] if word == "cup" else found)
        # seeds are eaten shelled: "cup, with hulls, edible yield" (46 g) only when alone
        found = [p for p in found if "with hulls" not in p[1]] or found
        if not found:
            return None
        preferred = (
            [p for p in found if "medium" in p[1]]
            or [p for p in found if "whole" in p[1]]
            # a can of a drink is the 12 fl oz one, not SR24's "can or bottle (16 fl oz)"
            or [p for p in found if word == "can" and "12 fl oz" in p[1] and _all_bottle(found)]
        )
        amount, _unit, grams = (preferred or found)[0]
        return grams / amount

    def serving_fl_oz_grams(self, i: int) -> float | None:
        """Grams of a drink's USDA "serving 5 fl oz"-style portion, if it has one."""
        for amount, unit, grams in self.portions(i):
            u = unit_text(unit)
            if u.startswith("serving") and "fl oz" in u:
                return grams / amount
        return None

    def grams_per_ml(self, i: int) -> float | None:
        """Density from the food's own volume portions, if it has any."""
        for amount, unit, grams in self.portions(i):
            u = unit_text(unit)
            for measure in ("cup", "tbsp", "tsp", "fl oz"):
                if u.startswith(measure):
                    return grams / amount / ML_PER[measure]
        return None


ODD_SIZE = re.compile(r"fl oz size|miniature|\bfun size|\bsnack size")


def _all_bottle(found: list[tuple[float, str, float]]) -> bool:
    """Whether every "can" portion is a "can or bottle" (a soft drink's 12 and 16 fl oz)."""
    return all("bottle" in unit for _a, unit, _g in found)


def _opens(unit: str, word: str) -> bool:
    """Whether a portion name starts with ``word`` as a whole word (plural allowed); "10
    watermelon balls" is a ball of the food, never one watermelon."""
    if _PIECES_OF.match(unit[len(word) :]):
        return False
    if unit.startswith(word) and not unit[len(word) : len(word) + 1].isalpha():
        return True
    first = stems(unit[: len(word) + 3])[:1]
    return first == [word]


_PIECES_OF = re.compile(r"\s+(?:balls|pieces|slices|cubes|chunks|strips|sticks|segments)\b")

_table: Table | None = None
_lock = threading.Lock()


def load() -> Table:
    """The table, loaded on first call (thread-safe); later calls are free."""
    global _table
    if _table is not None:
        return _table
    with _lock:
        if _table is None:
            import orjson

            data = (Path(__file__).parent / DATA_FILE).read_bytes()
            enabled = gc.isenabled()
            gc.disable()  # the decode allocates ~100k objects; collections only slow it down
            try:
                _table = Table(orjson.loads(data))
            finally:
                if enabled:
                    gc.enable()
    return _table


def loaded() -> bool:
    return _table is not None
