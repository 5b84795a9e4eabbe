"""Print how the parser reads cut and piece words said of foods: a grid to find misses by family.

Run ``PYTHONPATH=. python scripts/cut_sweep.py [meat|produce]``: one line per phrase, with the
foods, grams and energy read, so a family read wrong ("a wedge of X" the whole fruit) shows at once.
"""

from __future__ import annotations

import sys

from journal import foods

MEAT_CUTS: dict[str, tuple[str, ...]] = {
    "chicken": ("breast", "thigh", "drumstick", "wing", "leg", "fillet", "mince", "thigh fillet"),
    "turkey": ("breast", "leg", "mince", "steak", "drumstick"),
    "duck": ("breast", "leg"),
    "pork": ("chop", "loin", "loin steak", "steak", "tenderloin", "rib", "mince", "shoulder"),
    "lamb": ("chop", "cutlet", "shank", "leg", "mince", "steak", "loin chop"),
    "beef": ("steak", "mince", "rib", "fillet", "brisket", "short rib"),
    "": (
        "sirloin steak",
        "ribeye steak",
        "rump steak",
        "fillet steak",
        "t-bone steak",
        "gammon steak",
        "rasher of bacon",
        "veal cutlet",
        "venison steak",
    ),
    "fish": (
        "salmon fillet",
        "cod fillet",
        "haddock fillet",
        "tuna steak",
        "sea bass fillet",
        "mackerel fillet",
        "trout fillet",
        "basa fillet",
        "tilapia fillet",
        "hake fillet",
        "plaice fillet",
        "swordfish steak",
        "salmon steak",
        "pollock fillet",
    ),
}
COUNTS = ("a", "2", "half a")
PRODUCE: dict[str, tuple[str, ...]] = {
    "slice": (
        "pineapple",
        "melon",
        "watermelon",
        "mango",
        "cantaloupe",
        "honeydew",
        "papaya",
        "cucumber",
        "tomato",
        "lemon",
        "orange",
        "apple",
        "avocado",
        "onion",
        "beetroot",
    ),
    "wedge": ("lime", "lemon", "watermelon", "melon", "orange", "cabbage", "iceberg lettuce"),
    "half": (
        "avocado",
        "grapefruit",
        "melon",
        "cucumber",
        "pepper",
        "onion",
        "lemon",
        "mango",
        "aubergine",
        "courgette",
        "cabbage",
        "cauliflower",
        "sweet potato",
        "pineapple",
    ),
    "quarter": ("cabbage", "watermelon", "melon", "cauliflower", "pineapple", "onion", "lettuce"),
    "stick": ("celery", "rhubarb", "cucumber", "carrot"),
    "head": ("broccoli", "cauliflower", "lettuce", "garlic", "cabbage", "romaine", "celery"),
    "whole": (
        "aubergine",
        "eggplant",
        "courgette",
        "zucchini",
        "cucumber",
        "pepper",
        "leek",
        "butternut squash",
        "cauliflower",
        "broccoli",
        "pineapple",
        "mango",
        "avocado",
        "sweet potato",
        "parsnip",
        "fennel bulb",
        "lettuce",
        "cabbage",
        "corn on the cob",
    ),
    "squeeze": ("lemon", "lime"),
    "cheese slice": ("halloumi", "cheddar", "brie", "mozzarella", "feta", "paneer"),
}


def _line(phrase: str) -> str:
    meal = foods.parse_meal(phrase)
    read = "; ".join(f"{i.name[:38]} {i.grams:g} g" for i in meal.items)
    left = f"  LEFT {meal.unmatched}" if meal.unmatched else ""
    return f"{phrase:34} -> {read} | {meal.totals.get('kcal', 0.0):.0f} kcal{left}"


def meat_phrases() -> list[str]:
    out = []
    for animal, cuts in MEAT_CUTS.items():
        for cut in cuts:
            name = cut if animal in ("", "fish") else f"{animal} {cut}"
            out += [f"{n} {name}" for n in COUNTS]
            out.append(f"{name} x2")
    return out


def produce_phrases() -> list[str]:
    out = []
    for piece, names in PRODUCE.items():
        for name in names:
            an = "an" if name[0] in "aeiou" else "a"
            if piece == "whole":
                out += [f"{an} {name}", f"2 {name}s"]
            elif piece in ("half", "quarter"):
                out.append(f"{'half' if piece == 'half' else 'a quarter of'} {an} {name}")
            elif piece == "squeeze":
                out += [
                    f"a squeeze of {name}",
                    f"2 squeezes of {name}",
                    f"a squeeze of {name} juice",
                ]
            elif piece == "cheese slice":
                out += [f"a slice of {name}", f"3 slices of {name}"]
            else:
                out += [f"a {piece} of {name}", f"2 {piece}s of {name}", f"{an} {name} {piece}"]
    return out


def main(args: list[str]) -> None:
    which = args[0] if args else "all"
    phrases = (meat_phrases() if which in ("meat", "all") else []) + (
        produce_phrases() if which in ("produce", "all") else []
    )
    for phrase in phrases:
        print(_line(phrase))


if __name__ == "__main__":
    main(sys.argv[1:])
