"""Meal text → items with grams → nutrient totals and coverage.

"2 eggs, oatmeal 80g and a banana" is split into items by :mod:`journal.foods.split`. In each item a
quantity ("2", "1/2", "1 1/2", "½", "half an", "a couple of", "2-3") and a unit ("g", "oz", "cup",
"tbsp", "ml", "slice", "medium", ...) are read from the front or the back; the rest names the food.
Units that are household measures use the food's USDA portions ("1 cup milk" = 244 g); volumes
without one use the food's density. Nothing typed is dropped: an item with no food, and any word the
table does not know, lands in ``unmatched``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from journal.foods.amounttypos import amount_word
from journal.foods.countedpieces import counted_piece
from journal.foods.kitchenamounts import kitchen_grams
from journal.foods.packsizes import pack_grams
from journal.foods.portions import (
    STACK_COUNT,
    dry_density,
    piece_grams,
    retail_grams,
    slice_grams,
)
from journal.foods.staples import piece_of_helping
from journal.foods.table import ML_PER, Table
from journal.foods.text import fold, stem, unit_text
from journal.foods.text import plural as is_plural
from journal.foods.typednames import glue
from journal.foods.units import (
    _FRACTIONS,
    _GENERIC_G,
    _POTTED,
    _SIZE_FACTOR,
    _SMALL_CONTAINER,
    BOWL_G,
    CEREAL_BOWL,
    CHEESE_SLICE_G,
    FEW_TINY_G,
    HOUSEHOLD,
    MASS_G,
    NUMBER_WORDS,
    PIECE_CAP_G,
    PORTION_OF_PIECES_G,
    POT_G,
    SMALL_BAR_G,
    SOUP_POT_G,
    STREAKY_RASHER_G,
    TIN_G,
    VOLUME,
)

# --- tokenising -----------------------------------------------------------------------------

_TOKEN = re.compile(
    r"(?P<range>\d+(?:\.\d+)?\s*(?:-|–|to)\s*\d+(?:\.\d+)?(?![\d/%]))"
    r"|(?P<mixed>\d+\s+\d+/\d+)"
    r"|(?P<frac>\d+/\d+)"
    r"|(?P<pct>\d+(?:\.\d+)?%)"
    r"|(?P<num>\d+(?:\.\d+)?)"
    r"|(?P<floz>fl\.?\s*oz|fluid\s+ounces?)"
    r"|(?P<word>[a-z]+)"
)


@dataclass(slots=True)
class Token:
    kind: str  # num, word, pct, unit
    text: str
    value: float = 0.0


def _number(kind: str, text: str) -> float:
    if kind == "range":
        lo, hi = re.split(r"\s*(?:-|–|to)\s*", text)
        return (float(lo) + float(hi)) / 2
    if kind == "mixed":
        whole, frac = text.split()
        return float(whole) + _number("frac", frac)
    if kind == "frac":
        num, den = text.split("/")
        return float(num) / float(den) if float(den) else 0.0
    return float(text)


def tokenize(text: str) -> list[Token]:
    for sym, rep in _FRACTIONS.items():
        text = text.replace(sym, rep)
    text = fold(text).replace("⁄", "/")
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "word"
        raw = m.group()
        if kind in ("range", "mixed", "frac", "num"):
            out.append(Token("num", raw, _number(kind, raw)))
        elif kind == "floz":
            out.append(Token("word", "floz"))
        else:
            out.append(Token("word", amount_word(raw)) if kind == "word" else Token("pct", raw))
    return glue(out, _unit_of)  # "7up", "precision fuel 30": digits in a name are the name's


# --- quantities -----------------------------------------------------------------------------


@dataclass(slots=True)
class Amount:
    """What an item says about how much: a count and/or a unit."""

    count: float | None = None
    unit: str | None = None  # canonical unit: a MASS_G/VOLUME/HOUSEHOLD value or "g"
    kind: str | None = None  # mass, volume, household
    words: list[str] = field(default_factory=list)  # the food words left
    scale: float = 1.0  # a size word before a measure: "a big bowl", "a small glass"
    article: bool = False  # the count is "a"/"an": one helping, not one piece
    vague: bool = False  # the count is "a few" or "several": not a number the runner knows
    unit_word: str = ""  # the word the unit was read from ("shot" in "three shot bloks")


def _unit_of(word: str) -> tuple[str, str] | None:
    w = word if word in MASS_G or word in VOLUME or word in HOUSEHOLD else stem(word)
    if w in MASS_G:
        return "mass", w
    if w in VOLUME:
        return "volume", VOLUME[w]
    if w in HOUSEHOLD:
        return "household", HOUSEHOLD[w]
    return None


def _and_a_half(toks: list[Token], value: float, j: int) -> tuple[float, int]:
    """ "one and a half", "2 and a half": add the half and skip its words."""
    words = [t.text for t in toks[j : j + 3]]
    if words == ["and", "a", "half"]:
        return value + 0.5, j + 3
    return value, j


_SHARES = {"halves": 0.5, "thirds": 1 / 3, "quarters": 0.25, "eighths": 0.125}


def _shares(toks: list[Token], value: float, j: int) -> tuple[float, int]:
    """ "2 quarters of a sandwich", "three halves of a bagel": that many shares of one."""
    if j < len(toks) and toks[j].text in _SHARES:
        value, j = value * _SHARES[toks[j].text], j + 1
        if j < len(toks) and toks[j].text == "of":
            j += 1
        if j < len(toks) and toks[j].text in ("a", "an", "the"):
            j += 1
    return value, j


def _read_count(toks: list[Token], i: int) -> tuple[float | None, int]:
    """A count starting at ``toks[i]``: numbers, fractions, number words, "half a"."""
    n = len(toks)
    if i >= n:
        return None, i
    t = toks[i]
    if t.kind == "num":
        value, j = t.value, i + 1
        if j < n and toks[j].kind == "word" and toks[j].text == "x":  # "2 x banana"
            j += 1
        return _shares(toks, *_and_a_half(toks, value, j))
    if t.kind != "word":
        return None, i
    w = t.text
    nxt = toks[i + 1].text if i + 1 < n else ""
    if w in ("a", "an") and nxt in ("half", "quarter", "third"):  # "a half", "a quarter of"
        j = i + 2 + (1 if i + 2 < n and toks[i + 2].text == "of" else 0)
        if j < n and toks[j].text in ("a", "an", "the") and j > i + 2:
            j += 1  # "a third of a bottle": a share of one bottle
        return NUMBER_WORDS[nxt], j
    after = toks[i + 2].text if i + 2 < n else ""
    if w in ("a", "an") and nxt in ("double", "triple") and after != nxt:  # "a double vodka"
        return NUMBER_WORDS[nxt], i + 2
    counted = i + 2 < n and toks[i + 1].kind == "num" and toks[i + 1].value < 100
    if w in ("a", "an") and counted and after != "of" and not _unit_of(after):
        return _read_count(toks, i + 1)  # "a 12 count nuggets", "a 20 nuggets": twelve, twenty
    if w in ("a", "an") and nxt in ("couple", "few", "dozen"):
        j = i + 2 + (1 if i + 2 < n and toks[i + 2].text == "of" else 0)
        return NUMBER_WORDS[nxt], j
    if w in NUMBER_WORDS and w != "some":
        value, j = _and_a_half(toks, NUMBER_WORDS[w], i + 1)
        if w in ("half", "quarter", "third", "couple", "few"):
            while j < n and toks[j].text in ("a", "an", "of"):  # "half an", "couple of"
                j += 1
        if j < n and toks[j].text == "dozen":
            value, j = value * 12, j + 1
        return _shares(toks, value, j)
    return None, i


def read_amount(text: str) -> Amount:
    """Split an item's text into an amount and the words that name the food."""
    toks = _unhedged(tokenize(text))
    amount = Amount()
    count, i = _read_count(toks, 0)
    if count is not None:
        amount.count = count
        amount.article = i == 1 and toks[0].text in ("a", "an")
        amount.vague = any(t.text in ("few", "several") for t in toks[:i])
    if _measure_inside(toks, i):  # "a 500ml bottle of water", "2 x 30g gels": the measure
        amount.count = (count if count is not None and not amount.article else 1.0) * toks[i].value
        amount.kind, amount.unit = _unit_of(toks[i + 1].text)  # type: ignore[misc]
        amount.article = False
        i += 2
        if i < len(toks) and toks[i].kind == "word" and _unit_of(toks[i].text):
            i += 1  # the container the measure names: "bottle", "can", "bar", "bag"
        if i < len(toks) and toks[i].text == "of":
            i += 1
        return _rest_words(amount, toks[i:])
    unit = _unit_of(toks[i].text) if i < len(toks) and toks[i].kind == "word" else None
    followed_by_of = i + 1 < len(toks) and toks[i + 1].text == "of"
    if unit and (
        count is not None
        or unit[0] != "household"
        or unit[1] in _SIZE_FACTOR
        or followed_by_of  # "can of tuna", "slice of bread"
    ):
        amount.kind, amount.unit = unit
        amount.unit_word = toks[i].text
        i += 1
        if unit[0] != "household" and i < len(toks) and stem(toks[i].text) in _CONTAINERS:
            i += 1  # "coke, 330ml can", "water 500 ml bottle": the measure's container
        if count is not None and [t.text for t in toks[i : i + 3]] == ["and", "a", "half"]:
            amount.count, i = count + 0.5, i + 3  # "a cup and a half", "2 slices and a half"
        if amount.kind == "household" and i < len(toks) and toks[i].text in ("of",):
            i += 1
        if amount.unit in _SIZE_FACTOR and i < len(toks) and _unit_of(toks[i].text):
            # "2 large slices of bread", "a big bowl of": the measure, scaled by the size
            k2, u2 = _unit_of(toks[i].text)  # type: ignore[misc]
            if k2 != "household" or u2 not in _SIZE_FACTOR:
                amount.scale = _SIZE_FACTOR[amount.unit]
                if amount.unit == "small":
                    amount.scale = _SMALL_CONTAINER.get(u2, amount.scale)
                amount.kind, amount.unit = k2, u2
                amount.unit_word = toks[i].text  # "a small pot of": a pot, made small
                i += 1
        if i < len(toks) and toks[i].text == "of":
            i += 1
    rest = toks[i:]
    # trailing amount: "oatmeal 80g", "milk 250 ml", "bread 2 slices", "banana x2", "eggs (2)"
    tail = _unit_of(rest[-1].text) if len(rest) >= 2 and rest[-1].kind == "word" else None
    worded = bool(tail) and rest[-2].text in NUMBER_WORDS and rest[-2].text not in _ARTICLES
    if worded and tail and tail[1] == "stack" and rest[-2].text in ("double", "triple"):
        worded = False  # "wendys double stack", "triple stack": a burger's name, not 2 stacks
    # "200 g wendys double stack": a weight said first wins over a household word ending the name
    weighed = amount.kind == "mass" and bool(tail) and tail[0] == "household"
    if tail and (rest[-2].kind == "num" or worded) and tail[1] not in _SIZE_FACTOR and not weighed:
        value = rest[-2].value if rest[-2].kind == "num" else NUMBER_WORDS[rest[-2].text]
        tail_word, rest = rest[-1].text, _drop_x(rest[:-2])
        if tail[0] == "household" and amount.unit is None and amount.count is not None:
            value *= amount.count  # "2 x bread 2 slices" is rare; multiply rather than guess
        amount.kind, amount.unit = tail
        amount.unit_word = tail_word  # "soup, half tin": a tin, whatever was said before
        amount.count = value
    elif (
        len(rest) >= 2
        and rest[-1].kind == "num"
        and ((amount.unit or amount.count) is not None or rest[-1].value >= NAMED_NUMBER_FROM)
    ):
        rest = rest[:-1]  # "2 bottles of maurten 160", "maurten gel 100": a name, not a count
    elif len(rest) >= 2 and rest[-1].kind == "num":
        amount.count = (amount.count or 1.0) * rest[-1].value
        rest = _drop_x(rest[:-1])
    elif amount.unit is None and len(rest) >= 3 and _sized_piece(rest[-2].text, rest[-1].text):
        amount.kind, amount.unit = "household", HOUSEHOLD[rest[-1].text]  # "lasagne a big slab"
        amount.scale = _SIZE_FACTOR[HOUSEHOLD[rest[-2].text]]
        rest = rest[:-3] if rest[-3].text in _ARTICLES else rest[:-2]
    elif amount.unit is None and len(rest) >= 2 and (trailing := _trailing(rest[-1].text, amount)):
        amount.kind, amount.unit = "household", HOUSEHOLD[trailing]
        amount.unit_word = rest[-1].text  # "a yoghurt pot" is a UK pot, as "a pot of yoghurt"
        rest = rest[:-1]
    amount.words = [t.text for t in rest if t.kind in ("word", "pct") and t.text != "x"]
    return amount


# Hedges before an amount: "about a cup", "roughly 2 slices", "approx 150g".
_HEDGES = frozenset(
    ("about", "around", "roughly", "approx", "approximately", "nearly", "almost", "maybe", "like")
)
# Containers a measure can name after itself: "a 330ml can", "coke, 500 ml bottle".
_CONTAINERS = frozenset(
    ("can", "tin", "bottle", "carton", "punnet", "tub", "bag", "pack", "packet", "jar", "pouch")
)


def _unhedged(toks: list[Token]) -> list[Token]:
    """The tokens without a hedge that only says the amount is a guess ("about a cup")."""
    if len(toks) > 1 and toks[0].text in _HEDGES:
        nxt = toks[1]
        if nxt.kind != "word" or nxt.text in NUMBER_WORDS or _unit_of(nxt.text):
            return toks[1:]
    return toks


def _measure_inside(toks: list[Token], i: int) -> bool:
    """Whether a weight or volume follows the count: "a 35g bag", "2 x 30g gels"."""
    if i + 1 >= len(toks) or toks[i].kind != "num" or toks[i + 1].kind != "word":
        return False
    unit = _unit_of(toks[i + 1].text)
    if unit is None:
        return False
    return unit[1] == "piece" or (  # "a 6 piece nugget"
        unit[0] in ("mass", "volume") and unit[1] in (*MASS_G, "ml", "cl", "l")
    )


def _rest_words(amount: Amount, rest: list[Token]) -> Amount:
    amount.words = [t.text for t in rest if t.kind in ("word", "pct") and t.text != "x"]
    return amount


_ARTICLES = ("a", "an", "some")
NAMED_NUMBER_FROM = 50.0  # a bare number this big after a food names it ("gel 100", "sis 1500")
_TRAILING_UNITS = (
    "slice", "portion", "serving", "helping", "pot", "tub", "skewer", "rasher", "sachet", "square",
)  # fmt: skip


def _sized_piece(size: str, word: str) -> bool:
    """ "a big slab", "a small piece" said after a food: one piece of it, that size."""
    return HOUSEHOLD.get(word) == "piece" and HOUSEHOLD.get(size) in _SIZE_FACTOR


def _trailing(word: str, amount: Amount) -> str | None:
    """A unit said after the food: "a quiche slice", "3 streaky rashers" (counted rashers),
    "4 dark chocolate squares" (not a bag of Squares crisps), "4 cucumber slices" (counted:
    "apple slices" alone are a helping of them)."""
    counted = ("rashers", "squares", *(("slices",) if amount.count is not None else ()))
    word = word[:-1] if word in counted else word
    return word if word in _TRAILING_UNITS else None


def _drop_x(toks: list[Token]) -> list[Token]:
    return toks[:-1] if toks and toks[-1].text == "x" else toks


_MEASURES = ("cup", "tbsp", "tsp", "oz", "fl oz", "g")
_COUNTABLE = ("medium", "piece", "each", "item", "fruit", "berry")


def _helping_count(portion: str) -> float:
    """How many pieces a default helping like "6 piece" or "5 olive" holds (1 if unsure)."""
    try:
        return float(portion.partition(" ")[0])
    except ValueError:
        return 1.0


def _is_measure(portion: str) -> bool:
    """True for a default like "1 cup" or "40 g", false for "1 medium" or "1 slice"."""
    unit = unit_text(portion.partition(" ")[2])
    return any(unit == m or unit.startswith(m + " ") or unit.startswith(m + ",") for m in _MEASURES)


def _plural_typed(amount: Amount) -> bool:
    last = amount.words[-1].lower() if amount.words else ""
    return bool(last) and is_plural(last)


def grams_for(
    table: Table,
    i: int,
    amount: Amount,
    default_grams: float,
    default_portion: str = "",
    food_words: tuple[str, ...] = (),
) -> float:
    """The weight an amount of food ``i`` stands for.

    A bare count of a food whose usual portion is a measure ("10 almonds", "a few
    strawberries") counts pieces when the USDA lists a piece ("1 medium", "10 grapes").
    """
    grams = _grams(table, i, amount, default_grams, default_portion, food_words)
    if amount.kind == "mass":
        return grams
    if amount.vague and amount.unit is None and grams < FEW_TINY_G * (amount.count or 1.0):
        # "a few blueberries", "a few almonds": a small handful, not three of them (3 g)
        return max(grams, (retail_grams(table, i, "handful") or grams) / 2)
    if amount.unit == "bar" and amount.scale < 1.0:  # "a small bar of dark chocolate"
        return min(grams * amount.scale, (amount.count or 1.0) * SMALL_BAR_G)
    return grams * amount.scale


def _grams(
    table: Table,
    i: int,
    amount: Amount,
    default_grams: float,
    default_portion: str,
    food_words: tuple[str, ...],
) -> float:
    count = 1.0 if amount.count is None else amount.count
    unit, kind = amount.unit, amount.kind
    if unit is None:
        counted = count >= 1 and amount.count is not None
        one = None if amount.article and _plural_typed(amount) else piece_of_helping(amount.words)
        if counted and one:
            return count * one  # "6 new potatoes", "6 chicken tikka pieces": named pieces
        helping = _helping_count(default_portion)
        if amount.count is not None and helping != 1 and not _is_measure(default_portion):
            # "3 nuggets" of a "6 piece" helping; "a grapefruit" when the helping is "0.5 fruit"
            return count * default_grams / helping
        piece = (
            piece_grams(table, i, amount.words, amount.article, default_grams) if counted else None
        )
        if piece is not None:
            return count * piece  # "10 meatballs", "3 chips": pieces, never helpings
        if amount.article:  # "a salmon fillet", "a piece of cake": helpings, not pieces
            return count * default_grams
        if amount.count is not None and _is_measure(default_portion):
            biscuit = table.name(i).startswith("Cereals ready-to-eat") and count >= 1
            if biscuit and not default_portion.endswith(" g"):
                return count * CEREAL_BISCUIT_G  # "3 shredded wheat": biscuits, not bowls
            typed = {stem(w.lower()) for w in amount.words}
            one_named = default_portion.endswith(" g")  # the everyday name's weight of one
            for word in (*food_words, *_COUNTABLE):
                per = table.portion_grams(i, word)
                if per is not None and word in PIECE_CAP_G:
                    per = min(per, PIECE_CAP_G[word])
                whole_fruit = word == "fruit" and table.group(i) == "Fruits and Fruit Juices"
                small = per is not None and one_named and per < default_grams / 2
                if small and word not in typed and not whole_fruit:  # "10 lychees": ten fruits
                    continue  # "4 oatcakes" (11 g each), not 4 of SR24's 5 g crackers
                if per is not None and one_named and per > default_grams:
                    continue  # "2 spring rolls" (64 g each), not SR24's bigger egg roll
                if per is not None and per <= 10 * default_grams:  # a piece, not "1 cake"
                    return count * per
        one = counted_piece(table, i, default_grams, default_portion) if counted else None
        return count * (one or default_grams)  # "6 brazil nuts": six kernels, not six ounces
    if kind == "mass":
        return count * MASS_G[unit]
    if unit == "bowl":  # a big helping of the usual portion, unless that is a bowlful already
        more = CEREAL_BOWL if table.group(i) == "Breakfast Cereals" else 1.5
        return count * max(default_grams, min(default_grams * more, BOWL_G))
    if unit == "stack":
        per = table.portion_grams(i, food_words[0]) if food_words else None
        return count * STACK_COUNT * (per or default_grams)
    if kind == "volume":
        if unit == "glass":  # "a glass of wine" is its 5 fl oz serving, not 250 ml
            small = table.portion_grams(i, "glass")  # a port or sherry glass, 3.5 fl oz
            per = small if small and small < ML_PER["glass"] / 2 else table.serving_fl_oz_grams(i)
            if per is not None:
                return count * per
        if unit in ("cup", "tbsp", "tsp", "fl oz"):
            per = table.portion_grams(i, unit)
            if per is not None:
                return count * per
        tub = pack_grams(table, i, unit) if unit == "pint" else None
        if tub is not None:
            return count * tub  # "half a pint of ben & jerry's": the pint tub, not 568 ml
        density = table.grams_per_ml(i) or _dish_density(table, i)
        return count * ML_PER[unit] * density
    per = table.portion_grams(i, unit) if unit not in ("bag", "handful", "scoop") else None
    if (
        unit in ("bag", "packet")
        and amount.scale == 1.0
        and _single_bag(table, i, default_portion, default_grams)
    ):
        per = default_grams  # "a packet of hula hoops": its 24 g bag (a big bag is a big one)
    if unit == "rasher" and "streaky" in amount.words:
        per = STREAKY_RASHER_G  # a streaky rasher, cooked crisp, not a 15 g back rasher
    if per is None and unit == "mini":  # "5 mini reese's": SR24's miniature (7 g), not 40 %
        per = table.portion_grams(i, "miniature")
    if per is None and unit == "packet":  # "a packet of m&ms": SR24's package
        per = table.portion_grams(i, "package")
    if per is None and unit == "piece" and amount.words:  # "6 pieces of salmon sashimi"
        per = piece_grams(table, i, amount.words, False, default_grams)
    if per is None and unit == "piece" and not _is_measure(default_portion):
        helping = _helping_count(default_portion)  # "3 pieces french toast" of a 2-slice helping
        per = default_grams / helping if helping > 1 else None
    if unit in PIECE_CAP_G and per is not None:
        per = min(per, PIECE_CAP_G[unit])
    if unit == "slice" and (sliced := slice_grams(table, i)) is not None:
        per = sliced  # a slice of ham or of a cucumber, not the food's helping
    if unit == "slice" and per is not None and table.name(i).startswith("Cheese,"):
        per = min(per, CHEESE_SLICE_G)  # a pre-packed or deli slice, not SR24's 1 oz
    if stem(amount.unit_word) == "pot" and table.group(i) in _POTTED:
        per = min(per or default_grams, POT_G)  # a UK pot of yogurt or pudding: 120-150 g
    elif stem(amount.unit_word) == "pot" and table.name(i).startswith("Soup"):
        per = SOUP_POT_G  # a UK chilled soup pot, one person's
    if unit == "can" and _canned_fish(table, i):
        per = min(per or FISH_CAN_G, FISH_CAN_G)  # drained, not SR24's 6.5 oz can (165 g)
    if per is not None and stem(amount.unit_word) == "tin":
        per = min(per, TIN_G)  # a UK tin of soup or beans is 400 g, not a US 19 oz can
    if per is not None:
        return count * per
    if unit in _SIZE_FACTOR:
        return count * default_grams * _SIZE_FACTOR[unit]
    if unit in _GENERIC_G:  # a knob, a dollop; a sprinkle or sliver by what it is of
        return count * kitchen_grams(table, i, unit, default_grams)
    retail = retail_grams(table, i, unit, large=amount.scale > 1.0, word=amount.unit_word)
    if retail is not None:
        big_bag = unit == "bag" and amount.scale > 1.0  # a big bag is its own size
        return count * retail / (amount.scale if big_bag else 1.0)
    if unit == "plate":  # twice the usual helping, but no more than a dinner plate holds
        return count * min(default_grams * 2, max(default_grams, 300.0))
    if (
        unit == "serving"
        and default_grams < PORTION_OF_PIECES_G
        and _plural_typed(amount)
        and not _is_measure(default_portion)
    ):
        return count * PORTION_OF_PIECES_G  # "a portion of chicken wings": several of them
    return count * default_grams


# A cup of a restaurant dish in pieces (kung pao chicken, general tso's) weighs ~ 160 g, not a
# cup of water (FNDDS: kung pao chicken 162 g a cup, sweet and sour chicken 146-161 g); its
# soups and sauces pour like water.
_DISH_DENSITY = 0.68
_POURED = re.compile(r"\b(?:soup|sauce|broth|drink|beverage|shake|smoothie|juice|gravy|stew)\b")


def _dish_density(table: Table, i: int) -> float:
    """Grams a millilitre of a food without volume portions: a dish's in pieces, a snack's."""
    lowered = table.name(i).lower()
    if lowered.startswith("restaurant,") and not _POURED.search(lowered):
        return _DISH_DENSITY
    return dry_density(table, i) or 1.0


def _single_bag(table: Table, i: int, default_portion: str, default_grams: float) -> bool:
    """Whether a snack's everyday name gives the weight of its single bag (a 24 g bag of Hula
    Hoops, 25 g of Mini Cheddars): a bag of it is that bag, not a generic one."""
    snack = table.name(i).startswith(("Snacks", "Crackers"))
    low, high = SINGLE_BAG_G
    return snack and default_portion.endswith(" g") and low <= default_grams <= high


# A can of tuna or salmon, drained, as sold now: UK 145 g cans drain to 102 g (John West,
# Princes), a US 5 oz can to ~113 g (StarKist), an AU 185 g can to ~130 g; SR24's "1 can" is the
# old 6.5 oz can (165 g). A tin of sardines or mackerel (~ 90-125 g) is near it too.
FISH_CAN_G = 120.0


def _canned_fish(table: Table, i: int) -> bool:
    name = table.name(i)
    return table.group(i) == "Finfish and Shellfish Products" and "canned" in name


# A counted ready-to-eat cereal is counted in biscuits: Nestlé Shredded Wheat 22.5 g a biscuit,
# Post Big Biscuit 23.5 g, Weetabix 18.75 g (its own name's weight), Weet-Bix 16.7 g.
CEREAL_BISCUIT_G = 22.5
SINGLE_BAG_G = (15.0, 50.0)  # single-serve bags: UK multipack 16-27 g, US 1-1.75 oz
