"""A flavour said after a branded drink is the drink's flavour, never a food of its own.

"powerade mountain blast 600ml", "gatorade cool blue 20oz", "core power chocolate", "muscle
milk vanilla 14oz", "body armor strawberry banana": the table has one food per brand (the
flavours differ by a few kcal a bottle), so the flavour words that follow the brand, before
its size or the item's end, are dropped (not for flavoured milks, Yazoo or Frijj, whose
flavour is what the table reads); "chocolate", "banana" and "orange" were read as a
bar of chocolate, a banana and an orange. A flavour after a comma may be another food
("gatorade, banana") and is left as said. A hot chocolate "made on milk" is the table's hot
cocoa, which is made with milk: not a mug of milk beside it. An Uncrustable said with its
filling ("uncrustable pb&j") is the one crustless sandwich, not a PB&J beside it; a coffee
"over ice" is the iced one. Run from
:func:`journal.foods.plainer.said_plainer` on cued lines.
"""

from __future__ import annotations

import re

from journal.foods.cuedlines import on_cued_lines

# Branded bottled drinks sold in flavours (sports, protein and breakfast drinks).
_BRANDS = (
    r"gatorade(?:\s+(?:zero|g2|endurance))?|powerade(?:\s+zero)?|lucozade(?:\s+sport)?"
    r"|body\s?armou?r(?:\s+lyte)?|prime(?:\s+hydration)?|core\s+power(?:\s+elite)?"
    r"|fairlife(?:\s+(?:core\s+power|nutrition\s+plan))?|muscle\s+milk|premier\s+protein"
    r"|up\s*(?:&|and|n)\s*go|huel(?:\s+rtd)?|vitamin\s+water"
    r"|vitaminwater|liquid\s+i\.?\s?v|nuun(?:\s+sport)?|skratch(?:\s+hydration)?|tailwind|lmnt"
)
# Flavour words of these drinks ("mountain blast", "glacier freeze", "fruit punch")
_FLAVOURS = (
    r"mountain|blast|berry|berries|cool|blue|glacier|freeze|frost|fierce|arctic|blitz|fruit|punch"
    r"|lemon|lime|lemon-lime|orange|grape|tropical|mango|strawberry|kiwi|watermelon|chocolate"
    r"|choc|vanilla|banana|cherry|white|citrus|pink|lemonade|dragonfruit|raspberry|peach|ice"
    r"|blackcurrant|apple|salted|caramel|coffee|cookies|cream|cookies\s+n\s+cream|mixed|wild"
    r"|melon|pineapple|coconut|passion\s*fruit|cucumber|matcha|original|unflavou?red|red|green"
    r"|purple|yellow|rush|splash|twist|zest|burst|storm|crush|crisp|sunrise|breeze|flavou?r(?:ed)?"
)
_FLAVOURED = re.compile(
    rf"\b({_BRANDS})((?:\s+(?:&|and|n)?\s*(?:{_FLAVOURS})\b){{1,4}})"
    r"(?=\s*(?:$|[,;\n+)(]|\d|(?:and|with|w/?|&)\s|(?:bottle|can|carton|cup|drink|shake)s?\b"
    r"|(?:at|after|before|during|on|from|in|for|post|pre|mid)\b))",
    re.I,
)


# "hot choc in a big mug, made on milk", "cocoa made with whole milk": the table's hot cocoa is
# made with milk (SR24 01105), so the milk is how it was made, not a second drink beside it
# (a plant milk is its own drink: "hot chocolate with oat milk"); so are Milo, Ovaltine and
# Horlicks, which the table makes up on milk
_MADE_ON_MILK = re.compile(
    r"\b(hot\s+(?:choc(?:olate)?|cocoa)|cocoa|drinking\s+chocolate|milo|ovaltine|horlicks|nesquik)\b"
    r"([^,;\n+]{0,30}?)\s*,?\s*"
    r"(?:made|done|mixed)\s+(?:on|with|w/?|using)\s+"
    r"(?:whole\s+|full[- ]?fat\s+|semi(?:[- ]?skimmed)?\s+|skim(?:med)?\s+|[12]%\s+|dairy\s+"
    r"|cows?'?\s+|hot\s+|warm\s+|steamed\s+)?milk\b",
    re.I,
)


# "one uncrustable pb&j", "2 uncrustables pb and grape": Smucker's crustless sandwich by its
# filling (the table's Uncrustable is its bread, peanut butter and jelly already)
_UNCRUSTABLE = re.compile(
    r"\b(uncrustables?)\s*,?\s+(?:pb\s*(?:&|and|n)\s*(?:j|jelly|jam|grape|strawberry|honey)|pbj"
    r"|peanut\s+butter(?:\s+(?:&|and|n)\s+(?:grape|strawberry|jelly|jam|honey))?|grape|strawberry"
    r"|raspberry|chocolate\s+hazelnut|honey)(?:\s+(?:jelly|jam|flavou?r))?\b",
    re.I,
)


# "long black over ice", "a latte on ice": the iced drink, poured into a tall glass of ice (an
# iced long black ~ 300 ml, not the 180 ml hot cup), as "iced long black" is read
_OVER_ICE = re.compile(
    r"\b(long\s+blacks?|americanos?|lattes?|flat\s+whites?|mochas?|cappuccinos?|coffees?"
    r"|cold\s+brews?|chai\s+lattes?|matcha\s+lattes?)\s+(?:poured\s+)?(?:over|on|w/?|with)\s+ice\b",
    re.I,
)


def _made_on_milk(text: str) -> str:
    return _MADE_ON_MILK.sub(r"\1\2", text)


def _rewrite(text: str) -> str:
    def unflavoured(m: re.Match[str]) -> str:
        words = m[2].lower().split()
        if words[0] in ("&", "and", "n"):  # "gatorade and orange": another food
            return m[0]
        return m[1]

    return _FLAVOURED.sub(unflavoured, text)


_CUES = (
    "gatorade",
    "powerade",
    "lucozade",
    "armo",
    "prime",
    "core power",
    "fairlife",
    "muscle milk",
    "premier",
    "go",
    "huel",
    "water",
    "liquid",
    "nuun",
    "skratch",
    "tailwind",
    "lmnt",
)


def drink_flavours(text: str) -> str:
    """``text`` without the flavour said after a branded drink ("powerade mountain blast"),
    and without the milk a hot chocolate was made on."""
    text = on_cued_lines(text, ("made", "done", "mixed"), _made_on_milk)
    text = on_cued_lines(text, ("ice",), lambda t: _OVER_ICE.sub(r"iced \1", t))
    text = on_cued_lines(text, ("uncrustable",), lambda t: _UNCRUSTABLE.sub(r"\1", t))
    return on_cued_lines(text, _CUES, _rewrite)
