"""What a shop's tub or bag of a fresh food holds, when the food has no such portion in SR24.

"half a tub of hummus", "a tub of cottage cheese", "a bag of spinach": the pack a supermarket
sells, not the food's everyday helping (60 g of hummus) nor a 35 g bag of crisps. Sizes are the
usual UK and US pack labels:

- hummus: UK 200 g tubs (Sabra, supermarket own brands), US 8-10 oz (227-283 g) -> 200 g.
- cottage cheese: UK 300 g tubs, US 16 oz (454 g) -> 300 g.
- cream cheese: UK 180-200 g tubs (Philadelphia 180 g), US 8 oz (227 g) -> 200 g.
- coleslaw and potato salad: UK deli tubs 250-300 g, US 1 lb -> 300 g.
- bagged leaves: UK mixed salad and rocket 90-120 g, US 5 oz (142 g) -> 120 g; spinach and
  kale bags UK 200-260 g, US 6-10 oz (170-280 g) -> 200 g.

The packs a runner eats a share of ("half a bag of tater tots", "red wine, half the bottle",
"ben & jerrys half a pint"), sized as sold (labels; cooked or made up as eaten):

- ice cream: a US pint tub is 473 ml, a UK tub 465-500 ml; premium ice cream is dense (Ben &
  Jerry's 3 servings of 2/3 cup, ~143 g each; Haagen-Dazs 4 x 105 g) -> a pint or tub 420 g.
- a can of soup: US condensed 10.75 oz (305 g) made up with a can of water -> 600 g; ready to
  serve (Campbell's Chunky, Progresso) 18.6-19 oz -> 530 g; a UK tin 400 g (the tin cap).
- a can of stacked crisps (Pringles): UK 165-200 g, US 5.2-5.5 oz (149-156 g) -> 160 g.
- a box of mac and cheese: Kraft 7.25 oz (206 g) dry, "about 2.5 cups prepared" -> 500 g made;
  of pasta: US 1 lb (454 g) dry, UK 500 g -> 454 g dry, 1 kg cooked (x 2.2); of breakfast
  cereal: UK 500 g, US 12-18 oz -> 500 g; of cookies the biscuit pack.
- a bag of frozen fries, tots or hash browns: US 28-32 oz (794-907 g), UK 750 g-1 kg -> 800 g;
  of stir-fry or mixed veg: UK 300-350 g, US 10-12 oz steam bags -> 320 g; of baby carrots a
  snack bag (1.6-3 oz; SR24's 85 g NLEA serving).
- a sharing bag of chocolate sweets: US M&M's share size 2.8-3.3 oz (80-93 g), UK Maltesers
  102 g -> 100 g (gummies keep the 150 g big bag: Haribo 140-160 g).
- a sleeve of crackers: saltines 4 sleeves to a 16 oz box (113 g), Ritz ~ 112 g -> 110 g.
- a jar of pasta sauce: UK 500 g (Dolmio), US 24 oz (680 g) -> 500 g.
- a pack of fresh gnocchi: UK 500 g (Dell'Ugo, supermarket own), US 16-17.6 oz -> 500 g.

Read by :func:`journal.foods.portions.retail_grams`; a food with its own SR24 container
portion (a yogurt's 8 oz container) keeps that one.
"""

from __future__ import annotations

from journal.foods.table import Table
from journal.foods.units import TIN_G

_TUB_G = (
    ("Hummus", 200.0),
    ("Cheese, cottage", 300.0),
    ("Cheese, cream", 200.0),
    ("Coleslaw", 300.0),
    ("Potato salad", 300.0),
    ("Avocados", 170.0),  # a tub of guacamole: UK 150-200 g pots, US 8 oz
    ("Sauce, salsa", 200.0),  # a tub of fresh salsa: UK 170-200 g
)
_LEAF_BAG_G = (
    ("Spinach, raw", 200.0),
    ("Kale, raw", 200.0),
    ("Lettuce", 120.0),
    ("Arugula, raw", 120.0),
    ("Watercress, raw", 120.0),
    ("Cress, garden, raw", 120.0),
)


ICE_CREAM_TUB_G = 420.0
_ICE_CREAM = ("Ice creams", "Frozen yogurts", "Sherbet", "Light ice cream")
_SOUP_CAN_G = 600.0  # condensed, made up
_READY_SOUP_CAN_G = 530.0
# By pack and food (name prefix), the sizes above
_PACK_G: dict[str, tuple[tuple[str, float], ...]] = {
    "can": (("Snacks, potato chips", 160.0),),
    "box": (
        ("Macaroni and cheese", 500.0),
        ("Spaghetti, dry", 454.0), ("Macaroni, dry", 454.0), ("Pasta, dry", 454.0),
        ("Spaghetti, cooked", 1000.0), ("Macaroni, cooked", 1000.0),
        ("Pasta, cooked", 1000.0), ("Cereals ready-to-eat", 500.0), ("Cookies", 300.0),
    ),
    "bag": (
        ("Potato puffs", 800.0), ("Potatoes, french fried", 800.0),
        ("Potatoes, frozen", 800.0), ("Potatoes, hash brown", 800.0),
        ("Vegetables, mixed, frozen", 320.0), ("Carrots, baby", 85.0),
    ),
    "jar": (("Sauce, pasta", 500.0), ("Sauce, salsa", 300.0)),  # salsa: UK 300 g, US 16 oz
    "package": (("Gnocchi", 500.0),),
}  # fmt: skip
_SLEEVE_G = (("Crackers", 110.0),)
SHARE_BAG_SWEETS_G = 100.0


def pack_grams(
    table: Table, i: int, unit: str, word: str = "", large: bool = False
) -> float | None:
    """Grams in one tub, bag, box, can or jar of food ``i`` as shops sell it, or None. Only a
    tub: "a pot of hummus" or "a hummus snack pot" is a snack pot (60 g, the everyday helping)."""
    name = table.name(i)
    said = word.lower()
    if unit in ("pint", "container") and name.startswith(_ICE_CREAM):
        return ICE_CREAM_TUB_G if unit == "pint" or said.startswith("tub") else None
    if unit == "can" and said and name.startswith("Soup") and "canned" in name:
        made_up = "prepared with equal volume" in name or "condensed" not in name
        grams = _SOUP_CAN_G if "equal volume" in name else _READY_SOUP_CAN_G
        return min(grams, TIN_G) if said.startswith("tin") and made_up else grams
    if unit == "bag" and large and table.group(i) == "Sweets" and "chocolate" in name.lower():
        return SHARE_BAG_SWEETS_G  # "m&ms share bag": a sharing bag of chocolate sweets
    if unit == "packet" and said.startswith("sleeve"):
        return next((g for prefix, g in _SLEEVE_G if name.startswith(prefix)), None)
    tub = unit == "container" and said.startswith("tub")
    sizes = _TUB_G if tub else _PACK_G.get(unit, ())
    found = next((g for prefix, g in sizes if name.startswith(prefix)), None)
    if found is None and unit == "bag":
        found = next((g for prefix, g in _LEAF_BAG_G if name.startswith(prefix)), None)
    return found
