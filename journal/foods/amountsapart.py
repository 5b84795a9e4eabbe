"""An amount said apart from its food, hedged or corrected, read as if said in front of it.

"a few crackers, like 6", "bowl of rice, maybe 2 cups", "packet of biscuits, well 4 of them",
"crackers like 10", "2 gels, 4 total", "cookies, only 3 honest": the figure after the food is
what was eaten, and it replaces the loose amount said first ("a few", "bowl of", "packet of").
The reader takes an amount before its food, so the figure came out unknown ("like 6" not read)
and the food got its loose helping. "granola and milk, 1 cup of each" says one amount for every
food of the list before it: each food gets it ("1 cup granola and 1 cup milk").

Run from :func:`journal.foods.plainer.said_before`, only on the lines holding a hedge or
correction word (a long paste should not pay for scanning every item).
"""

from __future__ import annotations

import re

from journal.foods.cuedlines import on_cued_lines

# few: each cue is a scan of a whole paste ("around", "approx" and "or so" come with figures
# the reader takes already; "more like" holds "like "; "only 2, honest" and "well 3 of them"
# hold "only " and "well "; "ish" alone would cue every fish and dish)
_CUES = (
    "maybe", "like ", "well ", "prob", "rough", "about ", "~", "of each", "total", "-ish",
    " ish", "only ", "g dry", "of them", "of those", "of em", "so far",
)  # fmt: skip

_NUMBER = (
    r"\d+(?:\.\d+)?(?:\s*(?:-|to|or)\s*\d+(?:\.\d+)?)?|\d+/\d+|\d+\s+\d/\d|an?|one|two|three"
    r"|four|five|six|seven|eight|nine|ten|twelve|half\s+an?|a\s+couple(?:\s+of)?|a\s+half"
)
_UNIT = (
    r"cups?|c|g|grams?|kg|ml|l|litres?|liters?|oz|ounces?|lbs?|pounds?|tbsps?|tsps?|tablespoons?"
    r"|teaspoons?|slices?|pieces?|pcs?|bowls?|handfuls?|scoops?|squares?|rashers?|rounds?|mugs?"
    r"|glasses?|pints?|spoons?|spoonfuls?|servings?|portions?|fillets?|links?|bottles?|cans?"
)
# the hedge or correction said before the figure
_HEDGE = (
    r"(?:(?:maybe|like|well|probably|prob|probs|roughly|around|about|approx\.?|~|only|actually"
    r"|more\s+like|closer\s+to|at\s+least|i\s+think|i\s+guess)\s*)+"
)
# the words said after the figure that make it the count eaten
_AFTER = (
    r"of\s+them|of\s+those|of\s+em|in\s+total|total|all\s+up|or\s+so|tops|honest(?:ly)?"
    r"|ish|so\s+far(?:\s+today)?"
)
_STATE = r"raw|cooked|dry|uncooked|drained|frozen"
# the food: words only (no figure of its own), up to six
_WORD = r"(?!(?:w|with|and|or|on|in|at|for|like|maybe|well|about|only|half|an?)\b)[a-z][a-z'&-]*"
_FOODS_LONG = rf"(?:(?:{_WORD}\s+){{0,5}}{_WORD})"
_FOODS = rf"(?:(?:{_WORD}\s+){{0,3}}{_WORD})"
# the loose amount said first, which the figure replaces
_LOOSE = (
    r"(?:(?:an?|one|some|my|the|\d+)\s+)?(?:(?:big|small|large|huge|little|massive|generous|decent"
    r"|good|full|whole|heaped|medium)\s+)?(?:(?:few|couple(?:\s+of)?|bunch\s+of|load\s+of|lots\s+of"
    r"|bowl(?:ful)?\s+of|plate\s+of|packet\s+of|pack\s+of|bag\s+of|box\s+of|tub\s+of|pile\s+of"
    r"|handful\s+of|serving\s+of|portion\s+of|helping\s+of)\s+)?"
)
# "a few squares of chocolate, about 30g": the pieces go when a weight is said for them
_PIECE = r"(?:squares?|slices?|pieces?|bits?|chunks?|cubes?|rows?|fingers?|wedges?)\s+of\s+"
# hedges the reader already takes before a weight ("salmon, ~150g", "ice cream, about a cup")
_LOOSE_HEDGE = re.compile(r"^(?:about|~|approx\.?|around)\s*$", re.I)
# a coffee's size said after it names its cup, and the cup its shots (sizeafter.py)
_CUP_DRINK = re.compile(r"\b(?:latte|cappuccino|flat\s+white|mocha|macchiato|americano)", re.I)
_END = r"(?=\s*(?:$|[,;+\n]|(?:w|with|and|&|then|\+)\b))"
_START = r"(?:^|(?<=[,;:+\n]))"
_APART = re.compile(
    rf"{_START}(?P<sp>\s*){_LOOSE}(?P<piece>{_PIECE})?(?P<food>{_FOODS_LONG})(?P<sep>\s*,\s*|\s+[-–]\s+|\s*\(\s*|\s+)"
    rf"(?P<hedge>{_HEDGE})?(?P<amount>{_NUMBER})(?:\s*(?P<unit>{_UNIT})\b)?(?P<ish>\s*-?\s*ish)?"
    rf"(?:\s+(?P<state>{_STATE}))?(?:\s+(?P<after>{_AFTER}))?(?:\s*\))?{_END}",
    re.I,
)
# "granola and milk, 1 cup of each": a list of foods, then one amount for each
_EACH = re.compile(
    rf"{_START}(\s*)({_FOODS}(?:\s*(?:,|and|&|\+|n)\s*{_FOODS}){{1,3}})\s*,?\s*(?:{_HEDGE})?"
    rf"({_NUMBER})(?:\s*({_UNIT})\b)?\s+of\s+each{_END}",
    re.I,
)
_JOINS = re.compile(r"\s*(?:,|\band\b|&|\+|\bn\b)\s*", re.I)
# words that say a share or a size, not a count: "half", "a third" are shareafter.py's
_NOT_COUNT = re.compile(r"^(?:half\b|a\s+half)", re.I)


def _said(amount: str, unit: str | None, food: str, state: str | None = None) -> str:
    amount = re.sub(r"^a\s+couple(?:\s+of)?$", "2", amount.strip(), flags=re.I)
    amount = re.sub(r"^(?:half\s+an?|a\s+half)$", "0.5", amount, flags=re.I)
    amount = re.sub(r"\s*(?:-|to|or)\s*", "-", amount) if re.match(r"\d", amount) else amount
    food = f"{state} {food}" if state else food
    if not unit:
        return f"{amount} {food}"
    glued = unit.lower() in ("g", "kg", "ml", "l", "oz") and amount[-1:].isdigit()
    return f"{amount}{'' if glued else ' '}{unit} {food}"


def _apart(m: re.Match[str]) -> str:
    amount, unit = m["amount"], m["unit"]
    # "pasta, 150g dry" (after a comma: "penne 90g dry w pesto" is said.py's)
    dry = unit and "," in m["sep"] and (m["state"] or "").lower() in ("dry", "raw", "uncooked")
    if _NOT_COUNT.match(amount) or not (m["hedge"] or m["after"] or m["ish"] or dry):
        return m[0]  # "pasta, 150g dry": the state says the figure is the food's weight
    if not unit and not re.match(r"\d", amount):
        return m[0]  # "chicken, like a lot", "toast, about a slice": no figure said
    if unit and m["hedge"] and _LOOSE_HEDGE.match(m["hedge"]) and not m["after"]:
        return m[0]
    if unit and _CUP_DRINK.search(m["food"]):
        return m[0]
    food = m["food"] if unit or not m["piece"] else f"{m['piece']}{m['food']}"
    return f"{m['sp']}{_said(amount, unit, food, m['state'])}"


def _each(m: re.Match[str]) -> str:
    foods = [part for part in _JOINS.split(m[2]) if part]
    amount, unit = m[3], m[4]
    return m[1] + " and ".join(_said(amount, unit, food) for food in foods)


# a hedge before a figure, or a word after one: most cued lines ("like", "about") hold neither
_GATE = re.compile(
    rf"(?:{_HEDGE})(?:\d|a\s|an\s|one|two|three|four|five|six|seven|eight|nine|ten|twelve|half)"
    r"|\d\s*\w*\s*(?:of\s+(?:each|them|those|em)|in\s+total|total|all\s+up|or\s+so|so\s+far|tops"
    r"|honest|-?\s*ish)|\d\s*(?:g|grams?|kg|oz)\s+dry",
    re.I,
)


def _apart_line(line: str) -> str:
    if not _GATE.search(line) and "each" not in line.lower():
        return line
    if "each" in line.lower():
        line = _EACH.sub(_each, line)
    return _APART.sub(_apart, line)


def amounts_apart(text: str) -> str:
    """``text`` with an amount said after its food, hedged or corrected, said before it."""
    return on_cued_lines(text, _CUES, _apart_line)
