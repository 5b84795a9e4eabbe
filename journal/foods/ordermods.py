"""How food is ordered at a counter, said round a dish: modifiers and filling words.

"burger extra bacon", "burrito add avocado", "wrap side of slaw", "wrap large fries": a
modifier said straight after a dish with no comma was read as part of the dish's name (its
words left over, or the dish lost). :func:`order_said` says each modifier as its own item;
"make it a meal" is the dish with medium fries and a medium cola (said.py's burger meal),
"protein style" the burger in lettuce for its bun (aliases.txt); a coffee's "double shot" is the
coffee bar's default and its "extra shot" a few kcal, so both are dropped.

"steak tacos", "tofu bowl", "carnitas burrito": a filling word before a taco, bowl or burrito
names the dish with that main, not the fast-food beef taco or a bare helping of the main.
A filling with a taco of its own in aliases.txt ("fish tacos", "al pastor tacos") keeps it.

:func:`extra_helpings` reads "extra X" said after a dish: one more helping of the dish's own
X (a BLT with extra bacon has twice its bacon), or X at an add-on helping when the dish had
none (half an avocado is a side; an add-on is a third).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from journal.foods.table import load
from journal.foods.text import stem

if TYPE_CHECKING:
    from journal.foods.items import ParsedItem

# Dishes ordered at a counter, after which a modifier opens an item of its own.
_DISH = (
    r"burgers?|cheeseburgers?|hamburgers?|sandwich(?:es)?|subs?|wraps?|burritos?|tacos?|bowls?"
    r"|blts?|hot\s*dogs?|dogs?|salads?|quesadillas?|nachos|fries|melts?|paninis?|toasties?"
    r"|rolls?|baps?|butties?|sliders?|tenders|nuggets|wings|pizzas?|bagels?|croissants?"
)
_COFFEE = r"latte|cappuccino|flat\s+white|americano|mocha|macchiato|cortado|coffee"
_SIDES = r"fries|chips|wedges|onion\s+rings|tots|tater\s+tots|curly\s+fries|hash\s*browns?"
_SIZE = r"small|medium|regular|large|big|kids?"
# "extra X" after a dish, as order_said says it; "extra crispy", "extra lean" say how, not more.
_NOT_MORE = (
    r"(?:crispy|crunchy|large|big|small|hot|spicy|virgin|lean|mature|sharp|thick|thin|strong"
    r"|creamy|dry|well\s+done|light|firm|soft|ripe|fine|wide|long|sweet|mild)"
)
_EXTRA = re.compile(
    rf"\b({_DISH})\s*(?:,\s*)?(?:\+\s*|\band\s+|\bwith\s+|\bw/\s*)?"
    rf"(?:add(?:\s+on)?|extra|plus\s+extra)\s+(?!{_NOT_MORE}\b)(?=[a-z])",
    re.I,
)
_SIDE_OF = re.compile(rf"\b({_DISH})\s+(?:(?:with|w/|and)\s+)?(?:an?\s+)?side\s+of\s+", re.I)
_SIZED_SIDE = re.compile(rf"\b({_DISH})\s+(?=(?:{_SIZE})\s+(?:{_SIDES})\b)", re.I)
_MAKE_MEAL = re.compile(
    r"\s*[,;(-]?\s*(?:and\s+)?(?:make\s+it\s+a|made\s+(?:it\s+)?a|as\s+a)\s+meal\b\)?", re.I
)
_PROTEIN_STYLE = re.compile(
    r"\b(double\s+double|(?:ham)?burger|(cheese)burger)\s*[,(-]?\s*protein[- ]style\b\)?", re.I
)
_SHOT = re.compile(
    rf"\b({_COFFEE})\s*,?\s*(?:with\s+)?(?:an?\s+)?(?:double|extra|2)\s+shots?\b", re.I
)
# Fillings said before a dish (closed class: meats, fish, plant mains, taqueria cuts).
_FILLING = (
    r"steak|tofu|tempeh|seitan|fish|shrimp|prawns?|pork|beef|lamb|turkey|chorizo|barbacoa"
    r"|brisket|carnitas|al\s+pastor|pastor|carne\s+asada|asada|chicken|salmon|tuna|mushroom"
    r"|jackfruit|cauliflower|halloumi|paneer|sofritas|tinga|chicken\s+tinga|lengua|birria"
    r"|pulled\s+pork|pulled\s+chicken|ground\s+beef|grilled\s+chicken|duck|cod|mahi\s+mahi"
)
_TACO = re.compile(rf"\b({_FILLING})\s+(tacos?)\b", re.I)
_BOWL = re.compile(rf"\b(?:([a-z]+)\s+)?({_FILLING})\s+(bowls?)\b", re.I)
# Taqueria fillings whose own alias is a taco: before another dish they are its pork.
_PORK = re.compile(r"\b(?:carnitas|al\s+pastor)\s+(?=(?:burritos?|wraps?|sandwich|subs?)\b)", re.I)
_MEXICAN = frozenset(
    (
        "carnitas",
        "al pastor",
        "pastor",
        "barbacoa",
        "sofritas",
        "asada",
        "carne asada",
        "tinga",
        "chicken tinga",
        "chorizo",
        "lengua",
        "birria",
    )
)
_CUES = re.compile(
    r"\b(?:add|extra|side|meal|protein|shots?|tacos?|bowls?|carnitas|pastor|"
    rf"{_SIZE})\b",
    re.I,
)


@lru_cache(maxsize=256)
def _named(words: str) -> bool:
    """Whether aliases.txt names ``words`` itself ("fish tacos", "salmon bowl")."""
    return " ".join(stem(w) for w in words.lower().split()) in load().aliases


def _taco(m: re.Match[str]) -> str:
    if _named(m[0]) or _named(f"{m[1]} taco"):
        return m[0]
    return f"{m[1]} corn {m[2]}"


def _bowl(m: re.Match[str]) -> str:
    """ "steak bowl": a rice bowl (a burrito bowl for taqueria fillings) with that main;
    a shop's own bowl ("chipotle steak bowl") is left to its alias."""
    if _named(f"{m[2]} {m[3]}") or (m[1] and _named(f"{m[1]} bowl")):
        return m[0]
    kind = "burrito" if re.sub(r"\s+", " ", m[2].lower()) in _MEXICAN else "rice"
    return f"{m[1] + ' ' if m[1] else ''}{m[2]} {kind} {m[3]}"


def _protein_style(m: re.Match[str]) -> str:
    """ "burger protein style": aliases.txt's protein style burger (lettuce for its bun)."""
    if m[1].lower().startswith("double"):
        return "protein style double double"
    return "protein style burger with cheese" if m[2] else "protein style burger"


def order_said(text: str) -> str:
    """``text`` with each counter modifier said as its own item and a filling said before
    a taco or bowl said as that dish's main."""
    if not _CUES.search(text):
        return text
    text = _SHOT.sub(r"\1", text)
    text = _MAKE_MEAL.sub(", medium fries, a medium cola", text)
    text = _PROTEIN_STYLE.sub(_protein_style, text)
    text = _EXTRA.sub(r"\1, extra ", text)
    text = _SIDE_OF.sub(r"\1, a side of ", text)
    text = _SIZED_SIDE.sub(r"\1, ", text)
    text = _PORK.sub("pork ", text)
    text = _TACO.sub(_taco, text)
    return _BOWL.sub(_bowl, text)


_EXTRA_PIECE = re.compile(rf"^\s*extra\s+(?!{_NOT_MORE}\b)(?=[a-z])", re.I)
# An add-on of a food bought whole is a scoop, not the whole (Subway's avocado ~ 35 g, a
# burger's ~ a third of an avocado): grams of one add-on by the food's SR24 name.
_ADD_ON_G = {"Avocados, raw": 50.0}


def extra_helpings(
    pieces: list[tuple[str, str]], items: list[ParsedItem]
) -> tuple[list[tuple[str, str]], list[ParsedItem], list[ParsedItem]]:
    """The pieces and items with each "extra X" said after a dish read as one more helping:
    of the dish's own X (its grams added to that part) or, when the dish has none, X at an
    add-on helping, held apart (the third list) so no later rule reads it as the dish's
    filling ("burger, extra bacon" is not a bacon burger)."""
    if not any(_EXTRA_PIECE.match(p) for p, _sep in pieces):
        return pieces, items, []
    from journal.foods import match as matcher  # it imports this package's readers

    table = load()
    kept_p: list[tuple[str, str]] = []
    kept: list[ParsedItem] = []
    held: list[ParsedItem] = []
    for piece, item in zip(pieces, items, strict=True):
        dish = kept[-1] if kept else None
        if not _EXTRA_PIECE.match(piece[0]) or dish is None or len(item.parts) != 1:
            kept_p.append(piece)
            kept.append(item)
            continue
        food = item.parts[0][0]
        heads = matcher.head_stems(food)
        at = next(
            (
                k
                for k, (i, _g) in enumerate(dish.parts)
                if i == food or matcher.head_stems(i) == heads
            ),
            None,
        )
        if at is not None and len(dish.parts) > 1 and not item.amount_given:
            parts = list(dish.parts)
            parts[at] = (parts[at][0], round(parts[at][1] * 2, 2))
            dish.parts = tuple(parts)
            dish.grams = round(sum(g for _i, g in parts), 2)
            continue
        grams = _ADD_ON_G.get(table.name(food).split(" all")[0].rstrip(", "))
        if grams is not None and not item.amount_given:
            item.parts = ((food, grams),)
            item.grams = grams
        held.append(item)
    return kept_p, kept, held
