"""One meal item's text → the food(s) it names, their grams and how sure the match is.

Builds on :mod:`journal.foods.parse` (quantities and units) and the matcher; the rules
that let items of one meal shape each other ("coffee with oat milk") are in
:mod:`journal.foods.context`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache

from journal.foods import match as matcher
from journal.foods import said, venues
from journal.foods.aftersize import amount_said_where, packed_earlier, said_size
from journal.foods.amountwords import plain_amounts
from journal.foods.cookedform import as_cooked
from journal.foods.cupsizes import cup_first, cup_sized
from journal.foods.cutsandpieces import cut_grams, cut_not_drink
from journal.foods.describing import lone_modifier
from journal.foods.dishcount import _MEASURE_WORDS, counted_part, dish_factor
from journal.foods.dryform import as_dry
from journal.foods.leftout import NEGATED, WITHOUT, leave_out
from journal.foods.ordermods import extra_helpings
from journal.foods.parse import Amount, grams_for, read_amount, tokenize
from journal.foods.placewords import word_before_place
from journal.foods.portions import slice_grams
from journal.foods.said import CONTEXT as _CONTEXT
from journal.foods.split import split_pieces
from journal.foods.table import Table, load
from journal.foods.text import exact_key, key, stem
from journal.foods.text import plural as is_plural
from journal.foods.units import MASS_G
from journal.foods.whenwords import without_context as _without_context
from journal.model import NUTRIENT_KEYS

# A match is trusted at this score (0..100) with no word left over; below it the item is
# shown as unsure and counts as half known for coverage.
SURE_SCORE = 75.0
ONE_PIECE_MAX_G = 250.0  # "a piece of cake" is the helping; "a slice of large pizza" is not

# The (food_id, grams of one) pairs the runner chose for a phrase; used before the table.
Personal = Mapping[str, tuple[tuple[str, float], ...]]


@dataclass(slots=True)
class ParsedItem:
    text: str
    index: int | None  # table row, None when unmatched
    grams: float
    unknown: tuple[str, ...]
    score: float = 0.0
    # (row, grams) of every food the item stands for: one, or several for a dish alias
    parts: tuple[tuple[int, float], ...] = ()
    amount_given: bool = False  # the runner said how much
    phrase: tuple[str, ...] = ()  # the food words, stemmed
    main: int | None = None  # the dish's swappable main ingredient (row), if any
    count: float = 1.0  # how many of the thing the runner said ("2 crumpets")

    @property
    def confidence(self) -> float:
        """How sure the match is, 0..1: the matcher's score, less for words left over."""
        if self.index is None:
            return 0.0
        return round(self.score / 100.0 * (0.7 if self.unknown else 1.0), 2)

    @property
    def sure(self) -> bool:
        return self.confidence * 100.0 >= SURE_SCORE


# A sports-nutrition product by a brand the table does not know: the kind it names.
_BRANDED = {("gel",): ("energy", "gel"), ("bar",): ("energy", "bar"), ("chew",): ("energy", "chew")}
BRAND_SCORE = 80.0  # sure of the kind, not of the brand's own recipe

# Words that name how a food is cooked or served, never the food itself.
_NOT_A_FOOD = (
    matcher.STOPWORDS
    | matcher.FILLERS
    | matcher.QUIET
    | {stem(w) for w in ("fried", "roast", "smoked", "pan")}
)


_PACKAGING = ("box", "package", "packet", "container", "can", "bottle", "bag", "bar")
# Groups whose bite-sized pieces come by the few ("cherry tomatoes", "radishes").
_BITE_GROUPS = frozenset(("Vegetables and Vegetable Products",))
_COUNTED_GROUPS = frozenset(
    (
        "Dairy and Egg Products",
        "Baked Products",
        "Fruits and Fruit Juices",
        "Snacks",
        "Sweets",
        "Fast Foods",
        "Poultry Products",  # "chicken thighs", "drumsticks"
        "Sausages and Luncheon Meats",  # "sausages"
        "Lamb, Veal, and Game Products",  # "lamb chops"
    )
)
_SIZES = ("small", "medium", "large")
_STACKED = ("Pancakes",)  # "pancakes with syrup": a short stack of three (cafe and diner)


def parse_items(text: str, personal: Personal | None = None) -> list[ParsedItem]:
    """Parse every item of a meal, then let items shape each other (see context)."""
    from journal.foods import context

    personal_keys = {key(k): v for k, v in (personal or {}).items()}
    said_text = text
    text = _BRACKETED_AMOUNT.sub(_amount_aside, said.plainly(plain_amounts(text)))
    pieces = _attach_amounts(split_pieces(WITHOUT.sub(", no ", text)))
    left_out = [m.group(1) for piece, _sep in pieces if (m := NEGATED.match(piece))]
    pieces = [(p, sep) for p, sep in pieces if not NEGATED.match(p)]
    pieces = [(p, sep) for k, (p, sep) in enumerate(pieces) if not (k and _only_how(p))]
    pieces = [(p, sep) for p, sep in pieces if not _only_context(p)]
    if personal_keys:
        items = [parse_item(piece, personal_keys) for piece, _sep in pieces]
    else:  # the keystroke preview re-reads the same items: copies of a cached reading
        items = [replace(_parse_item_cached(piece)) for piece, _sep in pieces]
    for food in left_out:
        leave_out(items, _parse_item_cached(food).index)
    pieces, items, extras = extra_helpings(pieces, items)  # "burger, extra bacon"
    items = context.apply(items, [sep for _piece, sep in pieces]) + extras
    from journal.foods.dishlists import weighed_by_dish  # it reads items: imported late

    venues.apply(table := load(), items, text, said_text)
    return weighed_by_dish(table, said_text, items)


@lru_cache(maxsize=4096)
def _parse_item_cached(text: str) -> ParsedItem:
    return parse_item(text)


# Words that point back at the foods already said ("both of them", "each", "all of it").
_REFERS = frozenset(stem(w) for w in ("both", "each", "them", "it"))


@lru_cache(maxsize=4096)
def _only_how(piece: str) -> bool:
    """Whether an item only says how the food before was served ("a scone, warmed, ...")."""
    amount = read_amount(piece)
    words = {stem(w.lower()) for w in amount.words}
    if amount.count is None and words & _REFERS and words <= matcher.STOPWORDS:
        return True  # "pop tarts, both of them", "each": the foods before, said again
    how = words - matcher.STOPWORDS  # "toppings" alone is a vague food: said as unknown
    return bool(how) and amount.count is None and amount.unit is None and words <= _NOT_A_FOOD


@lru_cache(maxsize=4096)
def _only_context(piece: str) -> bool:
    """Whether an item only says where or when ("..., at the aid stn", "90 min pre race")."""
    if piece.strip().lower() in _NOT_ITEMS:  # "2 eggs, toast, brunch": which meal it was
        return True
    return not _CONTEXT.sub("", f" {piece}").strip() and not _parse_item_cached(piece).sure


# Which meal it was, or where the food went ("a banana chopped on top" splits off "top").
_NOT_ITEMS = frozenset(
    ("breakfast", "brekkie", "brekky", "brunch", "lunch", "dinner", "supper", "top", "the top")
)


# Units that name a food of their own: "2 sausages, 2 rashers, egg" lists bacon.
_FOOD_UNITS = frozenset(("rasher", "drumstick", "wing"))


@lru_cache(maxsize=4096)
def _only_amount(piece: str) -> bool:
    amount = read_amount(piece)
    if amount.unit in _FOOD_UNITS:
        return False
    return not amount.words and (amount.count is not None or amount.unit is not None)


_BRACKETED_AMOUNT = re.compile(r"\s*\(([^()]{1,40})\)(?=\s*(?:$|[,;\n]))")


def _amount_aside(m: re.Match[str]) -> str:
    """ "beans on toast (half a tin)": an amount in brackets is said after the food."""
    return f", {m.group(1)}" if _only_amount(m.group(1)) else m.group(0)


_MEASURED = re.compile(r"\d|\bhalf\b|\b(?:tin|can|bottle|carton|tub|packet)s?\b", re.I)


def _measured(piece: str) -> bool:
    """Whether an amount said after a food has a number, a half or a pack in it ("a 330ml
    bottle", "a cup and a half", "small tin"): read first, as if said before the food."""
    return bool(_MEASURED.search(piece))


_SLICES = re.compile(r"\bslices?\b", re.I)
_BREAD_WORD = re.compile(r"\b(?:toast|bread|sourdough|rye|loaf|bloomer|toastie)\b", re.I)


def _sliced_bread(out: list[tuple[str, str]]) -> int | None:
    """The earlier item a slice count belongs to: the last one named for bread that has no
    amount of its own ("toast with butter and jam, 2 slices"); None when there is none."""
    for k in range(len(out) - 1, -1, -1):
        text = out[k][0]
        if _BREAD_WORD.search(text):
            return k if read_amount(text).count is None else None
        if not out[k][1]:  # the list began here: "jam, 2 slices" after a comma list
            return None
    return None


def _attach_amounts(pieces: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ "sushi, 8 pieces": an item that is only an amount belongs to the one before."""
    out: list[tuple[str, str]] = []
    for piece, sep in pieces:
        if out and (bare := amount_said_where(piece)) is not None:
            piece = bare  # "paella, 400g from the market": the amount, said where
        at = _sliced_bread(out) if out and _only_amount(piece) and _SLICES.search(piece) else None
        if at is not None:  # "toast with peanut butter and banana, 2 slices": the toast's
            bread, bread_sep = out[at]
            out[at] = (f"{piece} {bread}", bread_sep)
        elif out and (sized := said_size(out[-1][0], piece)) is not None:
            out[-1] = (sized, out[-1][1])  # "can of ipa, 440": a 440 ml can
        elif out and _only_amount(piece) and "pint" not in piece.lower():
            before = out[-1][0]
            at = packed_earlier(out, piece)
            if at is not None:  # "beans on 2 crumpets, half a tin": the beans' tin
                out[at] = (f"{piece} {out[at][0]}", out[at][1])
            elif _measured(piece) and read_amount(before).count is None:
                one = "a " if read_amount(piece).count is None else ""  # "beans, small tin"
                out[-1] = (f"{one}{piece} {before}", out[-1][1])  # "kombucha, a 330ml bottle"
            else:
                out[-1] = (f"{before} {piece}", out[-1][1])
        else:
            out.append((piece, sep))
    return out


def _unit_opens_name(table: Table, amount: Amount) -> bool:
    """Whether the unit said is the first word of the product's name ("a pot of pot noodle")."""
    words = amount.words
    if not words or stem(words[0]) != stem(amount.unit_word):
        return False
    return " ".join(stem(w) for w in words) in table.aliases


def parse_item(text: str, personal: Personal | None = None) -> ParsedItem:
    table = load()
    text = _without_context(text)
    toks = tokenize(text)
    whole = tuple(stem(t.text) for t in toks)
    if all(t.kind == "word" for t in toks) and " ".join(whole) in table.aliases:
        amount = Amount(words=[t.text for t in toks])  # "half and half" is a food, not ½
    elif len(toks) > 2 and whole[0] in ("a", "an") and " ".join(whole[1:]) in table.aliases:
        # "a piece of fruit", "a slice of cake": the everyday name holds its own measure
        amount = Amount(count=1.0, article=True, words=[t.text for t in toks[1:]])
    else:
        amount = read_amount(text)
    if amount.unit_word and amount.kind != "mass":
        named = " ".join((stem(amount.unit_word), *(stem(w) for w in amount.words)))
        boxed = amount.unit == "box" and " ".join(stem(w) for w in amount.words) in table.aliases
        boxed = boxed or cut_not_drink(table, named, amount, text)  # "a slice of mango"
        if named in table.aliases and not boxed:  # "two pot noodles": part of the name
            # (not "half a box of mac and cheese": a share of the box, sized as sold)
            amount = Amount(count=amount.count, words=[amount.unit_word, *amount.words])
        elif _unit_opens_name(table, amount):  # "a cup of cup noodles": one of the product
            amount = Amount(count=amount.count, words=amount.words, article=amount.article)
        kept = [stem(w) for w in amount.words if stem(w) not in _NOT_A_FOOD]  # "a ginsters ..."
        after = " ".join((*kept, stem(amount.unit_word)))
        said_last = toks[-1].text == amount.unit_word  # the unit said after the food
        if amount.words and said_last and after in table.aliases:  # "2 vanilla slices"
            named_words = [w for w in amount.words if stem(w) not in _NOT_A_FOOD]
            amount = Amount(count=amount.count, words=[*named_words, amount.unit_word])
    if not amount.words and amount.unit:  # "a pint", "a shot": the measure names the drink
        amount = Amount(count=amount.count, words=[amount.unit])
    amount = cup_first(table, amount)  # "a serving of grande latte": the cup, not the latte's name
    phrase = tuple(stem(w) for w in amount.words)
    spelled = exact_key(" ".join(amount.words))  # "frosty", not "frosties" folded to it
    phrase = (spelled,) if spelled in table.aliases else phrase
    given = amount.count is not None or amount.unit is not None
    if personal:
        mine = _personal(table, text, phrase, amount, personal)
        if mine is not None:
            return mine
    named = " ".join(phrase) in table.aliases or " ".join(phrase[:-1]) not in table.aliases
    if phrase[-1:] in (("bar",), ("biscuit",)) and not named:
        phrase = phrase[:-1]  # "a boost bar", "a penguin biscuit": the name is the bar
    if amount.unit == "bag" and phrase[-1:] == ("chip",) and not (len(phrase) > 1 and named):
        phrase = (*phrase[:-1], "crisp")  # a bag of chips is crisps, a portion of chips fries
    hit = matcher.match(phrase)
    if hit is None:
        return ParsedItem(text, None, 0.0, (), phrase=phrase)
    unknown = _typed_words(amount.words, hit)
    if unknown and phrase[-1:] in _BRANDED and set(map(stem, unknown)) <= set(phrase[:-1]):
        branded = matcher.match(_BRANDED[phrase[-1:]])  # "a hammer gel", "a veloforte bar"
        if branded is not None:
            hit = replace(branded, score=min(branded.score, BRAND_SCORE))
            unknown = ()
    hit, unknown = as_dry(table, hit, unknown, phrase)  # "100g dry brown rice": as sold
    hit, unknown = as_cooked(table, hit, unknown, phrase)  # "boiled carrots": as cooked
    if lone_modifier(table, hit, phrase):
        return ParsedItem(text, None, 0.0, (), phrase=phrase)
    if hit.unknown and not set(phrase) - set(hit.unknown) - _NOT_A_FOOD:
        # "grilled barramundi": only the cooking word matched (grilled mushrooms); say so
        return ParsedItem(text, None, 0.0, (), phrase=phrase)
    amount = cup_sized(table, hit, amount)  # "a grande latte": a 16 fl oz cup of it
    count = 1.0 if amount.count is None else amount.count
    # "150ml greggs sausage roll", "330ml corn dogs": a weight or volume is not a count of
    # pieces, so rules that size one piece (a chain's roll, a fair's dog) see one
    pieces = _pieces(amount, count)
    if hit.parts:  # a dish: a weight scales the recipe, anything else counts dishes
        counted = counted_part(table, hit, amount)
        if counted is not None:  # "3 scrambled eggs on toast": three eggs, one toast
            at, eaten = counted
            parts = tuple(
                (i, round(eaten, 2) if k == at else g) for k, (i, g, _d) in enumerate(hit.parts)
            )
            grams = round(sum(g for _i, g in parts), 2)
            return ParsedItem(
                text, hit.index, grams, unknown, hit.score, parts, given, phrase, hit.main, pieces
            )
        factor = dish_factor(table, hit, amount)
        # a trace of a part ("1 g of ramen": its nori) stays in, at the smallest stored weight
        parts = tuple((i, max(0.01, round(g * factor, 2))) for i, g, _desc in hit.parts)
        grams = round(sum(g for _i, g in parts), 2)
        return ParsedItem(
            text, hit.index, grams, unknown, hit.score, parts, given, phrase, hit.main, pieces
        )
    sliced = amount.unit in ("piece", "slice")  # "half a slice of cake": of the slice
    if (
        amount.unit in ("piece", "slice")
        and hit.via == "alias"
        and hit.portion.endswith(" g")
        and hit.default_grams <= ONE_PIECE_MAX_G
        and not (amount.unit == "slice" and slice_grams(table, hit.index))
        and not (amount.unit == "piece" and amount.words and is_plural(amount.words[-1]))
    ):
        # "a piece of cake": the everyday helping, given in grams, is one piece
        amount = Amount(count=count, words=amount.words, scale=amount.scale, article=True)
    if amount.count is None and amount.unit is None:
        few = _plural_helping(table, hit, amount)
        if few:
            amount.count = count = few  # "eggs", "pancakes": more than one
    whole = None if sliced else _fraction_of_whole(table, hit, amount, phrase)
    named_pizza = "pizza" in phrase[-3:] or "pizza" in table.name(hit.index).lower()
    pie = table.portion_grams(hit.index, "pizza") if named_pizza else None  # "a margherita"
    if (
        whole is None and pie and amount.unit in _SIZES and "slice" not in phrase
    ):  # "a medium pepperoni pizza": whole
        whole = count * pie * _WHOLE_SIZE[amount.unit]
    if whole is not None:  # "half a pizza": half the whole pizza, not half a slice
        grams = round(whole, 2)
    else:
        typed = [w for w in phrase if w not in matcher.STOPWORDS and w not in matcher.FILLERS]
        # the food's own head word first: "half a cantaloupe" is half of a "melon, medium"
        food_words = tuple(dict.fromkeys([*matcher.head_stems(hit.index), *typed]))
        grams = round(
            grams_for(table, hit.index, amount, hit.default_grams, hit.portion, food_words), 2
        )
    grams = cut_grams(table, hit, amount, grams, text)  # "half a salmon fillet", "a wedge of lime"
    return ParsedItem(
        text,
        hit.index,
        grams,
        unknown,
        hit.score,
        ((hit.index, grams),),
        given,
        phrase,
        None,
        _pieces(amount, count),
    )


def _pieces(amount: Amount, count: float) -> float:
    """How many pieces an amount says: one for a weight or a metric volume ("150ml ...")."""
    return 1.0 if amount.kind == "mass" or amount.unit in _METRIC_VOLUME else count


_METRIC_VOLUME = frozenset(("ml", "cl", "dl", "l", "fl oz"))


def _fraction_of_whole(
    table: Table, hit: matcher.Hit, amount: Amount, phrase: tuple[str, ...]
) -> float | None:
    """Grams for "half a pizza", "a quarter of a cake": a share of the whole food.

    Only for a fraction with no measure, and only when the food has a portion named by the
    word typed ("pizza", 853 g) that is much more than the everyday helping (a slice).
    """
    size = _WHOLE_SIZE.get(amount.unit or "") if amount.unit else None
    if amount.count is None or not 0 < amount.count < 1 or (amount.unit and size is None):
        return None
    said = next((_WHOLE_SIZE[w] for w in phrase if w in _WHOLE_SIZE), None)  # "a small pizza"
    size = size or said
    if not phrase:
        return None
    # the word typed ("pizza") or the food's own head word ("melon" for a watermelon)
    words = (phrase[-1], *matcher.head_stems(hit.index), *_WHOLE_NAMES)  # "melon (15" long)"
    found = [table.portion_grams(hit.index, w) for w in words]
    whole = max((g for g in found if g is not None), default=None)
    if whole is None or whole < 2 * hit.default_grams:
        return None
    named = matcher.match(matcher.head_stems(hit.index))  # "half an avo": of the everyday one
    if named and not named.parts and named.default_grams > 2 * hit.default_grams:
        whole = min(whole, named.default_grams) if named.index == hit.index else whole
    if size is None and "pizza" in phrase:
        size = UNSIZED_PIZZA
    return amount.count * whole * (size or 1.0)


# SR24's names for a whole one: "melon (15" long x 7-1/2" dia)" is a whole watermelon.
_WHOLE_NAMES = ("whole", "melon", "head", "loaf")
# "half a pizza", no size said: chains' medium is 12" and large 14" (SR24's whole); one of no
# size is taken between them, ~12.5" (0.8 of the 14" pizza's area).
UNSIZED_PIZZA = 0.8
# "half a large pizza": SR24's whole pizza is a large (14"); a small is 10", a medium 12".
_WHOLE_SIZE = {"small": 0.5, "medium": 0.7, "large": 1.0, "extra large": 1.2}


def _plural_helping(table: Table, hit: matcher.Hit, amount: Amount) -> float:
    """How many pieces a bare plural means: two of a one-piece helping ("eggs", "pancakes",
    "tacos"), five of a bite-sized one whose helping is one piece ("cherry toms" in a pasta,
    17 g each); 0 when it is not a count.

    Only for foods eaten by the piece (eggs, bakes, fruit, snacks, tacos); a plural
    vegetable or meat ("potatoes", "pork chops") is a side or a helping, not a count.
    """
    last = word_before_place(amount.words)  # "pancakes at ihop": still pancakes
    if not last or not is_plural(last):
        return 0.0
    amount_text, _, unit = hit.portion.partition(" ")
    piece = unit.split(",")[0].split(" ")[0]
    bite = amount_text == "1" and table.group(hit.index) in _BITE_GROUPS
    bite = bite and piece not in (*_MEASURE_WORDS, *_SIZES, "ml", "slice", "serving", "portion")
    per = table.portion_grams(hit.index, piece) if bite else None
    if per is not None and per < 20.0:
        return 5.0
    if table.group(hit.index) not in _COUNTED_GROUPS:
        return 0.0
    if stem(last.lower()) in matcher.STOPWORDS:  # "apple slices": one apple, sliced
        return False
    amount_text, _, unit = hit.portion.partition(" ")
    words = unit.replace(",", " ").split()
    if any(w.startswith(_PACKAGING) for w in words):
        return 0.0
    if amount_text == "1" and words and words[0] not in _MEASURE_WORDS:
        return 0.0 if table.group(hit.index) == "Fast Foods" and words[0] in _SIZES else 2.0
    per = table.portion_grams(hit.index, stem(last))
    if per is None or per < 20.0:
        return 0.0
    return 3.0 if table.name(hit.index).startswith(_STACKED) else 2.0


def _personal(
    table: Table, text: str, phrase: tuple[str, ...], amount: Amount, personal: Personal
) -> ParsedItem | None:
    """The runner's own correction for this phrase, scaled by the amount they typed."""
    found = personal.get(" ".join(phrase)) or personal.get(key(text))
    if found is None:
        return None
    rows = [(table.ids.get(str(f)), g) for f, g in found]
    if not rows or any(i is None or g <= 0 for i, g in rows):
        return None
    each = sum(g for _i, g in rows)
    count = 1.0 if amount.count is None else amount.count
    if amount.kind == "mass" and amount.unit and amount.words:
        factor = count * MASS_G[amount.unit] / each
    else:
        factor = count * amount.scale
    parts = tuple((i, round(g * factor, 2)) for i, g in rows if i is not None)
    grams = round(sum(g for _i, g in parts), 2)
    given = amount.count is not None or amount.unit is not None
    first = parts[0][0]
    return ParsedItem(text, first, grams, (), 100.0, parts, given, phrase, None, count)


def _typed_words(words: list[str], hit: matcher.Hit) -> tuple[str, ...]:
    """The unknown words as the runner typed them (the matcher works on stems)."""
    unknown = set(hit.unknown)
    return tuple(w for w in words if stem(w) in unknown)


def totals(
    table: Table, items: list[tuple[int, float]]
) -> tuple[dict[str, float], dict[str, float]]:
    """Sum nutrients over (row, grams) pairs; coverage = share of grams with a known value.

    A value the table does not have ("not measured") adds nothing to the total and lowers
    the coverage instead, so a reader can tell "no B12" from "B12 unknown".
    """
    total_g = sum(g for _i, g in items)
    sums = dict.fromkeys(NUTRIENT_KEYS, 0.0)
    known = dict.fromkeys(NUTRIENT_KEYS, 0.0)
    for i, grams in items:
        for k, v in zip(table.nutrient_keys, table.values(i), strict=True):
            if v is not None:
                sums[k] += v * grams / 100.0
                known[k] += grams
    coverage = {k: (round(known[k] / total_g, 4) if total_g else 0.0) for k in NUTRIENT_KEYS}
    return {k: round(v, 4) for k, v in sums.items()}, coverage
