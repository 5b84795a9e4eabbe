"""How many or how much said after a food, or apart from it, read as the food's own amount.

The reader takes an amount said before its food. Said after it, the amount was left unread or
went to the wrong food:

- "celery w peanut butter, 3 stalks", "bagel with cream cheese, 2 of them": a count of pieces
  said after a food and what it is eaten with is the first food's (the stalks are the
  celery's), not the last-named food's;
- "20 nuggets to share, ate like 12", "a box of 10 donuts, had 3": what was eaten, said after
  what there was, replaces it;
- "sis gel at 10k and 15k", "a gu at 5k, 10k and 15k", "gel at 45 and 90 min": one at each
  mark said;
- "avo toast w feta, 2 slices multigrain": slices said with a bread's kind are that bread's;
- "ice cream, 2 scoops vanilla": a kind said after the amount is the food's;
- "grapes, a handful from the fridge", "2 swedish fish handfuls": a handful said after the
  food is a handful of it; "a fistful" is a handful.

Run from :func:`journal.foods.plainer.said_before` on the lines holding a cue word.
"""

from __future__ import annotations

import re

from journal.foods.cuedlines import on_cued_lines

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "a couple": 2, "a couple of": 2,
}  # fmt: skip
_COUNT = r"\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten"
_HEDGE = r"(?:(?:like|about|around|maybe|prob(?:ably)?|roughly|~|only|just)\s*)*"
# a word of a food: not a word that joins foods or says an amount
_WORD = (
    r"(?!(?:w|with|and|or|on|in|at|for|to|like|maybe|about|only|half|ate|had|the|a|an)\b)"
    r"(?:&|[a-z][a-z'&-]*)"
)
_FOOD = rf"(?:{_WORD}\s+){{0,3}}{_WORD}"
_START = r"(?:^|(?<=[,;:+\n]))"
_END = r"(?=\s*(?:$|[,;+\n]))"
# pieces a count after "A with B" says of A: its stalks, slices, pieces
_PIECE = r"stalks?|sticks?|slices?|pieces?|pcs?|halves|rounds?|wedges?|fingers?"
_OF_THEM = r"of\s+them|of\s+those|of\s+em|so\s+far|in\s+total|total"

# "celery w peanut butter, 3 stalks": the count goes before the first food
_WITH_AFTER = re.compile(
    rf"{_START}(?P<sp>\s*)(?P<first>{_FOOD})\s+(?P<join>w/?|with|on|&)\s+(?P<second>{_FOOD})"
    rf"\s*,\s*{_HEDGE}(?P<n>{_COUNT})(?:\s+(?P<piece>{_PIECE}))?(?:\s+(?P<after>{_OF_THEM}))?"
    rf"{_END}",
    re.I,
)
# "20 nuggets to share, ate like 12": the count eaten replaces the count there was
_ATE = re.compile(
    rf"{_START}(?P<sp>\s*)(?:(?P<had>\d{{1,3}})\s+)?(?P<food>[a-z][a-z0-9'&\s-]{{0,40}}?)\s*,\s*"
    rf"(?:but\s+)?(?:i\s+)?(?:only\s+)?(?:ate|had|eaten|finished)\s+{_HEDGE}(?P<n>{_COUNT})"
    rf"(?:\s+of\s+(?:them|those|em|it|the\s+\d{{1,3}}|the\s+(?:lot|box|bag|pack)))?{_END}",
    re.I,
)
# "sis gel at 10k and 15k", "gu at 5k, 10k and 15k": one at each mark
_MARK = r"(?:mile\s+)?\d{1,3}(?:\.\d)?\s*(?:k|km|mi|miles?|mins?|minutes?|hrs?|hours?)?"
_AT_MARKS = re.compile(
    rf"{_START}(?P<sp>\s*)(?:(?:an?|one)\s+)?(?P<food>{_FOOD})\s+at\s+(?:the\s+)?"
    rf"(?P<marks>{_MARK}(?:\s*(?:,|and|&)\s*(?:the\s+)?{_MARK}){{0,5}})"
    rf"(?=\s*(?:$|[,;+\n]|(?:mark|marks|points?)\b))",
    re.I,
)
_MARK_SPLIT = re.compile(r"\s*(?:,|\band\b|&)\s*", re.I)
_MARK_UNIT = re.compile(r"\d\s*(?:k|km|mi|miles?|mins?|minutes?|hrs?|hours?)\b|^mile\b", re.I)
_FEW = r"an?|one|two|three|\d|a\s+couple(?:\s+of)?|a\s+few"
_SIZE = r"small|big|large|good|decent|generous|huge|couple|few|little"
# "grapes, a handful from the fridge", "sour patch kids, 2 handfuls"
_HANDFUL_AFTER = re.compile(
    rf"{_START}(?P<sp>\s*)(?P<food>{_FOOD})\s*[,:]\s*{_HEDGE}(?P<n>{_FEW})\s+"
    rf"(?P<size>(?:{_SIZE})\s+)?(?P<unit>handfuls?)\b(?!\s+of\b)",
    re.I,
)
# "2 swedish fish handfuls mid run": the handfuls said after the food, without a comma
_HANDFULS_BEHIND = re.compile(
    rf"{_START}(?P<sp>\s*)(?P<n>\d|an?|one|two|three)\s+(?!{_SIZE}\b)(?P<food>{_FOOD})\s+"
    r"(?P<unit>handfuls?)\b(?!\s+of\b)",
    re.I,
)
# "a box of 10 donuts, had 3": the pack that held them goes
_PACK = re.compile(
    r"(?:(?:an?|the|my|some)\s+)?(?:box|bag|pack|packet|plate|tray|bucket|tub)\s+of\s+", re.I
)
# "hokey pokey icecream 2 scoops in a cone", "frosted mini wheats 25 biscuits w milk": scoops
# or biscuits said after the food and before more words (at the end the reader takes them)
_SCOOPS_BEHIND = re.compile(
    rf"{_START}(?P<sp>\s*)(?P<food>{_FOOD})(?P<comma>\s*,)?\s+(?P<n>\d{{1,2}}|an?|one|two|three)\s+"
    r"(?P<unit>scoops?|biscuits?)\b(?!\s+of\b)",
    re.I,
)
# "ice cream, 2 scoops in a cone": what scoops are served in (a cone is a food of its own)
_SERVED_IN = re.compile(r"\s+in\s+an?\s+(?:\w+\s+)?(?:cone|cup|tub|bowl)\b", re.I)
# "ben & jerrys half a pint": a share of a pack said after its food, with no comma
_SHARE_BEHIND = re.compile(
    rf"{_START}(?P<sp>\s*)(?P<food>{_FOOD})\s+(?P<share>half|a\s+third|a\s+quarter)\s+"
    r"(?P<pack>an?|the)\s+(?P<unit>pint|tub|pack|packet|bag|box|tin|can|bottle|jar|punnet)\b"
    rf"{_END}",
    re.I,
)
# "avo toast w feta, 2 slices multigrain": slices of a bread said by its kind alone
_BREAD_KIND = re.compile(
    r"\b(?P<n>\d|an?|one|two|three)\s+(?P<unit>slices?|pieces?)\s+(?:of\s+)?(?P<kind>multi-?\s?grain"
    r"|whole-?\s?grain|seeded|granary|wholemeal|whole\s?wheat|brown|white|rye|spelt)"
    r"(?=\s*(?:$|[,;+\n]))",
    re.I,
)
# "ice cream, 2 scoops vanilla", "yoghurt, 1 pot strawberry": the kind said after the amount
_KIND_AFTER = re.compile(
    rf"{_START}(?P<sp>\s*)(?P<food>{_FOOD})\s*,\s*(?P<n>\d{{1,2}}|an?|one|two|three)\s+"
    r"(?P<unit>scoops?|pots?|tubs?|bowls?|cups?|bars?|cans?|bottles?|glasses?)\s+"
    rf"(?P<kind>{_WORD}(?:\s+{_WORD})?){_END}",
    re.I,
)
_FISTFUL = re.compile(r"\bfistfuls?\b", re.I)

_CUES = (
    "stalk", "stick", "slice", "piece", "pc", "halves", "round", "wedge", "finger", "of them",
    "of those", "of em", "so far", "total", "ate ", "had ", "eaten ", "finished ", " at ",
    "handful", "fistful", "scoop", "biscuit", "half", "third", "quarter", "pot", "tub", "bowl",
    "cup", "bar", "can", "bottle", "glass",
)  # fmt: skip


def _with_after(m: re.Match[str]) -> str:
    if not (m["piece"] or m["after"]):
        return m[0]  # "toast w jam, 2": not said as a count of pieces
    piece = f" {m['piece']}" if m["piece"] else ""
    if piece and m["first"].lower().rstrip("s").endswith(m["piece"].lower().rstrip("s")):
        piece = ""  # "carrot sticks w hummus, 6 sticks": six carrot sticks
    return f"{m['sp']}{m['n']}{piece} {m['first']} {m['join']} {m['second']}"


def _ate(m: re.Match[str]) -> str:
    food = m["food"].strip()
    pack = _PACK.match(food)
    rest = food[pack.end() :] if pack else food
    rest = re.sub(r"^\d{1,3}\s+", "", rest)  # "a box of 10 donuts": the box held 10
    if not rest or not (m["had"] or pack or re.search(r"s\b", rest)):
        return m[0]  # "chicken, ate 2": no count, pack or pieces said before
    n = m["n"] if m["n"].isdigit() else str(_NUMBER_WORDS.get(m["n"].lower(), m["n"]))
    return f"{m['sp']}{n} {rest}"


def _at_marks(m: re.Match[str]) -> str:
    marks = [k for k in _MARK_SPLIT.split(m["marks"]) if k]
    if not any(_MARK_UNIT.search(k) for k in marks):
        return m[0]  # "coffee at 7 and 9": times, not distance marks
    if len(marks) == 1:  # "gel at 45 min": when it was eaten, which no food names
        return m.string[m.start() : m.start("food")] + m["food"]
    return f"{m['sp']}{len(marks)} {m['food']}"


def _handful_after(m: re.Match[str]) -> str:
    size = m["size"] or ""
    return f"{m['sp']}{m['n']} {size}{m['unit']} of {m['food']}"


def _handfuls_behind(m: re.Match[str]) -> str:
    return f"{m['sp']}{m['n']} {m['unit']} of {m['food']}"


def _scoops_behind(m: re.Match[str]) -> str:
    if m["unit"].lower().startswith("biscuit"):  # "weetbix 3 biscuits": three of them
        return f"{m['sp']}{m['n']} {m['food']}"
    served = _SERVED_IN.match(m.string, m.end())
    if m["comma"] and not served:
        return m[0]  # "muscle milk, 2 scoops in water": the reader takes it after a comma
    cone = served is not None and "cone" in served[0].lower()  # the cone: an item of its own
    return f"{m['sp']}{m['n']} {m['unit']} of {m['food']}{',' if cone else ''}"


def _share_behind(m: re.Match[str]) -> str:
    return f"{m['sp']}{m['share']} {m['pack']} {m['unit']} of {m['food']}"


def _kind_after(m: re.Match[str]) -> str:
    """The kind before the food when with the food it names a food of its own ("strawberry
    yoghurt", "diet coke") or a flavour no food is named by ("vanilla"); not a food of its
    own ("toast, 2 cups coffee"). Slices are left alone: said after a dish they list its parts
    ("turkey wrap, 4 slices turkey", "grilled cheese, 2 slices american")."""
    from journal.foods.items import _parse_item_cached  # items reads said, which reads this
    from journal.foods.parse import _unit_of

    kind, food = m["kind"], m["food"]
    both = _parse_item_cached(f"{kind} {food}")
    if not both.sure or both.index is None or _unit_of(kind.split()[0].lower()):
        return m[0]
    alone, plain = _parse_item_cached(kind), _parse_item_cached(food)
    if alone.sure and both.index in (alone.index, plain.index):
        return m[0]  # "toast, 2 slices sourdough", "turkey wrap, 4 slices turkey"
    return f"{m['sp']}{m['n']} {m['unit']} {kind} {food}"


def _line(line: str) -> str:
    low = line.lower()
    if "fist" in low:
        line = _FISTFUL.sub(lambda m: "handful" + ("s" if m[0].lower().endswith("s") else ""), line)
        low = line.lower()
    if "handful" in low:
        line = _HANDFULS_BEHIND.sub(_handfuls_behind, _HANDFUL_AFTER.sub(_handful_after, line))
    if "scoop" in low or "biscuit" in low:
        line = _SCOOPS_BEHIND.sub(_scoops_behind, line)
    if "half" in low or "third" in low or "quarter" in low:
        line = _SHARE_BEHIND.sub(_share_behind, line)
    if "slice" in low or "piece" in low:
        line = _BREAD_KIND.sub(r"\g<n> \g<unit> \g<kind> bread", line)
    if "," in line:
        line = _WITH_AFTER.sub(_with_after, _KIND_AFTER.sub(_kind_after, line))
        if re.search(r"\b(?:ate|had|eaten|finished)\s", line, re.I):
            line = _ATE.sub(_ate, line)
    if " at " in low:
        line = _AT_MARKS.sub(_at_marks, line)
    return line


def counts_after(text: str) -> str:
    """``text`` with a count, handful or marks said after a food said before it."""
    return on_cued_lines(text, _CUES, _line)
