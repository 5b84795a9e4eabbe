"""Candidate signals that a reading the matcher scored as sure is likely wrong (for
``scripts/mark_audit.py``; none is set in the parser: none marked few enough right readings).

Issue 15, point 4: a wrong reading the runner is not told about is the one they trust. The
matcher's score says how well the words fit a name; some readings fit well yet are often
wrong, and the parser can see that from what it read, without knowing the food. Each
candidate below is one such signal; ``scripts/mark_audit.py`` measures, on every phrase
table, how many misses and how many right readings each would mark, and only signals with
few false alarms would be set in the parser (round 23c set none: see the end).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol

from journal.foods.parse import tokenize
from journal.foods.ranking import food_stems
from journal.foods.table import load
from journal.foods.text import stem
from journal.foods.units import HOUSEHOLD, MASS_G, NUMBER_WORDS, VOLUME
from journal.foods.whenwords import without_context as _without_context
from journal.foods.words import FILLERS, QUIET, STOPWORDS


class _Read(Protocol):
    index: int | None
    grams: float
    phrase: tuple[str, ...]
    parts: tuple[tuple[int, float], ...]
    amount_given: bool
    count: float
    score: float


def _core(p: _Read) -> tuple[str, ...]:
    return tuple(w for w in p.phrase if w not in STOPWORDS and w not in FILLERS and w not in QUIET)


def _content(p: _Read) -> tuple[str, ...]:
    return tuple(w for w in p.phrase if w not in STOPWORDS)


def _named(p: _Read) -> bool:
    """Whether the words typed are an everyday name whole (an alias of the table)."""
    aliases = load().aliases
    return any(" ".join(words) in aliases for words in (p.phrase, _content(p), _core(p)) if words)


def _name_words(p: _Read) -> frozenset[str]:
    rows = {i for i, _g in p.parts} | ({p.index} if p.index is not None else set())
    return frozenset().union(*(food_stems(i)[0] for i in rows))


def word_not_in_name(p: _Read, _text: str) -> bool:
    """A food word typed that no food of the reading holds, the phrase no everyday name."""
    core = _core(p)
    return len(core) >= 2 and not _named(p) and bool(set(core) - _name_words(p))


def head_not_in_name(p: _Read, _text: str) -> bool:
    """The last food word typed (the head: "lamb curry" is a curry) is in no food read."""
    core = _core(p)
    return bool(core) and not _named(p) and core[-1] not in _name_words(p)


def long_phrase(p: _Read, _text: str) -> bool:
    """Three or more food words, not an everyday name whole."""
    return len(_core(p)) >= 3 and not _named(p)


def quiet_word(p: _Read, _text: str) -> bool:
    """A cuisine or style word ("thai", "hanoi") in a phrase read as something else."""
    return any(w in QUIET for w in p.phrase) and not _named(p)


def filler_not_in_name(p: _Read, _text: str) -> bool:
    """A describing word dropped ("loaded", "katsu") that the food read does not hold."""
    fill = {w for w in p.phrase if w in FILLERS}
    return bool(fill) and not _named(p) and bool(fill - _name_words(p))


def no_measure(p: _Read, _text: str) -> bool:
    """No amount said, and the food has no household measure: 100 g by default."""
    if p.amount_given or p.index is None or len(p.parts) > 1:
        return False
    return load().default_portion(p.index)[1] == "100 g" and abs(p.grams - 100.0) < 0.5


_COUNT_WORD = re.compile(
    r"\d|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|couple"
    r"|few|several|pair|double|triple|both|half|some)\b",
    re.I,
)


def count_unsaid(p: _Read, text: str) -> bool:
    """More than one counted when the runner said no number ("eggs" as two)."""
    return p.count > 1 and not _COUNT_WORD.search(text)


def unnamed_dish(p: _Read, _text: str) -> bool:
    """Several foods read from a phrase that is no everyday name (two names side by side)."""
    return len(p.parts) > 1 and not _named(p)


_AMOUNT_WORDS = frozenset(
    stem(w) for w in (*MASS_G, *VOLUME, *HOUSEHOLD, *NUMBER_WORDS, "x", "times", "s", "ish")
)


def lost_words(text: str) -> tuple[str, ...]:
    """Food words typed that no item read, none reported and no rule set aside (a place, a
    time, a food left out): lost on the way, silently ("frittata slice (spinach + feta)")."""
    from journal.foods import items as _items
    from journal.foods import said
    from journal.foods.split import split_pieces

    plain = _items._BRACKETED_AMOUNT.sub(_items._amount_aside, said.plainly(text))
    pieces = _items._attach_amounts(split_pieces(_items._WITHOUT.sub(", no ", plain)))
    seen: set[str] = set()
    for piece, _sep in pieces:
        if _items._NEGATED.match(piece) or _items._only_how(piece) or _items._only_context(piece):
            seen.update(stem(t.text.lower()) for t in tokenize(piece))
        else:
            seen.update(_items._parse_item_cached(piece).phrase)
    kept = _without_context(said.CONTEXT.sub(" ", f" {text} "))
    out = []
    for tok in tokenize(kept):
        w = stem(tok.text.lower())
        if tok.kind != "word" or w in seen or w in _AMOUNT_WORDS or len(w) < 2:
            continue
        if w not in STOPWORDS and w not in FILLERS and w not in QUIET:
            out.append(w)
    return tuple(dict.fromkeys(out))


_HEAD = re.compile(r"^([^:(\n]{2,60}?)(?::|\(|\s-\s)")
_BLOCKED = re.compile(r"\d|\b(?:half|quarter|cups?|slices?|tbsp|tsp)\b", re.I)


def lost_heading(text: str) -> bool:
    """A dish named first and then its make-up with no amounts ("frittata slice (spinach +
    feta)", "buddha bowl: sweet potato, chickpeas, quinoa"): the name is set aside and only
    the parts are read, each at a helping of its own, so the dish's weight is a guess."""
    m = _HEAD.match(text.strip())
    if m is None or _BLOCKED.search(text):
        return False
    head = {stem(t.text.lower()) for t in tokenize(m.group(1)) if t.kind == "word"}
    return bool(head & set(lost_words(text)))


CANDIDATES: dict[str, Callable[[_Read, str], bool]] = {
    "word_not_in_name": word_not_in_name,
    "head_not_in_name": head_not_in_name,
    "long_phrase": long_phrase,
    "quiet_word": quiet_word,
    "filler_not_in_name": filler_not_in_name,
    "no_measure": no_measure,
    "count_unsaid": count_unsaid,
    "unnamed_dish": unnamed_dish,
}  # lost_words and lost_heading are per meal: the audit script tallies them itself
# Measured in round 23c on the 23 tables (scripts/mark_audit.py): no candidate marks under
# one right row for each three misses on every table. Best: lost_heading, 27 misses to 7
# right rows overall but 0:1 on held5 and held19, 3:2 on held6; the name-based signals mark
# more right rows than misses on the tuned tables (aliases hold words no SR24 name has).
