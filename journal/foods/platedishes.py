"""Helping words of South and East Asian meals, said as the helpings they are.

- A plate of a dish that is served as a plate ("rajma chawal 1 plate", "poha one plate",
  "chole bhature plate, 2 bhature", "a plate of pav bhaji"): in India such a dish is ordered
  and eaten by the plate, so the plate is its usual helping, not the dinner plate and a half
  another dish's plate is read as.
- A sushi train's plates ("sushi train, 6 plates", "8 plates at the kaiten", "yo sushi 5
  plates"): a conveyor-belt plate carries two pieces of nigiri or maki (Sushiro, Yo! Sushi,
  Sushi Train AU), so N plates are 2N pieces of sushi, never N sushi platters.
- A bunny chow's size ("bunny chow quarter mutton", "half mutton bunny", "a full bunny"):
  Durban sells it by the loaf, quarter (the usual helping), half or full.
- A fried dumpling said "pan fried" ("gyoza x6 pan fried"): the fried dumpling, with its oil.
- Counted idlis with sambar ("3 idli with sambar"): that many idlis and one sambar.
- A masala omelette's eggs said with it ("masala omelette 2 eggs", "a 2 egg masala omelette"):
  the omelette of that many eggs, not a curry ("masala") beside an omelette.

Run by :func:`journal.foods.plainer.said_before` before the count and plate readers.
"""

from __future__ import annotations

import re

from journal.foods.cuedlines import on_cued_lines

# Dishes served as a plate in India (Hebbar's Kitchen, Swiggy/Zomato menus: "1 plate").
_PLATED = (
    r"rajma\s+chawal|rajma\s+rice|chole\s+bhature|chole\s+bhatura|chana\s+bhatura|chole\s+kulche"
    r"|kanda\s+poha|poha|upma|(?:veg\s+|vegetarian\s+|south\s+indian\s+)?thali|pav\s+bhaji"
    r"|misal\s+pav|vada\s+pav|dal\s+chawal|kadhi\s+chawal|curd\s+rice|khichdi|idli\s+sambar"
    r"|dal\s+baati|(?:veg\s+|chicken\s+|mutton\s+)?biryani|(?:veg\s+)?pulao"
)
_COUNT = r"\d{1,2}|one|two|three|an?|full"
_PLATE_AFTER = re.compile(
    rf"\b(?P<dish>{_PLATED})\b,?\s+(?:(?P<n>{_COUNT})\s+)?plates?\b(?!\s+of\b)", re.I
)
_PLATE_BEFORE = re.compile(rf"\b(?P<n>{_COUNT})\s+plates?\s+(?:of\s+)?(?=(?:{_PLATED})\b)", re.I)
_NUMBER = {"one": 1, "two": 2, "three": 3}


def _count(said: str | None) -> str:
    """The count a plate or plates says, as a leading count ("" for one)."""
    low = (said or "").lower()
    n = int(low) if low.isdigit() else _NUMBER.get(low, 1)
    return f"{n} " if n > 1 else ""


# A conveyor-belt sushi bar, said by its name or a chain's.
_TRAIN = re.compile(
    r"\b(?:sushi\s+train|sushi\s+go[- ]?round|conveyor(?:\s+belt)?\s+sushi|kaiten(?:[- ]?zushi)?"
    r"|yo!?\s+sushi|sushiro|kura\s+sushi)\b",
    re.I,
)
_PLATES = re.compile(r"\b(?P<n>\d{1,2})\s*(?:x\s*)?plates\b(?P<of>\s+of\b)?", re.I)
_TRAIN_PLATES = re.compile(
    rf"{_TRAIN.pattern},?\s+(?:(?:had|ate)\s+)?(?P<n>\d{{1,2}})\s*(?:x\s*)?plates\b", re.I
)
_AT_TRAIN = re.compile(rf"\s*\b(?:at|from|on|@)\s+(?:the\s+|a\s+)?{_TRAIN.pattern}", re.I)
PIECES_A_PLATE = 2
_TRAIN_CUES = ("train", "round", "conveyor", "kaiten", "yo sushi", "yo! sushi", "sushiro", "kura")

_BUNNY_SIZE = {"quarter": 1, "half": 2, "full": 4, "whole": 4}
_FILLING = r"mutton|lamb|chicken|beef|beans?|veg|vegetable|sugar\s+bean|broad\s+bean|keema"
_BUNNY_AFTER = re.compile(
    rf"\b(?P<name>bunny(?:\s+chow)?)\s+(?P<size>quarter|half|full)\b(?:\s+(?P<fill>{_FILLING})\b)?",
    re.I,
)
_BUNNY_BEFORE = re.compile(
    rf"\b(?:an?\s+)?(?P<size>quarter|half|full)\s+(?:(?P<fill>{_FILLING})\s+)?bunny\b", re.I
)

_DUMPLING = r"gyoza|dumplings?|potstickers?|jiaozi"
_PAN_FRIED = re.compile(
    rf"\b(?P<food>{_DUMPLING})\b(?P<mid>(?:\s+x\s?\d{{1,2}})?),?\s+pan[- ]?fried\b"
    rf"|\bpan[- ]?fried\s+(?P<before>{_DUMPLING})\b",
    re.I,
)

# "masala omelette 2 eggs", "a 2 egg masala omelette": the omelette's eggs, never a curry
# ("masala") with an omelette beside it.
_OMELETTE = r"(?P<name>(?:masala|indian)\s+(?:egg\s+)?omel(?:ette|et)s?)"
_EGGS_AFTER = re.compile(rf"\b{_OMELETTE},?\s+(?:x\s?)?(?P<n>\d)\s*eggs?\b", re.I)
_EGGS_BEFORE = re.compile(rf"\b(?:an?\s+)?(?P<n>\d)[- ]?eggs?\s+{_OMELETTE}", re.I)


# "3 idli with sambar": the idlis counted, one katori of sambar beside them (the dish "idli
# sambar" is three idlis with their sambar, so its count would count the sambar too).
_COUNTED_IDLI = re.compile(
    r"\b(?:(?P<n>\d{1,2}|two|three|four|five|six)\s+(?P<idli>idl(?:i|y|is|ies))"
    r"|(?P<after>idl(?:i|y|is|ies))\s*x\s?(?P<times>\d{1,2}))\s+"
    r"(?:(?:with|and|w/?|&|\+)\s+)?(?=samb)",
    re.I,
)


def _idli(line: str) -> str:
    return _COUNTED_IDLI.sub(
        lambda m: f"{m['n']} {m['idli']}, " if m["n"] else f"{m['times']} {m['after']}, ", line
    )


def _plated(line: str) -> str:
    line = _PLATE_BEFORE.sub(lambda m: _count(m["n"]), line)
    return _PLATE_AFTER.sub(lambda m: _count(m["n"]) + m["dish"], line)


def _pieces(m: re.Match[str]) -> str:
    n = int(m["n"]) * PIECES_A_PLATE
    return f"{n} pieces of" if m.groupdict().get("of") else f"{n} pieces sushi"


def _sushi_train(line: str) -> str:
    if not _TRAIN.search(line):
        return line
    line = _PLATES.sub(_pieces, _TRAIN_PLATES.sub(_pieces, line))
    return _TRAIN.sub("sushi", _AT_TRAIN.sub("", line))


def _bunny_after(m: re.Match[str]) -> str:
    fill = f"{m['fill']} " if m["fill"] else ""
    return f"{_BUNNY_SIZE[m['size'].lower()]} {fill}{m['name']}"


def _bunny_before(m: re.Match[str]) -> str:
    fill = f"{m['fill']} " if m["fill"] else ""
    return f"{_BUNNY_SIZE[m['size'].lower()]} {fill}bunny"


def _bunny(line: str) -> str:
    return _BUNNY_BEFORE.sub(_bunny_before, _BUNNY_AFTER.sub(_bunny_after, line))


def _fried(m: re.Match[str]) -> str:
    return f"fried {m['before']}" if m["before"] else f"fried {m['food']}{m['mid']}"


def _pan_fried(line: str) -> str:
    return _PAN_FRIED.sub(_fried, line)


def _omelette(line: str) -> str:
    line = _EGGS_BEFORE.sub(lambda m: f"{m['name']}, {m['n']} eggs", line)
    return _EGGS_AFTER.sub(lambda m: f"{m['name']}, {m['n']} eggs", line)


def plate_dishes(text: str) -> str:
    """``text`` with a plated dish's plate, a sushi train's plates, a bunny chow's loaf size
    and a pan-fried dumpling said as the helpings the item reader knows."""
    text = on_cued_lines(text, ("plate",), _plated)
    text = on_cued_lines(text, _TRAIN_CUES, _sushi_train)
    text = on_cued_lines(text, ("bunny",), _bunny)
    text = on_cued_lines(text, ("omelet",), _omelette)
    text = on_cued_lines(text, ("idl",), _idli)
    return on_cued_lines(text, ("pan",), _pan_fried)
