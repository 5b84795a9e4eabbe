"""Word normalisation shared by the table builder and the meal parser.

The builder indexes food names and aliases with exactly the functions the parser uses on
what the runner typed, so "Bananas" in the table and "banana" at the keyboard meet on the
same stem. Changing anything here changes matching: rebuild the table and bump the
parser version.
"""

from __future__ import annotations

import re
import unicodedata

WORD = re.compile(r"[a-z0-9%]+")  # a word of folded text
# Letters a case-blind pattern reads as ASCII ones that ``str.lower`` does not turn into them:
# the long s, the Kelvin and Ångström signs, the dotted capital and the dotless small i (a
# Turkish keyboard's). Made plain before any rewrite, so what a pattern matched is always a
# key of the table it looks the words up in.
_CASE_PLAIN = str.maketrans({"ſ": "s", "\u212a": "K", "\u212b": "Å", "İ": "I", "ı": "i"})


def case_plain(text: str) -> str:
    """``text`` with the letters above made plain."""
    return text if text.isascii() else text.translate(_CASE_PLAIN)


def fold(text: str) -> str:
    """Lower-case, strip accents and apostrophes ("Kellogg's" → "kelloggs", "crème" → "creme")."""
    if text.isascii():  # most food names and typing: nothing to decompose
        return text.lower().replace("'", "")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.lower().replace("'", "").replace("’", "")


def stem(word: str) -> str:
    """Map singular and plural to one key: berries/berry → berry, potatoes → potato.

    Deliberately crude and symmetric: it only has to send both forms of a food word to the
    same string, not to produce English.
    """
    w = word
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 4 and w.endswith("es") and w[:-2].endswith(("ch", "sh", "x", "ss", "z", "o")):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if len(w) > 4 and w.endswith("ie"):
        w = w[:-2] + "y"
    return w


def plural(word: str) -> bool:
    """Whether a typed word is a plural ("eggs", "berries"); "brownie" and "cookie", which
    :func:`stem` folds to "browny" and "cooky", are singular."""
    w = word.lower()
    return w.endswith("s") and stem(w) != w


def words(text: str) -> list[str]:
    """The folded words of ``text`` (letters, digits and %)."""
    return WORD.findall(fold(text))


def stems(text: str) -> list[str]:
    return [stem(w) for w in words(text)]


def key(text: str) -> str:
    """The lookup key of a phrase: its stems joined by single spaces."""
    return " ".join(stems(text))


def exact_key(text: str) -> str:
    """The lookup key of a name that must be typed as written (quoted in aliases.txt): its
    folded words unstemmed, after "=", so "frosty" is Wendy's and "frosties" the cereal."""
    return "=" + " ".join(words(text))


_UNIT_SPELLINGS = (
    (re.compile(r"^(tablespoons?|tbsps?|tbs|tbl)\b"), "tbsp"),
    (re.compile(r"^(teaspoons?|tsps?)\b"), "tsp"),
    (re.compile(r"^(fluid ounces?|fl\.? ?oz|fluid oz)\b"), "fl oz"),
    (re.compile(r"^(ounces?|oz)\b"), "oz"),
    (re.compile(r"^(cups?)\b"), "cup"),
)


def unit_text(unit: str) -> str:
    """A USDA portion name with its measure word spelled one way ("Tablespoon" → "tbsp")."""
    u = fold(unit).strip()
    for pattern, canon in _UNIT_SPELLINGS:
        u = pattern.sub(canon, u)
    return u
