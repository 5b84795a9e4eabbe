"""Portion words SR24 has no household measure for: a bag, a scoop, a bottle, a handful.

USDA portions come first (the parser asks the table before it asks here); these are the
typical retail and kitchen sizes used when a food has no portion of that name. Defaults
are stated where they are a choice:

- a pint is the UK/Irish pub pint, 568 ml (``table.ML_PER["pint"]``); "16 oz" reads as
  a US pint;
- a bag of crisps/chips is a single-serve bag, 35 g (UK 25-40 g, US 1-1.5 oz); a big
  (sharing) bag 150 g; a bag of nuts or trail mix 50 g (UK pub bags, US 1.75-2 oz);
- a can of a soft drink is 355 ml (12 fl oz), of beer 355 ml; a bottle 500 ml, of beer
  330 ml, of wine 750 ml; a carton of a drink 330 ml (juice and coconut-water cartons);
- a scoop of ice cream is half a cup (66 g), of powder 30 g;
- a handful is 30 g of nuts, seeds, dried fruit or snacks, 35 g of sweets (8-10 jelly babies
  or beans), 60 g of fresh fruit or vegetables;
- a loaf of bread 800 g (a UK large loaf); a pouch (fruit puree, applesauce) 90 g; a slice of
  cheese 20 g; a square of chocolate 8 g (7 g of milk chocolate);
  a stack of pancakes is 3;
- a rasher of bacon is a UK back-bacon rasher, 18 g cooked (~ 30 g raw; a US streaky slice is 8 g);
- a counted piece of a food whose helping is several pieces ("10 meatballs", "3 chips",
  "4 prawns") weighs what :data:`PIECE_G` says when SR24 lists no piece of it.
"""

from __future__ import annotations

import re

from journal.foods.handfuls import SMALL_PIECE_G, handful_of_pieces
from journal.foods.packsizes import pack_grams
from journal.foods.table import ODD_SIZE, Table
from journal.foods.text import stem, unit_text
from journal.foods.units import SLICE_IN_BREAD_G

# A spread as a sandwich's filling: both slices' worth (butter 5 g a face, nut butter 16 g,
# jam/honey/chocolate spread 15 g, yeast extract 4 g, cream cheese 15 g, hummus 25 g).
FILLING_SPREAD_G = {
    "01001": 10.0, "01002": 10.0, "04128": 10.0,
    "16098": 32.0, "16097": 32.0, "12195": 32.0,
    "19297": 30.0, "19300": 30.0, "19296": 21.0, "19125": 30.0, "19303": 30.0,
    "43406": 8.0, "01017": 30.0, "16158": 50.0,
}  # fmt: skip
# One piece, cooked as eaten, of foods SR24 serves by the helping: a count multiplies this,
# never the helping. Keyed by the typed word's stem. Sources: IKEA/home meatballs 15-35 g;
# a UK chip-shop chip 10-15 g, a fast-food fry 3-5 g (a 110 g medium holds ~30); a king prawn
# 10-15 g cooked; a sea scallop 15-20 g; a mussel's meat 5-8 g; a tater tot 8 g; a gyoza or
# dim-sum dumpling 20-25 g, a wonton 15 g; a crisp 2-3 g; a cashew 1.5 g, a walnut half 2.5 g,
# a pecan half 1.5 g, a pistachio 0.7 g; a slice of sashimi 12-15 g; a gummy bear 2.5 g; a
# spare rib's meat 30-40 g; a chipolata 25 g, a cocktail sausage 10 g; a floret 10 g; a hard
# pretzel twist 6 g (SR24: 10 twists, 60 g); a grilled kofta 40 g (three to a helping).
PIECE_G = {
    "meatball": 25.0, "chip": 12.0, "fry": 4.0, "prawn": 12.0, "scallop": 18.0, "mussel": 6.0,
    "tot": 8.0, "gyoza": 22.0, "dumpling": 25.0, "wonton": 15.0, "potsticker": 25.0,
    "crisp": 2.5, "cashew": 1.5, "walnut": 2.5, "pecan": 1.5, "pistachio": 0.7,
    "gummy": 2.5, "sashimi": 15.0, "rib": 35.0, "chipolata": 25.0, "floret": 10.0,
    "pretzel": 6.0, "kofta": 40.0, "kofte": 40.0,
}  # fmt: skip
# One piece of a food served as a helping of several, named by its last words ("6 new potatoes",
# "3 roast potatoes"): a new or salad potato 40-60 g, a roast potato (a quartered one) 60-90 g,
# a Cadbury Mini Egg 3.5 g, a chipolata 25 g, a cocktail sausage (or the one in a pig in a
# blanket) 12 g, a piece of chicken tikka 25 g, a stick of celery (a medium stalk) 40 g, a
# pizza roll or bite 14 g (Totino's: 6 rolls 85 g); a count multiplies this, never the helping.
PIECE_OF_HELPING_G = {
    "new potato": 50.0, "baby potato": 40.0, "salad potato": 50.0, "roast potato": 75.0,
    "roastie": 75.0, "roast spud": 75.0, "roasted potato": 75.0, "mini egg": 3.5,
    "chipolata": 25.0, "cocktail sausage": 12.0, "party sausage": 12.0, "in blanket": 12.0,
    "tikka piece": 25.0, "celery stick": 40.0, "pizza roll": 14.0, "pizza bite": 14.0,
}  # fmt: skip


# keyed as the typed words are looked up, stemmed ("roasties" is "roasty", not "roastie")
_PIECE_OF_HELPING = {
    " ".join(map(stem, k.split())): g for k, g in (PIECE_OF_HELPING_G | SMALL_PIECE_G).items()
}


def helping_piece(words: list[str]) -> float | None:
    """Grams of one piece when the words name a helping of several ("new potatoes")."""
    said = [stem(w.lower()) for w in words[-2:]]
    return _PIECE_OF_HELPING.get(" ".join(said)) or _PIECE_OF_HELPING.get(said[-1] if said else "")


POUCH_G = 90.0
BAG_G = 35.0
NUT_BAG_G = 50.0  # a single bag of nuts or trail mix: UK pub bag 50 g, US 1.75-2 oz
BIG_BAG_G = 150.0
SQUARE_G = 8.0  # a square of a dark or plain bar
MILK_SQUARE_G = 7.0  # a chunk of a milk bar (Dairy Milk 5.5-6 g; Galaxy, Milka 6-8 g)
RASHER_G = 18.0
STACK_COUNT = 3.0
LOAF_G = 800.0
# A pack of biscuits or cookies, not one of them: McVitie's digestives 400 g, chocolate
# digestives and Hobnobs 300 g, Arnott's Tim Tam 200 g, Oreo (UK) 154 g (labels).
BISCUIT_PACK_G = 300.0

_BOTTLE_ML = (("beer", 330.0), ("wine", 750.0), ("champagne", 750.0))
_BOTTLE_DEFAULT_ML = 500.0
_CAN_ML = 355.0
_CARTON_ML = 330.0
_PACKET_GROUPS = frozenset(
    ("Snacks", "Sweets", "Nut and Seed Products", "Legumes and Legume Products")
)
_JUG_ML = 1000.0
_JUG_BEER_ML = 1140.0
_SCOOP_G = (("ice cream", 66.0), ("frozen yogurt", 66.0), ("sherbet", 66.0), ("sorbet", 66.0))
_SCOOP_DEFAULT_G = 30.0
_HANDFUL_BY_GROUP = {
    "Fruits and Fruit Juices": 60.0,
    "Vegetables and Vegetable Products": 60.0,
}
_SWEETS_HANDFUL_G = 35.0
_HANDFUL_DEFAULT_G = 30.0
# A slice of meat (deli or carved): the median of SR24's 81 luncheon-meat slice portions, 25 g
# (ham 28 g, turkey breast 21 g, bologna 28 g); FSA roast meat, 3 slices 90 g. SR24's own slice
# is used when it is a slice of that size, not a "slice" of a whole ham or roast (234 g).
MEAT_SLICE_G = 25.0
_MEAT_GROUPS = frozenset(
    (
        "Poultry Products", "Beef Products", "Pork Products", "Lamb, Veal, and Game Products",
        "Sausages and Luncheon Meats",
    )
)  # fmt: skip


def meat_slice_grams(table: Table, i: int) -> float | None:
    """Grams of one slice of a meat ("3 slices turkey", "2 slices of black pudding"), or None
    when the food is not a meat: a slice, not the meat's helping."""
    if table.group(i) not in _MEAT_GROUPS:
        return None
    own = table.portion_grams(i, "slice")
    return own if own is not None and own <= 2 * MEAT_SLICE_G else MEAT_SLICE_G


# A slice of a fruit or vegetable SR24 gives no slice of ("3 cucumber slices" were three
# cucumbers): a twelfth of its cup of slices (a cup holds 10-14, approx.: cucumber 104 g a
# cup, 8.7 g; avocado 146 g, 12 g; peach 154 g, 13 g), else an eighth of the whole fruit (a
# lime 8 g, an orange 16 g, as a lemon's SR24 "wedge or slice" is an eighth), at most 30 g.
# A fruit SR24 gives a wedge of is sliced in wedges: a slice of watermelon is its 286 g wedge.
_PRODUCE = frozenset(("Vegetables and Vegetable Products", "Fruits and Fruit Juices"))
_SLICES_IN_CUP = 12
_SLICES_IN_WHOLE = 8
PRODUCE_SLICE_MAX_G = 30.0


def slice_grams(table: Table, i: int) -> float | None:
    """Grams of one slice of a meat or of a fruit or vegetable, or None: a slice, not the
    food's helping (the food's own slice portion serves anything else)."""
    meat = meat_slice_grams(table, i)
    if meat is not None or table.group(i) not in _PRODUCE:
        return meat
    if table.portion_grams(i, "slice") is not None:
        return None
    wedge = table.portion_grams(i, "wedge")  # a lemon's eighth, a watermelon's sixteenth
    if wedge is not None:
        return wedge
    for amount, unit, grams in table.portions(i):
        if unit_text(unit).startswith("cup") and "slice" in unit_text(unit):
            return round(min(grams / amount / _SLICES_IN_CUP, PRODUCE_SLICE_MAX_G), 1)
    whole = table.portion_grams(i, "medium") or table.portion_grams(i, "fruit") or _whole(table, i)
    return round(min(whole / _SLICES_IN_WHOLE, PRODUCE_SLICE_MAX_G), 1) if whole else None


_MEASURED = ("cup", "tbsp", "tsp", "oz", "fl oz", "nlea", "serving", "g ", "package")


def _whole(table: Table, i: int) -> float | None:
    """The heaviest of a food's portions that is no measure: "eggplant, unpeeled" (548 g)."""
    wholes = [g / a for a, u, g in table.portions(i) if not unit_text(u).startswith(_MEASURED)]
    return max(wholes, default=None)


_DRIED = ("dried", "raisin", "dehydrated")


PIZZA_SLICES = 4  # a frozen pizza cut as its box says ("slice 1/4 of pie")


def retail_grams(
    table: Table, i: int, unit: str, large: bool = False, word: str = ""
) -> float | None:
    """Grams of one ``unit`` of food ``i`` (typed as ``word``) from the typical sizes above,
    or None."""
    name = table.name(i).lower()
    density = table.grams_per_ml(i) or 1.0
    pack = pack_grams(
        table, i, unit, word, large
    )  # a tub of hummus, a bag of spinach (packsizes.py)
    if pack is not None:
        return pack
    if unit == "bag" or (unit in ("packet", "package") and table.group(i) in _PACKET_GROUPS):
        nuts = table.group(i) == "Nut and Seed Products" or name.startswith("peanuts")
        nuts = nuts or "trail mix" in name
        if nuts and not large:
            return NUT_BAG_G
        return BIG_BAG_G if large else BAG_G  # "a packet of peanuts" is a bag of them
    if unit in ("packet", "package") and name.startswith("cookies"):
        return BISCUIT_PACK_G
    if unit == "slice" and name.startswith("cheese,"):
        return SLICE_IN_BREAD_G
    if unit == "slice" and table.portion_grams(i, "wedge") is not None:
        return table.portion_grams(i, "wedge")  # a slice of melon is its wedge
    pie = table.portion_grams(i, "pizza") if unit == "slice" else None
    if pie is not None and table.portion_grams(i, "slice") is None:
        return pie / PIZZA_SLICES  # a frozen pizza's slice: a quarter (DIGIORNO labels)
    if unit == "square" and (table.group(i) == "Sweets" or "chocolate" in name):
        milk = "milk chocolate" in name or name.startswith("candies, milk")
        return MILK_SQUARE_G if milk else SQUARE_G  # a square of lasagne is its helping
    if unit == "cube":  # "2 cubes of cheddar": SR24's cubic inch (17 g); a stock cube its own
        own = table.portion_grams(i, "cube") or table.portion_grams(i, "cubic inch")
        if own is not None:
            return own
    if unit == "rasher":
        return RASHER_G
    if unit == "strip":  # "3 strips of bacon": a strip is its slice, not its helping of two
        return table.portion_grams(i, "slice")
    if unit == "bottle":
        ml = next((ml for word, ml in _BOTTLE_ML if word in name), _BOTTLE_DEFAULT_ML)
        return ml * density
    if unit == "pouch":  # a fruit puree or baby-food pouch: 90-120 g
        return POUCH_G
    # UK punnets: strawberries 227-400 g (300 g the everyday one; AU 250 g), cherry tomatoes
    # 250 g, berries 125-150 g (supermarket labels); "a small punnet" is then the 227 g one
    if unit == "punnet":
        return 300.0 if "strawberr" in name else 250.0 if name.startswith("tomato") else 150.0
    if unit == "loaf":  # a large sliced loaf: UK 800 g, US 20-24 oz (570-680 g)
        return LOAF_G
    if unit == "jug":  # a pub jug of beer (AU 1,140 ml) or a jug of water, a litre
        return (_JUG_BEER_ML if "beer" in name else _JUG_ML) * density
    if unit == "carton":
        return _CARTON_ML * density if table.grams_per_ml(i) else None
    if unit == "can":
        return _CAN_ML * density if table.grams_per_ml(i) else None
    if unit == "scoop":
        return next((g for word, g in _SCOOP_G if word in name), _SCOOP_DEFAULT_G)
    if unit == "handful":
        few = handful_of_pieces(table, i)  # "a handful of dates": four of them
        if few is not None:
            return few
        if any(word in name for word in _DRIED):
            return _HANDFUL_DEFAULT_G
        if name.startswith(("candies", "sweets")):
            return _SWEETS_HANDFUL_G
        return _HANDFUL_BY_GROUP.get(table.group(i), _HANDFUL_DEFAULT_G)
    return None


def piece_grams(
    table: Table, i: int, words: list[str], article: bool, default_grams: float
) -> float | None:
    """One piece of a food whose helping is several pieces ("onion rings", "meatballs").

    Read from the noun typed last: SR24's portion of that name ("10 rings"), else its
    "pieces" portion, else :data:`PIECE_G`; None when the piece is not clearly smaller
    than the helping (a "chocolate chip muffin" is a muffin).
    """
    noun = stem(words[-1].lower()) if words else ""
    if not noun or noun in _HEAD_NOT_PIECE:
        return None
    if article:  # "a chocolate bar" is the helping; "a meatball" is one piece
        single = noun in PIECE_G and stem(words[-1].lower()) == words[-1].lower()
        return PIECE_G[noun] if single and PIECE_G[noun] < PIECE_SHARE * default_grams else None
    per = _named_piece(table, i, noun)
    if per is None and noun in PIECE_G:
        per = _many_pieces(table, i) or PIECE_G[noun]
    return per if per is not None and per < PIECE_SHARE * default_grams else None


PIECE_SHARE = 0.7  # a piece is a piece only when well under the helping
_HEAD_NOT_PIECE = frozenset(("cup", "tbsp", "tsp", "oz", "g", "serving", "portion"))


def _named_piece(table: Table, i: int, noun: str) -> float | None:
    """Grams of one by a portion named by the noun alone: "10 rings, medium" for "ring"
    (not "10 cantaloupe balls" for "cantaloupe")."""
    for amount, unit, grams in table.portions(i):
        head = unit_text(unit).split(",")[0].split("(")[0]
        if (
            amount > 0
            and not ODD_SIZE.search(unit_text(unit))
            and [stem(w) for w in head.split()] == [noun]
        ):
            return grams / amount
    return None


def _many_pieces(table: Table, i: int) -> float | None:
    """Grams of one piece from a portion like "6 pieces" (fast-food tenders, scallops)."""
    for amount, unit, grams in table.portions(i):
        if amount > 1 and unit_text(unit).startswith("piece"):
            return grams / amount
    return None


# A dry snack or nut poured into a cup is mostly air: a cup of crisps or tortilla chips holds
# ~ 28 g (1 oz, approx.), of pretzels or crackers ~ 60 g (SR24: 10 twists, 60 g, about a cup),
# of peanuts or almonds ~ 145 g (SR24's cups of other nuts: 137-146 g). Water's 237 g is none
# of them: "3 cups crisps" is ~ 85 g, not 710 g.
_AIRY = re.compile(r"\b(?:chips|crisps|puffs|curls|rice cakes|popcorn|pork skins)\b", re.I)
AIRY_G_PER_ML = 0.12
SNACK_G_PER_ML = 0.25
NUT_G_PER_ML = 0.6


def dry_density(table: Table, i: int) -> float | None:
    """Grams a millilitre of a dry snack or nut poured, or None for any other food."""
    name = table.name(i)
    if name.startswith(("Nuts,", "Peanuts,", "Seeds,")) and "butter" not in name:
        return NUT_G_PER_ML
    if not name.startswith(("Snacks,", "Crackers,")):
        return None
    return AIRY_G_PER_ML if _AIRY.search(name) else SNACK_G_PER_ML
