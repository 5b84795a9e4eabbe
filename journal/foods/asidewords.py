"""Asides said with a meal that name no food: when, where, how it felt and how it was handled.

"23 almonds in the car after parkrun", "cherries while stretching", "2 eggs, kinda hungover",
"kaiser rolls w jam, sunday", "plums from the tree", "a banana, cut up", "quinoa cooked up",
"pb straight off the spoon", "a gel between 15 and 20 mi", "a bagel 2h before the race", "rice
for carb load dinner", "salmon and rice, meal prep", "spuds (airfryer)": each was left as
unknown words, which made a right reading look unsure (and an amount beside them unread).
:func:`cut_asides` removes them; where the words could also be a food ("sunday roast", "a
hungover breakfast" is still breakfast) only the aside's own form, said last or alone, goes.

Run from :func:`journal.foods.said.plainly` behind one cue search, so a meal without any of
these words pays for a single scan.
"""

from __future__ import annotations

import re

_CUE = re.compile(
    r"\b(?:while|whilst|as\s+i|\w*days?|weekend|kinda|kind\s+of|hungover|hungry|starving|tired"
    r"|knackered|wrecked|slump|craving|cravings|spoon|tree|bush|garden|allotment|up|between"
    r"|\d+(?:\.\d+)?\s*h|carb|carbo|prep|airfryer|air[- ]fryer|microwave|oven|car|train|bus|sofa"
    r"|couch|desk|takeout|take[- ]out|delivery|blitzed|whizzed|blended|black|ice|rocks|neat)\b",
    re.I,
)
# an item's end: the meal's end, a list mark, or a joining word
_END = r"(?=\s*(?:$|[,;.!\n+)]|(?:and|&|with|w/?|then)\s))"
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend|weekday|rest\s+day|race\s+day"
_PART = r"(?:\s+(?:morning|afternoon|evening|night|brunch|lunch|dinner|arvo|treat))?"
_MOOD = (
    r"(?:(?:kinda|kind\s+of|a\s+bit|bit|so|very|really|totally|super|still)\s+)?"
    r"(?:hungover|hanging|hungry|starving|ravenous|tired|knackered|wrecked|exhausted|shattered"
    r"|bored|stressed|sick|ill|rough|craving\s+sugar|sugar\s+craving|(?:afternoon|post[- ]lunch|"
    r"3pm|4pm)\s+slump|slump)"
)
_PHASE = r"carb[- ]?load(?:ing)?|carbo[- ]?load(?:ing)?|recovery|race\s+prep|taper(?:ing)?"
_HANDLED = r"cut|chopped|cooked|heated|warmed|mashed|broken|torn|sliced|diced|split|blitzed|whizzed"

_ASIDES: tuple[tuple[re.Pattern[str], str], ...] = (
    # "cherries while stretching", "toast whilst the kettle boiled", "a gel as i ran"
    (re.compile(rf"\s*,?\s+(?:while|whilst|as\s+i)\s+[^,;\n+()]*?{_END}", re.I), ""),
    # "kaiser rolls w jam, sunday", "pancakes (saturday brunch)", "2 eggs, kinda hungover",
    # "dried figs, afternoon slump": the day or the mood, said last or in brackets
    (
        re.compile(
            rf"\s*(?:,|\(|\s-)\s*(?:on\s+(?:a\s+)?)?(?:(?:{_DAY}){_PART}|{_MOOD})\s*\)?"
            r"(?=\s*(?:$|[,;.!\n+]))",
            re.I,
        ),
        "",
    ),
    # "plums from the tree", "pb straight off the spoon", "raspberries out of the garden"
    (
        re.compile(
            r"\s+(?:straight\s+|right\s+|fresh\s+)?(?:off|from|out\s+of)\s+(?:the|a|my|our)\s+"
            rf"(?:spoon|tree|bush|vine|garden|allotment|plant|patch|knife){_END}",
            re.I,
        ),
        "",
    ),
    # "a mango, cut up", "quinoa cooked up", "banana blitzed": how it was handled
    (
        re.compile(
            rf"\s*,\s*(?:{_HANDLED})(?:\s+up)?(?:\s+(?:into|in)\s+(?:\w+\s+)?(?:pieces|chunks|bits"
            rf"|slices|cubes|halves|quarters))?{_END}",
            re.I,
        ),
        "",
    ),
    (re.compile(rf"\b({_HANDLED})\s+up\b", re.I), r"\1"),
    (re.compile(rf"\s*,?\s+(?:blitzed|whizzed)(?:\s+up)?{_END}", re.I), ""),
    # "a gel between 15 and 20 mi", "bloks between miles 10 and 13": when in the run
    (
        re.compile(
            r"\s+between\s+(?:miles?\s+|km\s+|the\s+)?\d+(?:\.\d+)?\s*(?:k|km|mi|miles?)?\s*"
            r"(?:and|&|-|to)\s*(?:the\s+)?\d+(?:\.\d+)?\s*(?:k|km|mi|miles?)?\b",
            re.I,
        ),
        "",
    ),
    # "a bagel 2h before the marathon", "gel 1hr pre": hours said short
    (re.compile(r"\b(\d+(?:\.\d+)?)\s*h\s+(?=(?:before|after|pre|post)\b)", re.I), r"\1 hours "),
    # "rice for carb load dinner", "pasta for my carb loading": why
    (
        re.compile(
            rf"\s+for\s+(?:my\s+|the\s+)?(?:{_PHASE})(?:\s+(?:dinner|lunch|meal|breakfast|day))?\b",
            re.I,
        ),
        "",
    ),
    # "salmon and rice, meal prep", "chilli (meal prep)"
    (re.compile(r"\s*[,(\-–]\s*meal[- ]?prep(?:ped)?\s*\)?(?=\s*(?:$|[,;\n]))", re.I), ""),
    # "roast spuds (airfryer)", "hash browns, oven", "in the air fryer": how it was cooked
    (
        re.compile(
            r"\s*(?:\(\s*|,\s*|\s+in\s+the\s+)(?:air[- ]?fryer|airfried|air[- ]fried|oven|microwave"
            rf"|microwaved|oven[- ]baked)\s*\)?{_END}",
            re.I,
        ),
        "",
    ),
    # "almonds in the car after parkrun": where, before another aside said after it
    (
        re.compile(
            r"\s+(?:in|on)\s+(?:the|my)\s+(?:car|train|bus|plane|sofa|couch|desk)\b"
            r"(?=\s+(?:after|before|on|at|during|post|pre|while|whilst)\b)",
            re.I,
        ),
        "",
    ),
    # "2 cups of rooibos, black", "earl grey (black)": a tea said without milk (said.py reads
    # "tea, black"); "baileys on ice", "whisky on the rocks": poured over ice, nothing more
    (
        re.compile(
            r"\b(rooibos|redbush|earl\s+grey|english\s+breakfast|assam|darjeeling|lapsang(?:\s+souchong)?"
            r"|builders?(?:\s+tea)?|breakfast\s+tea|chai|decaf)\s*(?:,\s*|\s+|\(\s*)black\s*\)?"
            r"(?=\s*(?:$|[,;.\n+]))",
            re.I,
        ),
        r"\1",
    ),
    (re.compile(rf"\s+(?:on\s+(?:the\s+)?(?:ice|rocks)|over\s+ice|with\s+ice){_END}", re.I), ""),
    # "beef and broccoli takeout", "a curry delivery": how it came, not another food
    (re.compile(r"\s+(?:takeout|take[- ]out|delivery)\b", re.I), ""),
)


def cut_asides(text: str) -> str:
    """``text`` without the asides above."""
    if not _CUE.search(text):
        return text
    for pattern, said in _ASIDES:
        text = pattern.sub(said, text)
    return text
