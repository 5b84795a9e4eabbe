"""Order sweep: how people order food, said round a dish, over a grid of dishes.

Why: at a counter a dish is ordered with modifiers ("no cheese", "extra bacon", "add avocado",
"double patty", "side of fries", "make it a meal", "protein style") and named by its filling
("steak tacos", "halloumi wrap"). The words are a closed class from general knowledge of menus
(US/UK/AU), not from any phrase table. A cell is flagged when a word is left unread, when the
modifier did not change the reading the way it says (a "no" that removes nothing, an "extra"
that adds nothing or a whole food), or when a filling is not in the dish read.

    python scripts/order_sweep.py [--bad]
"""

from __future__ import annotations

import sys

from journal import foods

DISHES = [
    "burger",
    "cheeseburger",
    "chicken sandwich",
    "burrito",
    "wrap",
    "chicken tacos",
    "burrito bowl",
    "blt",
    "club sandwich",
    "hot dog",
    "salad",
    "latte",
]
REMOVE = ["no cheese", "without cheese", "hold the mayo", "no bun", "no lettuce", "no rice"]
ADD = [
    "extra bacon",
    "add avocado",
    "extra cheese",
    "add bacon",
    "double patty",
    "extra shot",
    "add a fried egg",
    "extra guac",
    "with a side of fries",
    "side of slaw",
    "+ chips",
    "large fries",
    "small fries",
    "w/ fries and a coke",
    "make it a meal",
    "protein style",
]
FILLINGS = [
    "steak",
    "tofu",
    "al pastor",
    "carnitas",
    "chicken",
    "pulled pork",
    "fish",
    "shrimp",
    "falafel",
    "halloumi",
    "barbacoa",
    "chorizo",
    "brisket",
    "lamb",
    "paneer",
    "tuna",
    "turkey",
    "ham",
    "veggie",
    "bean",
    "sofritas",
    "carne asada",
    "salmon",
    "egg",
]
VESSELS = ["tacos", "burrito", "wrap", "bowl", "sandwich"]


def _reading(phrase: str) -> tuple[float, list[str], list[str]]:
    r = foods.parse_meal(phrase)
    return r.totals.get("kcal", 0.0), [i.name for i in r.items], list(r.unmatched)


def _line(phrase: str, flag: str, names: list[str], kcal: float) -> str:
    return f"{flag:8} {phrase:40} {kcal:5.0f} kcal | " + "; ".join(n[:28] for n in names)


def main(bad_only: bool) -> None:
    for dish in DISHES:
        base_kcal, _base, _ = _reading(dish)
        for mod in REMOVE + ADD:
            phrase = f"{dish} {mod}"
            kcal, names, unread = _reading(phrase)
            flag = "unread" if unread else ""
            if not flag and mod in REMOVE and kcal >= base_kcal:
                flag = "kept"
            if not flag and mod in ADD and kcal <= base_kcal:
                flag = "lost"
            if not flag and mod in ADD and kcal > base_kcal * 2.5:
                flag = "whole"
            if flag or not bad_only:
                print(_line(phrase, flag or "ok", names, kcal))
    for vessel in VESSELS:
        for filling in FILLINGS:
            phrase = f"3 {filling} {vessel}" if vessel == "tacos" else f"{filling} {vessel}"
            kcal, names, unread = _reading(phrase)
            word = filling.split()[-1][:4].lower()
            flag = "unread" if unread else ""
            joined = " ".join(names).lower()
            if (
                not flag
                and word not in joined
                and filling
                not in {
                    "al pastor",
                    "carnitas",
                    "barbacoa",
                    "sofritas",
                    "carne asada",
                    "veggie",
                    "steak",
                    "pulled pork",
                    "brisket",
                }
            ):
                flag = "filling"
            if flag or not bad_only:
                print(_line(phrase, flag or "ok", names, kcal))


if __name__ == "__main__":
    main("--bad" in sys.argv)
