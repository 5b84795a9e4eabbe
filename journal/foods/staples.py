"""The judging convention's staples, read the same however they are counted or served.

docs/meal-judging.md settles everyday splits the alias file alone cannot hold:

- a roti, chapati or phulka is one 40 g flatbread (ICMR: a phulka from 25-30 g atta) when
  counted too ("3 chapatis" is 120 g), not three of SR24's smaller flour tortillas;
- a big or large pancake is SR24's 6" one (77 g), a pancake said bare its 4" one (38 g);
- dal is served by the katori (ICMR/NIN ~ 150 ml): "a katori of dal" is the dish's own
  helping (150 g cooked), "a bowl of dal" 250 g cooked, never a soup bowl's 300 g;
- miso served in a cup, bowl or mug, or said alone as a dish ("sushi and miso"), is miso soup
  (a 240 ml bowl, ~ 18 g paste), never a cupful of the paste (550 kcal).

Kept apart so the amount readers (:mod:`journal.foods.parse`, :mod:`journal.foods.dishcount`)
only ask here.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from journal.foods.portions import helping_piece
from journal.foods.text import stem

if TYPE_CHECKING:
    from journal.foods import match as matcher
    from journal.foods.parse import Amount
    from journal.foods.table import Table

ROTI_G = 40.0
_ROTI_WORDS = frozenset(
    stem(w)
    for w in [
        "roti",
        "rotis",
        "chapati",
        "chapatis",
        "chapatti",
        "chapattis",
        "phulka",
        "phulkas",
        "fulka",
    ]
)

# A pancake said big or large is SR24's 6" one, not the 4" one made 30 % bigger; a small one
# its 4" one (the smallest SR24 weighs), not three quarters of it.
_SIZED_PIECE_G = {"big pancake": 77.0, "large pancake": 77.0, "small pancake": 38.0}

KATORI_G = 150.0  # one katori of cooked dal (ICMR/NIN)
DAL_BOWL_G = 250.0  # "a bowl of dal": the convention's bowl, cooked
_DAL_FIRST = frozenset(("16070",))  # a dal's recipe leads with cooked lentils
_DAL_WORDS = frozenset(
    stem(w) for w in ("dal", "dhal", "daal", "dahl", "dhall", "sambar", "sambhar")
)


def piece_of_helping(words: list[str]) -> float | None:
    """Grams of one counted piece the words name: a roti, chapati or phulka ("2 rotis": 80 g),
    else :func:`journal.foods.portions.helping_piece`'s ("6 new potatoes")."""
    said = [stem(w.lower()) for w in words[-2:]]
    if said and said[-1] in _ROTI_WORDS:
        return ROTI_G
    return _SIZED_PIECE_G.get(" ".join(said)) or helping_piece(words)


def katori_factor(table: Table, hit: matcher.Hit, amount: Amount) -> float | None:
    """How many helpings a katori or bowl of a dal (or sambar) is, its helping being one katori
    (the recipe: ~ 150 g of lentils with their onion, tomato and oil), else None."""
    if amount.unit not in ("katori", "bowl") or not hit.parts:
        return None
    if table.rows[hit.parts[0][0]][0] not in _DAL_FIRST:
        return None
    if not {stem(w.lower()) for w in amount.words} & _DAL_WORDS:
        return None  # mujadara, a lentil salad: their own helpings
    count = 1.0 if amount.count is None else amount.count
    per = KATORI_G if amount.unit == "katori" else DAL_BOWL_G
    return count * amount.scale * per / KATORI_G


_NOT_SOUP = (
    r"(?!\s+(?:soup|paste|glaze|glazed|ramen|salmon|cod|aubergine|eggplant|butter|dressing))"
)
# (pattern, said instead), run by journal.foods.said.plainly with its other rewrites
STAPLE_WORDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b((?:cups?|bowls?|mugs?)\s+of\s+)miso\b" + _NOT_SOUP, re.I), r"\1miso soup"),
    (
        re.compile(
            r"(?:^|(?<=[,;+&])|(?<=[,;+&]\s)|(?<=\band\s))((?:an?|some)\s+)?miso\b"
            + _NOT_SOUP
            + r"(?=\s*(?:$|[,;+&.]|and\b))",
            re.I,
        ),
        r"\1miso soup",
    ),
)
