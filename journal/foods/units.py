"""Units and amount words a meal item is read with: weights, volumes, household measures,
size words and number words, and the kitchen sizes the parser falls back on.

Kept apart from :mod:`journal.foods.parse`, which reads an item's amount with them, so the
tables can grow without the reader's logic.
"""

from __future__ import annotations

MASS_G = {
    "g": 1.0, "gr": 1.0, "gram": 1.0, "gramme": 1.0, "grm": 1.0,
    "kg": 1000.0, "kilo": 1000.0, "kilogram": 1000.0,
    "oz": 28.3495, "ounce": 28.3495,
    "lb": 453.592, "lbs": 453.592, "pound": 453.592,
}  # fmt: skip
VOLUME = {
    "ml": "ml", "milliliter": "ml", "millilitre": "ml", "mls": "ml",
    "cl": "cl", "dl": "dl", "l": "l", "liter": "l", "litre": "l", "ltr": "l",
    "cup": "cup", "c": "cup",
    "tbsp": "tbsp", "tablespoon": "tbsp", "tbs": "tbsp", "tbl": "tbsp", "tb": "tbsp",
    "tsp": "tsp", "teaspoon": "tsp",
    "floz": "fl oz", "pint": "pint", "pt": "pint", "quart": "quart", "qt": "quart",
    "glass": "glass", "mug": "mug", "bowl": "bowl", "shot": "shot",
    "spoonful": "tbsp", "spoon": "tbsp", "tablespoonful": "tbsp", "teaspoonful": "tsp",
    "splash": "splash", "dash": "dash", "drizzle": "drizzle",
    "schooner": "schooner", "middy": "middy", "stubby": "stubby", "stubbie": "stubby",
    "tinny": "stubby", "tinnie": "stubby", "longneck": "longneck", "flute": "flute",
    "glug": "tbsp", "nip": "shot",  # an Australian nip: a 30 ml shot
    # the Indian serving bowl a dal, curd or kheer comes in
    "katori": "katori", "katoris": "katori", "vati": "katori", "wati": "katori",
    # vessels a drink, dip or dal is served in (round 23a's closed class): what each holds
    "teacup": "teacup", "beaker": "beaker", "tumbler": "tumbler", "goblet": "goblet",
    "carafe": "carafe", "thermos": "thermos", "flask": "flask", "pitcher": "pitcher",
    "ramekin": "ramekin", "ladle": "ladle", "ladleful": "ladle", "saucer": "saucer",
    "cupful": "cup", "mugful": "mug", "glassful": "glass", "bowlful": "bowl",
}  # fmt: skip
HOUSEHOLD = {
    "slice": "slice", "piece": "piece", "pc": "piece", "pcs": "piece",
    "clove": "clove", "stalk": "stalk", "leaf": "leaf", "head": "head", "fillet": "fillet",
    "filet": "fillet", "breast": "breast", "thigh": "thigh", "drumstick": "drumstick",
    "wing": "wing", "can": "can", "tin": "can", "bottle": "bottle", "packet": "packet",
    "sachet": "packet", "sleeve": "packet", "pouch": "pouch", "package": "package",
    "pack": "package", "block": "block", "bar": "bar",
    "container": "container", "pot": "container", "tub": "container", "jar": "jar",
    "serving": "serving", "serve": "serving", "portion": "serving", "helping": "serving",
    "scoop": "scoop", "order": "order",  # "half an order of general tso's": a takeaway order
    "link": "link", "strip": "strip", "rasher": "rasher", "patty": "patty", "pat": "pat",
    "stick": "stick", "item": "item", "each": "each", "handful": "handful",
    "plate": "plate", "plateful": "plate", "spear": "spear", "wedge": "wedge", "ear": "ear",
    "bag": "bag", "bagful": "bag", "box": "box", "square": "square", "stack": "stack",
    "carton": "carton",
    "small": "small", "medium": "medium", "large": "large", "big": "large",
    "jumbo": "jumbo", "xl": "extra large", "thick": "large", "thin": "small",
    "regular": "medium", "huge": "extra large", "little": "small",
    "med": "medium", "reg": "medium", "lrg": "large", "lge": "large", "sml": "small",  # a cafe's
    # typed short ("lg bagel", "a lil feta"); a tube of crisps or sweets is its package
    "lg": "large", "lil": "small", "squirt": "squeeze", "tube": "package",
    # cafe cup names and everyday size words
    "tall": "medium", "grande": "large", "venti": "extra large", "trenta": "extra large",
    "tiny": "small",
    "massive": "extra large", "giant": "extra large", "generous": "large", "heaped": "large",
    "heaping": "large", "level": "medium", "scant": "medium", "side": "serving", "sliver": "sliver",
    "knob": "knob", "dollop": "dollop", "sprinkle": "sprinkle", "sprinkling": "sprinkle",
    "pinch": "pinch",
    "scraping": "scraping", "cube": "cube", "chunk": "piece", "hunk": "piece", "punnet": "punnet",
    "mini": "mini", "kids": "small", "kid": "small", "childs": "small", "jug": "jug",
    "skewer": "piece", "ball": "piece", "mouthful": "mouthful", "sip": "sip", "swig": "mouthful",
    "gulp": "mouthful", "segment": "segment", "squeeze": "squeeze", "layer": "layer",
    "slab": "piece", "lick": "scraping", "smear": "smear", "mountain": "plate",
    "rack": "rack", "bidon": "bottle", "loaf": "loaf", "bite": "mouthful", "nibble": "nibble",
    "forkful": "forkful", "scrape": "scraping", "rounded": "large", "heap": "plate",
    "squeezes": "squeeze",
    "spatula": "dollop",
}  # fmt: skip
_SIZE_FACTOR = {
    "mini": 0.4, "small": 0.75, "medium": 1.0, "large": 1.3, "extra large": 1.5, "jumbo": 1.6,
}  # fmt: skip
# A small container is smaller than a small helping: a small glass 150-190 ml against a
# 250 ml glass, a small (mini) can 150 ml against 330-355 ml, a small bottle 330 ml.
# A small box is the box as sold: a small box of raisins is SR24's 1.5 oz box.
_SMALL_CONTAINER = {"glass": 0.7, "can": 0.45, "bottle": 0.66, "box": 1.0}
FEW_TINY_G = 10.0  # pieces lighter than this are not counted one by one when "a few"
PORTION_OF_PIECES_G = 150.0  # a served portion of small pieces: 5-6 wings, 3 sausages
SMALL_BAR_G = 40.0  # a small chocolate bar: 35-45 g, whatever size the table's bar is
POT_G = 150.0
_POTTED = ("Dairy and Egg Products", "Sweets")  # yogurts, desserts, rice pudding, custard
SOUP_POT_G = 400.0  # UK chilled soup pots: 400 g for one (600 g to share)
TIN_G = 415.0  # the UK standard tin (400-415 g)
BOWL_G = 300.0  # a bowl holds ~300 g of soup, chilli, stew or fruit salad
CEREAL_BOWL = 1.25  # a cereal's usual helping (30-45 g) is a bowl already; "a bowl of" adds a bit
# Poultry pieces as served, cooked and boneless: SR24's "breast" is both halves (172 g) and its
# "thigh" the meat of a whole bird's thigh (116 g); a supermarket thigh fillet cooks to ~75 g,
# a drumstick's meat ~65 g (SR24's 97 g is a large bird's).
# A rack of ribs (SR24's 878 g is a long spare-rib rack): a baby-back rack yields ~ 500 g of meat.
PIECE_CAP_G = {"breast": 120.0, "thigh": 75.0, "drumstick": 65.0, "rack": 500.0}
STREAKY_RASHER_G = 10.0  # a UK streaky rasher cooked: 8-12 g
CHEESE_SLICE_G = 22.0  # a slice of cheese: UK pre-packed 20-25 g, a US American slice 21 g
# the slice in a sandwich or burger, and a bare "slice of cheese" said as a measure (deli and
# burger packs 20-21 g); the 22 g above caps "2 slices of cheese" read from SR24's portion
SLICE_IN_BREAD_G = 20.0
# Kitchen words with a usual weight whatever the food (a knob of butter, a dollop of yogurt).
_GENERIC_G = {
    "mouthful": 30.0, "sip": 15.0, "segment": 12.0,
    "pat": 5.0, "knob": 10.0, "dollop": 30.0, "sprinkle": 8.0, "scraping": 3.0,
    "pinch": 0.4, "squeeze": 5.0, "layer": 10.0,
    "forkful": 15.0, "nibble": 8.0,  # a forkful of pasta or cake 10-20 g; a nibble 5-10 g
    "smear": 7.0, "sliver": 0.0,  # by what they are of (kitchenamounts.py)
}  # fmt: skip

NUMBER_WORDS = {
    "a": 1.0, "an": 1.0, "one": 1.0, "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0,
    "six": 6.0, "seven": 7.0, "eight": 8.0, "nine": 9.0, "ten": 10.0, "eleven": 11.0,
    "twelve": 12.0, "dozen": 12.0, "half": 0.5, "quarter": 0.25, "third": 1 / 3,
    "couple": 2.0, "few": 3.0, "several": 3.0, "some": 1.0, "double": 2.0, "triple": 3.0,
}  # fmt: skip
_FRACTIONS = {"½": " 1/2", "¼": " 1/4", "¾": " 3/4", "⅓": " 1/3", "⅔": " 2/3", "⅛": " 1/8"}
