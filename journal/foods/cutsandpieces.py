"""Cuts of meat and fish, and pieces of produce, said in words: one cut, one piece, its size.

The amount reader weighed a cut or piece word by whatever portion of the food it found, and
the answers drifted from the thing eaten:

- "a halibut fillet" read SR24's half side (318 g): a fish fillet or steak is one as served,
  180 g cooked at most; "a cod steak" read cod and a beef steak (fish by cut: aliases.txt);
- "2 fillets of salmon" read two of SR24's sides (712 g): a cut said before its meat or fish
  is what the cut said after it reads ("2 salmon fillets", 250 g);
- "half a salmon fillet" read SR24's half fillet (178 g), more than "a salmon fillet" (125 g);
  "half a duck breast" half a duck (221 g); "2 venison steaks" two of SR24's thin 54 g steaks.
  A count of a meat or fish said by its cut is that many of the one cut "a ..." reads, and a
  whole cut (a drumstick, a shoulder, a rib) SR24 weighs only by the ounce is a served helping
  (150 g cooked), never the 21-28 g of SR24's ounce;
- "an aubergine" read a cup of cubes (82 g), "a medium cucumber" half a cup of slices: a
  vegetable said whole, or by a size SR24 has no portion for, is one whole one of that size, as
  "1 aubergine" reads (SR24's eggplant, 458 g), when that piece is no bigger than a meal holds;
- "a wedge of lime" read the whole lime (67 g): a wedge of a small fruit is an eighth of it,
  as SR24's lemon wedge is (7 g);
- "a stick of celery" read two stalks (80 g), "a stick of carrot" a whole carrot: a stick is
  SR24's medium stalk where the food grows in stalks, else a 10 g baton;
- "a head of broccoli" read half a cup cooked (78 g), "a head of garlic" a clove: a head is
  SR24's head, else the head a shop sells (UK retail: broccoli 350 g, a garlic bulb 45 g,
  a celery head 450 g), else SR24's bunch; "a broccoli head", "a garlic bulb" are said head
  first (:func:`heads_first`), not broccoli with "head" unread or a fennel bulb;
- "a slice of pineapple" read SR24's biggest slice (166 g): among several slices the middle one
  (84 g);
- "a slice of halloumi" read the 80 g slab helping: a slice of a cheese SR24 does not slice is
  an ounce at most (28 g);
- "a slice of mango" read the Indian mango drink "Slice": a cut word followed by "of" is a cut,
  never a drink's brand (:func:`cut_not_drink`).
"""

from __future__ import annotations

import re

from journal.foods import match as matcher
from journal.foods.parse import Amount, grams_for
from journal.foods.table import Table
from journal.foods.text import stem, unit_text
from journal.foods.units import _SIZE_FACTOR

_MEAT = frozenset((
    "Poultry Products", "Pork Products", "Beef Products", "Lamb, Veal, and Game Products",
    "Finfish and Shellfish Products", "Sausages and Luncheon Meats",
))  # fmt: skip
_FISH = "Finfish and Shellfish Products"
_VEG = "Vegetables and Vegetable Products"
_FRUIT = "Fruits and Fruit Juices"
# A cut said after the meat or fish it is of ("chicken thigh", "lamb shank", "cod fillet").
CUTS = frozenset((
    "fillet", "filet", "steak", "chop", "breast", "thigh", "drumstick", "wing", "leg", "loin",
    "rasher", "shank", "rib", "cutlet", "tenderloin", "shoulder", "brisket", "escalope",
    "chump", "rump", "sirloin", "ribeye", "cheek", "quarter",
))  # fmt: skip
# Cuts eaten as one piece a meal is made of: SR24's ounce is never one of them.
WHOLE_CUTS = CUTS - {"wing", "rasher", "loin", "tenderloin", "quarter", "rib", "cheek"}
FISH_PIECE_MAX_G = 180.0  # a fish fillet or steak as served, cooked: 120-180 g
SERVED_CUT_G = 150.0  # a served cut, cooked: a drumstick, a shank, a leg, a shoulder helping
OUNCE_ONLY_G = 40.0  # a reading below this for a whole cut is SR24's ounce, not the cut
DRIFT = 1.4  # a count's reading this far from that many of one cut is another portion's
WHOLE_VEG_MAX_G = 500.0  # a whole vegetable a meal holds (an aubergine, not a cabbage)
WEDGES_IN_FRUIT = 8
SMALL_FRUIT_MAX_G = 300.0  # a wedge is an eighth of a citrus, not of a melon (its own wedge)
STICK_G = 10.0  # a carrot or cucumber stick (baton): 8-12 g
CHEESE_SLICE_MAX_G = 28.35  # a slice of a block cheese: an ounce at most
# A head of a vegetable SR24 weighs by the stalk or bunch: UK retail heads.
HEAD_G = {"broccoli": 350.0, "garlic": 45.0, "celery": 450.0}
_CUT_WORDS = frozenset(("slice", "wedge", "stick", "head"))
_CUT_UNITS = frozenset(("fillet", "breast", "thigh", "drumstick"))  # "a fillet of cod"


def _one_cut(table: Table, hit: matcher.Hit, amount: Amount) -> float:
    """Grams of one cut as "a ..." reads it, a served helping when that is SR24's ounce."""
    one = Amount(count=1.0, article=True, words=amount.words)
    words = (*matcher.head_stems(hit.index), *(stem(w) for w in amount.words))
    grams = grams_for(table, hit.index, one, hit.default_grams, hit.portion, words)
    whole_cut = stem(amount.words[-1]) in WHOLE_CUTS
    return SERVED_CUT_G if whole_cut and grams < OUNCE_ONLY_G else grams


def _cut_of(table: Table, hit: matcher.Hit, amount: Amount, grams: float) -> float:
    """ "2 fillets of salmon" as "2 salmon fillets" reads them, not SR24's whole sides."""
    from journal.foods.items import _parse_item_cached  # items calls this module

    said = _parse_item_cached(f"a {' '.join(amount.words)} {amount.unit}")
    if said.index != hit.index or not said.grams:
        return grams
    return (1.0 if amount.count is None else amount.count) * said.grams * amount.scale


def _meat_cut(table: Table, hit: matcher.Hit, amount: Amount, grams: float, text: str) -> float:
    if amount.unit in _CUT_UNITS and amount.words and f"{amount.unit_word} of " in text.lower():
        return _cut_of(table, hit, amount, grams)
    cut = stem(amount.words[-1]) if amount.words else ""
    if cut not in CUTS or amount.unit is not None or amount.count is None or amount.vague:
        return grams
    count = amount.count
    fish = table.group(hit.index) == _FISH and cut in ("fillet", "filet", "steak", "loin")
    cap = count * FISH_PIECE_MAX_G if fish else float("inf")  # "a halibut fillet": not its side
    if amount.article and count == 1.0:
        if cut in WHOLE_CUTS and grams < OUNCE_ONLY_G:
            return SERVED_CUT_G  # "a turkey drumstick", "a pork shoulder": not SR24's ounce
        return min(grams, cap)
    if cut not in WHOLE_CUTS and count >= 1.0:
        return grams  # "10 wings": SR24's wing each, not ten helpings of wings
    one = _one_cut(table, hit, amount)
    if grams > DRIFT * count * one or grams * DRIFT < count * one:
        return min(count * one, cap)  # "half a salmon fillet", "2 venison steaks": that many
    return min(grams, cap)


def _whole(table: Table, i: int) -> float | None:
    """A fruit's whole one: SR24's "fruit" or its medium one."""
    for word in ("fruit", "medium"):
        grams = table.portion_grams(i, word)
        if grams is not None:
            return grams
    return None


def _produce(table: Table, hit: matcher.Hit, amount: Amount, grams: float) -> float:
    i = hit.index
    group = table.group(i)
    count = 1.0 if amount.count is None else amount.count
    said_last = stem(amount.words[-1]) if amount.words else ""
    cut = amount.unit or (said_last if said_last in _CUT_WORDS else None)
    sized = amount.unit in _SIZE_FACTOR and table.portion_grams(i, amount.unit or "") is None
    if cut is None or sized:
        if group != _VEG or not (amount.article or sized) or len(amount.words) != 1:
            return grams
        factor = _SIZE_FACTOR[amount.unit] if sized and amount.unit else 1.0
        one = Amount(count=1.0, words=amount.words)
        words = (*matcher.head_stems(i), stem(amount.words[0]))
        whole = grams_for(table, i, one, hit.default_grams, hit.portion, words)
        if grams < count * whole * factor and whole <= WHOLE_VEG_MAX_G:
            return count * whole * factor  # "an aubergine", "a medium cucumber": whole ones
        return grams
    if cut == "wedge" and group == _FRUIT and table.portion_grams(i, "wedge") is None:
        whole = _whole(table, i)
        if whole is not None and whole <= SMALL_FRUIT_MAX_G:
            return count * whole / WEDGES_IN_FRUIT  # "a wedge of lime": an eighth of it
    elif cut == "wedge" and group == _FRUIT:
        return count * (table.portion_grams(i, "wedge") or grams)  # "a lemon wedge"
    if cut == "stick" and amount.unit == "stick":
        stalk = table.portion_grams(i, "stalk")
        return count * (stalk if stalk is not None else STICK_G)
    if cut == "head" and amount.unit == "head" and table.portion_grams(i, "head") is None:
        name = table.name(i).lower()
        per = next((g for word, g in HEAD_G.items() if name.startswith(word)), None)
        per = per or table.portion_grams(i, "bunch")
        return count * per if per is not None else grams
    if cut == "slice" and amount.unit == "slice":
        slices = sorted(g / a for a, u, g in table.portions(i) if unit_text(u).startswith("slice"))
        if len(slices) > 1:
            return count * slices[len(slices) // 2]  # "a slice of pineapple": the middle one
    return grams


def cut_grams(table: Table, hit: matcher.Hit, amount: Amount, grams: float, text: str) -> float:
    """Grams of a meat or fish said by its cut, or of produce said by its piece; else ``grams``."""
    if amount.kind == "mass" or amount.kind == "volume":
        return grams
    group = table.group(hit.index)
    if group in _MEAT:
        return round(_meat_cut(table, hit, amount, grams, text), 2)
    if group in (_VEG, _FRUIT):
        return round(_produce(table, hit, amount, grams), 2)
    count = 1.0 if amount.count is None else amount.count
    sliced = amount.unit == "slice" or "slice" in text.lower()  # "a slice of" read as a helping
    if sliced and table.name(hit.index).startswith("Cheese,"):
        return min(grams, round(count * CHEESE_SLICE_MAX_G, 2))  # "a slice of halloumi"
    return grams


def cut_not_drink(table: Table, named: str, amount: Amount, text: str) -> bool:
    """Whether "<cut> of <food>" names a cut of the food though "<cut> <food>" is a drink's
    name ("a slice of mango" is fruit; "Slice mango" the drink)."""
    if amount.unit not in ("slice", "wedge") or f"{amount.unit_word} of" not in text.lower():
        return False
    hit = matcher.match(tuple(named.split()))
    return (
        hit is not None
        and table.group(hit.index) in ("Beverages", _FRUIT)
        and any(
            w in table.name(hit.index).lower() for w in ("nectar", "juice", "drink", "beverage")
        )
    )


# Vegetables bought by the head: "a broccoli head" is a head of broccoli, never broccoli and
# an unread "head" (nor "a garlic head" head cheese).
_HEADED = (
    r"broccoli|cauliflower|cabbage|lettuce|iceberg(?:\s+lettuce)?|romaine(?:\s+lettuce)?|"
    r"cos(?:\s+lettuce)?|celery|garlic|radicchio|endive|pak\s*choi|bok\s*choy|little\s+gem"
)
_HEAD_AFTER = re.compile(
    rf"\b(?:(\d+|an?|one|two|three|half\s+an?)\s+)?({_HEADED})\s+(heads?|bulbs?)\b(?!\s+of\b)",
    re.I,
)


_BULB_OF = re.compile(r"\bbulb(s?)\s+of\s+garlic\b", re.I)  # a bulb of garlic is its head


def _head_first(m: re.Match[str]) -> str:
    return f"{m[1] or 'a'} {'heads' if m[3].lower().endswith('s') else 'head'} of {m[2]}"


def heads_first(text: str) -> str:
    """``text`` with a head said after its vegetable said first ("a head of broccoli")."""
    if "head" not in text.lower() and "bulb" not in text.lower():
        return text
    return _BULB_OF.sub(r"head\1 of garlic", _HEAD_AFTER.sub(_head_first, text))
