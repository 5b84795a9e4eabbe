"""A weight said after the food, with the state it was weighed in, read as if said first.

"sweet potato 250g baked", "cod loin 150g (raw)", "a small tin of tuna (80g drained)", "2 pork
chops (120g cooked each)", "130g salmon fillet (raw wt)": the scale's figure names the helping,
whatever count or pack was said with it, and the state word says which of the food's forms
was weighed. The reader takes an amount before the food, or a bare one at the item's end, so
a weight followed by "baked", "drained" or "each" was left unread (the "g" came out unknown and
the food got its default helping). :func:`weighed_first` moves such a weight to the front:
"250g baked sweet potato", "80g drained tuna", "2 x 120g cooked pork chops".

Run from :func:`journal.foods.said.plainly`, only on the lines holding a bracket, a state word
or "each" and a figure with a weight unit (a long paste should not pay for scanning every item).
"""

from __future__ import annotations

import re

from journal.foods.cuedlines import on_cued_lines

_WEIGHED = re.compile(r"\d\s*(?:g|grams?|kg|oz|ml)\b", re.I)
# the words a weight said after its food comes with: a bracket, a state, "each"
_CUES = (
    "(", "raw", "cook", "drain", "dry", "dried", "frozen", "bake", "roast", "boil", "grill",
    "steam", "fried", "poach", "defrost", "thaw", "soak", "slice", "peel", "each", " ea",
)  # fmt: skip

# the forms a weight is taken in: raw or cooked, drained, dry, or how it was then cooked
_STATE = (
    r"raw|uncooked|cooked|drained|dry|frozen|baked|roasted|roast|boiled|grilled|steamed|fried"
    r"|pan[- ]fried|poached|defrosted|thawed|dried|soaked|sliced|peeled"
)
# the pack or count said with the food, which the weight replaces ("a small tin of tuna")
_LEAD = (
    r"(?:(?:\d+|an?|one)\s+)?(?:(?:small|large|big|medium|little|mini|whole)\s+)?"
    r"(?:tins?|cans?|packs?|packets?|pouch(?:es)?|bags?|tubs?|jars?|pots?|punnets?|trays?)"
    r"\s+(?:of\s+)?"
)
_PACK_ONLY = re.compile(_LEAD.replace(r"(?:of\s+)?", ""), re.I)
# where an item starts: the meal's start, a list mark, or a joining word
_START = r"(?:^|(?<=[,;:+\n(])|(?<=\bw )|(?<=\bwith )|(?<=\band )|(?<=& )|(?<=\bon ))"
# the words of the food: up to four, none of them a joining word
_JOIN = r"(?!(?:w|with|and|on|in|of|or|for)\b)"
_FOOD = rf"((?:{_JOIN}[a-z][a-z'%-]*\s+){{0,3}}?{_JOIN}[a-z][a-z'%-]*)"
_WEIGHT = r"(?:~|about\s+|approx\.?\s+|around\s+)?(\d+(?:\.\d+)?)\s*(g|grams?|kg|oz)"
_WEIGHED_AFTER = re.compile(
    rf"{_START}(\s*)({_LEAD})?(?:(\d+)\s+)?{_FOOD}\s*(?:,\s*)?"
    rf"(?:\(\s*{_WEIGHT}\s*(?:({_STATE})(?:\s+(?:wt|weight))?)?\s*(each|ea)?\s*\)"
    rf"|{_WEIGHT}\s*(?:\(\s*({_STATE})(?:\s+(?:wt|weight))?\s*\)|\s({_STATE})(?:\s+(?:wt|weight))?"
    r"|\s(each|ea))(?:\s+(each|ea))?)"
    r"(?=\s*(?:$|[,;:+\n)]|(?:w|with|and|on|for|topped|then|\+|&)\b))",
    re.I,
)
# "130g salmon fillet (raw wt)", "250g mince (raw)": the state, said in brackets after the food
_STATE_AFTER = re.compile(
    rf"(\d+(?:\.\d+)?\s*(?:g|grams?|kg|oz)\s+(?:\d+%\s+)?){_FOOD}\s*\(\s*({_STATE})(?:\s+(?:wt|weight))?\s*\)",
    re.I,
)
# "a small handful (30g) of trail mix", "paella, 1 big plate (~400g)", "crisps, 1 packet (37g)":
# the weight in brackets is what the household measure held
_MEASURE_WEIGHED = re.compile(
    r"\b(?:(?:an?|one|1)\s+)?(?:(?:small|big|large|little|generous|heaped|medium|huge)\s+)?"
    r"(?:handful|bowl|plate|cup|mug|scoop|serving|portion|helping|bag|packet|pack|slice|piece|tub"
    r"|pot|bar|box|punnet)(?:ful)?\s*\(\s*(?:~|about\s+|approx\.?\s+)?(\d+(?:\.\d+)?)\s*"
    r"(g|grams?|kg|oz|ml)\s*\)",
    re.I,
)
# "baked cod (1 frozen fillet, 150g)", "(2 breasts, 300g)": the count of pieces and their
# weight in brackets after the food: the weight is the helping
_COUNTED_WEIGHED = re.compile(
    r"\(\s*(?:\d+|an?|one|two)\s+(?:[a-z]+\s+){0,2}?(?:fillets?|tins?|cans?|packs?|packets?|pieces?"
    r"|steaks?|breasts?|thighs?|portions?|pouch(?:es)?|bags?|bars?|slices?|sausages?)\s*,\s*"
    r"(?:~|about\s+|approx\.?\s+)?(\d+(?:\.\d+)?\s*(?:g|kg|oz))\s*\)",
    re.I,
)
# "(raw wt)", "(drained)" left anywhere else: the state alone, as if said without brackets
_WT = re.compile(rf"\(\s*({_STATE})(?:\s+(?:wt|weight))?\s*\)", re.I)


# a food joined to one before it ("spag w pesto 100g dry"): a dry weight is the first one's
_JOINED = re.compile(r"(?:\bw/?|\bwith|\band|&|\bon)\s*$", re.I)


def _weighed(m: re.Match[str]) -> str:
    lead, count, food = m[2], m[3], m[4]
    if m[5] is not None:
        grams, unit, state, each = m[5], m[6], m[7], m[8]
    else:
        grams, unit, state, each = m[9], m[10], m[11] or m[12], m[13] or m[14]
    if _PACK_ONLY.fullmatch(f"{food} "):
        return m[0]  # "tuna & rice, 1 tin (95g drained)": no food said with the weight
    if not state and not each and not lead:
        return m[0]  # "salmon (130g)", "trail mix 30g": read as said already
    joined = _JOINED.search(m.string, 0, m.start(4))
    if state and state.lower() in ("dry", "uncooked") and "(" not in m[0] and joined:
        return m[0]  # "spag w pesto 100g dry": the pasta's weight (said.py's dry rules)
    times = f"{count} x " if count and each else ""
    if count and not each and not lead:
        food = f"{count} {food}" if grams is None else food
    return f"{m[1]}{times}{grams}{unit} {state + ' ' if state else ''}{food}"


def _weighed_line(line: str) -> str:
    if not _WEIGHED.search(line):
        return line
    if "(" in line:
        line = _MEASURE_WEIGHED.sub(r"\1\2", _COUNTED_WEIGHED.sub(r"(\1)", line))
        line = _STATE_AFTER.sub(r"\1\3 \2", line)
    line = _WEIGHED_AFTER.sub(_weighed, line)
    return _WT.sub(r"\1", line) if "(" in line else line


def weighed_first(text: str) -> str:
    """``text`` with every weight said after its food moved in front of it, state and all."""
    return on_cued_lines(text, _CUES, _weighed_line)
