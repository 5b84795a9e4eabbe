"""Pieces of a known size: a sweet or a stick counted by its kind, and a handful of few pieces.

"snakes x6" was six 40 g bags of sweets (240 g) for six jelly snakes (~ 40 g); "a fistful of
dates" was 30 g of dried fruit (a raisin-sized handful) for about four medjool dates (~ 96 g).
A count of small pieces is the pieces' weight, and a handful of big pieces is the few of them
a hand holds, each at SR24's own weight of one.
"""

from __future__ import annotations

from journal.foods.table import Table

# One sweet by the words it is named by (labels, approx.): an Allen's or Natural Confectionery
# snake 6-7 g (AU 200 g bag ~ 30), an Allen's red frog 6 g, a Swedish Fish (Malaco/Mondelez)
# 5 g, a Sour Patch Kid 2.5 g (US label: 12 pieces 30 g), a Haribo cola bottle 4 g, a gummy
# worm (Trolli) 4 g, a wine gum 3 g, a milk bottle 3 g; and a carrot stick or baton 10 g (a
# medium 61 g carrot cut into six).
SMALL_PIECE_G = {
    "snake": 6.5, "red frog": 6.0, "swedish fish": 5.0, "patch kid": 2.5, "cola bottle": 4.0,
    "gummy worm": 4.0, "jelly worm": 4.0, "milk bottle": 3.0, "wine gum": 3.0,
    "carrot stick": 10.0, "carrot baton": 10.0,
}  # fmt: skip

# How many pieces a handful of a food of big pieces holds (approx., a palmful): medjool dates
# 3-4 (Natural Delights: "4 dates" ~ 100 g), prunes 5, dried figs 4, fresh cherries 10, fresh
# strawberries 5. Keyed by the start of the SR24 name, with the portion that is one piece.
HANDFUL_PIECES: tuple[tuple[str, str, float], ...] = (
    ("Dates,", "date", 3.5), ("Plums, dried", "prune", 5), ("Figs, dried", "fig", 4),
    ("Cherries, sweet", "cherry", 10), ("Strawberries, raw", "medium", 5),
)  # fmt: skip


def handful_of_pieces(table: Table, i: int) -> float | None:
    """Grams of a handful of food ``i`` when it comes in pieces a hand holds only a few of."""
    name = table.name(i)
    for start, piece, count in HANDFUL_PIECES:
        if name.startswith(start):
            one = table.portion_grams(i, piece)
            return count * one if one else None
    return None
