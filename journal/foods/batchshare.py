"""A share eaten of a batch whose amounts were said as made, read as the amounts eaten.

"made 500g of chilli, ate about a third", "stew, made 1kg, had half", "pancakes: 1 cup flour,
1 egg, 1 cup milk - ate half the batch", "400g mince w 1 tin beans, had half": the figures
say what went into the pot, the share what was eaten. The share was left to the last item it
followed ("half a cup milk"), or read as a food ("a third of a 1kg made" as vermicelli), and
the rest counted whole. :func:`batch_shared` scales each amount said first in a listed part by
the share ("0.5 cup flour, 0.5 egg, 0.5 cup milk") and drops the share's words.

With a word that says a batch was made ("made", "batch", "pot", "pan", "tray", "recipe") or
two listed amounts, every amount said first in a part is scaled; with one food, only its
weight ("500g tub of yoghurt, had a third"); with no amount ("lasagne, ate half") the share is
shareafter.py's. Run from :func:`journal.foods.plainer.said_before`, only on the lines
holding a share word. A rate said with its hours ("2 dates every hour, 4 hours") or its total
("a gel every 45 min, 4 total") is read the same way, on the lines holding "every".
"""

from __future__ import annotations

import re

from journal.foods.cuedlines import on_cued_lines

_SHARES = {
    "half": 1 / 2, "a half": 1 / 2, "1/2": 1 / 2, "a third": 1 / 3, "one third": 1 / 3,
    "1/3": 1 / 3, "a quarter": 1 / 4, "one quarter": 1 / 4, "1/4": 1 / 4, "two thirds": 2 / 3,
    "2/3": 2 / 3, "three quarters": 3 / 4, "3/4": 3 / 4,
}  # fmt: skip
_SHARE = "|".join(re.escape(s).replace(r"\ ", r"\s+") for s in sorted(_SHARES, key=len)[::-1])
_BATCH = r"batch|lot|pot|pan|tray|recipe|dish|thing|whole\s+thing|pan|casserole|it|it\s+all|that"
# ", ate about a third", " - had half the batch", "; i ate half of it"
_EATEN = re.compile(
    r"(?:\s*[,;]\s*|\s+[-–]\s+|\s+)(?:and\s+)?(?:i\s+)?(?:only\s+)?(?:ate|had|finished|eaten)\s+"
    rf"(?:about\s+|maybe\s+|roughly\s+|around\s+|~\s*)?({_SHARE})"
    rf"(?:\s+(?:of\s+)?(?:the\s+|my\s+)?(?:{_BATCH})\b)?"
    r"(?=\s*(?:$|[+;,\n]|(?:then|\+)\b))",
    re.I,
)
_MADE_WORDS = re.compile(r"\b(?:made|cooked\s+up|batch|pot|pan|tray|recipe|casserole)\b", re.I)
# "stew, made 1kg": the batch's size said after it goes before it ("made 1kg stew")
_SIZE_AFTER = re.compile(
    r"(^|[,;:+\n])(\s*)([a-z][a-z' &-]*?)\s*,\s*made\s+"
    r"(\d+(?:\.\d+)?\s*(?:g|kg|ml|l|lbs?|oz|cups?|portions?|servings?)\b)",
    re.I,
)
# an amount said first in a listed part: the line's start, a list mark or a joining word
_LISTED = re.compile(
    r"(?:^|(?<=[,:+&(])|(?<=\bw\s)|(?<=\bwith\s)|(?<=\band\s)|(?<=\bmade\s))(\s*)"
    r"(\d+(?:\.\d+)?(?:\s+\d/\d)?|\d/\d|an?|one|two|three|four)(?=\s*(?:[a-z(]|$))(?!\s*x\b)",
    re.I,
)
_WORDS = {"a": 1.0, "an": 1.0, "one": 1.0, "two": 2.0, "three": 3.0, "four": 4.0}
_FIGURE = re.compile(r"\d+(?:[./]\d+)?")


def _value(said: str) -> float:
    said = said.lower()
    if said in _WORDS:
        return _WORDS[said]
    whole, _, frac = said.partition(" ")
    if "/" in whole:
        frac, whole = whole, "0"
    value = float(whole)
    if frac:
        top, bottom = frac.split("/")
        value += float(top) / float(bottom)
    return value


# "plain 500g tub of yoghurt, had a third": one food's weight, wherever it is said
_WEIGHED = re.compile(r"()(\d+(?:\.\d+)?)(?=\s*(?:g|grams?|kg|ml|l|litres?|lbs?|oz)\b)", re.I)


def _scaled(scope: str, share: float, listed: bool) -> tuple[str, int]:
    def one(m: re.Match[str]) -> str:
        value = round(_value(m[2]) * share, 2)
        return f"{m[1]}{value:g}"

    return _LISTED.subn(one, scope) if listed else _WEIGHED.subn(one, scope, count=1)


# "chilli w 500g mince, 1 tin beans - serves 4", "500g pasta, split between 3": one serving
_SERVES = re.compile(
    r"(?:\s*[,;]\s*|\s+[-–]\s+|\s+)(?:it\s+|which\s+)?(?:serves|served|feeds|fed"
    r"|made\s+enough\s+for|split\s+(?:between|among|into|\d\s+ways)|shared\s+(?:between|among|by)"
    r"|for)\s+(\d|two|three|four|five|six|eight)(?:\s+(?:people|of\s+us|ways|portions|servings))?"
    r"(?=\s*(?:$|[+;,\n]|(?:then|\+)\b))",
    re.I,
)
_HOW_MANY = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eight": 8}


_BATCH_NAME = re.compile(
    r"^(\s*)(?:made\s+|cooked\s+)?(?:(?:an?|the|some|my)\s+)?(?:(?:big|huge|large)\s+)?"
    r"(?:(?:pot|pan|tray|batch)\s+of\s+)?[a-z][a-z' &-]*?\s+(?:w|with|using)\s+(?=\d)",
    re.I,
)


def _share_said(line: str) -> tuple[re.Match[str] | None, float]:
    """The words that say the share eaten, and the share: "ate half", "serves 4"."""
    eaten = _EATEN.search(line)
    if eaten:
        return eaten, _SHARES[re.sub(r"\s+", " ", eaten[1].lower())]
    serves = _SERVES.search(line)
    if serves:
        many = _HOW_MANY.get(serves[1].lower()) or int(serves[1])
        return (serves, 1 / many) if many > 1 else (None, 1.0)
    return None, 1.0


def _batch_line(line: str) -> str:
    eaten, share = _share_said(line)
    if not eaten:
        return line
    line = _SIZE_AFTER.sub(r"\1\2made \4 \3", line)
    eaten, share = _share_said(line)
    if not eaten:
        return line
    before = line[: eaten.start()]
    start = max(before.rfind(":") + 1, before.rfind("\n") + 1, before.rfind(";") + 1)
    made = _MADE_WORDS.search(before, start)
    scope = before[start:]
    listed = bool(made) or len(_FIGURE.findall(scope)) > 1
    if listed:  # "chilli w 500g mince, 1 tin beans": the batch's name, not a food beside them
        scope = _BATCH_NAME.sub(r"\1", scope, count=1)
    scope = re.sub(r"\bmade\s+(?=\d)", "", scope, flags=re.I)
    scope, scaled = _scaled(scope, share, listed)
    if not scaled:
        return line  # "lasagne, ate half": no amount to scale (shareafter.py reads it)
    return f"{before[:start]}{scope}{line[eaten.end() :]}"


# "2 dates + a pinch of salt every hour, 4 hours": what was taken each hour, times the hours
_HOURLY = re.compile(
    r"(^|[;:\n])([^;:\n]{0,80}?)\s+every\s+(?:hour|hr|60\s*min(?:ute)?s?)\b[^,;\n]{0,40}?,?\s*"
    r"(?:for\s+)?(\d+(?:\.\d+)?)\s*(?:hours|hrs|h)\b(?:\s+total)?",
    re.I,
)
# "gu gel every 45 min on the long run, 4 total": the total said after the rate
_TOTAL = re.compile(
    r"(^|[,;:+\n])(\s*)(?:(?:\d+|an?|one)\s+)?([a-z][a-z' -]{0,80}?)\s+every\s+[^,;+\n]{0,40}?,\s*"
    r"(\d+)\s+(?:in\s+)?total\b",
    re.I,
)


def _hourly(m: re.Match[str]) -> str:
    scaled, count = _LISTED.subn(lambda n: f"{n[1]}{round(_value(n[2]) * float(m[3]), 2):g}", m[2])
    return f"{m[1]}{scaled}" if count else m[0]


def _rates_line(line: str) -> str:
    return _TOTAL.sub(r"\1\2\4 \3", _HOURLY.sub(_hourly, line))


def batch_shared(text: str) -> str:
    """``text`` with a share eaten of a batch said through the batch's listed amounts."""
    cues = ("half", "third", "quarter", "/", "serve", "feed", "for ", "split", "shared", "between")
    text = on_cued_lines(text, cues, _batch_line)
    return on_cued_lines(text, ("every ",), _rates_line)
