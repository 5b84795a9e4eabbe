"""Asides said with a meal that name no food: when, where, how it felt and how it was handled.

"23 almonds in the car after parkrun", "cherries while stretching", "2 eggs, kinda hungover",
"kaiser rolls w jam, sunday", "plums from the tree", "a banana, cut up", "quinoa cooked up",
"pb straight off the spoon", "a gel between 15 and 20 mi", "a bagel 2h before the race", "rice
for carb load dinner", "salmon and rice, meal prep", "spuds (airfryer)": each was left as
unknown words, which made a right reading look unsure (and an amount beside them unread).
:func:`cut_asides` removes them; where the words could also be a food ("sunday roast", "a
hungover breakfast" is still breakfast) only the aside's own form, said last or alone, goes.

Run from :func:`journal.foods.said.plainly`; each pattern only on the lines holding one of
its cue words (:mod:`journal.foods.cuedlines`), so a long paste pays for substring searches.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from journal.foods.cuedlines import on_cued_lines
from journal.foods.table import load
from journal.foods.text import stem
from journal.foods.words import QUIET

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
_HANDLED_RE = (
    r"cut|chopped|cooked|heated|warmed|mashed|broken|torn|sliced|diced|split|blitzed|whizzed"
)

# places and kinds of kitchen said with "style" after a dish (round 22b)
_STYLED = (
    r"new\s+york|ny|nyc|hong\s+kong|hk|new\s+orleans|sri\s+lankan?|south\s+indian|north\s+indian"
    r"|south\s+african|west\s+african|east\s+african|middle\s+eastern|latin\s+american"
    r"|south\s+american|central\s+american|new\s+zealand|deep\s+south|tex[- ]?mex|los\s+angeles"
    r"|san\s+francisco|kansas\s+city|st\.?\s+louis|west\s+indian|cape\s+malay|old[- ]school"
    r"|restaurant|takeaway|take[- ]?out|hawker|pub|diner|cafe|canteen|deli|village|family"
    r"|(?:my\s+)?(?:mum|mom|nan|gran|grandma)'?s"
)
# whose way of cooking it: "like my nan makes", "grandma's recipe"
_WHOSE = (
    r"(?:my\s+|our\s+|his\s+|her\s+)?(?:nan|nana|nanna|nanny|gran|granny|grandma|grandmother|mum"
    r"|mom|mam|mama|ma|mother|dad|father|papa|auntie|aunty|aunt|wife|husband|partner|abuela|nonna"
    r"|oma|babcia|yiayia|lola|missus|hubby)"
)

# the words each aside needs, found by substring search before its pattern runs
_DAY_OR_MOOD_CUES = (
    "day", "weekend", "kind", "hungover", "hanging", "hungry", "starving", "ravenous", "tired",
    "knackered", "wrecked", "exhausted", "shattered", "bored", "stressed", "sick", " ill",
    "rough", "craving", "slump",
)  # fmt: skip
_HANDLED = (
    "cut", "chopped", "cooked", "heated", "warmed", "mashed", "broken", "torn", "sliced", "diced",
    "split",
)  # fmt: skip
_HANDLED_CUES = (*(f", {w}" for w in _HANDLED), "blitzed", "whizzed")
_PLACE_CUES = tuple(
    f"{a} {b}"
    for a in ("the", "my")
    for b in ("car", "train", "bus", "plane", "sofa", "couch", "desk")
)
_WHERE_CUES = (
    "bed", "treadmill", "zip", "tupperware", "sofa", "couch", "desk", "cinema", "movies",
    "theatre", "theater", "buffet", "picnic", "gym", "lounge", "flight", "expo", "festival",
)  # fmt: skip
_TEA_CUES = (
    "rooibos", "redbush", "earl grey", "english breakfast", "assam", "darjeeling", "lapsang",
    "builder", "breakfast tea", "chai", "decaf",
)  # fmt: skip


# (cue words, pattern, replacement): each pattern runs only on the lines holding a cue word
@cache
def _style_named() -> frozenset[str]:
    """Words that name a dish with "style" in the aliases ("spaghetti filipino style")."""
    out: set[str] = set()
    for name in load().aliases:
        words = name.split()
        out.update(words[i - 1] for i in range(1, len(words)) if words[i] == "style")
    return frozenset(out)


def _quiet_style(m: re.Match[str]) -> str:
    """ "kerala style" dropped, unless a dish is named with it; kept whole otherwise."""
    word = stem(m[2].lower())
    if word not in QUIET or word in _style_named():
        return m[0]
    return "" if m[3] is not None else m[1]


_Said = str | Callable[[re.Match[str]], str]
_ASIDES: tuple[tuple[tuple[str, ...], re.Pattern[str], _Said], ...] = (
    # "cherries while stretching", "toast whilst the kettle boiled", "a gel as i ran"
    (
        ("while", "whilst", "as i "),
        re.compile(rf"\s*,?\s+(?:while|whilst|as\s+i)\s+[^,;\n+()]*?{_END}", re.I),
        "",
    ),
    # "kaiser rolls w jam, sunday", "pancakes (saturday brunch)", "2 eggs, kinda hungover",
    # "dried figs, afternoon slump": the day or the mood, said last or in brackets
    (
        _DAY_OR_MOOD_CUES,
        re.compile(
            rf"\s*(?:,|\(|\s-)\s*(?:on\s+(?:a\s+)?)?(?:(?:{_DAY}){_PART}|{_MOOD})\s*\)?"
            r"(?=\s*(?:$|[,;.!\n+]))",
            re.I,
        ),
        "",
    ),
    # "plums from the tree", "pb straight off the spoon", "raspberries out of the garden"
    (
        (
            "the spoon",
            "a spoon",
            "my spoon",
            "tree",
            "bush",
            "vine",
            "garden",
            "allotment",
            "knife",
        ),
        re.compile(
            r"\s+(?:straight\s+|right\s+|fresh\s+)?(?:off|from|out\s+of)\s+(?:the|a|my|our)\s+"
            rf"(?:spoon|tree|bush|vine|garden|allotment|plant|patch|knife){_END}",
            re.I,
        ),
        "",
    ),
    # "a mango, cut up", "quinoa cooked up", "banana blitzed": how it was handled
    (
        _HANDLED_CUES,
        re.compile(
            rf"\s*,\s*(?:{_HANDLED_RE})(?:\s+up)?(?:\s+(?:into|in)\s+(?:\w+\s+)?(?:pieces|chunks|bits"
            rf"|slices|cubes|halves|quarters))?{_END}",
            re.I,
        ),
        "",
    ),
    (
        ("ed up", "cut up", "torn up", "split up"),
        re.compile(rf"\b({_HANDLED_RE})\s+up\b", re.I),
        r"\1",
    ),
    (("blitzed", "whizzed"), re.compile(rf"\s*,?\s+(?:blitzed|whizzed)(?:\s+up)?{_END}", re.I), ""),
    # "a gel between 15 and 20 mi", "bloks between miles 10 and 13": when in the run
    (
        ("between",),
        re.compile(
            r"\s+between\s+(?:miles?\s+|km\s+|the\s+)?\d+(?:\.\d+)?\s*(?:k|km|mi|miles?)?\s*"
            r"(?:and|&|-|to)\s*(?:the\s+)?\d+(?:\.\d+)?\s*(?:k|km|mi|miles?)?\b",
            re.I,
        ),
        "",
    ),
    # "a bagel 2h before the marathon", "gel 1hr pre": hours said short
    (
        ("h before", "h after", "h pre", "h post"),
        re.compile(r"\b(\d+(?:\.\d+)?)\s*h\s+(?=(?:before|after|pre|post)\b)", re.I),
        r"\1 hours ",
    ),
    # "rice for carb load dinner", "pasta for my carb loading": why
    (
        ("for carb", "for my carb", "for the carb", "for recovery", "for race", "for taper"),
        re.compile(
            rf"\s+for\s+(?:my\s+|the\s+)?(?:{_PHASE})(?:\s+(?:dinner|lunch|meal|breakfast|day))?\b",
            re.I,
        ),
        "",
    ),
    # "salmon and rice, meal prep", "chilli (meal prep)"
    (
        ("prep",),
        re.compile(r"\s*[,(\-–]\s*meal[- ]?prep(?:ped)?\s*\)?(?=\s*(?:$|[,;\n]))", re.I),
        "",
    ),
    # "roast spuds (airfryer)", "hash browns, oven", "in the air fryer": how it was cooked
    (
        ("fryer", "air fried", "air-fried", "airfried", "oven", "microwave"),
        re.compile(
            r"\s*(?:\(\s*|,\s*|\s+in\s+the\s+)(?:air[- ]?fryer|airfried|air[- ]fried|oven|microwave"
            rf"|microwaved|oven[- ]baked)\s*\)?{_END}",
            re.I,
        ),
        "",
    ),
    # "almonds in the car after parkrun": where, before another aside said after it
    (
        _PLACE_CUES,
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
        _TEA_CUES,
        re.compile(
            r"\b(rooibos|redbush|earl\s+grey|english\s+breakfast|assam|darjeeling|lapsang(?:\s+souchong)?"
            r"|builders?(?:\s+tea)?|breakfast\s+tea|chai|decaf)\s*(?:,\s*|\s+|\(\s*)black\s*\)?"
            r"(?=\s*(?:$|[,;.\n+]))",
            re.I,
        ),
        r"\1",
    ),
    (
        ("on ice", "on the ice", "over ice", "with ice", "rocks"),
        re.compile(rf"\s+(?:on\s+(?:the\s+)?(?:ice|rocks)|over\s+ice|with\s+ice){_END}", re.I),
        "",
    ),
    # round 22b: "pizza, new york style", "fish curry sri lankan style", "ramen, restaurant
    # style": a place or kind of kitchen said after the dish (one word, "kerala style", is a
    # quiet word of journal.foods.words; said before the dish, "new york style cheesecake" is
    # left to the aliases)
    (
        ("style",),
        re.compile(rf"\s*(?:,\s*|\s-\s*|\s+)\(?(?:{_STYLED})[- ]style\)?{_END}", re.I),
        "",
    ),
    # "chicken biryani hyderabadi style", "kerala-style fish curry": one quiet place word
    (("style",), re.compile(rf"(\s*,\s*|\s+|^)([a-z]+)[- ]style\b({_END})?", re.I), _quiet_style),
    # "dal like my nan makes", "stew the way mum makes it", "chilli (my dad's recipe)": whose
    # way it was cooked, never another food
    (
        ("like ", "the way", "how ", "recipe"),
        re.compile(
            rf"\s*(?:,\s*|\(\s*|\s-\s*|\s+)(?:(?:just\s+)?(?:like|the\s+way|how|as)\s+(?:{_WHOSE})"
            r"\s+(?:makes?|made|used\s+to\s+make|does|did|cooks?|cooked|do(?:es)?)(?:\s+(?:it|them))?"
            rf"|(?:{_WHOSE})'?s?\s+(?:own\s+)?recipe)\s*\)?{_END}",
            re.I,
        ),
        "",
    ),
    # "japchae side, a cup", "fries side": a side dish said after its food ("a side of" is
    # read as a helping, "sunny side" and "on the side" stay)
    (
        (" side",),
        re.compile(rf"(?<=[a-z])(?<!sunny)(?<!\bthe)(?<!\ba)(?<!\bb)\s+side{_END}", re.I),
        "",
    ),
    # "chicken fried rice lunch special", "the daily special": the menu's offer, not a food
    (
        ("special",),
        re.compile(
            rf"\s*(?:,\s*|\s-\s*|\s+)(?:the\s+|a\s+)?(?:lunch|lunchtime|dinner|daily|weekday|today'?s"
            rf"|chef'?s)\s+specials?{_END}",
            re.I,
        ),
        "",
    ),
    # "calamari, an appetizer", "octopus grilled, a starter", "lamb shank for main": the course
    # it was eaten as ("a side" is a helping and stays)
    (
        ("starter", "appeti", "entree", "main", "course"),
        re.compile(
            r"\s*(?:,\s*|\s-\s*|\s+)(?:as\s+|for\s+)?(?:an?\s+|the\s+|my\s+)?(?:starters?|appeti[sz]ers?"
            rf"|entrees?|mains?|main\s+course|first\s+course|second\s+course)(?:\s+to\s+share)?{_END}",
            re.I,
        ),
        "",
    ),
    # "sub of the day", "soup of the day": the day's one, the food all the same; "eggs sunny
    # side" is said with its "up"
    (("of the day",), re.compile(r"\s+of\s+the\s+day\b", re.I), ""),
    (("sunny",), re.compile(r"\bsunny[- ]side(?![- ]?up\b)", re.I), "sunny side up"),
    # "jaffa cakes in bed", "gummies on the treadmill", "grapes in a ziploc": where, said last
    # (cut whole, so a plural food is still the last word read)
    (
        _WHERE_CUES,
        re.compile(
            r"\s+(?:in|on|at|from|out\s+of)\s+(?:the\s+|a\s+|my\s+|our\s+)?(?:bed|treadmill|ziploc"
            r"|ziplock|zip\s+lock|tupperware|sofa|couch|desk|cinema|movies|theatre|theater|buffet|picnic"
            rf"|gym|lounge|flight|expo|festival)s?\b{_END}",
            re.I,
        ),
        "",
    ),
    # "pie at half time", "water, room temp", "day old bread", "strips off the kids menu":
    # when, how warm, how old and off which menu, never another food
    (
        ("half time", "halftime", "half-time"),
        re.compile(r"\s+(?:at|during|for)\s+(?:the\s+)?half[- ]?time\b", re.I),
        "",
    ),
    (
        ("room temp",),
        re.compile(
            rf"\s*(?:,\s*|\s+)(?:at\s+)?room[- ]temp(?:erature)?{_END}|\broom[- ]temp\s+", re.I
        ),
        "",
    ),
    (("day old", "day-old"), re.compile(r"\bday[- ]old\s+", re.I), ""),
    # "sheet pan chicken and veg", "one pan chicken": what it was cooked in, not a pan of it
    (
        ("sheet pan", "sheet-pan", "one pan", "one-pan"),
        re.compile(r"\b(?:sheet|one)[- ]pan\s+(?=[a-z])", re.I),
        "",
    ),
    (
        ("kids menu", "kids' menu", "kid's menu", "childrens menu", "children's menu"),
        re.compile(r"\s+(?:off|from|on)\s+(?:the\s+)?(?:kids|kid's|children'?s)'?\s+menu\b", re.I),
        "",
    ),
    # "kids menu chicken nuggets": a kid's helping, as "kids nuggets" is read
    (("menu",), re.compile(r"\b(kids|kid's|children'?s)'?\s+menu\s+(?=[a-z])", re.I), "kids "),
    # "lemonade, a tall glass": the glass the amount reader reads "a tall glass of" as (a
    # medium one, ~ 250 ml), also said after the drink; "pasta party plate" (the race-eve
    # pasta party): the pasta
    (("tall glass",), re.compile(r"\btall\s+(?=glass)", re.I), "medium "),
    (("pasta party",), re.compile(r"\bpasta\s+party\b", re.I), "pasta"),
    # "beef and broccoli takeout", "a curry delivery": how it came, not another food
    (
        ("takeout", "take out", "take-out", "delivery"),
        re.compile(r"\s+(?:takeout|take[- ]out|delivery)\b", re.I),
        "",
    ),
)


_CUES = tuple(sorted({cue for cues, _pattern, _said in _ASIDES for cue in cues}))


def _line_without_asides(line: str) -> str:
    low = line.lower()
    for cues, pattern, said in _ASIDES:
        if any(cue in low for cue in cues):
            cut = pattern.sub(said, line)
            if cut != line:
                line, low = cut, cut.lower()
    return line


def cut_asides(text: str) -> str:
    """``text`` without the asides above."""
    return on_cued_lines(text, _CUES, _line_without_asides)
