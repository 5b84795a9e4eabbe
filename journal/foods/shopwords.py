"""Shop, bar and kitchen words said around a food, rewritten before the meal is read.

"a 4 finger kitkat", "full fat coke", "a dram of whisky", "about 30g", "pan-fried cod", "a skinny
latte", "flat coke": each is a (pattern, replacement) pair run over the whole meal text by
:func:`journal.foods.said.plainly`. Kept apart from :mod:`journal.foods.said` so that module
holds the rewrites that need code, and this list can grow.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from journal.foods import stretches
from journal.foods.barwords import SPIRIT_WORDS
from journal.foods.cerealliquids import CEREAL_WORDS
from journal.foods.servedwords import SERVED_WORDS

# Shop and bar words around a food that name none: "a 4 finger kitkat", "full fat coke",
# "black filter coffee", "soft shell tacos", "spag carbonara", "a dram of whisky".
# How many shared it: "between 3 of us".
_PEOPLE = {
    "2": 2, "two": 2, "3": 3, "three": 3, "4": 4, "four": 4, "5": 5, "five": 5, "6": 6, "six": 6,
}  # fmt: skip

# Shorthand a tired runner types, spelled out before anything else reads the meal: "ckn n
# chips", "chkn wrap w salad", "a pb sammich", "double double from timmies", "tea w/o sugar".
# Whole words only, and only spellings that name nothing else a runner eats.
_SHORTHAND = {
    "ckn": "chicken", "chkn": "chicken", "chk": "chicken", "chx": "chicken", "chix": "chicken",
    "chickn": "chicken", "chook": "chicken", "chooks": "chickens",
    "sammich": "sandwich", "sammiches": "sandwiches", "sammie": "sandwich",
    "sammies": "sandwiches", "sandwhich": "sandwich", "sanwich": "sandwich",
    "mozz": "mozzarella", "cauli": "cauliflower", "brocc": "broccoli", "broc": "broccoli",
    "brocolli": "broccoli", "brocoli": "broccoli", "toms": "tomatoes",
    "tomatos": "tomatoes",
    "bfast": "breakfast", "bkfst": "breakfast", "brekfast": "breakfast",
    "timmies": "tim hortons", "timmys": "tim hortons", "timmy's": "tim hortons",
    "mcds": "mcdonalds", "mcd's": "mcdonalds", "mcd": "mcdonalds", "maccy": "mcdonalds",
    "bananna": "banana", "bannana": "banana", "nanner": "banana", "nanners": "bananas",
    "strawbs": "strawberries", "blueb": "blueberries", "bluebs": "blueberries",
    "chz": "cheese", "sw": "sweet", "sl": "slices", "hjs": "hungry jacks", "hj's": "hungry jacks",
    "capp": "cappuccino", "cappa": "cappuccino", "cappo": "cappuccino", "cappu": "cappuccino",
    "flattie": "flat white", "flatty": "flat white", "flatties": "flat whites",
    "bevvy": "beer", "bevvies": "beers", "coldie": "beer", "coldies": "beers",
    "w/o": "without", "wo/": "without", "pottle": "pot", "pottles": "pots",
    "bikkies": "biscuits", "bikkie": "biscuit", "bickies": "biscuits", "bickie": "biscuit",
}  # fmt: skip
_SHORT_WORD = re.compile(
    r"(?<![\w/'])(?=["
    + "".join(sorted({w[0] for w in _SHORTHAND}))
    + r"])("
    + "|".join(re.escape(w) for w in sorted(_SHORTHAND, key=len, reverse=True))
    + r")(?![\w/'])",
    re.I,
)


def _spelled_out(m: re.Match[str]) -> str:
    return _SHORTHAND.get(m[1].lower(), m[0])  # "chkn"; a letter lower() leaves: as typed


_AND_N = re.compile(r"(?<=[a-z0-9)])\s+['’]?n['’]?\s+(?=[a-z0-9(])", re.I)


def spelled_out(text: str) -> str:
    """``text`` with its shorthand spelled out, as the meal reader sees it: a runner's own
    alias saved as "chkn n rice" still meets the meal "chkn n rice"."""
    return _AND_N.sub(" and ", _SHORT_WORD.sub(_spelled_out, text))


# "tuna and sweetcorn jacket", "a cheese and beans jacket potato": a jacket potato with its
# filling (an item named for the potato it is in); "sweet potato jacket" and "a big jacket"
# stay as said.
_JACKET = re.compile(
    r"(?:^|(?<=[,;:\n(]))(\s*(?:an?\s+|one\s+|\d+\s+)?)((?:(?!jacket\b)[a-z&']+\s+){1,5}?)"
    r"jacket(?:\s+(?:potato(?:e?s)?|spuds?))?(?=\s*(?:[,;\n)]|$))",
    re.I,
)
_NOT_A_FILLING = frozenset(
    [
        "sweet",
        "potato",
        "big",
        "large",
        "small",
        "medium",
        "huge",
        "giant",
        "baked",
        "plain",
        "the",
        "my",
        "a",
        "an",
        "and",
        "with",
    ]
)


_UNIT_WORDS = frozenset(
    ["g", "gram", "grams", "kg", "oz", "ml", "lb", "lbs", "of", "half", "quarter", "x"]
)


def _jacket(m: re.Match[str]) -> str:
    words = m[2].split()
    if any(len(w) < 2 or w.lower() in _UNIT_WORDS for w in words):
        return m[0]  # "23 g jacket potato", "half of a jacket": an amount, not a filling
    size = []
    while words and words[0].lower() in _NOT_A_FILLING - {"sweet", "potato", "and", "with"}:
        size.append(words.pop(0))
    if not words or words[-1].lower() in _NOT_A_FILLING:
        return m[0]
    return f"{m[1]}{' '.join([*size, ''])}jacket potato with {' '.join(words)}"


class _Cued:
    """A rewrite tried only when its cue is in the text: most meals hold none of these words,
    and a 20,000-character paste should not pay for scanning every item with each of them."""

    def __init__(self, cue: str, pattern: re.Pattern[str]) -> None:
        self.cue = re.compile(cue, re.I)
        self.pattern = pattern

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str) -> str:
        return stretches.sub(self.pattern, repl, text) if self.cue.search(text) else text


_Rewrite = re.Pattern[str] | _Cued


SHOP_WORDS: tuple[tuple[_Rewrite, str | Callable[[re.Match[str]], str]], ...] = (
    (_SHORT_WORD, _spelled_out),
    *CEREAL_WORDS,  # "oats made with water", "maple pecan granola": a cereal and its liquid
    # "fish n chips", "rum 'n' coke", "2 eggs n toast": and
    (_AND_N, " and "),
    (_Cued("jacket", _JACKET), _jacket),
    # "edamame, 150g in the pod", "200 g pistachios in shell": about half of it is eaten
    (
        _Cued(
            r"\bpods\b|\bshells?\b|\bthe(?:ir)?\s+pod\b",
            re.compile(
                r"\b(\d+(?:\.\d+)?)\s*(g|grams?)\b((?:\s+[a-z]+){0,2}?)\s+(?:in|with)\s+"
                r"(?:(?:the|their)\s+(?:pods?|shells?)|pods|shells)\b",
                re.I,
            ),
        ),
        lambda m: f"{float(m[1]) / 2:g} g{m[3]}",
    ),
    # "cuppa, milk no sugar", "coffee, oat milk, no sugar": the milk went in the drink
    (
        _Cued(
            r"\bno\s+s",
            re.compile(
                r"\b(tea|teas|coffee|coffees|cuppa|cuppas|brew|americano|filter)\s*,?\s+"
                r"((?:[a-z]+\s+)?milk)(?=\s*,?\s*no\s+(?:sugars?|sweeteners?)\b)",
                re.I,
            ),
        ),
        r"\1 with \2",
    ),
    # "cuppa, milk no sugar", "tea milk no sugar": what was left out is said apart
    (
        _Cued(
            r"\bno\s",
            re.compile(
                r"(?<=[a-z])\s+(?=no\s+(?:sugars?|sweeteners?|milk|cream|whip|ice|foam)\b)", re.I
            ),
        ),
        ", ",
    ),
    # "2 minute noodles": the instant noodles' name, not two of anything
    (re.compile(r"\b(?:2|two)[- ]min(?:ute)?s?\s+(?=noodles?\b)", re.I), "instant "),
    # "double double x2", "latte (x2)", "gel ×3": a count said after the whole item, read
    # before it ("2 x double double") so no word of the name is taken for the count
    (
        _Cued(
            r"[x×]\s?\d",
            re.compile(
                r"(?:^|(?<=[,;:\n]))(\s*)(?:an?\s+)?(?!\d|(?:one|two|three|four)\b)"
                r"([^,;:\n()]*?[a-z])\s*\(?\s*[x×]\s?(\d{1,2})\s*\)?"
                r"(?=\s*(?:[,;\n]|$))",
                re.I,
            ),
        ),
        r"\1\3 x \2",
    ),
    (re.compile(r"\b(?:4|four)[- ]finger\s+(?=kit\s?-?kats?\b)", re.I), ""),
    (
        re.compile(
            r"\bfull[- ]fat\s+(?=(?:coke|cola|pepsi|coca[- ]cola|lucozade|irn[- ]bru|fanta)\b)",
            re.I,
        ),
        "",
    ),
    (re.compile(r"\bblack\s+(?=(?:filter|instant|drip)\s+coffee\b)", re.I), ""),
    (re.compile(r"\bsoft[- ]shell\s+(?=(?:[a-z]+\s+){0,2}tacos?\b)", re.I), ""),
    (re.compile(r"\bspag\b(?!\s+bol)", re.I), "spaghetti"),
    (re.compile(r"\b(?:an?|one)\s+(?:wee\s+)?dram\s+of\b", re.I), "25 ml of"),
    (re.compile(r"\b(?:an?|one)\s+(?:wee\s+)?dram\b", re.I), "25 ml of whisky"),
    # "a 6 pack of beer", "a four-pack of cider": that many of them ("1 pack of" is a pack)
    (
        re.compile(r"\b(?:an?\s+)?([2-9]|\d\d+|four|six|eight|twelve)[- ]?pack\s+of\s+", re.I),
        r"\1 x ",
    ),
    # "a reese's 2 cup pack", "a twix 2 bar pack": the product as sold (its usual pack)
    (
        re.compile(
            r"\s+(?:\d+|two|twin|three|four)[- ]?(?:cups?|bars?|fingers?|pieces?|pc)[- ]?"
            r"(?:pack|packet)\b",
            re.I,
        ),
        "",
    ),
    # "pan-fried salmon": fried (cookedform picks a fried row where SR24 has one, a fried
    # egg); "pan seared scallops", "pan roasted cod": the food itself
    (re.compile(r"\bpan[- ]?(?=fried\s+[a-z])", re.I), ""),
    (re.compile(r"\bpan[- ](?:seared|roasted)\s+(?=[a-z])", re.I), ""),
    # "stir fried bok choy": fried in a wok (fryoil adds its oil); "left over lasagne": leftover
    (re.compile(r"\bstir[- ]?fried\s+(?=[a-z])", re.I), "fried "),
    (re.compile(r"\bleft[- ]over\b", re.I), "leftover"),
    # "a bag of lollies", "some lollies" (Australia, New Zealand): sweets; an ice lolly is said so
    (re.compile(r"(?<!ice\s)(?<!fruit\s)(?<!pastille\s)\blollies\b", re.I), "lolly sweets"),
    # "1/2 cup oats cooked in water": the oats as said (the water adds nothing); "cooked in milk"
    # is made with milk
    (
        re.compile(
            r"\s+(?:cooked|made|boiled|soaked|mixed|microwaved)\s+(?:in|with)\s+(?:hot\s+|boiling\s+)?"
            r"water\b",
            re.I,
        ),
        "",
    ),
    (
        re.compile(r"\s+(?:cooked|made|boiled|soaked)\s+in\s+(?=(?:[a-z]+\s+){0,2}milk\b)", re.I),
        " with ",
    ),
    # "overnight oats made with skyr", "a shake made with almond milk": with
    (
        re.compile(r"\s+made\s+(?=(?:with|w/?)\s+(?!\d|one|two|three|four|five|six)[a-z])", re.I),
        " ",
    ),
    # "massaman chicken curry", "chicken massaman curry": a chicken massaman
    (
        re.compile(
            r"\bmassaman\s+(?!curry\b)([a-z]+)\s+curry\b|\b([a-z]+)\s+massaman\s+curry\b", re.I
        ),
        r"\1\2 massaman",
    ),
    # "rusks dunked in tea": the rusks and the tea
    (re.compile(r"\s+(?:dunked|dipped|dunk)\s+in(?:to)?\s+(?=[a-z])", re.I), " and "),
    # "flat coke", "flat ginger ale": the drink gone flat (a runner's stomach settler)
    (
        re.compile(
            r"\bflat\s+(?=(?:coke|cola|pepsi|ginger\s+ale|lemonade|sprite|fanta|soda|lucozade"
            r"|irn[- ]bru|soft\s+drink|7\s?up)\b)",
            re.I,
        ),
        "",
    ),
    (re.compile(r"\b(?:cut|chopped|sliced|broken)[- ]up\s+(?=[a-z])", re.I), ""),
    # "2 ingredient pancakes": how the recipe is known, not two of anything
    (re.compile(r"\b(?:\d|two|three|four)[- ]ingredients?\s+(?=[a-z])", re.I), ""),
    # "a skinny cappuccino": made with skimmed milk
    (
        re.compile(
            r"\bskinny\s+((?:iced\s+|vanilla\s+|caramel\s+)?(?:latte|cappuccino|cappucino|capuccino"
            r"|flat\s+white|mocha|hot\s+chocolate|chai\s+latte|cortado|macchiato))\b",
            re.I,
        ),
        r"\1 with skimmed milk",
    ),
    # "a quarter chicken" (Nando's, a rotisserie): a leg quarter; "a quarter mutton bunny": a
    # bunny chow, which comes as a quarter loaf
    (
        re.compile(r"\b(?:an?\s+)?quarter\s+((?:[a-z]+\s+)?bunny)(?:\s+chow)?\b", re.I),
        r"\1 chow",
    ),
    (re.compile(r"\b(?:an?\s+)?quarter\s+chicken(?:\s+leg)?\b", re.I), "chicken leg quarter"),
    # "sugar free red bull", "no added sugar squash": the diet drink, never a spoon of sugar
    (
        re.compile(
            r"\b(?:sugar[- ]?free|no[- ]added[- ]sugar|no[- ]sugar|zero[- ]sugar|sugarless)\s+"
            r"(?=(?:red\s+bull|energy|squash|cordial|lemonade|cola|coke|pepsi|soda|tonic|fanta|sprite"
            r"|monster|lucozade|irn|ginger\s+ale|iced?\s+tea|soft\s+drink|fizzy)\b)",
            re.I,
        ),
        "diet ",
    ),
    (re.compile(r"\b(?:sugar[- ]?free|no[- ]added[- ]sugar|sugarless)\s+(?=[a-z])", re.I), ""),
    # "half fat cheddar": a fat level, never half of it
    (re.compile(r"\bhalf[- ]fat\b", re.I), "reduced fat"),
    # "a low fat cheddar sandwich": the filling's fat level, said in a dish's name, is dropped
    # (the dish is read by its filling; a lone "reduced fat cheddar" keeps it)
    (
        re.compile(
            r"\b(?:low|reduced|lower)[- ]fat\s+(?=[a-z]+\s+(?:sandwich|sarnie|roll|wrap|bagel"
            r"|toastie|panini|baguette|bap|sub|salad|pasta)s?\b)",
            re.I,
        ),
        "",
    ),
    # "a nature valley bar (the 2 pack)": the product as sold, its pack named aside
    (re.compile(r"\s*\(\s*(?:the\s+)?(?:2|two|twin)[- ]?pack\s*\)", re.I), ""),
    # "nature valley bar (2 in the pack)", "(pack of 2)": the pack as sold, said aside
    (
        re.compile(
            r"\s*\(\s*(?:(?:2|two)\s+in\s+(?:the|a)\s+(?:pack|packet)|(?:pack|packet)\s+of\s+(?:2|two))"
            r"\s*\)",
            re.I,
        ),
        "",
    ),
    # "kit kat 4 finger": the bar's name, not four fingers of something
    (re.compile(r"\b(kit\s?-?kats?)\s+(?:2|4|two|four)[- ]?fingers?\b", re.I), r"\1"),
    # "4 whites" in an omelette or on a plate: egg whites (a lone "white" is white bread)
    (
        re.compile(r"\b(\d+|two|three|four|five|six|seven|eight)\s+whites\b", re.I),
        r"\1 egg whites",
    ),
    # "about 30g", "maybe 50g", "~100 ml", "40g-ish": the amount, hedged
    (
        re.compile(
            r"\b(?:about|approx(?:imately)?\.?|around|roughly|maybe|perhaps|probably|circa"
            r"|like|guessing)\s+(?=\d+(?:\.\d+)?\s*(?:g|gr|grams?|kg|ml|cl|l|oz)\b)|~\s*(?=\d)",
            re.I,
        ),
        "",
    ),
    (re.compile(r"(?<=[a-z0-9])(?:-|\s)ish\b", re.I), ""),  # "nicoise-ish", "50g ish"
    *SPIRIT_WORDS,
    # "a tray bake of sweet potato, courgette and chickpeas": those, roasted (a traybake alone
    # is a cake)
    (
        re.compile(
            r"\b(?:an?\s+)?(?:tray[- ]?bake|sheet[- ]pan(?:\s+dinner)?|roasting\s+tin)"
            r"\s+(?:of|with)\s+",
            re.I,
        ),
        "roasted ",
    ),
    # "beer battered fish", "beer-battered cod": the batter, not a pint
    (re.compile(r"\b(?:beer|ale|tempura)[- ](?=battered\b)", re.I), ""),
    *SERVED_WORDS,
    # "a gel every 40 minutes, 3 in total": three of them
    (
        re.compile(
            r"(?:^|(?<=[;\n]))\s*(?:an?|one)\s+([^,;\n]+?)\s*,\s*(\d+|two|three|four|five|six)\s+"
            r"(?:in\s+total|total|altogether|overall)\b",
            re.I,
        ),
        r"\2 \1",
    ),
    # "a double whiskey, neat", "rum on the rocks", "a martini straight up": how it was poured
    (
        re.compile(
            r"(?:\s*,)?\s+(?:neat|on\s+the\s+rocks|straight\s+up|over\s+ice|with\s+ice)"
            r"(?=\s*(?:$|[,;.\n]|and\b))",
            re.I,
        ),
        "",
    ),
    # "a full pack of shot bloks", "the whole bag": the pack, all of it
    (
        re.compile(
            r"\b(?:full|whole|entire)\s+(?=(?:pack|packet|bag|box|tub|sleeve|punnet|carton|bottle"
            r"|can|tin|jar)s?\b)",
            re.I,
        ),
        "",
    ),
    # "a snack pot of hummus", "a snack bag of pretzels": a small pot or bag
    (re.compile(r"(?<!halal\s)\bsnack[- ](?=(?:pot|pack|bag|box|tub)s?\b)", re.I), "small "),
    # "salt n vinegar", "fish n chips", "mac 'n' cheese": and
    (re.compile(r"(?<=[a-z])\s+'?n'?\s+(?=[a-z])", re.I), " and "),
    # "150g dry penne", "uncooked fusilli": the dry pasta, whatever its shape
    (
        re.compile(
            r"\b(?:dry|dried|uncooked|raw)\s+(?:penne|fusilli|rigatoni|farfalle|linguine|tagliatelle"
            r"|fettuccine|macaroni|orzo|conchiglie|rotini|ziti|spaghetti|pasta)\b",
            re.I,
        ),
        "dry pasta",
    ),
    # "tuna pasta salad, a tupperware full", "a tupperware of chilli": a packed lunch box, a
    # large helping (a 1-1.2 l box, filled, holds about a helping and a third)
    (
        re.compile(
            r"(?:^|(?<=[;\n]))\s*([^,;\n]+?)\s*,\s*(?:an?\s+)?(?:full\s+)?tupperware(?:\s+full|ful)?"
            r"(?=\s*(?:$|[,;.\n]))",
            re.I,
        ),
        r"a large portion of \1",
    ),
    (re.compile(r"\b(?:an?\s+)?tupperware(?:\s+full|ful)?\s+of\b", re.I), "a large portion of"),
    # "(both bars in the pack)", "(all 3 biscuits in the packet)": the pack as sold, said aside
    (
        re.compile(
            r"\s*\(\s*(?:both|all(?:\s+\d+)?)\s+(?:[a-z]+\s+)?in\s+the\s+(?:pack|packet)\s*\)", re.I
        ),
        "",
    ),
    # "a bottle of prosecco between 3 of us", "a large pizza shared between two": one share
    (
        re.compile(
            r"\b(?:an?|one)\s+([^,;\n]+?)\s+(?:shared\s+|split\s+)?between\s+(?:the\s+)?"
            r"(?:(2|two)|(3|three)|(4|four))(?:\s+of\s+us)?(?=\s*(?:$|[,;.\n]|and\b))",
            re.I,
        ),
        lambda m: ("half of a " if m[2] else "a third of a " if m[3] else "a quarter of a ") + m[1],
    ),
    # "1lb of pasta between 4", "600g lasagne split between 3": that weight shared
    (
        re.compile(
            r"\b(\d+(?:\.\d+)?)\s*(g|kg|lbs?|oz|ml|l)\s+(?:of\s+)?([^,;\n]+?)\s+(?:shared\s+|split\s+)?"
            r"between\s+(?:the\s+)?(2|two|3|three|4|four|5|five|6|six)(?:\s+of\s+us)?"
            r"(?=\s*(?:$|[,;.\n]|and\b))",
            re.I,
        ),
        lambda m: f"{float(m[1]) / _PEOPLE[m[4].lower()]:g} {m[2]} {m[3]}",
    ),
    # "mushroom risotto, restaurant portion": a helping as served, not a restaurant's dish
    (
        re.compile(r"(?:\s*,)?\s*\brestaurant[- ](?:portion|size|serving|helping|sized?)\b", re.I),
        "",
    ),
    # "turkey, cranberry and brie wrap": cranberry sauce as a filling, not dried cranberries
    (
        re.compile(
            r"\bcranberry(?!\s+(?:sauce|juice|relish|jelly))(?=(?:\s*(?:,|and|&)\s*|\s+)(?:[a-z]+\s+){0,3}"
            r"(?:wraps?|sandwich(?:es)?|sarnies?|rolls?|paninis?|baguettes?|toasties?|bagels?|subs?"
            r"|burgers?|melts?|ciabattas?)\b)",
            re.I,
        ),
        "cranberry sauce",
    ),
    # "cod and chips", "haddock n chips": the chip shop's battered fish, as "fish and chips"
    (
        re.compile(
            r"(?<!battered\s)\b(cod|haddock|plaice|hake|pollock|whiting|huss|rock\s+salmon)\s+(?:and|&)\s+"
            r"(?=chips\b)",
            re.I,
        ),
        r"battered \1 and ",
    ),
    # "2 slices of large dominos pepperoni", "a pizza hut hawaiian": the chain's pizza of that
    # name, never slices of pepperoni sausage
    (
        re.compile(
            r"\b(dominos|domino'?s|pizza\s+hut|papa\s+john'?s|little\s+caesars?|pizza\s+express"
            r"|eagle\s+boys|debonairs|romans|pizza\s+pizza)\s+((?:[a-z]+\s+){0,2}?)"
            r"(pepperoni|margherita|hawaiian|meat\s+feast|meat\s+lovers|meatlovers|supreme|vegetarian"
            r"|veggie|bbq\s+chicken|four\s+cheese|cheese|americano|texas\s+bbq)\b(?!\s+pizza)",
            re.I,
        ),
        r"\1 \2\3 pizza",
    ),
    # "venti iced latte, skim", "flat white, oat": the coffee made with that milk
    (
        re.compile(
            r"\b(latte|cappuccino|cappucino|flat\s+white|mocha|cortado|macchiato|hot\s+chocolate"
            r"|chai|coffee|tea)\s*,\s*(skim(?:med)?|semi[- ]skim(?:med)?|whole|full[- ]fat|oat"
            r"|soy|soya|almond|coconut|lactose[- ]free)(?:\s+milk)?(?=\s*(?:$|[,;.\n]))",
            re.I,
        ),
        r"\1 with \2 milk",
    ),
    # "maurten 320", "maurten drink mix 320": the 320 kcal a 500 ml bottle strength, which a
    # number in the name would lose (the 160 is a plain sports drink)
    (
        re.compile(r"\bmaurten\s+(?:drink\s+(?:mix\s+)?)?320\b(?:\s+drink(?:\s+mix)?)?", re.I),
        "maurten high carb drink",
    ),
    # "2 bottles of maurten 160", "a bidon of sis": a bottle of a gel brand is its drink mix
    (
        re.compile(
            r"\b(bottles?|bidons?|flasks?|cups?|glass(?:es)?)\s+of\s+(maurten|sis|high\s?5|torq"
            r"|precision(?:\s+fuel)?)\b(?!\s+(?:drink|gel|high))(?:\s+\d+)?",
            re.I,
        ),
        r"\1 of \2 drink",
    ),
    # "a maurten 320 in 500ml", "sis go in a bottle": a gel brand's mix made up in water
    (
        re.compile(
            r"\b(maurten|sis|high\s?5|torq|precision(?:\s+fuel)?)(?:\s+drink\s+mix)?(?:\s+\d+)?\s+"
            r"(?:mixed\s+)?in\s+(?=\d|an?\s+(?:bottle|bidon|flask)\b)",
            re.I,
        ),
        r"\1 drink in ",
    ),
    # "gu roctane drink mix in 500ml", "tailwind mix in a bottle": a powdered sports drink
    (
        re.compile(
            r"\b(?:gu(?:\s+(roctane))?|(roctane)|tailwind|skratch|nuun)(?:\s+(?:drink\s+)?mix)?\s+"
            r"(?:mixed\s+)?in\s+(?=\d|an?\s+(?:bottle|bidon|flask)\b)",
            re.I,
        ),
        lambda m: "roctane drink in " if m[1] or m[2] else "drink mix in ",
    ),
    # "popeyes chicken sandwich", "a kfc chicken sandwich": a fast-food chain's chicken sandwich
    # is a breaded fillet in a bun (a grilled one says so)
    (
        re.compile(
            r"\b(popeyes|kfc|wendy'?s|burger\s+king|mcdonald'?s|jollibee)(?:'s)?\s+(?:spicy\s+)?"
            r"chicken\s+(sandwich|sammich|burger)\b",
            re.I,
        ),
        r"\1 crispy chicken \2",
    ),
    # "a 9bar": the seed bar, never nine ice-cream bars
    (re.compile(r"\b9bars?\b", re.I), "ninebar"),
    # "a 5-hour energy", "a high5 gel": brand names with a digit, which the tokenizer would split
    (re.compile(r"\b5[- ]?hour\s+energy\b", re.I), "five hour energy"),
    (re.compile(r"\bhigh\s?5\b", re.I), "high five"),
    # "blue berries", "straw berries", "chick peas": one word, as the table spells it
    (
        re.compile(
            r"\b(blue|straw|rasp|black|goose|cran|elder|logan|boysen|mul)\s+(berr(?:y|ies))\b", re.I
        ),
        r"\1\2",
    ),
    (re.compile(r"\bchick\s+peas?\b", re.I), "chickpeas"),
    # "a takeaway pizza, ate half": half of it
    (
        re.compile(
            r"(?:^|(?<=[;\n]))\s*(?:an?\s+)?([^,;\n]+?)\s*,\s*(?:i\s+)?(?:ate|had|only\s+ate)\s+"
            r"(half|a\s+third|a\s+quarter|two\s+thirds|three\s+quarters)(?:\s+of\s+it)?"
            r"(?=\s*(?:$|[,;.\n]))",
            re.I,
        ),
        r"\2 of a \1",
    ),
    # "the rest of the lasagne", "seconds of the stew", "a second helping of pasta": a helping
    (re.compile(r"\b(?:the\s+)?(?:rest|remains|last)\s+of\s+(?:the\s+|my\s+)?", re.I), ""),
    (re.compile(r"\bseconds\s+of\s+(?:the\s+)?", re.I), "a helping of "),
    (
        re.compile(
            r"\ba\s+second\s+(?=(?:helping|portion|bowl|plate|serving|slice|piece)\b)", re.I
        ),
        "a ",
    ),
    # "a big mac meal, large": combos.py (meal_sized)
)
