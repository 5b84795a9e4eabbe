"""Everyday slips in an amount word: "quater cup", "harf a bagel", "1 tblsp", "a slcie".

An amount word is one of a few dozen, so a word one keystroke from exactly one of them (a
letter missing, added, wrong, or two swapped) and that is no food word, no unit and no
everyday word of its own is that amount word mistyped. The food-word mend
(:mod:`journal.foods.typos`) cannot read these: it matches against food names, where
"quarter" and "slice" are not.
"""

from __future__ import annotations

from functools import lru_cache

from journal.foods.plainwords import plain_word
from journal.foods.table import load
from journal.foods.text import stem
from journal.foods.units import HOUSEHOLD, MASS_G, NUMBER_WORDS, VOLUME
from journal.foods.words import FILLERS, STOPWORDS

# The amount words a slip is read back to: shares, counts and kitchen measures.
AMOUNT_WORDS: tuple[str, ...] = (
    "half", "quarter", "third", "couple", "dozen", "several",
    "slice", "piece", "handful", "serving", "portion", "packet", "scoop", "bowl", "glass",
    "cup", "mug", "tbsp", "tsp", "tablespoon", "teaspoon", "spoonful", "pint", "litre",
    "gram", "grams", "ounce", "pound", "sachet", "carton", "bottle", "plate",
)  # fmt: skip
_SHORTEST = 3  # "haf": half with a letter dropped; shorter words are too often something else


def _one_apart(a: str, b: str) -> bool:
    """Whether ``a`` is ``b`` with one letter dropped, added, changed, or two swapped, its
    first letter kept: a word that starts otherwise is another word ("rounds", "dram")."""
    if a == b or abs(len(a) - len(b)) > 1 or a[0] != b[0]:
        return False
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        if len(diff) == 1:
            return True
        k = diff[0]
        return len(diff) == 2 and diff[1] == k + 1 and a[k] == b[k + 1] and a[k + 1] == b[k]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_)))


def _known(word: str) -> bool:
    return (
        word in MASS_G
        or word in VOLUME
        or word in HOUSEHOLD
        or word in NUMBER_WORDS
        or word in STOPWORDS
        or word in FILLERS
        or word in load().vocabulary
        or stem(word) in load().vocabulary  # "spices" is spice, not slices
        or any(word in (w + "s", w + "es") for w in AMOUNT_WORDS)  # "slices", "glasses"
        or plain_word(word)
    )


@lru_cache(maxsize=4096)
def amount_word(word: str) -> str:
    """The amount word ``word`` is a slip of ("quater" → "quarter"), else ``word`` itself."""
    if len(word) < _SHORTEST or not word.isalpha() or _known(word):
        return word
    near = _near(word)
    if near is None and word.endswith("s") and len(word) > _SHORTEST + 1:
        single = _near(word[:-1])  # "slcies", "peices": the plural of a slip
        return single + "s" if single else word
    return near or word


def _near(word: str) -> str | None:
    near = [w for w in AMOUNT_WORDS if _one_apart(word, w)]
    if len(near) != 1 or (len(word) == _SHORTEST and len(near[0]) <= _SHORTEST):
        return None
    return near[0]
