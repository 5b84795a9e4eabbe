"""A runner's drink mix said by what went into the bottle: the made-up drink's volume.

"PH1500 tab, 750ml bidon", "one nuun dropped in a 500ml bottle", "high5 energy drink 2 scoops
750ml", "skratch hydration one bottle": a tab, scoop or sachet is how strong the drink is, the
bottle or its volume how much was drunk. An electrolyte tab (Nuun, Precision Hydration, LMNT:
0-15 kcal a bottle, labels) is its volume of water; a carbohydrate mix (Tailwind, Skratch,
High5, SiS, Maurten) is its volume of sports drink, with the scoops said so that
:mod:`journal.foods.drinkmix` adds the sugar they carry beyond a ready-to-drink one's.
Maurten's 160 and 320 keep the strengths their aliases give them. Precision
Hydration's "PH 1500" names its tabs by their sodium (mg a litre): the figure is the
product, not a count. Run from :func:`journal.foods.plainer.said_before` on cued lines.
"""

from __future__ import annotations

import re

from journal.foods.cuedlines import on_cued_lines
from journal.foods.drinkmix import is_sports_drink

# Electrolyte tabs and powders: no carbohydrate to speak of, so the drink is water.
_TABS = (
    r"nuuns?|nuun\s+(?:sport|tabs?|tablets?)|precision\s+hydration|lmnt|sis\s+hydro|zero\s+tabs?"
    r"|high\s?(?:5|five)\s+zero|hydralyte|electrolyte\s+(?:tabs?|tablets?)|hydration\s+(?:tabs?|tablets?)"
)
# Carbohydrate drink mixes: a sports drink at the volume they were made up to.
_MIXES = (
    r"tailwind(?:\s+endurance(?:\s+fuel)?)?|skratch(?:\s+(?:labs|hydration|sport))?"
    r"|high\s?(?:5|five)(?:\s+energy(?:\s+drink)?)?|sis\s+go(?:\s+electrolyte)?|torq(?:\s+energy)?"
    r"|maurten\s+drink(?:\s+mix)?|precision\s+fuel(?:\s+drink)?|gatorade\s+(?:powder|mix)"
    r"|drink\s+mix|sports\s+drink\s+mix|isostar"
)
_COUNT = r"\d+(?:\.\d+)?|an?|one|two|three|four|half\s+an?"
_DOSES = r"tablets?|tabs?|scoops?|sachets?|sticks?|stick\s+packs?|servings?"
_VOLUME = r"\d+(?:\.\d+)?\s*(?:ml|cl|l|litres?|liters?|oz|fl\.?\s*oz)"
_HOLDERS = r"bottles?|bidons?|flasks?|soft\s*flasks?|hydration\s+packs?|handhelds?"

# "ph1500", "PH 1000 tab", "ph500 tablets": Precision Hydration by its strength
_PH = re.compile(
    r"\bph\s?-?\s?(?:250|500|1000|1500)\b(?:\s+(?:tablets?|tabs?|sachets?|powder|drink\s+mix))?\b",
    re.I,
)
# "one nuun dropped in a 500ml bottle", "nuun tab, 750ml bidon", "2 nuun tabs in 1l",
# "high5 energy drink 2 scoops 750ml", "tailwind 3 scoops/750ml", "2 scoops tailwind in 600ml"
_MADE_UP = re.compile(
    rf"\b(?:(?P<pre>{_COUNT})\s+(?:(?:{_DOSES})\s+(?:of\s+)?)?)?(?P<name>{_TABS}|{_MIXES})"
    rf"(?:\s*,?\s*(?P<post>{_COUNT})?\s*(?P<dose>{_DOSES}))?"
    rf"\s*(?:,\s*|/\s*|\s+)(?:(?:dropped|dissolved|popped|mixed|stirred|fizzed|made\s+up)\s+)?"
    rf"(?:in(?:to)?\s+)?(?:an?\s+|the\s+|my\s+)?(?P<volume>{_VOLUME})"
    rf"(?:\s+(?:of\s+)?water)?(?:\s+(?:{_HOLDERS}))?\b",
    re.I,
)
# "skratch hydration one bottle", "tailwind, 2 bidons": the count of bottles said after the mix
_BOTTLES_AFTER = re.compile(
    rf"\b(?P<name>{_TABS}|{_MIXES})\s*,?\s+(?P<count>{_COUNT})\s+(?P<holder>{_HOLDERS})\b"
    r"(?!\s+of\b)",
    re.I,
)
_IS_TAB = re.compile(rf"^(?:{_TABS})$", re.I)


def _made_up(m: re.Match[str]) -> str:
    """The drink at its volume; a carbohydrate mix keeps its scoops for the sugar rule."""
    name = re.sub(r"\s+", " ", m["name"].strip())
    volume = re.sub(r"\s+", "", m["volume"])
    if _IS_TAB.match(name):
        return f"{volume} {name}"
    if not is_sports_drink(name):  # "maurten 160" alone is its gel: the drink is a sports drink
        name = "sports drink"
    dose = (m["dose"] or "").lower()
    count = m["post"] or m["pre"]
    scooped = dose.startswith(("scoop", "sachet", "stick", "serving"))
    if count and (scooped or (m["pre"] and not dose)):
        return f"{name}, {count} scoops in {volume}"
    return f"{volume} {name}"


def _rewrite(text: str) -> str:
    text = _PH.sub("precision hydration", text)
    text = _MADE_UP.sub(_made_up, text)
    return _BOTTLES_AFTER.sub(lambda m: f"{m['count']} {m['holder']} of {m['name']}", text)


_CUES = (
    "nuun",
    "ph",
    "hydration",
    "lmnt",
    "hydro",
    "zero",
    "hydralyte",
    "tab",
    "tailwind",
    "skratch",
    "high",
    "sis",
    "torq",
    "maurten",
    "precision",
    "gatorade",
    "mix",
    "isostar",
)


def runner_drinks(text: str) -> str:
    """``text`` with a drink mix said by its tab or scoops and bottle said as the made-up
    drink's volume ("PH1500 tab, 750ml bidon" is 750 ml of Precision Hydration)."""
    return on_cued_lines(text, _CUES, _rewrite)
