"""Product names with digits or lone letters in them: "7up", "v8", "33shake", "precision fuel
30", "3 musketeers", "l&p".

The amount reader takes a number for a count or a size and a lone "l" or "g" for a unit, so
"precision fuel 30" was thirty gels and "33shake" 33 milkshakes. A name the alias table knows
is tried first: its tokens are glued into one word token before any amount is read, so the
digits stay part of the name ("2 maurten gel 100" is two Maurten Gel 100s) and a real count
or size around it ("a can of 7up", "banana 120g") is read as before.

Names are taken from the table's alias keys, so adding one to aliases.txt is all it takes;
the chains whose names are several words ("five guys", "in n out") are glued the same way.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from journal.foods.chains import CHAIN_KEYS
from journal.foods.table import load
from journal.foods.text import stem

if TYPE_CHECKING:
    from collections.abc import Callable

    from journal.foods.parse import Token

# The runs the tokenizer cuts a folded word into: "33shake" → "33", "shake".
_PIECE = re.compile(r"\d+(?:\.\d+)?|[a-z]+")
_Entry = tuple[tuple[str, ...], str]


_DIGIT = re.compile(r"\d")
_INITIALS = re.compile(r"[^ ](?: [^ ])+")  # "l p": lone letters only


def _protected(name: str) -> bool:
    """Whether the amount reader would misread an alias key: a digit outside a percentage
    ("2% milk" is read as a fat level already), or an initialism of lone letters."""
    if "%" in name:
        return False
    return _DIGIT.search(name) is not None or _INITIALS.fullmatch(name) is not None


@cache
def _index() -> dict[str, tuple[_Entry, ...]]:
    """Each protected name's pieces, under its first piece, longest name first."""
    found: dict[str, list[_Entry]] = {}
    for name in (*load().aliases, *CHAIN_KEYS):
        if name not in CHAIN_KEYS and not _protected(name):
            continue
        pieces = tuple(p for w in name.split() for p in _PIECE.findall(w))
        if len(pieces) >= 2:
            found.setdefault(pieces[0], []).append((pieces, name))
    return {k: tuple(sorted(v, key=lambda e: -len(e[0]))) for k, v in found.items()}


def warm() -> None:
    """Index the names now (from :func:`journal.foods.load`), not on the first meal typed."""
    _index()


def _same(tok: Token, piece: str) -> bool:
    if tok.kind == "num":
        return tok.text == piece
    return tok.kind == "word" and (tok.text == piece or stem(tok.text) == piece)


def glue(toks: list[Token], is_unit: Callable[[str], object]) -> list[Token]:
    """The tokens with every known name that holds a digit or lone letters made one word token
    (its alias key), so no part of it is read as a count, size or unit.

    ``is_unit(word)`` says whether a word is a unit: a name ending in a number is not taken
    when a unit follows it ("maurten gel 100 g" stays a weight).
    """
    index = _index()
    from journal.foods.parse import Token

    out: list[Token] = []
    i, n = 0, len(toks)
    while i < n:
        tok = toks[i]
        entries = index.get(tok.text, ())  # a name's first word is said as it is keyed
        if not entries and tok.kind == "word" and tok.text.endswith("s"):
            entries = index.get(stem(tok.text), ())  # or plural: "bakers delight"
        for pieces, name in entries:
            end = i + len(pieces)
            if end > n or not all(_same(toks[i + k], p) for k, p in enumerate(pieces)):
                continue
            after = toks[end] if end < n else None
            if toks[end - 1].kind == "num" and after is not None and is_unit(after.text):
                continue
            out.append(Token("word", name))
            i = end
            break
        else:
            out.append(tok)
            i += 1
    return out
