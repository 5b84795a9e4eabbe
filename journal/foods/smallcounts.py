"""Small counted things and pieces of a dish, said after the food they count.

A count or a handful said after a food, in words the reader did not tie back to it, was read
as a new food or as the wrong one:

- "baby carrots and ranch, like 10 carrots", "cherry tomatoes, about 8 tomatoes": the count
  names the food again by its head word; it counts the food as first said (ten baby carrots,
  10 g each), never ten of the plain head food (ten 61 g carrots);
- "tortilla chips and salsa, a couple handfuls": a handful after a food and its dip or sauce
  is the food's (two handfuls of chips), never the dip's;
- "leftover cold pizza, 2 slices of pepperoni": slices of a topping after a pizza are slices
  of that pizza, never a pepperoni pizza beside a cheese one;
- "onigiri I made, salmon, 2 balls": balls or pieces after onigiri count the onigiri, the
  filling named between is theirs;
- "tamagoyaki from the bento": the bento a food came from is where, never a bento meal;
- "raisins, mini box": a pack said after the food is that pack of it.
"""

from __future__ import annotations

import re

from journal.foods.cuedlines import on_cued_lines
from journal.foods.text import stem

_COUNT = r"\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
_HEDGE = r"(?:(?:like|about|maybe|around|roughly|approx|prob(?:ably)?|~)\s*)?"
_FOOD = r"(?:(?!(?:and|with|w)\b)[a-z][a-z'-]*\s+){0,3}((?!(?:and|with|w)\b)[a-z][a-z'-]*)"
# dips and sauces a runner eats a food with: an amount after them is never theirs
_DIP = (
    r"(?:salsa|dip|guac(?:amole)?|hummus|houmous|ranch|ketchup|mayo|queso|tzatziki|sour\s+cream"
    r"|sauce|aioli|peanut\s+butter|pb|nutella|cream\s+cheese|dressing|mustard)"
)
_JOIN = r"(?:and|with|w/?|&|\+)"
# "baby carrots and ranch, like 10 carrots": the count said with the food's head word
_HEAD_AGAIN = re.compile(
    rf"(?:^|(?<=[;\n]))(\s*)({_FOOD}(?:\s+{_JOIN}\s+{_DIP})?)\s*,\s*{_HEDGE}({_COUNT})\s+"
    rf"([a-z]+)(?=\s*(?:$|[,;\n]))",
    re.I,
)
_HANDFULS = (
    r"(?:a\s+)?(?:couple|few|two|three|\d)\s+(?:of\s+)?handfuls|an?\s+(?:big\s+|small\s+)?handful"
)
# "tortilla chips and salsa, a couple handfuls"
_HANDFUL_AFTER_DIP = re.compile(
    rf"(?:^|(?<=[;\n]))(\s*)((?:[a-z][a-z'-]*\s+){{0,3}}[a-z][a-z'-]*\s+{_JOIN}\s+{_DIP})\s*,\s*"
    rf"{_HEDGE}({_HANDFULS})(?=\s*(?:$|[,;\n]))",
    re.I,
)
_TOPPING = (
    r"pepperoni|cheese|margherita|margarita|hawaiian|supreme|veggie|vegetable|meat\s+feast"
    r"|meat\s+lovers?|sausage|mushroom|bbq\s+chicken|ham\s+and\s+pineapple|four\s+cheese"
)
# "leftover cold pizza for breakfast, 2 slices of pepperoni"
_PIZZA_TOPPING = re.compile(
    rf"\bpizza\b([^;\n]*?),\s*({_COUNT}|a|one)\s+(slices?)\s+of\s+(?:the\s+)?({_TOPPING})\b"
    rf"(?!\s+pizza)",
    re.I,
)
_FILLS = r"salmon|tuna(?:\s+mayo)?|chicken|pork|prawn|shrimp|beef|kimchi|plum|umeboshi|tofu"
# "onigiri I made, salmon, 2 balls", "rice balls, 3 pieces"
_ONIGIRI_BALLS = re.compile(
    rf"\b(onigiri|omusubi|rice\s+balls?)\b([^,;\n]*?),\s*(?:({_FILLS})\s*,\s*)?({_COUNT})\s+"
    rf"(?:balls?|pieces?|pcs)\b",
    re.I,
)
_BENTO = re.compile(r"\s*\b(?:from|in|out\s+of)\s+(?:the|my|a|her|his)\s+bento(?:\s+box)?\b", re.I)
# "raisins, mini box", "raisins, a small box": the pack of the food said before it
_PACK_AFTER = re.compile(
    r"(?:^|(?<=[;\n]))(\s*)(?:(?:packet|pack|box|bag)\s+of\s+)?((?:[a-z][a-z'-]*\s+){0,2}"
    r"[a-z][a-z'-]*(?:\s+from\s+[^,;\n]*?)?)\s*,\s*(?:a\s+)?"
    r"(mini|miniature|snack)\s+(box|pack|packet|bag)(?=\s*(?:$|[,;\n]))",
    re.I,
)


def _head_again(m: re.Match[str]) -> str:
    head = m[3].lower()
    # a plural of small pieces only: "keema pav, 2 pav" counts the dish's part
    if stem(head) == head or stem(m[5].lower()) != stem(head):
        return m[0]
    return f"{m[1]}{m[4]} {m[2]}"


def _pizza(m: re.Match[str]) -> str:
    return f"{m[4]} pizza{m[1]}, {m[2]} {m[3]}"


def _onigiri(m: re.Match[str]) -> str:
    fill = f"{m[3]} " if m[3] else ""
    return f"{m[4]} {fill}onigiri{m[2]}"


def small_counts_said(text: str) -> str:
    """``text`` with counts, handfuls and packs said after a food put before it, slices of a
    topping said as slices of the pizza, and a bento said as where the food came from."""
    text = on_cued_lines(text, ("handful",), lambda s: _HANDFUL_AFTER_DIP.sub(r"\1\3 of \2", s))
    text = on_cued_lines(text, (",",), lambda s: _HEAD_AGAIN.sub(_head_again, s))
    text = on_cued_lines(text, ("slice",), lambda s: _PIZZA_TOPPING.sub(_pizza, s))
    cues = ("ball", "piece", "pcs")
    text = on_cued_lines(text, cues, lambda s: _ONIGIRI_BALLS.sub(_onigiri, s))
    text = on_cued_lines(text, ("bento",), lambda s: _BENTO.sub("", s))
    cues = ("mini", "snack")
    return on_cued_lines(text, cues, lambda s: _PACK_AFTER.sub(r"\1a \3 \4 of \2", s))
