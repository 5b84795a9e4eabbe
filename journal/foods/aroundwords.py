"""Words around a meal that name no food, as closed classes: how it was got at, how warm, when
in the day, race or year, where from, and who with.

"peeled two mandarins at my desk", "snacked on 2 hard boiled eggs", "canned chili heated up",
"half a pink grapefruit sprinkled with sugar", "one sausage roll from greggs, still warm",
"grapes, straight from the fridge", "jelly babies x6 somewhere around mile 18", "potatoes
grabbed at cp3", "durum wrap, late night", "bagel with pb, marathon morning", "khichdi when
sick", "hot cross bun, good friday", "eggnog glass christmas", "skittles for the ultra",
"almonds from the desk drawer", "reese's cups, gas station", "palak paneer, hostel mess",
"sinigang, lola's", "juice box from the kids' lunch", "beer, free one": each left a word
unread (or, before a count, the count: "peeled two mandarins" read one). A verb is dropped,
never the food or amount after it; a word that starts an alias ("microwaved popcorn") stays;
a time, place or person goes only where it ends an item, so "christmas pudding" and "eton mess"
are foods still. "shared a bottle of prosecco with my sister" is that bottle between two.
"""

from __future__ import annotations

import re
from functools import cache

from journal.foods.cuedlines import on_cued_lines
from journal.foods.drinkpacks import shared_said
from journal.foods.table import load

# an item's end: the meal's end, a list mark, or a joining word
_END = r"(?=\s*(?:$|[,;.!\n+)]|(?:and|&|with|w/?|then)\s))"
# an item's start: the meal's start, a list mark, or a joining word
_START = r"(?:^|(?<=[,;+\n(:])|(?<=\band\s)|(?<=\bwith\s)|(?<=\bw\s)|(?<=&\s))"

# eating, getting and readying a food: said before it ("snacked on", "peeled"), never a food
_BEFORE_VERBS = (
    r"snacked(?:\s+on)?|grabbed|nibbled(?:\s+on)?|munched(?:\s+(?:on|through))?|grazed\s+on"
    r"|chowed\s+down(?:\s+on)?|peeled|reheated|re-heated|heated(?:\s+up)?|warmed(?:\s+up)?|nuked|defrosted"
    r"|thawed|crumbled|melted|sprinkled|drizzled|finished(?:\s+off)?|polished\s+off|demolished"
    r"|devoured|inhaled|wolfed(?:\s+down)?|snaffled|nabbed|picked\s+up|bought|got|tried|sampled"
    r"|enjoyed|treated\s+myself\s+to|pinched|nicked|stole|slurped|chugged"
    r"|gulped(?:\s+down)?|guzzled|swigged|sipped(?:\s+on)?|knocked\s+back|sucked\s+(?:down|on)"
)
# readying or getting said after the food ("chili heated up", "mandarins, peeled")
_AFTER_VERBS = (
    r"reheated|re-heated|heated|warmed|nuked|defrosted|thawed|melted|crumbled|peeled"
    r"|grabbed|bought|picked\s+up|nabbed|scoffed|inhaled|devoured|demolished|snaffled"
)
# a topping's verb between two foods: "grapefruit sprinkled with sugar", "dipped in houmous"
_COATING = (
    r"dipped|dunked|drizzled|sprinkled|topped|smothered|covered|coated|doused|drenched|slathered"
    r"|spread|loaded|piled|served|tossed|garnished|dusted|finished"
)
# how warm it was, said after it
_STATE = (
    r"(?:still|nice\s+and|lovely\s+and|piping|fresh(?:ly)?|slightly|a\s+bit|stone|ice)\s+"
    r"(?:warm|hot|cold|chilled|heated)|lukewarm|piping\s+hot|stone\s+cold|ice[- ]cold"
)
_BARE_STATE = r"warm|hot|cold|chilled|leftovers?|left\s+over"
# when in the race: "somewhere around mile 18", "around 25 km", "at cp3", "by km 30"
_RACE_POINT = re.compile(
    r"\s+(?:somewhere\s+(?:at\s+|around\s+|near\s+)?|(?:just\s+)?(?:around|about|near|by|past)\s+)"
    r"(?:(?:mile|mi|km|k|lap|stage|leg)\s*#?\d+(?:\.\d+)?\b|\d+(?:\.\d+)?\s*(?:k|km|kms|mi|miles?)\b)"
    r"(?!\s*(?:and|&|,|or|-|to)\s*(?:mile\s+|km\s+)?\d)" + _END,
    re.I,
)
# "a gel 10k in", "a banana about 5k into the run": how far in
_DISTANCE_IN = re.compile(
    r"\s+(?:about\s+|around\s+|like\s+|at\s+)?\d+(?:\.\d+)?\s*(?:k|km|mi|miles?)\s+in(?:to)?"
    rf"(?:\s+(?:the|my)\s+(?:run|race|ride|marathon|ultra|half|long\s+run))?{_END}",
    re.I,
)
_CHECKPOINT = re.compile(
    r"\s+(?:somewhere\s+)?(?:at|around|near|by|@|from)\s+(?:the\s+)?(?:cp|checkpoint)\s*#?\d*\b",
    re.I,
)
_HOLIDAY = (
    r"christmas(?:\s+(?:day|eve|morning))?|xmas(?:\s+(?:day|eve))?|boxing\s+day|new\s+year'?s?"
    r"(?:\s+(?:day|eve))?|nye|easter(?:\s+(?:sunday|monday|weekend))?|good\s+friday|thanksgiving"
    r"|halloween|bonfire\s+night|diwali|eid|hanukkah|chanukah|passover|(?:lunar|chinese)\s+new\s+year"
    r"|mother'?s\s+day|father'?s\s+day|valentine'?s(?:\s+day)?|australia\s+day|anzac\s+day"
    r"|st\.?\s+patrick'?s(?:\s+day)?|paddy'?s\s+day|canada\s+day|(?:july\s+4th|4th\s+of\s+july"
    r"|fourth\s+of\s+july)|(?:my\s+|a\s+|the\s+)?(?:birthday|bday)|(?:on\s+)?holidays?|on\s+vacation"
)
_RACE = r"(?:half\s+)?marathon|race|ultra|parkrun|long\s+run|race\s+day|raceday|big\s+race|\d+\s*k"
_MOMENT = (
    rf"late[- ]night|(?:{_RACE})[- ](?:morning|eve|night|day)"
    r"|when\s+(?:i\s+was\s+|i'?m\s+|feeling\s+)?(?:sick|ill|unwell|poorly|hungover|hungry|starving|tired|injured|stressed|bored|nauseous)"
    r"|when\s+(?:i|we)\s+(?:got|get|came|come|woke)\s+(?:home|back|in|up)"
)
_PERSON = (
    r"mum|mom|mam|mama|ma|dad|papa|nan|nana|nanna|gran|granny|grandma|grandpa|grandad|lola|lolo"
    r"|abuela|nonna|oma|auntie|aunty|aunt|uncle|sister|brother|sis|bro|wife|husband|hubby|partner"
    r"|gf|bf|girlfriend|boyfriend|kids?|son|daughter|children|friends?|mates?|colleagues?"
    r"|co-?workers?|team(?:mates?)?|flatmates?|roommates?|housemates?|neighbou?rs?|in-laws|family"
    r"|boss|coach|missus|lads|girls|guys|boys|gang|crew|squad|club|group"
)
# one other person: a share of two
_ONE_PERSON = (
    r"mum|mom|mam|dad|nan|gran|grandma|grandpa|sister|brother|sis|bro|wife|husband|hubby|partner"
    r"|gf|bf|girlfriend|boyfriend|son|daughter|friend|mate|colleague|co-?worker|flatmate"
    r"|roommate|housemate|neighbou?r|boss|missus"
)
_KIN = r"(?:little\s+|big\s+|older\s+|younger\s+|best\s+)?"
_WHOSE = rf"(?:(?:the|my|our|a|his|her)\s+)?{_KIN}(?:{_PERSON})"
# where it came from or was eaten, that is no pack: "the desk drawer", "the bulk bin"
_PLACE = (
    r"drawer|desk|bulk\s+bins?|bins?|taverna|mess|tuck\s+shop|vending\s+machine|office"
    r"|break\s*room|staff\s*room|kitchen|larder|pantry|cupboard|fridge|freezer|oven|stash"
    r"|cookie\s+jar|biscuit\s+tin|biscuit\s+barrel|lunch\s*box|packed\s+lunch|lunch|checkout"
    r"|hostel|dorm|hotel|hospital|plate|tin|tray|bag|box|table|garden|car\s*park|parking\s+lot"
    r"|lobby|house|flat|apartment|start\s+(?:pen|corral|area)|corral|pen|tent|porch|balcony|deck"
)
_AT_PLACE = re.compile(
    r"\s+(?:straight\s+|right\s+|fresh\s+)?(?:from|out\s+of|at|in|off)\s+"
    rf"(?:(?:the|a|an|my|our|his|her|their)\s+|{_WHOSE}'?s?'?\s+)(?:[a-z']+\s+){{0,2}}?"
    rf"(?:{_PLACE})s?(?:\s+(?:that|which)?\s*{_WHOSE}'?s?\s+(?:made|baked|cooked|brought|bought"
    rf"|sent|packed|gave\s+me|left))?{_END}",
    re.I,
)
# a place said bare after a comma: "gas station", "hostel mess", "servo"
_BARE_PLACE = re.compile(
    r"\s*,\s*(?:at\s+|from\s+)?(?:the\s+|a\s+)?(?:(?:hostel|army|college|school|work|uni|office"
    r"|staff|student|officers'?|hospital|hotel|airport|station)\s+)?(?:taverna|tuck\s+shop"
    r"|vending\s+machine|(?<!eton\s)mess|desk|drawer|bulk\s+bins?|food\s+court|lunch\s*box)"
    r"(?=\s*(?:$|[,;.!\n)]))",
    re.I,
)
# a counter that sizes its food (journal.foods.venues, takeaway): said as the word read there,
# "reese's cups, gas station" and "gas station hot dog" as the servo's; "staff canteen" as the
# canteen
_SERVO = re.compile(r"\b(?:gas|petrol|service)\s+station(?:'s)?\b", re.I)
_WHICH_CANTEEN = re.compile(
    r"\b(?:staff|school|work|uni|office|hospital|college|student|hostel)\s+(?=canteen|cafeteria)",
    re.I,
)
# a container that is no amount, with a word saying whose or which: "from the fruit bowl",
# "from the halloween bowl", "out of the sweet jar", "in a mason jar"
_FROM_CONTAINER = re.compile(
    r"\s+(?:from|out\s+of)\s+(?:the|a|my|our|his|her)\s+(?:[a-z']+\s+){1,2}?(?:bowl|jar|pot|tub"
    rf"|tin|barrel|box|bag|basket){_END}|\s*,?\s+in\s+(?:a|the|my)\s+(?:glass\s+|mason\s+|kilner\s+)?"
    r"jar(?=\s*(?:$|[,;.!\n)]))",
    re.I,
)
# a place said before the food: "vending machine snickers", "gas station hot dog"
_PLACE_FIRST = re.compile(rf"{_START}(\s*)vending\s+machine\s+(?=[a-z0-9])", re.I)
# "kedgeree for sunday brunch", "turkey for christmas dinner": which meal, not another food
_WHICH_MEAL = re.compile(
    r"\s+for\s+(?:(?:a|my|our|the)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend|lazy"
    rf"|late|quick|post[- ]?run|pre[- ]?run|{_HOLIDAY})\s+(?:breakfast|brekkie|brekky|brunch|lunch"
    rf"|dinner|supper|tea|snack|treat|feast){_END}",
    re.I,
)
_MADE_BY = re.compile(
    rf"\s+(?:that\s+|which\s+)?{_WHOSE}(?:'s)?\s+(?:made|baked|cooked|brought(?:\s+in)?|sent|packed"
    rf"|gave\s+me|left\s+out)(?:\s+(?:for\s+)?(?:us|me|it|them))?{_END}",
    re.I,
)

# the words each rewrite needs, found by substring search before its pattern runs
_HOLIDAY_CUES = (
    "christmas", "xmas", "boxing", "new year", "nye", "easter", "friday", "thanksgiving",
    "halloween", "bonfire", "diwali", "eid", "hanukkah", "chanukah", "passover", "mother",
    "father", "valentine", "day", "patrick", "july", "birthday", "bday", "holiday", "vacation",
)  # fmt: skip
_PLACE_CUES = (
    "drawer", "desk", "bin", "station", "servo", "taverna", "mess", "canteen", "cafeteria",
    "tuck", "vending", "office", "room", "kitchen", "larder", "pantry", "cupboard", "fridge",
    "freezer", "oven", "stash", "jar", "biscuit", "lunch", "counter", "checkout", "hostel",
    "dorm", "hotel", "hospital", "stall", "kiosk", "airport", "plate", "tin", "tray", "bag",
    "box", "stand", "table", "garden", "park", "lot", "lobby", "house", "flat", "apartment",
    "pen", "corral", "area", "tent", "porch", "balcony", "deck",
)  # fmt: skip
_BARE_CUES = (
    "station", "servo", "taverna", "canteen", "cafeteria", "tuck", "vending", "mess", "desk",
    "drawer", "bin", "court", "lunch",
)  # fmt: skip

_REWRITES: tuple[tuple[tuple[str, ...], re.Pattern[str], str], ...] = (
    (
        ("shared with", "split with"),
        re.compile(
            rf"\s+(?:shared|split)\s+with\s+(?:my\s+|a\s+|the\s+|our\s+)?(?:little\s+|big\s+|older\s+"
            rf"|younger\s+|best\s+)?(?:{_ONE_PERSON}){_END}",
            re.I,
        ),
        " between two",
    ),
    # "jelly babies somewhere around mile 18", "potatoes grabbed at cp3": where in the race
    (("cp", "checkpoint"), _CHECKPOINT, " at the aid station"),
    (("around", "about", "near", "by ", "past", "somewhere"), _RACE_POINT, ""),
    (("k in", "km in", "mi in", "miles in", "mile in"), _DISTANCE_IN, ""),
    # "a pink grapefruit sprinkled with sugar", "carrots dipped in houmous": the topping
    (
        ("ed ", "spread"),
        re.compile(
            rf"(?<=[a-z0-9)])\s+(?:(?:all|well|lightly|generously|then)\s+)?(?:{_COATING})"
            r"\s+(?:with|in|w/?)\s+",
            re.I,
        ),
        " with ",
    ),
    # "canned chili heated up", "cheddar melted on top", "mandarins, peeled": readied
    (
        ("ed", "bought", "picked up"),
        re.compile(
            rf"(?:\s*,\s*|(?<=[a-z0-9)])\s+)(?:{_AFTER_VERBS})(?:\s+(?:up|through|over))?"
            r"(?=\s*(?:$|[,;.!\n+)]|(?:and|&|with|w/?|then|at|from|in|on|off|out|straight|for"
            r"|when|by|around)\b))",
            re.I,
        ),
        "",
    ),
    # "sausage roll, still warm", "grapes, straight from the fridge": how warm, how fresh
    (
        ("warm", "hot", "cold", "chilled", "heated", "left"),
        re.compile(rf"(?:\s*,\s*|\s+)(?:{_STATE}){_END}|\s*,\s*(?:{_BARE_STATE}){_END}", re.I),
        "",
    ),
    (
        ("straight", "right from", "right out", "fresh from", "fresh out"),
        re.compile(r"\s+(?:straight|right|fresh)\s+(?=(?:from|out\s+of|off)\b)", re.I),
        " ",
    ),
    # "durum wrap, late night", "late night kebab", "oats, marathon morning", "khichdi when sick"
    (
        ("late", "morning", "eve", "night", "day", "when"),
        re.compile(rf"(?:\s*,\s*|\s+|\s*\(\s*)(?:{_MOMENT})\s*\)?{_END}", re.I),
        "",
    ),
    (
        ("late", "morning", "eve", "night", "day"),
        re.compile(rf"{_START}(\s*)(?:{_MOMENT})(?:\s+snack)?[:,]?\s+(?=[a-z0-9])", re.I),
        r"\1",
    ),
    # "hot cross bun, good friday", "eggnog glass christmas", "pie on boxing day": the day
    (
        _HOLIDAY_CUES,
        re.compile(
            r"(?<=[a-z0-9)])(?:\s*,\s*|\s+|\s*\(\s*)(?:(?:on|at|for|over)\s+)?"
            rf"(?:{_HOLIDAY})(?:\s+leftovers)?\s*\)?{_END}",
            re.I,
        ),
        "",
    ),
    # "skittles bag for the ultra", "gels for the marathon": what it was for
    (
        ("for ",),
        re.compile(
            r"\s+for\s+(?:the|my|a|tomorrow'?s|sunday'?s|saturday'?s)\s+(?:[a-z]+\s+)?"
            rf"(?:ultra|marathon|half|race|long\s+run|run|parkrun|hike|ride|road|trip|drive){_END}",
            re.I,
        ),
        "",
    ),
    # "almonds from the desk drawer", "trail mix from the bulk bin", "anzacs from the tin mum
    # made", "juice box from the kids' lunch": where from, said last
    (
        _PLACE_CUES,
        _AT_PLACE,
        "",
    ),
    (
        _BARE_CUES,
        _BARE_PLACE,
        "",
    ),
    (("bowl", "jar", "pot", "tub", "tin", "barrel", "box", "bag", "basket"), _FROM_CONTAINER, ""),
    (("vending",), _PLACE_FIRST, r"\1"),
    (("station",), _SERVO, "servo"),
    (("canteen", "cafeteria"), _WHICH_CANTEEN, ""),
    (("for ",), _WHICH_MEAL, ""),
    (("made", "baked", "cooked", "brought", "sent", "packed", "gave", "left out"), _MADE_BY, ""),
    # "sinigang, lola's", "stew (mum's)", "lasagne with my sister": whose, and who with
    (
        ("'s", "s'"),
        re.compile(rf"(?:\s*,\s*|\s*\(\s*){_WHOSE}(?:'s|s'|')\s*\)?(?=\s*(?:$|[,;.!\n+]))", re.I),
        "",
    ),
    (
        ("with ", "w "),
        re.compile(
            rf"\s+(?:with|w/?)\s+(?:(?:my|the|our|a)\s+{_KIN}(?:{_PERSON})|(?:friends|mates|family"
            rf"|colleagues|co-?workers|flatmates|housemates|roommates)){_END}",
            re.I,
        ),
        "",
    ),
    # "porridge, same as always", "a bagel, the usual", "oats again", "toast, nothing fancy":
    # a habit or how much fuss, never another food
    (
        ("usual", "always", "again", "fancy", "quick one", "watching"),
        re.compile(
            r"(?:\s*,\s*|\s+|\s*\(\s*)(?:(?:same\s+)?as\s+(?:always|usual|ever|per\s+usual)|(?:the|my)"
            r"\s+usual|per\s+usual|(?:once\s+)?again|nothing\s+fancy|(?:a\s+)?quick\s+one|(?:while\s+)?"
            rf"watching\s+[^,;\n+()]*?)\s*\)?{_END}",
            re.I,
        ),
        "",
    ),
    # "post-race beer, free one", "a cookie on the house": how it was paid for
    (
        ("free", "freebie", "on the house", "comp"),
        re.compile(
            r"(?:\s*,\s*|\s*\(\s*)(?:a\s+)?(?:free(?:\s+one)?|freebie|complimentary|comped|comp)\s*\)?"
            rf"{_END}|\s+(?:a\s+)?(?:free\s+one|freebie)|\s+on\s+the\s+house{_END}",
            re.I,
        ),
        "",
    ),
)


@cache
def _alias_starts() -> frozenset[str]:
    """Two-word starts of the aliases ("microwaved popcorn", "melted cheese"): kept whole."""
    out: set[str] = set()
    for name in load().aliases:
        words = name.split()
        if len(words) > 1:
            out.add(f"{words[0]} {words[1]}")
    return frozenset(out)


_VERB_FIRST = re.compile(
    rf"{_START}(\s*)(?:(?:i|we|just|then|also)\s+)*({_BEFORE_VERBS})\s+(?=([a-z0-9½¼¾]+))", re.I
)


def _verb_first(m: re.Match[str]) -> str:
    """The verb before a food dropped, unless it starts the food's own name."""
    last = m[2].split()[-1].lower()
    if f"{last} {m[3].lower()}" in _alias_starts():
        return m[0]
    return m[1]


_VERB_CUES = (
    "snacked", "grabbed", "nibbled", "munched", "grazed", "chowed", "peeled", "heated", "warmed",
    "nuked", "defrosted", "thawed", "crumbled", "melted", "sprinkled", "drizzled", "finished",
    "polished", "demolished", "devoured", "inhaled", "wolfed", "snaffled", "nabbed", "picked up",
    "bought", "got ", "tried", "sampled", "enjoyed", "treated myself", "pinched", "nicked",
    "stole", "slurped", "chugged", "gulped", "guzzled", "swigged", "sipped", "knocked back",
    "sucked",
)  # fmt: skip
_CUES = tuple(sorted({*_VERB_CUES, *(c for cues, _p, _s in _REWRITES for c in cues)}))


# how well a readying was done: "toast, lightly buttered", "generously salted chips"
_HOW_WELL = re.compile(
    r"\b(?:lightly|well|generously|thinly|thickly|heavily|slightly|nicely|perfectly|properly)\s+"
    r"(?=(?:buttered|toasted|salted|fried|grilled|seasoned|spread|dressed|oiled|sweetened|boiled"
    r"|poached|scrambled|baked|roasted|browned|charred|peppered|sugared)\b)",
    re.I,
)
# a readying word before the food anywhere ("tinned peeled tomatoes")
_READIED = re.compile(
    r"\b(peeled|reheated|re-heated|nuked|defrosted|thawed|crumbled|melted|warmed|heated)"
    r"\s+(?=([a-z0-9]+))",
    re.I,
)


def _readied(m: re.Match[str]) -> str:
    return m[0] if f"{m[1].lower()} {m[2].lower()}" in _alias_starts() else ""


def _line_around(line: str) -> str:
    low = line.lower()
    for cues, pattern, said in _REWRITES:
        if any(cue in low for cue in cues):
            cut = pattern.sub(said, line)
            if cut != line:
                line, low = cut, cut.lower()
    if "ly " in low or "well " in low:
        line = _HOW_WELL.sub("", line)
    if any(cue in low for cue in _VERB_CUES):
        line = _READIED.sub(_readied, _VERB_FIRST.sub(_verb_first, line))
    return line


def without_around(text: str) -> str:
    """``text`` without the words around its foods that name none (see the module's notes)."""
    if "shared" in text or "split" in text:  # who with is how many shares, before it is cut
        text = shared_said(text)
    return on_cued_lines(text, _CUES, _line_around)
