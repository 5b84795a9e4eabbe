"""Amounts said in ways the reader below would misread, rewritten plainly before a meal is split.

Why: runners type amounts as they speak them. A European decimal comma ("1,5 l water", "0,5 l
beer", "250,0 g") would be read as a list ("1" and "5 l") or a count of 2500; a hedge after the
figure ("200g-ish", "200ish g", "200 g or so", "2 eggs give or take") left words unread or read
"200ish" as a count of 200 helpings; "2 or 3 crackers" or "one or two slices" kept only the
first number; "a litre and a half of water" was split at "and"; "water, a litre" read a
glass; "just under 200 g" and "150g to 250g" left words over. Each is a closed class of
forms, rewritten to the plain one the reader knows ("1.5 l", "200g", "2-3", "1.5 litres"), so
a range is its midpoint and a hedged amount is the amount said.

A comma between digits is a decimal only when a unit follows ("1,5 l", "2,5 dl", "1,5 cups");
"2,3 eggs" keeps its comma (a list or a typo, not two and three-tenths of an egg); a thousands
group before a unit ("1,000 g", three digits after the comma) is read as one figure.
"""

from __future__ import annotations

import re

# Units a decimal amount can be said in (a count of pieces is never decimal-comma'd).
_UNIT = (
    r"(?:g|gr|grams?|grammes?|kg|kgs|kilos?|kilograms?|mg|ml|mls|millilit(?:re|er)s?|cl|dl"
    r"|l|lt|ltr|litres?|liters?|oz|ozs|ounces?|lbs?|pounds?|cups?|tbsps?|tsps?"
    r"|tablespoons?|teaspoons?|pints?)"
)
_DIGIT_COMMA = re.compile(r"\d,\d")
_THOUSANDS = re.compile(rf"(?<![\d,.])(\d{{1,3}}),(\d{{3}})(?=\s*{_UNIT}\b)", re.I)
_DECIMAL_COMMA = re.compile(rf"(?<![\d,.])(\d+),(\d{{1,2}})(?=\s*{_UNIT}\b)", re.I)
# A decilitre is 100 ml (Nordic and central European recipes, cafe menus).
_DECILITRE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*dl\b", re.I)
# "~200g", "c. 200 g", "ca. 200g", "circa 2 cups", "≈ 500 ml": a hedge before the figure.
_HEDGE_BEFORE = re.compile(r"(?:~|≈|\bc\.|\bca\.?|\bcirca\b)\s*(?=\d)", re.I)
# "200ish g", "2-ish eggs", "200g-ish", "200 grams-ish", "a cup-ish": a hedge after it.
_ISH = re.compile(rf"(\d|\b{_UNIT}|\bcup)\s*-?\s*ish\b", re.I)
# "200 g or so", "2 eggs or so", "give or take", "or thereabouts": a hedge after the amount.
_OR_SO = re.compile(r"\s*\b(?:or\s+so|give\s+or\s+take|or\s+thereabouts)\b", re.I)
# "200g approx", "200g roughly" said after the figure and its unit, ending the item.
_HEDGE_AFTER = re.compile(
    rf"(\d\s*{_UNIT})\s+(?:approx\b\.?|approximately\b|roughly\b|about\b)", re.I
)
_NUMBER = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "twelve": 12,
}  # fmt: skip
_FIGURE = r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)"
# "2 or 3 crackers", "one or two slices", "three to four eggs": a range, read at its midpoint.
_EITHER = re.compile(rf"\b{_FIGURE}\s+(?:or|to)\s+{_FIGURE}\b(?!\s*(?:am|pm|o'?clock)\b)", re.I)
# "a litre and a half of water", "a kilo and a half": one and a half of that measure.
_AND_A_HALF = re.compile(
    r"\b(?:a|an|one)\s+(litre|liter|kilo|pint|pound|gallon)\s+and\s+a\s+half\b", re.I
)
# "water, a litre", "potatoes a kilo": one of that measure (the reader takes "a" for a helping).
_A_METRIC = re.compile(
    r"(?<!half )(?<!quarter )(?<!third )\b(?:a|an)\s+(litre|liter|kilo|kilogram|gallon)\b",
    re.I,
)
# "just under 200 g", "a bit over 500ml", "at least 2 cups": the figure said, give or take (a
# bare "over" is where a food goes: "bolognese over 1.5 cups spaghetti").
_OVER_UNDER = re.compile(
    r"\b(?:(?:just|a\s+bit|a\s+little|slightly|a\s+touch)\s+(?:over|under)"
    r"|more\s+than|less\s+than|at\s+least|not\s+quite)\s+"
    rf"(?=\d+(?:\.\d+)?\s*{_UNIT}\b)",
    re.I,
)
# "150g to 200g", "1 cup - 2 cups": a range with its unit said twice.
_UNIT_TWICE = re.compile(
    rf"\b(\d+(?:\.\d+)?)\s*({_UNIT})\s*(?:-|–|to)\s*(\d+(?:\.\d+)?)\s*\2s?\b", re.I
)
# "a slice or two of bread", "an egg or two": one or two, read at the midpoint.
_ONE_OR_TWO = re.compile(r"\b(?:a|an|one)\s+([a-z]+)\s+or\s+two\b", re.I)


# "snickers 50g bar", "crisps 25g bag", "cadbury dairy milk 45g bar": a pack word after the
# weight it is sold at says no more than the weight (but "a 500ml bottle of water" is a pack)
_WEIGHED_PACK = re.compile(
    r"(?<=[a-z])(\s+\d+(?:\.\d+)?\s*(?:g|gr|grams?|ml|mls|cl|oz)\.?)\s+(?:bar|bag|packet|pack|can"
    r"|bottle|sachet|pouch)(?=\s*(?:$|[,;+\n&])"
    r"|\s+(?:on|in|at|from|after|before|with|w|and|for)\b)",
    re.I,
)  # not a tub or pot, which hold a food said before them ("yoghurt with oats, 200g tub")
_PACK_CUES = (" bar", " bag", " pack", " can", " bottle", " sachet", " pouch")


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER[word.lower()]


def _either(m: re.Match[str]) -> str:
    lo, hi = _count(m[1]), _count(m[2])
    if not 0 < lo < hi <= 2 * lo + 2:  # "2 or 3", "1 or 2"; not "4 to 10" run splits
        return m[0]
    return f"{lo}-{hi}"


def plain_amounts(text: str) -> str:
    """The meal text with each amount said above rewritten in the reader's plain form. Each
    rewrite runs only when a cheap test finds its word, so a meal that says none costs little."""
    lowered = text.lower()
    if "," in text and _DIGIT_COMMA.search(text):
        text = _DECIMAL_COMMA.sub(r"\1.\2", _THOUSANDS.sub(r"\1\2", text))
    if "dl" in lowered:
        text = _DECILITRE.sub(lambda m: f"{float(m[1]) * 100:g} ml", text)
    if "~" in text or "≈" in text or any(w in lowered for w in ("c.", "ca.", "ca ", "circa")):
        text = _HEDGE_BEFORE.sub("", text)
    if "ish" in lowered:
        text = _ISH.sub(r"\1", text)
    if " or " in lowered or "give" in lowered:
        text = _OR_SO.sub("", text)
    if " or " in lowered or " to " in lowered:
        text = _EITHER.sub(_either, text)
    if any(w in lowered for w in ("approx", "roughly", "about")):
        text = _HEDGE_AFTER.sub(r"\1", text)
    if "half" in lowered:
        text = _AND_A_HALF.sub(lambda m: f"1.5 {m[1]}s", text)
    if any(w in lowered for w in ("litre", "liter", "kilo", "gallon")):
        text = _A_METRIC.sub(r"1 \1", text)
    if any(w in lowered for w in ("over", "under", "than", "least", "up to", "quite")):
        text = _OVER_UNDER.sub("", text)
    if "-" in text or "–" in text or " to " in lowered:
        text = _UNIT_TWICE.sub(r"\1-\3 \2", text)
    if " or two" in lowered:
        text = _ONE_OR_TWO.sub(r"1-2 \1", text)
    if any(w in lowered for w in _PACK_CUES):
        text = _WEIGHED_PACK.sub(r"\1", text)
    return text
