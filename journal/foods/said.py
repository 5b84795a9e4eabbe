"""Meal text said in everyday ways, rewritten into the plain form the parser reads.

"a half of lager" is half a pint, "a buttered crumpet" a crumpet with butter, "a cuppa,
white" tea with milk, "a footlong sub" two six-inch subs, "a burger meal" the burger with
fries and a drink, "lunch: ..." the list after the label. Each rewrite is a regular
expression over the meal text, run once per parse; on a long paste only over the stretches
that can hold a match (:mod:`journal.foods.stretches`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from journal.foods.chainfrom import chain_first
from journal.foods.chains import said_chain
from journal.foods.clocktimes import cut_clock_times
from journal.foods.placewords import PLACE_AFTER
from journal.foods.plainer import said_before, said_plainer
from journal.foods.saidsizes import said_size
from journal.foods.servedwords import said_first
from journal.foods.shopwords import SHOP_WORDS
from journal.foods.staples import STAPLE_WORDS
from journal.foods.stretches import sub
from journal.foods.table import load
from journal.foods.text import case_plain, stem
from journal.foods.wheresaid import PLACE_SAID

# "after my run", "before the race", "during my long run", "the night before": when, not what
# "at mile 10", "at 20k", "at the aid station", "two hours before the race", "every 40 minutes",
# "from the dairy" (a NZ corner shop), "on the drive to the trailhead", "with an egg in it"
CONTEXT = re.compile(
    r"\s+(?:(?:(?:\d+(?:\.\d+)?|an?|one|two|three|four|half\s+an?)\s*(?:hours?|hrs?|minutes?|mins?)\s+)?"
    r"(?:just\s+)?(?:before|after|during|post|pre|into)\b|(?:over|across|throughout)\s+(?:the|my)\b"
    r"|mid[- ]?(?:run|race|ride|workout|session|marathon|ultra|hike|long\s+run|game|match)\b"
    r"|-\s*(?:breakfast|brekkie|brekky|brunch|lunch|dinner|supper|snack)\s*$"  # "... - brunch"
    r"|on\s+top\b(?!\s+of\b)"  # "a banana chopped on top": where, not a food
    r"|(?:the\s+)?night\s+before|for\s+(?:breakfast|brekkie|brekky|lunch|dinner|supper|brunch|pudding"
    r"|dessert|afters|tea)\b"
    r"|at\s+(?:mile|km|the\b|my\b|\d+(?:\.\d+)?\s*(?:k|km|mi|miles?|am|pm)\b|halfway|half\s+way"
    r"|work|home|lunch(?:time)?|breakfast|brunch|dinner|night|parkrun|bunnings)"
    # "gel @ 45min", "@ 20k": when in the run; "a muffin, bakery one": where it was bought
    r"|@\s*\d+(?:\.\d+)?\s*(?:k|km|mi|miles?|mins?|minutes?|h|hrs?|hours?)\b"
    r"|(?:the\s+)?(?:bakery|cafe|café|coffee\s+shop|supermarket|shop|servo|deli|takeaway)\s+one\b"
    r"|every\s+(?:\d+|few|other|hour|half|mile|lap|km)|(?:over|across)\s+(?:the\s+)?\d+\s*(?:k|km|mi)\b"
    r"|(?:over|across|in)\s+(?:the\s+)?(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six)\s*"
    r"(?:hours?|hrs?|minutes?|mins?)\b"
    r"|(?:in|during)\s+(?:the|my|a|this|today'?s)\s+(?:[a-z]+\s+)?(?:marathon|half|race|ultra|10k|5k"
    r"|parkrun|triathlon|session|workout|long\s+run|run|ride|game|match)\b"
    r"|(?:\d+|one|two|three)\s+every\s+(?:\d+\s*(?:k|km|mi|miles?|mins?|minutes?)?|few|other|hour|half"
    r"|mile|lap|km)"
    r"|on\s+(?:the|my)\s+(?:go|way|run|bike|ride|train|drive|walk|bus|plane|flight|commute|trail"
    r"|track|hills?|fells?|course|start\s+line|(?:\w+\s+){1,2}(?:run|race|ride|hike|miler|k))"
    r"|(?:on\s+)?the\s+(?:morning|day|evening|night)\s+(?:of|before)|race\s+(?:morning|day)"
    r"|from\s+(?:the\s+)?(?:chippy|chip\s+shop|chipper|takeaway|canteen|cafe|café|shop|pub|bakery|van"
    r"|garage|spar|konbini|combini|bodega|corner\s+shop|7-?eleven|seven[- ]eleven|lawsons?|wawa"
    r"|family\s?mart|tuck\s+shop|dairy\s+bar|woolies|woolworths|coles|checkers|pick\s?n\s?pay"
    r"|greggs|pret|costa|starbucks|tesco|m&s|nandos|kfc|mcdonalds|maccas|subway|pizza\s+express"
    r"|wagamama|itsu|leon|wasabi|wetherspoons|spoons|work|home|dairy|servo|kiosk|market|deli"
    r"|centra|supervalu|londis|mace|costcutter|spar|ginsters|food\s+court|hawker\s+cent(?:re|er)"
    r"|dabba|dabbawala|dhaba|mess)"
    r"|from\s+the\s+(?:jar|tub|bag|packet|pot|tin|bottle|fridge|freezer|cupboard|box|tray|pan)\b"
    r"|off\s+(?:my|the|his|her|their|\w+'?s)\s+(?:\w+'?s?\s+)?plate"
    r"|from\s+(?:the|a|our|my)\s+(?:[a-z]+\s+){0,2}(?:place|restaurant|shop|stall|truck|van|machine"
    r"|cart|counter|kiosk|stand|bar|court|bakery|cafe|café|diner|joint|canteen|takeaway|kitchen"
    r"|cafeteria|hall|centre|center|market)"
    r"|" + PLACE_AFTER + r"|" + PLACE_SAID + r"|(?:in|on)\s+(?:it|there|them)(?=\s*$))\b.*$",
    re.IGNORECASE,
)
_MEAL_WORDS = re.compile(
    r"\s+(?:(?:at|around|by)\s+(?:mile\s+|km\s+)?\d+(?:\.\d+)?\s*(?:k|km|mi|miles?)?"
    r"(?:\s*(?:and|&|,)\s*(?:mile\s+|km\s+)?\d+(?:\.\d+)?\s*(?:k|km|mi|miles?)?)+"
    r"|(?:with|w/?)\s+(?:my\s+)?(?:breakfast|brekkie|brekky|lunch|dinner|supper|brunch|smoko)"
    r"|on\s+(?:the|my|a)\s+(?:\w+\s+){0,2}(?:run|ride|walk|way|bike|train|drive|trail|track|hike"
    r"|race|fells?|hills?|miler|\d+\s*(?:k|km|mi))"
    r"(?:\s+(?:to|from|home|back)\b[^,;\n]*)?)\b",
    re.I,
)
# A meal label before the food: "lunch: ...", "dinner was ...", "pre-race: ...", "post-run ...".
_LABEL = re.compile(
    r"(?:^|(?<=[,;\n]))\s*(?:(?:breakfast|brekkie|brekky|brunch|lunch|dinner|supper|tea|snacks?|"
    r"dessert|pudding)\s*(?:[:\-–]|\s(?:was|were|is)\b)"
    r"|(?:pre|post)[- ]?(?:run|race|workout|training|gym|ride|parkrun)\b\s*[:\-–]?)",
    re.I,
)
# "recovery shake: a scoop of whey in 300 ml milk": a name given to the list that follows it.
_NAMED_LIST = re.compile(r"(?:^|(?<=[;\n]))\s*[a-z][a-z' -]{0,30}:\s+(?=[a-z0-9½¼¾])", re.I)
# "a banana sliced on top", "salad on the side", "eggs as a snack", "to celebrate the PB":
# where, when or why it was eaten, never another food.
_ASIDE = re.compile(
    r"\s+(?:on\s+(?:the\s+)?(?:top|side)(?!\s+of\b)|as\s+an?\s+(?:snack|treat|starter|side)"
    r"|in\s+the\s+(?:morning|afternoon|evening)|to\s+celebrate\b[^,;\n]*"
    r"|under\s+the\s+grill|halfway\s+(?:round|through|into)\b[^,;\n]*)(?=\s*(?:$|[,;.\n]|and\b|with\b))",
    re.I,
)
# "thai red prawn curry": the main said inside the curry's name ("red prawn curry").
_THAI_CURRY = re.compile(
    r"\bthai\s+((?:red|green|yellow|massaman|panang)\s+)?(?!curry\b)([a-z]+)\s+curry\b", re.I
)
# "a salmon avocado roll", "a cucumber roll": a sushi roll when avocado, cucumber, eel or
# tempura fills it (a "tuna mayo roll" is a bread roll).
_SUSHI_ROLL = re.compile(
    r"\b((?:(?:salmon|tuna|prawn|shrimp|crab|spicy|and|&)\s+)*"
    r"(?:avocado|avo|cucumber|eel|tempura)(?:\s+(?:and\s+|&\s+)?(?:salmon|tuna|crab|prawn|avocado"
    r"|cucumber))*)\s+(rolls?)\b",
    re.I,
)
_SUSHI_LEAD = re.compile(
    r"(?:^|[,;\n(]|\b(?:an?|the|one|two|three|four|five|six|\d+|some|of|piece|pc))\s*$", re.I
)
_PIECES_IN_ROLL = re.compile(r"\b\d+\s*[- ]?(?:piece|pc)\s*$", re.I)  # "8 piece": one roll, cut


def _sushi_roll(m: re.Match[str]) -> str:
    """ "salmon avocado roll" → a sushi roll, unless another filling leads ("bacon and avocado")."""
    if not _SUSHI_LEAD.search(m.string[: m.start()]):
        return m.group(0)
    if _PIECES_IN_ROLL.search(m.string[: m.start()]):
        return f"\0{m.group(1)} sushi roll"  # marked: the count before is dropped below
    return f"{m.group(1)} sushi {m.group(2)}"


# "beef and guinness stew", "chicken and cider casserole": the drink is what it was cooked in.
_COOKED_IN_DRINK = re.compile(
    r"\b([a-z]+)\s+(?:and|&|n)\s+(?:guinness|ale|stout|beer|red\s+wine|white\s+wine|cider)\s+"
    r"(stew|pie|casserole|hotpot|pudding)\b",
    re.I,
)
# "a meat pie with tomato sauce", "sausages and tomato sauce": ketchup (UK/Australia); on pasta
# or meatballs it stays a pasta sauce.
_KETCHUP = re.compile(
    r"\b(pies?|pasty|pasties|sausages?|sausage\s+rolls?|chips|fries|hot\s?dogs?|burgers?|bacon"
    r"\s+(?:rolls?|sandwich|butty|sarnie)|sausage\s+(?:sandwich|butty|sarnie)|nuggets|eggs)"
    r"(\s+(?:with|and|&|n)\s+(?:some\s+|a\s+bit\s+of\s+)?)tomato\s+sauce\b",
    re.I,
)
# "meal deal - chicken sandwich, crisps and a coke": a name given to the list after a dash.
_DASHED_LIST = re.compile(
    r"^\s*([a-z][a-z' ]{0,30}?)\s+[-–]\s+(?=[a-z0-9½¼¾][^\n]*(?:,|\b(?:and|with)\b|&))", re.I
)
# A list named for the bread it is in ("brekkie wrap - egg, bacon and sauce"): the bread stays.
_BREAD_OF_LIST = {
    "wrap": "a wrap tortilla", "roll": "a bread roll", "bap": "a bread roll",
    "barm": "a bread roll", "bun": "a bread roll", "bagel": "a plain bagel",
    "sandwich": "2 slices of bread",
    "sarnie": "2 slices of bread", "butty": "2 slices of bread", "toastie": "2 slices of bread",
    "pitta": "a pitta", "pita": "a pitta", "baguette": "a baguette",
    "burrito": "a burrito tortilla", "sub": "a hoagie roll",
}  # fmt: skip
# "roast chicken dinner - potatoes, carrots, peas": the dinner's named meat stays.
_ROAST_DINNER = re.compile(r"\broast\s+([a-z]+)\s+dinner$", re.I)
_NAME_CONTEXT = re.compile(r"\s+(?:from|at|in)\s+.*$", re.I)


def _bread_of(name: str) -> str | None:
    """What a list's name keeps: the bread it is in ("breakfast roll from centra": a roll) or
    a roast dinner's meat; None when the name is only a label ("brekky", "lunch")."""
    name = _NAME_CONTEXT.sub("", name.strip().rstrip(":").strip())
    roast = _ROAST_DINNER.search(name)
    if roast:
        return f"roast {roast[1]}"
    words = name.split()
    return _BREAD_OF_LIST.get(stem(words[-1].lower())) if words else None


def _dashed(m: re.Match[str]) -> str:
    """The list after a dash, its name dropped unless the name is the bread it is in."""
    bread = _bread_of(m.group(1))
    return f" {bread}, " if bread else " "


def _named(m: re.Match[str]) -> str:
    """ "chipotle burrito: chicken, rice, beans": the list, and the bread it is named for."""
    bread = _bread_of(m.group(0))
    return f" {bread}, " if bread else " "


# "a half of lager" (UK) is half a pint; "a buttered crumpet" is a crumpet with butter.
_HALF_PINT = re.compile(
    r"\b(?:an?|one)\s+half\s+of\s+(lager|beer|bitter|ale|cider|stout|guinness|ipa|shandy)\b",
    re.I,
)
_BUTTERED = re.compile(r"\bbuttered\s+([a-z]+)(?:\s+(on\s+the\s+cob|[a-z]+))?\b", re.I)


_ROAST = re.compile(r"\broast\s+([a-z]+)(?:\s+([a-z]+))?", re.I)


def _roast(m: re.Match[str]) -> str:
    """ "roast courgette", "roast chicken thigh": roasted, a way of cooking the food named;
    a name that holds the word ("roast beef", "roast potatoes", "roast dinner") stays."""
    aliases = load().aliases
    words = [stem(w.lower()) for w in (m.group(1), m.group(2)) if w]
    for n in range(len(words), 0, -1):  # the longest name first
        if " ".join(["roast", *words[:n]]) in aliases:
            return m.group(0)
        if " ".join(words[:n]) in aliases:
            return "roasted " + m.group(0)[len("roast ") :]
    return m.group(0)


def _buttered(m: re.Match[str]) -> str:
    """ "a buttered crumpet" → "a crumpet with butter"; two words when they name one food
    ("buttered corn cob", "buttered white toast"), so the butter goes after the whole name."""
    second = m.group(2)
    if second:
        two = " ".join(stem(w) for w in f"{m.group(1)} {second}".lower().split())
        if two in load().aliases or second.lower() in ("toast", "bread", "roll", "rolls"):
            return f"{m.group(1)} {second} with butter"
        return f"{m.group(1)} with butter {second}"
    return f"{m.group(1)} with butter"


# "a homemade burger in a bun", "a bratwurst in a roll": the bread is a second item.
_IN_BREAD = re.compile(
    r"\s+in\s+((?:an?\s+)?(?:brioche\s+|seeded\s+|white\s+|brown\s+)?"
    r"(?:bun|roll|bap|barm|pitta|pita|tortilla|naan)s?)\b",
    re.I,
)


def _bread_apart(m: re.Match[str]) -> str:
    """ " in a bun" → " with a bun", unless the name holds its bread ("hot dog in a bun")."""
    from journal.foods.parse import read_amount

    before = re.split(r"[,;\n+]|\s(?:and|with|plus|on)\s", m.string[: m.start()])[-1]
    item = read_amount(before).words  # "1 g burger", "a hot dog": the name, not the amount
    name = " ".join(stem(w.lower()) for w in [*item, "in", *m.group(1).split()])
    if name in load().aliases:
        return m.group(0)
    return f" with {m.group(1)}"


# Tea and coffee said UK-style: "a cuppa, white with one sugar" (with milk), "coffee, black".
_WHITE_OR_BLACK = re.compile(
    r"\b(tea|teas|coffee|coffees|cuppa|cuppas|brew|brews|americano|americanos)\s*,?\s+"
    r"(?:(white)|black)(?=\s*(?:$|[,;.]|(?:with|and|no|one|two|three|\d+)\b))",
    re.I,
)
# "a three egg omelette" is three eggs' worth; "a juice box of X" 200 ml; "vodka soda" soda water.
_SAID_OTHERWISE = (
    (
        re.compile(
            r"\b(?:an?\s+)?(one|two|three|four|five|six|[1-6])[ -]eggs?\s+(omelett?es?|omelets?)",
            re.I,
        ),
        r"\1 egg \2",
    ),
    (re.compile(r"\b(?:an?\s+)?juice\s+box\s+of\b", re.I), "200 ml of"),
    (re.compile(r"\s*,\s*buttered\b(?=\s*(?:$|[,;.\n]))", re.I), " with butter"),
    (re.compile(r"\s+dipped\s+in\s+(?=[a-z])", re.I), " with "),  # "potatoes dipped in salt"
    # "chips with salt and vinegar": seasoned chips, not a bag of salt and vinegar crisps
    (
        re.compile(r"\b(chips|fries)\s+(?:with|and|&|n)\s+salt\s+(?:and|&|n)\s+vinegar\b", re.I),
        r"\1",
    ),
    (
        re.compile(
            r"\b(vodka|gin|whisky|whiskey|scotch|rum|bourbon|tequila|brandy)(\s+(?:and\s+|&\s+)?)"
            r"soda\b(?!\s+water)",
            re.I,
        ),
        r"\1 and soda water",  # a spirit and its mixer
    ),
)
# "a drop/touch/dribble of milk" is a splash, not a helping.
_DROP_OF = re.compile(r"\b(?:drop|touch|dribble|splodge)\s+of\b", re.I)


def _white_or_black(m: re.Match[str]) -> str:
    return f"{m.group(1)} with milk" if m.group(2) else m.group(1)


# "a whole bottle of wine" is a bottle; "two thirds of a bottle", "three quarters of a pizza".
_WHOLE = re.compile(
    r"\b(an?|the|one)\s+whole\s+(?=[a-z])(?!(?:roast\s+|rotisserie\s+)?chicken\b)", re.I
)  # "a whole roast chicken" is its own name
# "a whole pepperoni pizza": the large (14") pizza, not a slice; a size said stays.
_WHOLE_PIZZA = re.compile(
    r"\b(an?|one)\s+whole\s+(?!(?:small|medium|large)\b)(?=(?:[a-z]+\s+){0,3}pizzas?\b)", re.I
)
_FRACTION_WORDS = re.compile(r"\b(two|three)\s+(thirds|quarters)\s+of\s+(?:an?\s+|the\s+)?", re.I)


def _fraction(m: re.Match[str]) -> str:
    top = {"two": 2, "three": 3}[m.group(1).lower()]
    bottom = {"thirds": 3, "quarters": 4}[m.group(2).lower()]
    return f"{top}/{bottom} "


# A fast-food "meal" is the item with medium fries and a medium soft drink.
_MEAL = re.compile(
    r"\b(?:an?\s+(?=(?:[a-z]+\s+){0,3}?(?:nuggets|tenders|strips|wings)\s+meal))?"
    r"((?:[a-z]+\s+){0,3}?(?:burger|cheeseburger|big mac|whopper|nuggets|mcchicken|zinger|"
    r"sandwich|wrap|tenders|strips|wings))\s+meal\b",
    re.I,
)

# Chains and shops whose names hold food or number words ("five guys", "taco bell"): where it
# came from, never what or how many (a chain read as one word is kept: see chains.py).
_CHAINS = re.compile(
    r"(?:\b(?:from|at)\s+(?:the\s+)?)?\b(?:m\s?&\s?s|marks\s+(?:and|&)\s+spencers?|co-?op"
    r"|taco\s+bell|pizza\s+hut|pizza\s+express|burger\s+king|bk|five\s+guys"
    r"|in-?(?:n|\s+and\s+)-?out|olive\s+garden|popeyes|chick-?fil-?a|papa\s+john'?s|tim\s+horton'?s"
    r"|trader\s+joe'?s|whole\s+foods|shake\s+shack|dunkin'?(?:\s+donuts)?|franco\s+manca"
    r"|pret\s+a\s+manger|joe\s+(?:and|&)\s+the\s+juice)(?:'s)?(?=\s|$|[,;.])",
    re.I,
)

# "a triple shot latte": the shots are the coffee's strength, not three lattes.
_SHOTS = re.compile(r"\b(?:single|double|triple|quad|extra)[- ]shot\s+(?=[a-z])", re.I)
# "a pint of squash": the cordial drink, not the vegetable.
_SQUASH_DRINK = re.compile(r"\b(pint|glass|cup|bottle|jug|beaker)(\s+of\s+)squash\b", re.I)
# "a pre-run espresso", "a post-race beer": when, not what.
_WHEN_WORD = re.compile(
    r"\b(?:pre|post|mid)[- ]?(?:run|race|workout|training|gym|ride|parkrun|session|long\s+run)\s+"
    r"(?=[a-z])",
    re.I,
)
# "an omelette with 3 eggs": a three-egg omelette, not an omelette and three more eggs.
_EGGS_IN = re.compile(
    r"\b(omelett?es?|omelets?|scrambled\s+eggs?)\s+(?:made\s+)?(?:with|of)\s+(\d|one|two|three|four|"
    r"five|six)\s+eggs?\b",
    re.I,
)
# "chips and guac", "chips with salsa": tortilla chips, not fries.
_CHIPS_AND_DIP = re.compile(
    r"\b(?<!tortilla\s)(?<!fish\sand\s)(?<!fish\s&\s)chips"
    r"(?=\s+(?:and|&|n|with)\s+(?:guac|guacamole|salsa|queso|dip|bean\s+dip)\b)",
    re.I,
)
# "for breakfast I had ...", "drank 500ml of water": the telling, not the food.
_TELLING = re.compile(
    r"(?:^|(?<=[,;\n]))\s*(?:for\s+)?(?:breakfast|brekkie|lunch|dinner|supper|brunch|tea|snacks?)"
    r"\s+(?:i\s+|we\s+)?(?:had|ate|was)\b"
    r"|\b(?:i\s+|we\s+)?(?:just\s+)?(?:had|ate|drank|grabbed|eaten|drunk|scoffed|munched|took|necked|downed)\s+(?=\S)",
    re.I,
)
# "a gel at 10k and another at 20k": another of the food before.
_ANOTHER = re.compile(
    r"\b((?:an?|one|\d+)\s+([a-z][a-z ]*?))(\s+(?:at|after|before|around)\b[^,;\n]*?)?"
    r"(\s*(?:,\s*(?:and|then)?|and|&|then)\s*)(?:another(?:\s+one)?|one\s+more|a\s+second\s+one)"
    r"(?=\s*(?:$|[,;.\n]|(?:at|after|before|around|later|then|and)\b))",
    re.I,
)
# "a glass of red", "a bottle of white": wine; "a g&t": a gin and tonic.
_WINE_COLOUR = re.compile(r"\bof\s+(red|white|rosé|rose)(?=\s*(?:$|[,;.(\n]|and\b|with\b|&))", re.I)
_G_AND_T = re.compile(r"\b([gv])\s*&\s*t\b", re.I)
_CANNED_GT = re.compile(r"\b(?:can|tin)\s+of\s+gin\s+and\s+tonic\b", re.I)


def _g_and_t(m: re.Match[str]) -> str:
    return "gin and tonic" if m.group(1).lower() == "g" else "vodka and tonic"


# "roast chicken with all the trimmings": a roast dinner; "stew with dumplings": suet ones.
_TRIMMINGS = re.compile(r"(?<!dinner)\s+with\s+all\s+the\s+trimmings\b", re.I)
_DINNER_TRIMMINGS = re.compile(r"(?<=dinner)\s+with\s+all\s+the\s+trimmings\b", re.I)
_STEW_DUMPLINGS = re.compile(
    r"\b(stew|casserole|hotpot|soup)(\s+(?:with|and|&)\s+)(dumplings?)\b", re.I
)
# "choc chip cookie": chocolate; "pasta 100g dry": 100 g of dry pasta.
_CHOC = re.compile(r"\bchoc(?:olatey|cy)?\b", re.I)
# "cream of wheat, 1 cup cooked", "quinoa, 2 cups cooked": the cups said after the food measure
# it in that state ("1 cup cooked cream of wheat"), not a second food called "cooked".
_CUPS_IN_STATE = re.compile(
    r"(?:^|(?<=[,;:\n+]))\s*((?:[a-z]+\s+){0,3}[a-z]+)\s*,\s*"
    r"((?:\d+(?:\.\d+)?|\d/\d|½|half\s+a|a|one|two)\s*cups?)"
    r"\s+(cooked|dry|uncooked)\b",
    re.I,
)
_WEIGHED_DRY = re.compile(
    r"\b([a-z]+)\s+(\d+(?:\.\d+)?\s*(?:g|grams?|oz))\s+(dry|uncooked|raw|cooked)\b", re.I
)
# "spag w pesto 100g dry": a dry weight said after a with-list weighs the pasta, rice or oats
# named first, not the last food of the list.
_DRY_AFTER_LIST = re.compile(
    r"\b(pasta|spag|spaghetti|penne|fusilli|linguine|macaroni|noodles|rice|oats|quinoa|couscous)"
    r"(\s+(?:w/?|with)\s+[a-z][a-z ]*?)\s*,?\s+(\d+(?:\.\d+)?\s*(?:g|grams?|oz))"
    r"\s+(dry|uncooked)\b",
    re.I,
)
_PASTA_SHAPES = frozenset(("spag", "spaghetti", "penne", "fusilli", "linguine", "macaroni"))


def _dry_after_list(m: re.Match[str]) -> str:
    """ "spag w pesto 100g dry" as "100g dry pasta w pesto" (SR24's dry pasta is any shape)."""
    food = "pasta" if m[1].lower() in _PASTA_SHAPES else m[1]
    return f"{m[3]} {m[4]} {food}{m[2]}"


# "protein shake (1 scoop whey + 300 ml milk)": the list in brackets is what it was.
_BRACKETED_LIST = re.compile(
    r"(?:^|(?<=[,;\n]))\s*[a-z][a-z' -]{0,40}?\s*\(([^()]*[a-z]{3}[^()]*(?:\d|\+|,|\band\b)[^()]*"
    r"|[^()]*(?:\d|\+|,|\band\b)[^()]*[a-z]{3}[^()]*)\)",
    re.I,
)

# "pie and chips", "pie, mash and peas": beside chips, mash or peas a pie is a meat pie.
_SAVOURY_PIE = re.compile(
    r"(^|[,;\n]\s*|\b(?:an?|the|one|two|\d+)\s+)pies?"
    r"(?=\s*(?:,|and|&|with|n)\s+(?:chips|mash|peas|mushy|gravy|beans|fries|liquor)\b)",
    re.I,
)
# A spirit "and orange" or "and ginger" is the mixer: orange juice, ginger ale.
_MIXER = re.compile(
    r"\b(vodka|gin|rum|whisky|whiskey|bourbon|brandy|scotch)(\s+(?:(?:and|&|n)\s+)?)"
    r"(orange|ginger|cranberry|pineapple|apple)\b(?!\s+(?:juice|ale|beer))",
    re.I,
)
_MIXER_SAID = {"ginger": "ginger ale"}


def _mixer(m: re.Match[str]) -> str:
    mixer = m.group(3).lower()
    joined = m.group(2) if m.group(2).strip() else " and "  # "a vodka cranberry"
    return f"{m.group(1)}{joined}{_MIXER_SAID.get(mixer, mixer + ' juice')}"


# "cheesy scrambled eggs", "cheesy beans on toast": the food with cheese (unless "cheesy ..." is
# a name of its own, like "cheesy chips" or "cheesy garlic bread").
_CHEESY = re.compile(
    r"\bcheesy\s+([a-z]+(?:\s+(?!on\b|with\b|and\b|in\b)[a-z]+)?)(?=\s*(?:$|[,;.\n]|on\b|with\b|and\b"
    r"|in\b))",
    re.I,
)


def _cheesy(m: re.Match[str]) -> str:
    name = " ".join(stem(w.lower()) for w in f"cheesy {m.group(1)}".split())
    if name in load().aliases:
        return m.group(0)
    return f"{m.group(1)} with cheese"


def _meal(m: re.Match[str]) -> str:
    """ "a burger meal": the burger, medium fries and a medium cola (unless a name says more)."""
    words = [stem(w.lower()) for w in f"{m.group(1)} meal".split()]
    if any(" ".join(words[k:]) in load().aliases for k in range(len(words) - 1)):
        return m.group(0)  # "a big mac meal", "200 g big mac meal": the name says it all
    return f"{m.group(1)}, medium fries, a medium cola"


# "2 sis gels, a caffeine one": "one" is the food said just before, of the kind named.
_ONE_OF_THEM = re.compile(r"([a-z]+)\s*([,;]\s*|\s+and\s+)(an?|one|the)\s+([a-z]+)\s+one\b", re.I)


def _one_of_them(m: re.Match[str]) -> str:
    return f"{m[1]}{m[2]}{m[3]} {m[4]} {stem(m[1].lower())}"


# In a list of what went into a dish, a chilli is the fresh pepper, not chilli con carne.
_LISTED_CHILLI = re.compile(
    r"\b(?<!green\s)(?<!red\s)(?<!fresh\s)(chill?i(?:e?s)?)\b(?!\s+con\b)", re.I
)


def _bracketed(m: re.Match[str]) -> str:
    """The list in brackets, unless it is only an amount ("sushi (8 pieces)", "eggs (2)")."""
    from journal.foods.parse import read_amount

    inner = m.group(1)
    if all(not read_amount(part).words for part in re.split(r"[,+]|\band\b", inner)):
        return m.group(0)
    bread = _bread_of(m.group(0)[: m.start(1) - m.start(0) - 1])
    return (f" {bread}, " if bread else " ") + _LISTED_CHILLI.sub(r"fresh \1", inner)


@lru_cache(maxsize=1024)
def plainly(text: str) -> str:
    """The meal text with every everyday way of saying it above rewritten."""
    text = said_first(sub(_ASIDE, "", said_before(case_plain(text))))  # "kitkat, the 4 finger one"
    text = sub(_THAI_CURRY, lambda m: f"{m[1] or ''}{m[2]} {'' if m[1] else 'thai '}curry", text)
    text = sub(_SUSHI_ROLL, _sushi_roll, text)
    if "\0" in text:  # "8 piece salmon avo roll": a roll cut in eight, so one roll
        text = re.sub(r"\b\d+\s*[- ]?(?:piece|pc)\s*\0", "a ", text, flags=re.I)
    text = sub(_KETCHUP, r"\1\2ketchup", sub(_COOKED_IN_DRINK, r"\1 \2", text))
    text = sub(_DASHED_LIST, _dashed, text)
    for pattern, said in SHOP_WORDS:
        text = sub(pattern, said, text)
    text = said_plainer(text)
    text = sub(_ANOTHER, r"\1\3\4another \2", sub(_TELLING, " ", text))
    text = sub(_BRACKETED_LIST, _bracketed, sub(_CHOC, "chocolate", text))
    text = sub(_EGGS_IN, r"\2 egg \1", sub(_WHEN_WORD, "", text))
    text = sub(_CHIPS_AND_DIP, "tortilla chips", text)
    text = sub(_WINE_COLOUR, r"of \1 wine", text)
    text = sub(
        _STEW_DUMPLINGS,
        r"\1\2suet \3",
        sub(_TRIMMINGS, " dinner", sub(_DINNER_TRIMMINGS, "", text)),
    )
    text = sub(_CANNED_GT, "premixed gin and tonic", sub(_G_AND_T, _g_and_t, text))
    text = sub(_SQUASH_DRINK, r"\1\2orange squash", sub(_SHOTS, "", text))
    if "dry" in text or "cooked" in text:
        text = sub(_WEIGHED_DRY, r"\2 \3 \1", sub(_DRY_AFTER_LIST, _dry_after_list, text))
        text = sub(_CUPS_IN_STATE, r" \2 \3 \1", text)
    text = sub(_MIXER, _mixer, sub(_SAVOURY_PIE, r"\1meat pie", text))
    text = sub(_ONE_OF_THEM, _one_of_them, sub(_CHEESY, _cheesy, text))
    text = sub(
        _NAMED_LIST,
        _named,
        sub(_LABEL, " ", sub(_CHAINS, said_chain, chain_first(cut_clock_times(text)))),
    )
    text = sub(_HALF_PINT, r"half a pint of \1", sub(_MEAL_WORDS, "", text))
    text = sub(_ROAST, _roast, sub(_BUTTERED, _buttered, text))
    text = sub(_DROP_OF, "splash of", sub(_WHITE_OR_BLACK, _white_or_black, text))
    for pattern, said in (*_SAID_OTHERWISE, *STAPLE_WORDS):  # staples.py: "a cup of miso"
        text = sub(pattern, said, text)
    text = sub(_IN_BREAD, _bread_apart, text)
    text = sub(
        _WHOLE, r"\1 ", sub(_WHOLE_PIZZA, r"\1 large ", sub(_FRACTION_WORDS, _fraction, text))
    )
    return sub(_MEAL, _meal, said_size(text))
