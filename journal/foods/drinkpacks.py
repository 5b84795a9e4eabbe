"""Drinks said by brand, cup and share: "vita coco", "juice box (apple)", "shared a bottle of
prosecco with my sister", "bacardi and coke, one shot", "g&t", "milo with milk, big mug".

A brand said alone is its pack (labels: Vita Coco 330 ml, a US/UK juice box 200 ml, Ensure
Plus 220 ml), a protein grade said after a shake ("core power 26g") is no weight, a share said
by whom it was shared with is that many people's share ("with my sister": two of us), a shot
said after a mixed drink is its one measure (the mixer stays a glass), a bare UK "g&t" is a
25 ml single with a 150 ml splash of tonic, and a mug's size said after a hot drink is said
before it, as the size readers take it. Each is a (pattern, replacement) pair that
:data:`journal.foods.servedwords.SERVED_WORDS` runs first, before the shop words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Who a food was shared with: one person each ("my sister", "the wife", "a mate", "jo and
# sam" when led by a possessive); a plural ("my kids") says no count and is left alone.
_PERSON = (
    r"(?:(?:my|our|his|her|the)\s+(?:other\s+half|[a-z]+(?<!s))|(?:a\s+)?(?:mate|friend|partner"
    r"|wife|husband|sister|brother|mum|mom|dad|gf|bf|hubby|missus|flatmate|housemate|colleague"
    r"|girlfriend|boyfriend|son|daughter)|him|her)"
)
_SHARED_WITH = re.compile(
    r"\b(?:shared|split)\s+(?:an?|one|the)\s+([^,;\n+]+?)\s+with\s+"
    rf"({_PERSON}(?:\s*(?:,|and|&|n)\s*{_PERSON})*)(?=\s*(?:$|[,;.\n+]))",
    re.I,
)


def _shared_with(m: re.Match[str]) -> str:
    """ "shared a bottle of prosecco with my sister": a bottle between two of us."""
    people = 1 + len(re.findall(rf"{_PERSON}", m[2], re.I))
    if people > 4:
        return m[0]
    return f"a {m[1]} between {people} of us"


def shared_said(text: str) -> str:
    """``text`` with each "shared X with <people>" said as X between that many of us."""
    return _SHARED_WITH.sub(_shared_with, text)


_MIXER = r"coke|cola|pepsi|lemonade|sprite|ginger\s+ale|ginger\s+beer|tonic|soda|red\s+bull"
_ONE_SHOT = re.compile(
    rf"(?:^|(?<=[;\n+]))(\s*)([^,;\n+]*?\b(?:and|n|&|with|w)\s+(?:diet\s+)?(?:{_MIXER})\b[^,;\n+(]*?)"
    r"\s*(?:,\s*|\(\s*|\s[-–]\s*)(?:(one|1|a|single)|(two|2|double))\s+(?:shots?|nips?|measures?)"
    r"\s*\)?(?=\s*(?:$|[;\n+]))",
    re.I,
)


def _one_shot(m: re.Match[str]) -> str:
    """ "bacardi and coke, one shot": the drink as poured, a glass of mixer on one shot."""
    return f"{m[1]}{'a double ' if m[4] else ''}{m[2]}"


# A bare "g&t", said alone: a UK pub single (25 ml) topped with a 150 ml splash of tonic
_BARE_GT = re.compile(
    r"(?:^|(?<=[;\n+:,])|(?<=\band\s))(\s*)(?:an?\s+|one\s+)?g\s*&\s*t"
    r"(?=\s*(?:$|[;\n+]|,\s*(?!\s*(?:single|double|slim|diet|light|\d))))",
    re.I,
)
_VITA_COCO = re.compile(
    r"(\d\s*(?:ml|l|oz)\s+(?:of\s+)?)?\b(?:(?:an?|one)\s+)?vita\s*coco\b(\s*\d)?", re.I
)


def _vita_coco(m: re.Match[str]) -> str:
    """ "vita coco": coconut water, its 330 ml carton unless a volume is said."""
    if m[1] or m[2]:
        return f"{m[1] or ''}coconut water{m[2] or ''}"
    return "330 ml coconut water"


_JUICES = (
    r"apple|orange|grape|pineapple|cranberry|tropical|mango|fruit|berry|apple\s+and\s+blackcurrant"
)
# "juice box (apple)", "apple juice box", "a juice box": a 200 ml box (US 6.75 fl oz, UK 200 ml)
_JUICE_BOX = re.compile(
    rf"\b(?:(?:an?|one)\s+)?(?:({_JUICES})\s+)?juice\s+box"
    rf"(?:\s*\(\s*({_JUICES})\s*\))?(?!\s*(?:\(\s*)?\d|\s+of\b)",
    re.I,
)


_VOLUME_BEFORE = re.compile(r"\d\s*(?:ml|cl|l|oz)\s+(?:of\s+)?(?:[a-z]+\s+)?$", re.I)


def _juice_box(m: re.Match[str]) -> str:
    """ "juice box (apple)": 200 ml of that juice, unless a volume was said before it."""
    if (
        _VOLUME_BEFORE.search(m.string[max(0, m.start() - 20) : m.start()])
        or m.string[max(0, m.start() - 1) : m.start()].isdigit()
    ):
        return m[0]
    fruit = (m[1] or m[2] or "apple").lower()
    return f"200 ml {'apple' if fruit == 'fruit' else fruit} juice"


_FLAVOUR = (
    r"choc(?:olate)?|vanilla|strawberry|banana|coffee|salted\s+caramel"
    r"|cookies\s+(?:and|n|&)\s+cream"
)
DRINK_PACK_WORDS: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (_SHARED_WITH, _shared_with),
    # "pizza for two, ate half": the share said after is the runner's; "for two" says no more
    (re.compile(r"\s+for\s+(?:two|2)(?=\s*,\s*(?:i\s+)?(?:ate|had)\s+half\b)", re.I), ""),
    (_ONE_SHOT, _one_shot),
    (_BARE_GT, r"\1 25 ml gin and 150 ml tonic water"),
    (_VITA_COCO, _vita_coco),
    (_JUICE_BOX, _juice_box),
    # "iced tea, arizona can": the brand's can said after the drink is the drink
    (re.compile(r"\b(?:sweet\s+)?iced?\s+tea\s*,\s*(?=arizona\b)", re.I), ""),
    (re.compile(r"\barizona(?:\s+iced?\s+tea)?\s+(?:big\s+)?(?:can|tin)\b", re.I), "arizona"),
    # "ensure plus 1 bottle", "a bottle of ensure": its own 8 fl oz bottle, the name's pack
    (
        re.compile(
            r"\b(?:(?:an?|one|1)\s+bottle\s+of\s+(ensure(?:\s+plus)?)"
            r"|(ensure(?:\s+plus)?)\s*,?\s*(?:(?:an?|one|1)\s+)?bottle)\b",
            re.I,
        ),
        r"\1\2",
    ),
    (re.compile(r"\b(\d|two|three)\s+bottles\s+of\s+(?=ensure)", re.I), r"\1 "),
    # "fairlife core power choc 26g": the protein grade and flavour name the bottle
    (
        re.compile(
            rf"\b(core\s+power)(?:\s*,?\s*(?:{_FLAVOUR}))?\s*,?\s*26\s*g(?:\s+protein)?\b"
            rf"(?:\s*,?\s*(?:{_FLAVOUR})\b)?",
            re.I,
        ),
        r"\1",
    ),
    (re.compile(rf"\b(core\s+power)\s*,?\s*(?:{_FLAVOUR})\b", re.I), r"\1"),
    # "milo with milk, big mug", "black filter coffee, large mug": the mug said first
    (
        re.compile(
            r"(?:^|(?<=[;\n+:]))(\s*)([^,;\n+:]*\b(?:milo|coffee|tea|chai|cocoa|hot\s+chocolate"
            r"|horlicks|ovaltine|bournvita|latte|cappuccino)\b[^,;\n+:]*?)\s*,\s*(?:an?\s+)?"
            r"(big|large|small|huge|giant)\s+(mug|cup)(?=\s*(?:$|[,;\n+]))",
            re.I,
        ),
        r"\1\3 \4 of \2",
    ),
)
