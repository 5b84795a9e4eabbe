"""Keyboard slips in a food word: a doubled letter moved or dropped, two letters swapped.

"egss", "bannana", "brocolli", "chciken", "yoghrut": rapidfuzz's ratio cuts off a slip in a
short word ("egss" against "egg" is 57), and lowering its cutoff lets real words through
("real" → "veal", "lite" → "lime"). These slips keep every letter, so they are read only
when the word is in no food name and exactly one food word is that slip away. Other typos
are mended by likeness (:func:`correct`); a mend that is a guess (:func:`guessed`) leaves
its match unsure.
"""

from __future__ import annotations

import re
from functools import lru_cache

from journal.foods.plainwords import plain_word
from journal.foods.table import load

_DOUBLED = re.compile(r"(.)\1+")
SLIP_FROM = 4  # letters: "egss" is the shortest slip read (or "eeg", a letter doubled)


def _collapsed(word: str) -> str:
    """The word with each run of a letter as one ("eggs" → "egs"), a plural s dropped."""
    flat = _DOUBLED.sub(r"\1", word)
    return flat[:-1] if flat.endswith("s") and len(flat) > 2 else flat


@lru_cache(maxsize=1)
def _by_collapsed() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for w in load().vocabulary:
        if w.isalpha() and len(w) >= SLIP_FROM - 1:
            out.setdefault(_collapsed(w), []).append(w)
    return {k: tuple(v) for k, v in out.items()}


def _swaps(word: str) -> set[str]:
    return {word[:k] + word[k + 1] + word[k] + word[k + 2 :] for k in range(len(word) - 1)}


@lru_cache(maxsize=4096)
def slip(word: str) -> str | None:
    """The one food word ``word`` is a keyboard slip of, or None (none, or more than one)."""
    found = set(_by_collapsed().get(_collapsed(word), ()))  # built on the first call
    doubled = _DOUBLED.search(word) is not None  # "eggs" typed "eegs" (stem "eeg")
    if len(word) < (SLIP_FROM - 1 if doubled else SLIP_FROM) or not word.isalpha():
        return None
    vocabulary = load().vocabulary
    if len(word) >= SLIP_FROM:
        found |= {w for w in _swaps(word) if w in vocabulary and w != word}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=4096)
def correct(word: str) -> str | None:
    """The table's spelling of a mistyped word ("bananna" → "banana"), or None."""
    table = load()
    if word in table.vocabulary:
        return word
    if plain_word(word):  # "porch", "barn", "coach": a word spelt right is not perch, bran, conch
        return None
    slipped = slip(word)  # "egss", "rcie": every letter kept, so surer than a ratio
    if slipped or len(word) < 4 or not word.isalpha():
        return slipped
    from rapidfuzz import fuzz, process

    found = process.extractOne(word, _near_lengths(len(word)), scorer=fuzz.ratio, score_cutoff=80)
    if found and _near_enough(word, found[0]):
        return found[0]
    return compound_head(word)  # "butterburger" is a burger, not butterbur misspelt


# Everyday words that sit one letter from a food word ("both" / broth, "larger" / lager,
# "brunch" / bunch, "river" / liver): said in a meal note for what they are, never mended.
NOT_TYPOS = frozenset(
    (
        "they", "this", "that", "than", "when", "were", "where", "what", "which", "while",
        "brunch", "lunch", "dinner", "spin", "train", "river", "shared", "course", "court",
        "larger", "dressed", "track", "heaped", "before", "during", "worth", "machine",
        "sheet", "flask", "premier", "interval", "solo", "litre", "litres", "halve",
        "halves", "picky", "pantry", "cooker", "sonic", "carton", "stuff",
    )
)  # fmt: skip


def _near_enough(word: str, fixed: str) -> bool:
    """Whether a mend by likeness is a slip of the keys, not another word: one letter off
    (a missing, extra or wrong letter, two swapped), or two in a long word ("sandwhic").

    A likeness of 80 also lets through a word three letters longer or a different word of
    five ("hangi", the Maori earth oven, read as "chang", a Thai beer): those stay unread.
    """
    from rapidfuzz.distance import OSA

    if word in NOT_TYPOS:
        return False
    if _diminutive(word, fixed):  # "empanadilla" is a small empanada
        return True
    apart = OSA.distance(word, fixed)
    return apart <= 1 or (apart == 2 and len(word) >= 8 and not guessed(word, fixed))


# Spanish, Italian and French endings that make a food's small one ("empanadilla", "tortita").
_DIMINUTIVE = ("illa", "illo", "ita", "ito", "ina", "ino", "ette", "etta")


def _diminutive(word: str, fixed: str) -> bool:
    """Whether ``word`` is ``fixed`` (a food word ending in a vowel) with a diminutive ending."""
    if len(fixed) < 5 or fixed[-1] not in "aeo" or not word.startswith(fixed[:-1]):
        return False
    return word[len(fixed) - 1 :] in _DIMINUTIVE


_COMPOUND_HEAD_MIN = 4  # "burger", "cake", "bread": the head noun of a word run together


@lru_cache(maxsize=4096)
def compound_head(word: str) -> str | None:
    """The food word that ends a word run together from two ("butterburger" → "burger",
    "allarrabbiata" → "arrabbiata"), or None: a compound names its last word's food."""
    vocabulary = load().vocabulary
    for cut in range(3, len(word) - _COMPOUND_HEAD_MIN + 1):
        left, right = word[:cut], word[cut:]
        if right in vocabulary and (left in vocabulary or slip(left) is not None):
            return right
    return None


@lru_cache(maxsize=64)
def _near_lengths(n: int) -> tuple[str, ...]:
    """The food words a word of ``n`` letters can score 80 against, in the table's order.

    ratio is 200 × common letters / (both lengths), so a word more than half as long again
    as the other cannot reach 80: searching only these gives the same answer, and the
    preview of a half-typed word stays quick as the vocabulary grows.
    """
    return tuple(w for w in load().vocabulary_list if 2 * n <= 3 * len(w) and 2 * len(w) <= 3 * n)


# A word mended by likeness alone (no keyboard slip explains it) into a short food word, or
# into one only just alike, may be another word entirely ("glorp" is not gorp, the trail
# mix): the match stands but is shown unsure, for the runner to confirm.
GUESS_SCORE = 70.0
_SURE_LIKENESS = 85.0


def guessed(word: str, fixed: str | None) -> bool:
    """Whether ``fixed`` (:func:`correct` of ``word``) is a guess rather than a clear typo."""
    if not fixed or fixed == word or slip(word) == fixed:
        return False
    if len(fixed) <= 4:
        return True
    from rapidfuzz import fuzz

    return fuzz.ratio(word, fixed) < _SURE_LIKENESS
