"""A chain's combo, meal or numbered meal: its main, its side and its drink.

"raising canes 3 finger combo", "supermacs quarter pounder meal", "whataburger #1 w cheese",
"big mac large meal w coke": at a fast-food chain a combo, a meal or a number on the menu
board is the main with the chain's standard side (fries) and a fountain drink, medium unless
a size is said. Read as its first item only, the side and the drink were lost, or "meal"
and "#1" were left over. :func:`combo_said` says the combo as its items ("whataburger w
cheese, medium fries, a medium cola"); a drink said with the combo ("w coke") stands for the
chain's own, at the combo's size, and a combo said with its sides listed and no drink ("kfc 2
piece meal w slaw and mash") is what was listed. A combo with a name of its own in
aliases.txt ("big mac meal") is left to it; "meal deal", "meal prep" and a meal with no chain
and no size said are left to said.py's burger-meal rule.
"""

from __future__ import annotations

import re

from journal.foods.cuedlines import on_cued_lines
from journal.foods.table import load
from journal.foods.text import stem

# Chains whose combos and numbered meals are main + fries + drink (US, UK, IE, CA, AU menus).
_CHAINS = (
    r"mcdonald'?s|maccas|mickey\s+d'?s|burger\s+king|bk|hungry\s+jack'?s|wendy'?s|kfc|popeyes"
    r"|whataburger|sonic|culver'?s|jack\s+in\s+the\s+box|carl'?s\s+jr|hardee'?s|arby'?s"
    r"|raising\s+cane'?s|canes|cane'?s|chick[- ]fil[- ]a|zaxby'?s|bojangles'?|wingstop"
    r"|five\s+guys|in[- ]n[- ]out|shake\s+shack|white\s+castle|checkers|rally'?s|del\s+taco"
    r"|taco\s+bell|a&w|harvey'?s|mary\s+brown'?s|supermac'?s|eddie\s+rocket'?s|red\s+rooster"
    r"|oporto|wimpy|chicken\s+cottage|dairy\s+queen|dq|steak\s+n\s+shake|freddy'?s|smashburger"
    r"|el\s+pollo\s+loco|jollibee|subway|panda\s+express"
)
_SIZE = r"small|regular|medium|large|big|upsized?|supersized?|super\s+sized?"
_COMBO = re.compile(
    rf"(?P<lead>^|[,;+(]\s*|\band\s+)(?P<main>[a-z0-9&'#.][a-z0-9&'#. ]{{0,50}}?)"
    rf"\s+(?:(?P<size>{_SIZE})\s+)?(?P<word>combo|meal)\b(?!\s+(?:deal|prep|replacement))"
    r"(?P<after>[^,;+\n]{0,80})",
    re.I,
)
_CHAIN = re.compile(rf"\b(?:{_CHAINS})(?=\s|$)", re.I)
# "#1", "no. 1", "number 1" after a chain's name: its numbered meal.
_NUMBERED = re.compile(
    rf"\b(?P<chain>{_CHAINS})\s*(?:#|no\.?\s*|number\s+)(?P<n>\d{{1,2}})\b"
    rf"(?:\s+(?P<size>{_SIZE}))?(?:\s+(?:combo|meal))?",
    re.I,
)
# Each chain's #1 on the menu board (its signature burger).
_FIRST = {
    "whataburger": "whataburger", "mcdonalds": "big mac", "maccas": "big mac",
    "burger king": "whopper", "bk": "whopper", "hungry jacks": "whopper",
    "wendys": "daves single", "jack in the box": "jumbo jack", "carls jr": "famous star",
    "hardees": "famous star", "in n out": "double double burger",
}  # fmt: skip
_SIDE = re.compile(
    r"\b(?:fries|chips|chippies|wedges|taters|mash|slaw|coleslaw|corn|onion\s+rings|tots"
    r"|tater\s+tots|side\s+salad|hash\s+browns?|curly\s+fries|nuggets|rice|gravy)\b",
    re.I,
)
_DRINK = re.compile(
    r"\b(?:coke|cola|pepsi|sprite|fanta|7\s*up|dr\.?\s+pepper|drink|soda|pop|shake|milkshake"
    r"|lemonade|iced\s+tea|sweet\s+tea|tea|coffee|water|juice|irn\s+bru|lilt|root\s+beer)\b",
    re.I,
)
_ARTICLE = re.compile(r"^(?:an?|the)\s+", re.I)
_JOIN = re.compile(r"\s*(?:\b(?:w/?|with|and|plus)\b|&)\s*", re.I)


def _size(word: str | None) -> str:
    if not word:
        return "medium"
    word = word.lower()
    if word.startswith(("large", "big", "upsize", "super")):
        return "large"
    return "small" if word == "small" else "medium"


# What a chain's combo adds to the fries and drink (Raising Cane's: Texas toast and its sauce).
_EXTRAS = {"canes": "texas toast, canes sauce", "raising canes": "texas toast, canes sauce"}
# A count said after the chain's name ("raising canes 3 finger"): said before it.
_COUNT_AFTER = re.compile(rf"^(\s*)({_CHAINS})\s+(\d{{1,2}})\s+(?=[a-z])", re.I)
# Wendy's "4 for 4" (four items for $4): its own name, kept whole from the count readers.
_FOUR_FOR_FOUR = re.compile(r"\bwendy'?s\s+(?:4|four)\s+for\s+\$?(?:4|four)\b", re.I)


def _chain_key(said: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^a-z& ]", "", said.lower().replace("-", " "))).strip()


def _three(main: str, size: str, after: str) -> str:
    """The main with what was said with it, then the side and the drink at ``size``."""
    said = [p.strip() for p in _JOIN.split(after) if p and p.strip()]
    sides = [p for p in said if _SIDE.search(p) and not _DRINK.search(p)]
    drinks = [p for p in said if _DRINK.search(p) and p not in sides]
    rest = [p for p in said if p not in sides and p not in drinks]
    out = (
        main.strip()
        + "".join(f" with {p}" for p in rest[:1])
        + "".join(f" and {p}" for p in rest[1:])
    )
    fries = [f"{size} {p}" if re.fullmatch(r"(?:fries|chips)", p, re.I) else p for p in sides]
    out += ", " + (", ".join(fries) if sides else f"{size} fries")
    chain = _CHAIN.search(main)
    extra = _EXTRAS.get(_chain_key(chain.group(0))) if chain else None
    if extra:
        out += f", {extra}"
    if drinks:
        out += ", " + ", ".join(f"a {size} {_ARTICLE.sub('', d)}" for d in drinks)
    else:
        out += f", a {size} cola"
    return out


def _named(words: str) -> bool:
    """Whether aliases.txt names the combo itself ("caniac combo", "big mac meal")."""
    stems = [stem(w) for w in re.findall(r"[a-z0-9&']+", words.lower())]
    aliases = load().aliases
    return any(" ".join(stems[k:]) in aliases for k in range(len(stems) - 1))


def _combo(m: re.Match[str]) -> str:
    main, size, word = m.group("main"), m.group("size"), m.group("word")
    if _named(f"{main} {size or ''} {word}") and not (size and _size(size) != "medium"):
        return m.group(0)  # "big mac meal", "caniac combo": the name says it all
    if not _CHAIN.search(main) and not size:
        return m.group(0)  # "a burger meal": said.py's rule
    after = m.group("after")
    if _SIDE.search(after) and not _DRINK.search(after):
        return m.group(0)  # "kfc 2 piece meal w slaw and mash": what came in it, listed
    main = _COUNT_AFTER.sub(r"\1\3 \2 ", main)  # "raising canes 3 finger": 3 of them
    return m.group("lead") + _three(main, _size(size), after)


def _numbered(m: re.Match[str]) -> str:
    chain = _chain_key(m.group("chain"))
    main = _FIRST.get(chain) if m.group("n") == "1" else None
    if main is None:
        return m.group(0)
    said = main if main.startswith(chain) else f"{m.group('chain')} {main}"
    return f"{said} {m.group('size') or ''} meal".replace("  ", " ")


# A line names a few combos at most: a paste of thousands is not read as thousands of meals.
_MOST = 6
_DRINKS = r"coke|diet\s+coke|coke\s+zero|cola|pepsi|sprite|fanta|lemonade|drink|soda|tea|coffee"
# "a big mac meal, large", "..., medium fries", "..., large coke": the meal at that size,
# with the drink said (the fries were counted twice and the cola lost)
_MEAL_SIZED = re.compile(
    r"\b([a-z][a-z ]{0,40}?)\s+meal\s*,\s*(?:an?\s+)?(large|medium|small)"
    rf"(?:\s+(?:fries|chips|(?P<drink>{_DRINKS})))?\b(?P<rest>[^,;+\n]{{0,60}})",
    re.I,
)
# "big mac meal medium coke": the meal, then its drink or side said at a size, no comma between
_MEAL_THEN = re.compile(
    rf"\b(meal|combo)\s+(?=(?:{_SIZE})\s+(?:{_DRINKS}|fries|chips)\b"
    r"|(?:diet\s+)?(?:coke|pepsi|sprite|fanta)\b)",
    re.I,
)  # not "complete meal drink", a meal-replacement drink
# "... meal medium coke + medium fries": the meal's own fries said again, not a second helping
_FRIES_AGAIN = re.compile(
    r"(\b(?:small|medium|large) fries, a (?:small|medium|large) [a-z ]+?)\s*"
    r"(?:\+|,|&|\band\b|\bw\b|\bwith\b)\s*(?:an?\s+)?(?:(?:small|medium|large)\s+)?(?:fries|chips)\b",
    re.I,
)
_DRINK_SAID = re.compile(rf"^\s*(?:and|with|w|&)\s+(?:an?\s+)?(?:{_SIZE}\s+)?({_DRINKS})\b", re.I)


def _meal_sized(m: re.Match[str]) -> str:
    main, size, drink, rest = m[1], m[2].lower(), m["drink"], m["rest"]
    said = _DRINK_SAID.match(rest) if drink is None else None
    if said:
        drink, rest = said[1], rest[said.end() :]
    if re.match(r"\s*[a-z]", rest, re.I) and not re.match(r"\s*(?:and|with|w|&)\b", rest, re.I):
        return m[0]  # "chicken meal, large salad": the size is the salad's
    return f"{main}, {size} fries, a {size} {drink or 'cola'}{rest}"


def _said(line: str) -> str:
    if " for " in line:
        line = _FOUR_FOR_FOUR.sub("wendys fourforfour", line)
    if "#" in line or " no" in line.lower() or "number" in line.lower():
        line = _NUMBERED.sub(_numbered, line, count=_MOST)
    line = _MEAL_THEN.sub(r"\1, ", line, count=_MOST)
    line, sized = _MEAL_SIZED.subn(_meal_sized, line, count=_MOST)
    if sized:
        line = _FRIES_AGAIN.sub(r"\1", line, count=_MOST)
    return _COMBO.sub(_combo, line, count=_MOST)


def combo_said(text: str) -> str:
    """``text`` with each chain combo, meal or numbered meal said as main, side and drink."""
    return on_cued_lines(text, ("combo", "meal", "#", "number", "no.", " for "), _said)
