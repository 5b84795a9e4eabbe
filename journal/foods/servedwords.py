"""How a runner counts and names things served in pieces, rewritten before the meal is read.

"a gel every 30 min for 2.5 hrs" (five gels), "3 slices of a large pepperoni" (the pizza, not
the sausage), "crispy duck with 6 pancakes" (thin Chinese pancakes, not breakfast ones), "2
squares of lindt 70%" (dark chocolate): each is a (pattern, replacement) pair that
:data:`journal.foods.shopwords.SHOP_WORDS` runs over the whole meal text. Kept apart so the
shop-word list stays one module.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from journal.foods.cupwords import CUP_WORDS
from journal.foods.drinkmix import DRINK_MIX_WORDS
from journal.foods.drinkpacks import DRINK_PACK_WORDS
from journal.foods.flavourwords import FLAVOUR_WORDS, FLAVOURS
from journal.foods.packwords import PACK_WORDS
from journal.foods.platewords import PLATE_WORDS
from journal.foods.pourwords import POUR_WORDS
from journal.foods.runwords import RUN_WORDS
from journal.foods.sharewords import SHARE_WORDS
from journal.foods.units import NUMBER_WORDS

_EVERY = re.compile(
    r"\b(?:an?|one)\s+([a-z][a-z ]*?)\s+every\s+(\d+(?:\.\d+)?\s*)?(min(?:ute)?s?|m|hours?|hrs?|h)"
    r"\s+(?:for|over|during)\s+(?:the\s+|my\s+)?(\d+(?:\.\d+)?)\s*(min(?:ute)?s?|hours?|hrs?|h)\b",
    re.I,
)


def _minutes(value: str, unit: str) -> float:
    return float(value) * (60.0 if unit.lower().startswith("h") else 1.0)


def _every(m: re.Match[str]) -> str:
    """ "a gel every 30 min for 2.5 hrs": as many as fit in the time (one at each interval's
    end, so 2.5 hours of 30 minutes is five), at least one."""
    step = _minutes(m[2] or "1", m[3])  # "every hour": one hour
    span = _minutes(m[4], m[5])
    count = max(1, int(span / step + 1e-9)) if step > 0 else 1
    return f"{count} {m[1]}"


# A nut is counted by its kernel pieces (a walnut or pecan half, PIECE_G in portions.py), so
# "14 walnut halves" are 14 of them; any other food's halves are halves of one
_NUTS = r"(?:wal|pe|macadamia\s|brazil\s|hazel|pea)nuts?|pecans?|almonds?|cashews?|pistachios?"
# the counts a runner writes as words ("six apricot halves", "a dozen walnut halves")
_NOT_COUNTS = ("double", "triple", "couple", "few", "several")  # these need "of" or mean more
_COUNTS = {w: n for w, n in NUMBER_WORDS.items() if n >= 2 and w not in _NOT_COUNTS}
_HALVES = re.compile(
    rf"\b(\d+(?:\.\d+)?|(?:a\s+)?(?:{'|'.join(_COUNTS)}))\s+"
    r"((?:[a-z]+\s+){0,2}?[a-z]+?)\s+halves\b(?!\s+of\b)",
    re.I,
)
_NUT_PIECES = re.compile(rf"\b({_NUTS})\s+(?:halves|pieces|bits)\b(?!\s+of\b)", re.I)


def _halves(m: re.Match[str]) -> str:
    """ "4 apricot halves": two apricots."""
    said = " ".join(m[1].lower().split()).removeprefix("a ")
    count = _COUNTS[said] if said in _COUNTS else float(said)
    return f"{count / 2:g} {m[2]}"


# "kitkat, the 4 finger one", "a carton of choc milk, the small one", "banana bread, a thick
# one": the same food, of that size (another food of a list is "2 gels, a caffeine one")
_SIZES = (
    r"small|big|large|thick|thin|regular|medium|little|huge|giant|mini|standard|normal|tall"
    r"|king[- ]?size|share[- ]?size|sharing|fun[- ]?size|(?:\d|two|four)[- ]?finger"
)
THE_ONE = re.compile(
    r"(?:^|(?<=[;\n]))(\s*)(an?\s+|one\s+)?([^,;\n]+?)\s*,\s*(?:the|an?)\s+"
    rf"((?:{_SIZES})(?:\s+(?:{_SIZES}))?)\s+one\b",
    re.I,
)
THE_ONE_SAID = r"\1\2\4 \3"
# "jollof rice w chicken drumsticks x2", "fried rice and wings x6": a count said last, after a
# plural, counts that food (read before the shop words, which give it to the whole item)
_LAST_COUNTED = re.compile(
    r"\b(with|w/|w|and|&|\+)\s+([a-z][a-z' -]*?[a-z]s)\s*\(?\s*[x×]\s?(\d{1,2})\s*\)?"
    r"(?=\s*(?:$|[,;\n]))",
    re.I,
)


def said_first(text: str) -> str:
    """``text`` with the sayings that must be read before any shop word rewritten."""
    return _LAST_COUNTED.sub(r"\1 \3 \2", THE_ONE.sub(THE_ONE_SAID, text))


# "a twix (both fingers)", "kitkat, all 4 fingers": the whole bar, as named
_BOTH = r"(?:both|all\s+(?:two|four|2|4))\s+(?:fingers|bars|pieces)(?:\s+in\s+the\s+pack(?:et)?)?"
_WHOLE_BAR = re.compile(rf"\s*(?:,\s*{_BOTH}\b|\(\s*{_BOTH}\s*\))", re.I)

# "clif bar, chocolate chip", "torq gel, rhubarb & custard", "kind bar dark choc nuts & sea
# salt": a flavour said after a bar, gel or chews is the product's, never another food
_FLAVOURS = FLAVOURS
_FLAVOUR = rf"(?:{_FLAVOURS})(?:\s+(?:{_FLAVOURS})){{0,2}}"
_FLAVOURED = re.compile(
    r"\b((?:bars?|gels?|chews|bloks|blocks))\s*,?\s+"
    rf"((?:(?:{_FLAVOUR})\s+chips?|{_FLAVOUR}\s+(?:&|and|n)\s+{_FLAVOUR}|salted\s+caramel)"
    rf"(?:\s+flavou?re?d?)?|{_FLAVOUR}\s+flavou?re?d?)(?=\s*(?:$|[,;\n]))",
    re.I,
)

_PIZZAS = (
    r"pepperoni|margherita|margarita|hawaiian|meat\s+feast|meat\s+lovers?|supreme|bbq\s+chicken"
    r"|four\s+cheese|quattro\s+formaggi|meatball|veggie\s+supreme|diavola"
)

SERVED_WORDS: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    *DRINK_PACK_WORDS,  # "vita coco", "shared a bottle … with my sister", "g&t"
    (_WHOLE_BAR, ""),
    # "full sugar tonic", "full-sugar coke": the regular drink, as the table has it
    (re.compile(r"\bfull[- ]sugar\s+(?=[a-z])", re.I), ""),
    (_FLAVOURED, r"\1"),
    *FLAVOUR_WORDS,  # "powerbar, peanut butter", "clif nut butter bar": the bar
    *POUR_WORDS,  # "2 shots of bourbon", "rum n coke, single": how a spirit was poured
    *SHARE_WORDS,  # "4 orange quarters", "2 muffins each w a tbsp pb": shares and toppings
    *PLATE_WORDS,  # "chilli over rice", "a cup each of …", "3 egg mushroom omelette"
    *RUN_WORDS,  # "(carb loading)", "at aid stations", "mid-afternoon": when, not what
    *CUP_WORDS,  # "la croix can", "a flat white w 2%", "black cold brew"
    *PACK_WORDS,  # "gatorade 20 oz bottle", "3 beers (12oz bottles)": the size, not the pack
    *DRINK_MIX_WORDS,  # "tailwind, 2 scoops in 500ml": the drink, as strong as its scoops
    (_EVERY, _every),
    (_NUT_PIECES, r"\1"),  # "14 walnut halves", "cashew pieces": the nuts, as counted
    (_HALVES, _halves),
    # "leftover fried rice, a big bowl", "lasagne, a big slice": the helping's size said after the
    # dish ("biryani, a plate" is just how it came: one helping)
    (
        re.compile(
            r"(?:^|(?<=[;\n]))(\s*)([^,;\n]+?)\s*,\s*(an?\s+)((?:big|large|small|huge|massive|giant"
            r"|generous|little)\s+)(bowl|plate|slice|portion|helping|serving)(?:ful)?\s*(?=$|[;\n])",
            re.I,
        ),
        r"\1\3\4\5 of \2",
    ),
    # "kfc 2 piece meal": the pieces of chicken (the sides are said or left out)
    (
        re.compile(
            r"\b(?:(kfc)\s+|(?:popeyes)\s+)?(\d+|two|three|four|five)[- ]?(?:pc|pce|piece)\s+"
            r"(?:chicken\s+)?(?:meal|box|bucket)\b",
            re.I,
        ),
        lambda m: f"{m[2]} pieces of {'kfc original' if m[1] else 'fried chicken'}",
    ),
    # "3 slices of a large pepperoni", "2 slices of the margherita": a named pizza's slices
    (
        re.compile(
            r"\b(slices?|pieces?)\s+of\s+(?:an?\s+|the\s+)?((?:(?:extra\s+)?large|medium|small)\s+)?"
            rf"({_PIZZAS})\b(?!\s+(?:pizza|sausage|slices?|stick))",
            re.I,
        ),
        r"\1 of \2\3 pizza",
    ),
    # "crispy aromatic duck with 6 pancakes": the thin Chinese pancakes served with the duck
    (
        re.compile(
            r"\b((?:duck|peking|aromatic)\b[^,;\n]*?\b(?:with|w/?|and|\+|&)\s+"
            r"(?:\d+\s+|a\s+few\s+|some\s+|four\s+|six\s+|eight\s+|ten\s+|twelve\s+)?)pancakes\b",
            re.I,
        ),
        r"\1duck pancakes",
    ),
    # "1 pop tart, frosted", "a doughnut - glazed": how it was finished, said after it
    (
        re.compile(
            r"(?:^|(?<=[;\n+]))(\s*)((?:\d+|an?|one|two|three)\s+)?([^,;\n+]+?)\s*[,\-–]\s*"
            r"(frosted|iced|glazed)(?=\s*(?:$|[;\n+]))",
            re.I,
        ),
        r"\1\2\4 \3",
    ),
    # "2 squares of lindt 70%", "85% dark chocolate": a high-cocoa bar is dark chocolate
    (
        re.compile(
            r"\blindt\s+(?:excellence\s+)?[6-9]\d\s*%(?:\s+(?:cacao|cocoa))?"
            r"(?:\s+(?:dark\s+)?(?:chocolate|choc))?(?![a-z])"
            r"|\b[6-9]\d\s*%\s+(?:cacao\s+|cocoa\s+)?(?:dark\s+)?(?:chocolate|choc)\b",
            re.I,
        ),
        "dark chocolate",
    ),
)
