"""Takeaway and shop words said the way the counter says them: "b.e.l.t.", "chippies", "pie
from the servo, mince and cheese".

- A menu's dotted initials ("b.e.l.t.", "b.l.t.", "p.b.&j.") were split into stray letters:
  three or more single letters joined by dots are one word ("belt", "blt"), which aliases.txt
  names (two-letter ones like "e.g." and "a.m." are left).
- "chippies" (Oporto's and Red Rooster's chips) folded to "chippy", the chip shop, and was cut
  as a place: said as the chips they are.
- A bare pie bought at an AU/NZ servo, bakery, dairy or the footy is a meat pie, not SR24's
  apple pie slice; its filling said after a comma ("pie, mince and cheese", "steak pie" said
  as "pie, steak") names the pie ("mince and cheese pie").
Lines without a cue ("." , "chippies", "pie") are never scanned.
"""

from __future__ import annotations

import re

from journal.foods.cuedlines import on_cued_lines

# Three to six single letters each followed by a dot ("b.e.l.t.", "b.l.t", "p.b.&j.").
_INITIALS = re.compile(r"(?<![a-z0-9.])((?:[a-z]\.\s?&?){2,5}[a-z])\.?(?![a-z0-9])", re.I)
_CHIPPIES = re.compile(r"(?<!\bthe\s)\bchippies\b", re.I)
# A bare pie (no filling or fruit said before it) from a place whose pies are meat pies.
_PIE_PLACE = (
    r"servo|bakery|bakers\s+delight|dairy|footy|football|pie\s+shop|petrol\s+station"
    r"|service\s+station|gas\s+station|servo's|garage|canteen"
)
_BARE_PIE = re.compile(
    r"(?P<lead>(?:^|[,;+(]|\b(?:and|&|a|an|one|two|three|four|five|six|\d{1,2})\b)\s*)pies?"
    rf"(?=\s+(?:from|at)\s+(?:the\s+|a\s+)?(?:{_PIE_PLACE})\b)",
    re.I,
)
_FILLING = (
    r"(?:mince|minced\s+beef|steak|cheese|chicken|mushroom|pepper|peppered|bacon|onion|kidney"
    r"|ale|curry|potato|leek|beef|lamb|pork|veg|vegetable|chunky\s+steak)"
)
# "[meat] pie [from the servo], mince and cheese": the filling said after the pie.
_PIE_FILLED_AFTER = re.compile(
    r"(?P<lead>(?:^|[;+(]|\b(?:and|&)\b)\s*(?:(?:an?|one|1|2|two)\s+)?)(?P<meat>meat\s+)?pie"
    r"(?P<place>\s+(?:from|at)\s+(?:the\s+|a\s+)?[a-z']+(?:\s+[a-z']+)?)?\s*,\s*"
    rf"(?P<fill>{_FILLING}(?:\s*(?:and|&|n|'n')\s*{_FILLING})?)(?=\s*(?:$|[,;+)]|\bpie\b))",
    re.I,
)


def _initials(m: re.Match[str]) -> str:
    letters = re.sub(r"[.\s]", "", m.group(1)).lower()
    return letters if len(letters.replace("&", "")) >= 3 else m.group(0)


def _filled_after(m: re.Match[str]) -> str:
    """The pie named by its filling, when the filling is two ("mince and cheese") or the pie
    is said savoury ("meat pie", a servo's): a lone "pie, mince" is left to fillingafter.py
    (a "mince pie" is a Christmas sweet)."""
    if not (m["meat"] or m["place"] or re.search(r"\s(?:and|&|n|'n')\s|&", m["fill"])):
        return m[0]
    return f"{m['lead']}{m['fill']} pie{m['place'] or ''}"


def _said(line: str) -> str:
    if "." in line:
        line = _INITIALS.sub(_initials, line)
    low = line.lower()
    if "chippies" in low:
        line = _CHIPPIES.sub("chips", line)
    if "pie" in low:
        line = _BARE_PIE.sub(r"\g<lead>meat pie", line)
        line = _PIE_FILLED_AFTER.sub(_filled_after, line)
    return line


def takeaway_said(text: str) -> str:
    """``text`` with a counter's initials joined, its "chippies" said as chips, and a servo's
    or bakery's bare pie said as the meat pie it is."""
    return on_cued_lines(text, (".", "chippies", "pie"), _said)
