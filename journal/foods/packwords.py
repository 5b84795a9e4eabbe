"""Pack and container words said beside a size, rewritten before the meal is read.

A runner names the pack a drink or food came in as often as its size: "gatorade 20 oz bottle",
"3 beers (12oz bottles)", "a strawberry yoghurt pot 125g", "vodka, 30ml nip", "2 scoops in a
500ml flask". Once the size is said the pack adds nothing, so the pack word goes, and a size
said of plural packs ("12oz bottles", "150ml each") is each one's size. Each rewrite is a
(pattern, replacement) pair that :data:`journal.foods.servedwords.SERVED_WORDS` carries into
the shop-word list run over the whole meal text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from journal.foods.units import NUMBER_WORDS

# The packs and vessels a food or drink is sold or carried in (US, UK and Australian words;
# a stubby or tinnie names its beer, so it stays).
PACKS = (
    "bottle|can|tin|pot|tub|carton|nip|flask|bidon|pouch|sachet|packet|pack|bag|jar"
    "|punnet|box|cup|glass|mug|jug|pottle|container|tube|sleeve|tray"
)
# A size in the units a pack is labelled with: "12oz", "20 fl oz", "330 ml", "1.5l", "125g".
SIZE = r"\d+(?:\.\d+)?\s*(?:fl\.?\s*oz|oz|ml|mls|cl|ltr|l|litres?|liters?|g|kg)"
_COUNT = r"\d+|two|three|four|five|six|seven|eight|nine|ten|twelve"

# "3 beers (12oz bottles)", "4 cans of cider (440ml each)": a count of items, each that size
_EACH_IN_BRACKETS = re.compile(
    rf"\b({_COUNT})\s+([a-z][a-z' -]*?)\s*\(\s*(?:~|about\s+|approx\.?\s+)?({SIZE})"
    rf"(?:\s*(?:{PACKS})s|\s+each|\s+(?:a|per)\s+(?:{PACKS}))\s*\)",
    re.I,
)
# "3 cups of water at the stations, 150ml each", "2 beers, 330ml bottles": the same, said after
_EACH_AFTER = re.compile(
    rf"\b({_COUNT})\s+([a-z][a-z' -]*?)\s*,\s*(?:~|about\s+)?({SIZE})"
    rf"(?:\s*(?:{PACKS})s|\s+each)\b",
    re.I,
)
# "gatorade 20 oz bottle", "a 125g pot of", "30ml nip": the pack after its size says nothing more
# (only a pack that ends what is said of it: "a 90g pot noodle" and "37 g pot roast" are foods)
_SIZE_THEN_PACK = re.compile(
    rf"\b({SIZE})[\s-]*(?:{PACKS})\b(?=\s*(?:$|[,;)\n.&+]|(?:and|with|w/?|in|at|for|post|pre"
    r"|after|before|during|mid|on|while|from)\b))",
    re.I,
)
# "a strawberry yoghurt pot 125g", "hummus tub 200g": the pack named after the food, then its size
_PACK_THEN_SIZE = re.compile(rf"(?<=[a-z])\s+(?:{PACKS})s?\s+(?=(?:{SIZE})\b)", re.I)


def _each(m: re.Match[str]) -> str:
    """ "3 beers (12oz bottles)": three times the size, as "3 x 12oz beers" is read."""
    count = m[1].lower()
    n = f"{NUMBER_WORDS[count]:g}" if count in NUMBER_WORDS else count
    return f"{n} x {m[3]} {_unpacked(m[2])}"


_PACK_OF = re.compile(rf"^(?:(?:small|large|big|mini)\s+)?(?:{PACKS})s?\s+of\s+", re.I)


def _unpacked(food: str) -> str:
    """ "cups of water at the stations": the food, its vessel's name dropped (the size is said)."""
    return _PACK_OF.sub("", food.strip())


# "2 scoops in a 500ml flask", "a tab in my 750ml bottle": made up in that much water
_IN_A_SIZE = re.compile(rf"\bin\s+(?:an?|my|the|one)\s+(?=(?:{SIZE})\b)", re.I)

# "crisps (the big 150g bag)", "(a small 330ml can)": which pack, by its size
_WHICH_PACK = re.compile(
    rf"\(\s*(?:the|an?)\s+(?:(?:big|small|large|little|mini|standard|sharing|family)\s+)?"
    rf"(?=(?:{SIZE})(?:\s*(?:{PACKS})s?)?\s*\))",
    re.I,
)

# "cottage cheese w pineapple, 1/2 cup each", "rice and beans, a cup each": two foods, each
# that much (said of foods with no amount of their own)
_TWO_EACH = re.compile(
    r"(?:^|(?<=[;\n]))(\s*)([a-z][^,;\n\d]*?)\s+(w/|w|with|and|&|\+)\s+([a-z][^,;\n\d]*?)\s*,\s*"
    r"((?:\d+(?:[./]\d+)?|an?|one|half\s+an?)\s*(?:[a-z]+\s*)?)\s+each\b",
    re.I,
)

# "a box of 10 nuggets", "box of 5 timbits", "2 packs of 6 eggs": the count inside is the food's
_PACK_OF_COUNT = re.compile(
    rf"\b(?:(?:an?|one|the|(\d+|two|three|four))\s+)?(?:(?:small|big|large|little|mini)\s+)?"
    rf"(?:{PACKS}|bucket|tray)s?\s+of\s+(\d+|two|three|four|five|six|seven|eight|nine|ten"
    r"|twelve)\s+(?=[a-z])",
    re.I,
)


def _pack_of_count(m: re.Match[str]) -> str:
    packs, inside = (NUMBER_WORDS.get(w.lower(), w) if w else 1 for w in (m[1], m[2]))
    return f"{float(packs) * float(inside):g} "


PACK_WORDS: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (_WHICH_PACK, "("),
    (_PACK_OF_COUNT, _pack_of_count),
    (_EACH_IN_BRACKETS, _each),
    (_EACH_AFTER, _each),
    (_SIZE_THEN_PACK, r"\1"),
    (_PACK_THEN_SIZE, " "),
    (_IN_A_SIZE, "in "),
    (_TWO_EACH, r"\1\5 \2 \3 \5 \4"),
)
