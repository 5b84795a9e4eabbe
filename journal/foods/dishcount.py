"""How many of a dish, or of one of its foods, an amount said with a dish stands for.

"3 scrambled eggs on toast" counts the eggs, "bacon butty, 3 rashers" the bacon, "beans on
toast, 2 slices" the bread, "8 sushi" pieces, "200 g of lasagne" scales the recipe. Kept apart
from :mod:`journal.foods.items`, which reads one item and asks here about its dish.
"""

from __future__ import annotations

from journal.foods import match as matcher
from journal.foods.dishpieces import pieces_in_helping
from journal.foods.parse import Amount
from journal.foods.portions import RASHER_G, helping_piece
from journal.foods.staples import katori_factor
from journal.foods.table import ML_PER, Table
from journal.foods.text import plural as is_plural
from journal.foods.text import stem
from journal.foods.units import _SIZE_FACTOR, MASS_G, TIN_G

PLATE_OF_DISH = 1.5
# ... but no more than a dinner plate holds of a dish (400-500 g): a dish whose helping is a
# full plate already ("hainanese chicken rice, a plate", 380 g) is not half as much again
PLATE_DISH_G = 450.0
PIECES_FROM = 4  # "six california rolls" counts pieces: nobody eats six whole rolls
# Names counted in pieces at any count, with no plural to tell ("6 salmon nigiri", "2 sushi").
PIECE_NOUNS = frozenset(("sushi", "nigiri", "sashimi", "maki", "uramaki", "gyoza"))
_MEASURE_WORDS = ("cup", "oz", "tbsp", "tsp", "g", "fl", "fluid", "tablespoon")


# A metric volume of a mixed drink or soup weighs about as many grams (water-like density); a
# household measure ("a bowl of chili", "a cup of") stays a size.
# a drink's volume said in millilitres or fluid ounces ("16 fl oz latte": one 16 oz cup of
# it, not sixteen lattes)
# A katori (the Indian serving bowl, ICMR/NIN ~ 150 ml) of a dal, curry or kheer: ~ 150 g.
_METRIC_ML = {"ml": 1.0, "cl": 10.0, "dl": 100.0, "l": 1000.0, "fl oz": 29.574, "katori": 150.0}
_JOINS = frozenset(("on", "with", "and", "in", "&"))
# A cup, ladle, ramekin or spoon of a mixed dish is that volume of it, not its helping ("a cup
# of jambalaya" was the 460 g helping; FNDDS cups of mixed dishes weigh 137-253 g, ~ 0.9 g a
# ml), but never more than as many helpings; a drink's glass, mug or pitcher ~ 1 g a ml. A
# bowl or plate of a dish stays a helping.
_SPOONED_DISH_G_PER_ML = 0.9
_BY_VOLUME = frozenset(("cup", "tbsp", "tsp", "ladle", "ramekin", "saucer"))
_POURED_INTO = frozenset(
    (
        "glass", "mug", "pint", "teacup", "beaker", "tumbler", "goblet", "flute", "carafe",
        "pitcher", "thermos", "flask", "schooner", "middy", "shot",
    )
)  # fmt: skip


def counted_part(table: Table, hit: matcher.Hit, amount: Amount) -> tuple[int, float] | None:
    """Which food of a dish the count names, and its grams, when it is not the dish.

    "2 poached eggs on toast", "3 fish fingers in a sandwich": the count is followed by the
    plural of a food's head word before the joining word, so it counts eggs (the recipe
    says how many are in one helping, "2 large", or SR24 how much one weighs), and the
    toast or bread stays as the recipe has it.
    """
    if amount.count is not None and amount.count < 1 and amount.unit is None:
        return None  # "2 quarters of a pb and jam sandwich": half the dish, all its parts
    if amount.unit is not None and amount.kind == "household":
        return _counted_by_unit(table, hit, amount)
    if amount.unit is not None or amount.kind == "mass":
        return None
    words = [w for w in amount.words if w]
    cut = next((n for n, w in enumerate(words) if w.lower() in _JOINS), None)
    if not cut:
        return None
    noun = words[cut - 1].lower()
    if words[cut].lower() in ("and", "&"):  # "beef and horseradish": fillings, not a count
        return _counted_first(hit, amount, noun)
    at = next(
        (k for k, (i, _g, _d) in enumerate(hit.parts) if stem(noun) in matcher.head_stems(i)),
        None,
    )
    if at is None:
        at = next(
            (k for k, (i, _g, _d) in enumerate(hit.parts) if table.portion_grams(i, stem(noun))),
            None,
        )
    named = matcher.match(tuple(stem(w.lower()) for w in words[:cut]))  # "fish fingers"
    if at is None and named is not None and not named.parts:
        at = next((k for k, (i, _g, _d) in enumerate(hit.parts) if i == named.index), None)
    if at is None:
        return None
    food, grams, desc = hit.parts[at]
    plural = is_plural(noun)
    if amount.count is None:  # "eggs on toast": two eggs; "egg on toast": the recipe's
        count = 2.0 if plural else None
    else:  # "a poached egg on toast": one egg, though the dish is named for two
        count = amount.count if plural or amount.article else None
    if count is None:
        return None
    head, _, measure = desc.partition(" ")
    per = table.portion_grams(food, stem(noun))
    if per is None and named is not None and named.index == food:
        per = named.default_grams
    if measure and measure.split()[0] not in (*_MEASURE_WORDS, "ml", "slice"):
        in_recipe = _in_recipe(head, amount, count)
        if in_recipe is None:
            return None
        per = grams / in_recipe
    elif per is None or amount.count is None:
        return None  # "200 g" of beans is not a count of beans
    return at, count * amount.scale * per


def _counted_first(hit: matcher.Hit, amount: Amount, noun: str) -> tuple[int, float] | None:
    """ "2 eggs and soldiers": the count names the dish's first food, counted in its recipe."""
    first, grams, desc = hit.parts[0]
    plural = is_plural(noun)
    named = matcher.match((stem(noun),))  # "bangers": the alias names the dish's sausage
    same = named is not None and not named.parts and named.index == first
    if stem(noun) not in matcher.head_stems(first) and not same:
        return None
    if amount.count is None:  # "eggs and soldiers": two eggs; "egg and soldiers": the recipe's
        count = 2.0 if plural else None
    else:
        count = amount.count if plural or amount.article else None
    head, _, measure = desc.partition(" ")
    weighed = measure.split()[:1] == ["g"]
    if count is not None and amount.count is not None and weighed and same and named is not None:
        # "3 bangers and mash": the recipe weighs its sausages; count them by the one named
        return 0, count * amount.scale * named.default_grams
    if count is None or not measure or measure.split()[0] in (*_MEASURE_WORDS, "ml", "slice"):
        return None
    in_recipe = _in_recipe(head, amount, count)
    if in_recipe is None:
        return None
    return 0, count * amount.scale * grams / in_recipe


def _in_recipe(head: str, amount: Amount, count: float) -> float | None:
    """How many of the counted food the recipe's line holds ("2 eggs": 2), or None when the
    line gives no count or an unsaid count would not be more than the recipe's own."""
    try:
        in_recipe = float(head)
    except ValueError:
        return None
    if in_recipe <= 0 or (amount.count is None and in_recipe >= count):
        return None
    return in_recipe


def dish_factor(table: Table, hit: matcher.Hit, amount: Amount) -> float:
    """How many of the dish: a weight, a count of dishes, or a count of pieces ("8 sushi")."""
    if (served := katori_factor(table, hit, amount)) is not None:
        return served  # "a bowl of dal": 250 g cooked, a katori its own helping
    count = 1.0 if amount.count is None else amount.count
    if amount.kind == "mass" and amount.unit:
        return count * MASS_G[amount.unit] / hit.default_grams
    if amount.unit in _METRIC_ML:  # "500 ml of liquid iv", "a 330 ml smoothie": ~1 g a ml
        return count * _METRIC_ML[amount.unit] / hit.default_grams
    if amount.kind == "volume" and amount.unit in _BY_VOLUME | _POURED_INTO:
        ml = count * amount.scale * ML_PER[amount.unit]  # "a heaping cup of jambalaya"
        if amount.unit in _POURED_INTO:
            return ml / hit.default_grams
        # a cup of a dish of loose pieces (roast veg, fries: 0.5-0.6 g a ml) is no more than
        # its helping, which the recipe weighs as that much already
        return min(ml * _SPOONED_DISH_G_PER_ML / hit.default_grams, count * amount.scale)
    plated = pieces_in_helping(amount.words) if amount.count is not None else None
    # "sev puri 6 pcs", "4 sev puri": pieces of a plate of six (a figure always counts pieces,
    # so two are twice one); "a sev puri" is the plate
    if plated and (amount.unit == "piece" or (amount.unit is None and not amount.article)):
        return count * amount.scale / plated
    first, grams, desc = hit.parts[0]
    counted_piece = helping_piece(amount.words) if amount.unit is None else None
    if (
        counted_piece
        and amount.count is not None
        and not (amount.article and _plural(amount.words))
    ):
        return count * counted_piece / grams  # "3 roast potatoes", "a roast potato": pieces
    per = table.portion_grams(first, "piece")
    last = stem(amount.words[-1].lower()) if amount.words else ""
    counted = amount.count is not None and not amount.article and last in PIECE_NOUNS
    many = amount.unit is None and (counted or (count >= PIECES_FROM and _plural(amount.words)))
    if per and (amount.unit == "piece" or many):
        return count * per / grams  # "8 sushi", "six california rolls": pieces, not plates
    wraps = _wraps(desc)
    if wraps and amount.count is not None and amount.unit is None:
        return count * amount.scale / wraps  # "2 chicken fajitas": two of the helping's wraps
    if amount.count is None and amount.unit is None and _plural(amount.words):
        tortillas = sum(1 for i, _g, _d in hit.parts if i == first)
        if desc.startswith("1 tortilla") and tortillas == 1:
            return 2.0  # "fish tacos", "burritos": two, not one
    slices = _recipe_slices(table, hit) if amount.unit == "slice" and not amount.article else None
    if slices:  # "beans on toast, 2 slices": the dish on that much bread, not two dishes
        return count * amount.scale / slices
    size = _SIZE_FACTOR.get(amount.unit or "", 1.0)
    if amount.unit == "plate":  # a plate of a dish is a dinner helping and a half
        size = max(1.0, min(PLATE_OF_DISH, PLATE_DISH_G / hit.default_grams))
    return count * size * amount.scale


def _wraps(desc: str) -> float | None:
    """How many tortillas a dish's helping is filled into ("2 tortilla ...": fajitas), when
    more than one: a count of the dish then counts the filled tortillas."""
    head, _, measure = desc.partition(" ")
    if not measure.startswith("tortilla"):
        return None
    try:
        n = float(head)
    except ValueError:
        return None
    return n if n > 1 else None


def _plural(words: list[str]) -> bool:
    last = words[-1].lower() if words else ""
    return bool(last) and is_plural(last)


# Units that count one food of a dish: its bacon's rashers, its pieces.
_PART_UNITS = frozenset(("rasher", "strip", "piece", "patty", "link"))
_PIECE_PORTIONS = ("piece", "patty", "link", "ball", "sausage")


def _counted_by_unit(table: Table, hit: matcher.Hit, amount: Amount) -> tuple[int, float] | None:
    """ "bacon butty, 3 rashers": the rashers are the bacon's; "falafel pitta, 4 balls" the
    falafel's. The rest of the dish stays as it is."""
    unit = amount.unit
    if unit == "can" and amount.count is not None:
        return _canned_part(table, hit, amount.count * amount.scale)
    if amount.count is None or amount.article or unit not in _PART_UNITS:
        return None
    if unit == "piece" and table.portion_grams(hit.parts[0][0], "piece"):
        return None  # "sushi, 8 pieces": pieces of the dish itself
    for k, (i, _grams, _desc) in enumerate(hit.parts):
        bread = _is_bread(table, i)
        bacon = "bacon" in table.name(i).lower()
        if unit in ("rasher", "strip"):
            per = (
                (RASHER_G if unit == "rasher" else table.portion_grams(i, "slice"))
                if bacon
                else None
            )
        else:
            found = (table.portion_grams(i, p) for p in _PIECE_PORTIONS)
            per = None if bread else next((g for g in found if g), None)
        if per:
            return k, amount.count * amount.scale * per
    return None


def _canned_part(table: Table, hit: matcher.Hit, cans: float) -> tuple[int, float] | None:
    """ "beans on toast, half a tin": the tin is the canned food's (beans, soup, spaghetti),
    a UK tin at most (400-415 g); the toast stays as the recipe has it."""
    for k, (i, _grams, _desc) in enumerate(hit.parts):
        if "canned" in table.name(i).lower():
            return k, cans * min(table.portion_grams(i, "can") or TIN_G, TIN_G)
    return None


def _is_bread(table: Table, i: int) -> bool:
    return table.group(i) == "Baked Products" and table.name(i).startswith(("Bread", "Rolls"))


def _recipe_slices(table: Table, hit: matcher.Hit) -> float | None:
    """How many slices of bread a dish's recipe is on (None when it has no sliced bread)."""
    for i, grams, _desc in hit.parts:
        per = table.portion_grams(i, "slice") if _is_bread(table, i) else None
        if per:
            return grams / per
    return None
