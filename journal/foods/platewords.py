"""How a plate is put together, said in words the item reader would misread.

"chilli over a cup of rice" (served on, not "more than"), "a cup each of rice, beans and
plantain" (each food that much), "3 dates w a tsp of pb each" (that much on every one), "a 3
egg mushroom omelette" (three eggs, the mushrooms folded in), "a big 1.5L bottle" (the size
is said twice). Each is a (pattern, replacement) pair that
:data:`journal.foods.servedwords.SERVED_WORDS` carries into the shop-word list run over the
whole meal text; kept apart because shopwords.py is full.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from journal.foods.table import load
from journal.foods.text import stem
from journal.foods.units import HOUSEHOLD, MASS_G, NUMBER_WORDS, VOLUME

_NUMBER = r"\d+(?:\.\d+)?|\d+/\d+|an?|one|two|three|four|five|six|half\s+an?"
# the household measures a runner shares out ("a cup each", "a tbsp of pb each")
_MEASURE = (
    r"cups?|mugs?|bowls?|tbsps?|tablespoons?|tsps?|teaspoons?|handfuls?|scoops?|slices?|pieces?"
    r"|spoons?|spoonfuls?|dollops?|knobs?|g|grams?|ml|oz"
)
# "over the day", "over an hour", "over 3 hours": when, read by journal.foods.said.CONTEXT
_NOT_A_BASE = (
    r"(?!(?:the|my|an?|one|two|three|\d+(?:\.\d+)?)\s*(?:hours?|hrs?|h|mins?|minutes?|days?|weeks?"
    r"|k|km|mi|miles?|laps?|half|course|run|race)\b)(?!the\b|my\b|\d+\s*(?:k|km|mi)\b)"
    r"(?!(?:easy|medium|hard|well)\b)"  # "2 eggs over easy": how they were fried
)
# "beef stroganoff over a cup of egg noodles", "chilli con carne over rice": served on it
OVER = re.compile(
    rf"(?<=[a-z)])\s+(?:served\s+)?over\s+{_NOT_A_BASE}(?=(?:{_NUMBER}|some|a\s+bed\s+of|[a-z]))",
    re.I,
)

_EACH_OF = re.compile(
    rf"\b((?:{_NUMBER})\s*(?:{_MEASURE}))\s+each\s+of\s+([^;\n]+?)(?=\s*(?:$|[;\n]))",
    re.I,
)


def _each_of(m: re.Match[str]) -> str:
    """ "a cup each of rice, black beans and maduros": a cup of every food listed."""
    foods = [f.strip() for f in re.split(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&|n)\s+", m[2])]
    return ", ".join(f"{m[1]} of {f}" for f in foods if f)


_COUNTS = {w: n for w, n in NUMBER_WORDS.items() if 2 <= n <= 12}
# "100 g basa fillet": the unit stays the amount's, never part of the fish's name
_AMOUNT_WORDS = frozenset((*MASS_G, *VOLUME, *HOUSEHOLD))
# the spans are bounded (a food's words, not a paragraph), so a long line is read in linear time
_ON_EACH = re.compile(
    rf"\b(\d{{1,2}}|{'|'.join(_COUNTS)})\s+([a-z][^,;\n]{{0,60}}?)\s+((?:stuffed\s+|topped\s+|spread\s+)?"
    r"(?:with|w/?|and|&|\+))\s+(an?|one|\d+(?:\.\d+)?)\s+"
    rf"({_MEASURE})(\s+of)?\s+([a-z][^,;\n]{{0,60}}?)\s+(?:on\s+)?each\b(?!\s+of\b)",
    re.I,
)


def _on_each(m: re.Match[str]) -> str:
    """ "3 medjool dates stuffed w a tsp of pb each": three teaspoons of pb, one a date."""
    said = m[1].lower()
    count = _COUNTS[said] if said in _COUNTS else int(said)
    each = 1.0 if m[4].lower() in ("a", "an", "one") else float(m[4])
    unit = m[5] if m[5].lower() in ("g", "ml", "oz") or m[5].endswith("s") else m[5] + "s"
    return f"{m[1]} {m[2]} {m[3]} {count * each:g} {unit}{m[6] or ''} {m[7]}"


# A fillet that heads a dish ("kfc fillet burger", "fish fillet sandwich") is that dish's part.
_DISH_HEADS = (
    r"of|burgers?|sandwich(?:es)?|wraps?|rolls?|subs?|baps?|buns?|tacos?|box(?:es)?|meals?"
)
_FILLET = re.compile(
    rf"\b((?:[a-z]+\s+)?[a-z]+)\s+(?:fillets?|filets?)\b(?!\s+(?:{_DISH_HEADS})\b)",
    re.I,
)


def _fillet(m: re.Match[str]) -> str:
    """ "grilled barra fillet", "2 basa filets": a fillet of the fish, as "a fillet of barra"
    reads it; a name with the word in it ("fish fillet", "salmon fillet") stays."""
    words = [stem(w) for w in m[1].lower().split()]
    aliases = load().aliases
    for k in range(len(words)):
        if " ".join([*words[k:], "fillet"]) in aliases:
            return re.sub(r"(?i)\bfilet", "fillet", m[0])  # "salmon filet": the name as listed
    lead, _, fish = m[1].rpartition(" ")
    if stem(fish.lower()) not in aliases or fish.lower() in _AMOUNT_WORDS:
        return m[0]
    glued = re.search(r"\d([a-z]+)\s*$", m.string[: m.start()], re.I)  # "200g basa fillet"
    if lead.lower() in _AMOUNT_WORDS or (glued and glued[1].lower() in _AMOUNT_WORDS):
        return f"{lead} {fish}".lstrip()  # "200 g basa fillet": the weight says how much fish
    plural = m[0].lower().rstrip().endswith("s")
    if lead and lead.lower() not in ("a", "an", "one", "the", "my", *_COUNTS):
        fish, lead = f"{lead} {fish}", ""  # "grilled barra fillet": a fillet of grilled barra
    return f"{lead + ' ' if lead else ''}fillet{'s' if plural else ''} of {fish}"


_EGGS = r"(\d|one|two|three|four|five|six)[ -]eggs?"
_OMELETTE = r"(?:omelett?es?|omelets?)"

PLATE_WORDS: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (OVER, " with "),
    (_EACH_OF, _each_of),
    (_ON_EACH, _on_each),
    # "a 4 egg white omelette": four whites, cooked; "3 egg mushroom omelette": a three-egg
    # omelette with the mushrooms in it (journal.foods.context folds them in at ~50 g)
    (re.compile(rf"\b(?:an?\s+)?{_EGGS}[ -]whites?\s+{_OMELETTE}", re.I), r"\1 egg whites"),
    (
        re.compile(
            rf"\b(?:an?\s+)?{_EGGS}\s+((?:(?!{_OMELETTE}|with\b|and\b|w\b)[a-z&']+\s+){{1,3}}?)"
            rf"({_OMELETTE})\b",
            re.I,
        ),
        r"\1 egg \3 with \2",
    ),
    # "2 egg shakshuka", "a 3-egg frittata": the dish made with that many eggs (said after it,
    # "shakshuka (3 eggs)", below), not that many eggs and a dish beside them
    (
        re.compile(
            rf"\b(?:an?\s+)?{_EGGS}\s+(shaksho?uka|menemen|huevos\s+rancheros"
            r"|egg\s+curry|turkish\s+eggs|cilbir|baked\s+eggs)\b",
            re.I,
        ),
        r"\2 with \1 eggs",
    ),
    # "a 3 egg frittata": an omelette of three eggs, as an omelette is counted
    (re.compile(rf"\b{_EGGS}\s+frittata\b", re.I), r"\1 egg omelette"),
    # "pita to dip", "bread for mopping up": what the bread was for, not a food
    (
        re.compile(
            r"\s+(?:to\s+(?:dip(?:\s+in)?|mop(?:\s+(?:it\s+)?up)?|scoop)|for\s+(?:dipping|mopping"
            r"(?:\s+up)?|scooping))(?=\s*(?:$|[,;.\n+)]))",
            re.I,
        ),
        "",
    ),
    (_FILLET, _fillet),
    # "200g rump steak, medium rare", "a steak well done w chips": how it was cooked through
    (
        re.compile(
            r"(?:\s*,\s*|\s+)(?:cooked\s+)?(?:medium[- ]rare|medium[- ]well|well[- ]done|rare|blue)"
            r"(?=\s*(?:$|[,;\n]|w\b|w/|with\b|and\b|\+))",
            re.I,
        ),
        "",
    ),
    # "king size snickers, whole thing", "the bag, all of it": the whole of what was named
    (re.compile(r"\s*,?\s+(?:the\s+)?(?:whole\s+thing|whole\s+lot|all\s+of\s+it)\b", re.I), ""),
    # "a 2 finger kit kat": the two-finger bar, as its name is listed (21 g, not the 4-finger 42)
    (re.compile(r"\b2[- ]fingers?\s+(?=kit\s?kats?\b)", re.I), "two finger "),
    # "shakshuka (3 eggs)", "egg curry (2 eggs)": the dish made with that many eggs, not the
    # eggs alone (a plain "scrambled eggs (2)" or "eggs (3 eggs)" is only a count)
    (
        re.compile(
            r"(?<=[a-z])(?<!eggs)(?<!egg)\s*\(\s*((?:\d|one|two|three|four|five|six)\s+"
            r"(?:eggs?|egg\s+whites|whites))\s*\)",
            re.I,
        ),
        r" with \1",
    ),
    # "rice, salmon and miso soup (teishoku)", "kaya toast set w 2 eggs": a set meal, named
    # by what came in it
    (re.compile(r"\s*\(\s*(?:teishoku|set(?:\s+meal)?|combo|meal\s+deal)\s*\)", re.I), ""),
    (re.compile(r"(?<=[a-z])\s+(?:set|combo)(?=\s+(?:w|w/|with)\b|\s*(?:$|[,;\n]))", re.I), ""),
    # "400g frozen lasagne meal", "a microwave curry meal": the dish, as it came from the freezer
    (
        re.compile(r"\b((?:frozen|ready|microwave|tv)\s+[a-z][a-z ]*?)\s+meal\b(?!\s+deal)", re.I),
        r"\1",
    ),
    # "big 1.5L bottle of water", "a large 750ml flask": the size said twice, the number kept
    (
        re.compile(
            r"\b(?:big|large|small|little|huge|giant|massive)\s+"
            r"(?=\d+(?:\.\d+)?\s*(?:ml|l|litres?|liters?|oz|fl\s*oz|g|kg)\b)",
            re.I,
        ),
        "",
    ),
)
