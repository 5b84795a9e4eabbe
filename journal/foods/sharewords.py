"""How a food is shared out: "4 orange quarters", "6 bagel halves", "2 muffins each w a tbsp pb".

A count before a food named by its shares was read as that many whole foods ("4 orange
quarters" was four oranges; only two or three quarters of four fruits were known before), and
"each" said between a count and its topping was left unread. Each is a (pattern, replacement)
pair that :data:`journal.foods.servedwords.SERVED_WORDS` carries into the shop-word list.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from journal.foods.table import load
from journal.foods.text import key
from journal.foods.units import NUMBER_WORDS

_COUNT = r"\d+|two|three|four|five|six|seven|eight|ten|twelve"
# Foods whose halves are how they are sold or weighed (nut halves, tinned peach halves): a
# count of those halves is a count of pieces, not of shares of a whole.
_HALVED_PIECES = (
    r"walnut|pecan|almond|cashew|hazelnut|macadamia|brazil|apricot|peach|pear|grape|cherry"
    r"|cherries|date|fig|olive|tomato|strawberry|strawberries|prune|pistachio|peanut"
)

# A topping's amount: "a tbsp of pb" (a measure: journal.foods.platewords multiplies it once
# "each" follows it), "10g cheese", "an egg", or none ("butter").
_AMOUNT = re.compile(r"^(an?|one|\d+(?:\.\d+)?)\s*(g|ml|oz|grams?)?\b\s*(.*)$", re.I)
_MEASURE = re.compile(
    r"^(?:cups?|tbsps?|tablespoons?|tsps?|teaspoons?|slices?|pieces?|scoops?|handfuls?"
    r"|spoons?|spoonfuls?|dollops?|knobs?|rashers?|strips?|squares?)\b",
    re.I,
)


def _topping_each(m: re.Match[str]) -> str:
    """ "3 crackers each w 10g cheese" → "3 crackers w 30g cheese"; "2 toast each w an egg" →
    two eggs; a measure is left for platewords ("… w a tbsp of pb each"); a topping said
    without an amount is one helping for them all ("3 crumpets each with butter")."""
    said = m[1].lower()
    count = NUMBER_WORDS.get(said) or int(said)
    head = f"{m[1]} {m[2]} {m[3]} "
    amount = _AMOUNT.match(m[4])
    if amount is None:
        return head + m[4]
    if amount[2] is None and _MEASURE.match(amount[3]):
        return f"{head}{m[4]} each"
    each = 1.0 if amount[1].lower() in ("a", "an", "one") else float(amount[1])
    unit = amount[2] or ""
    return f"{head}{count * each:g}{unit} {amount[3]}"


_WHOLE_FRUIT = re.compile(
    r"\b(?:an?|one)\s+whole\s+([a-z]+(?:\s+[a-z]+)?)\b(?!\s+(?:of|pizza|cake|pie))", re.I
)


def _whole_fruit(m: re.Match[str]) -> str:
    """ "a whole mango": SR24's whole fruit (336 g) when the everyday helping of the fruit is a
    cup (165 g); a food without a "fruit" portion is left to read as it was."""
    table = load()
    for words in (m[1], m[1].split()[-1]):
        found = table.aliases.get(key(words))
        if found and len(found) == 1:
            index, _, portion = found[0]
            if table.group(index) != "Fruits and Fruit Juices" or "cup" not in portion:
                return m[0]
            grams = table.portion_grams(index, "fruit")
            return f"{grams:g} g {m[1]}" if grams else m[0]
    return m[0]


SHARE_WORDS: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    # "4 orange quarters", "4 pb&j quarters", "3 pizza eighths", "6 bagel halves": shares of one
    (
        re.compile(
            rf"\b({_COUNT})\s+((?:[a-z&']+\s+)?(?!(?:{_HALVED_PIECES})s?\s+halves)[a-z&']+)"
            r"\s+(quarters|thirds|eighths|halves)\b(?!\s+of\b)",
            re.I,
        ),
        r"\1 \3 of a \2",
    ),
    # "400g pot of lentil soup", "a 150g tub of yoghurt": the weight is the food's, the pack
    # only what it came in
    (
        re.compile(
            r"\b(\d+(?:\.\d+)?\s*(?:g|kg|ml|l|oz|grams?))\s+(?:pot|tub|tube|bag|packet|pack"
            r"|bottle|can|tin|jar|carton|punnet|box|sachet|pouch|container|bowl|plate)\s+of\s+",
            re.I,
        ),
        r"\1 of ",
    ),
    # "a whole mango", "one whole papaya": the fruit, not a cup of it
    (_WHOLE_FRUIT, _whole_fruit),
    # "tuna sub, 6in", "half a margherita pizza (12 inch)": a width said after the food is read
    # as said before it ("a 6 inch sub", "a 12 inch pizza")
    (
        re.compile(
            r"(?:^|(?<=[;\n+,]))(\s*)((?:\d+|an?|half\s+an?|one|two)\s+)?([a-z][^,;\n+()]*?)"
            r"\s*(?:,\s*|\(\s*)(\d{1,2})\s*-?\s*(?:inch(?:es)?|in|\")\s*\)?(?=\s*(?:$|[,;\n+]))",
            re.I,
        ),
        r"\1\2\4 inch \3",
    ),
    # "2 scoops per bottle", "a tsp of butter per crumpet": "per" one of them is "each" (not
    # "per day", "per km")
    (
        re.compile(
            r"\b((?:\d+(?:\.\d+)?|an?|one|two|three)\s*(?:[a-z]+\s+of\s+[a-z]+|[a-z]+(?:\s+[a-z]+)?))\s+per\s+"
            r"(?!(?:day|week|month|hour|hr|person|head|km|mile|min|minute|lap|100)\b)[a-z]+\b",
            re.I,
        ),
        r"\1 each",
    ),
    # "14 walnut halves (an oz)": an amount in brackets said with an article is one of it
    (
        re.compile(
            r"\(\s*an?\s+(?=(?:oz|ounces?|cups?|tbsps?|tsps?|pints?|litres?|liters?|lbs?|pounds?)\b)",
            re.I,
        ),
        "(1 ",
    ),
    # "2 english muffins each w a tbsp of pb", "4 crackers each w 10g cheese": on every one
    (
        re.compile(
            rf"\b({_COUNT})\s+([a-z][a-z' ]*?)\s+each\s+(w/?|with)\s+([^,;+()\n]+?)"
            r"(?=\s*(?:$|[,;+\n]))",
            re.I,
        ),
        _topping_each,
    ),
)
