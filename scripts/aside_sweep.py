"""Words around a meal that name no food, said with everyday foods: does the food read the same?

Each aside template (a verb, a state, a time or race point, an occasion, a place, a person) is
filled with 15 everyday foods; a cell reads right when it has no unread words and the same
foods at the same grams (±5 %) as the food said alone. Prints the misses and the count right.

    PYTHONPATH=. python scripts/aside_sweep.py [-v]
"""

from __future__ import annotations

import sys

from journal import foods

FOODS = (
    "a banana",
    "2 eggs",
    "2 slices of toast",
    "an apple",
    "a bagel",
    "a bowl of porridge",
    "a flapjack",
    "3 biscuits",
    "a coffee",
    "a sausage roll",
    "a pot of yoghurt",
    "a handful of almonds",
    "a slice of pizza",
    "2 mandarins",
    "a can of coke",
)

TEMPLATES = (
    # eating and preparing verbs, before and after the food
    "snacked on {f}",
    "grabbed {f}",
    "reheated {f}",
    "nuked {f}",
    "defrosted {f}",
    "warmed up {f}",
    "{f} heated up",
    "{f}, nuked",
    "{f} grabbed at cp3",
    # states
    "{f}, still warm",
    "{f}, straight from the fridge",
    "{f} straight out of the fridge",
    "{f}, cold",
    "{f}, piping hot",
    # times, race points, occasions
    "{f} at mile 18",
    "{f} somewhere around mile 18",
    "{f} around 25 km",
    "{f} at cp3",
    "{f} at km 30",
    "{f} at the halfway",
    "{f}, late night",
    "late night {f}",
    "{f}, marathon morning",
    "race morning {f}",
    "{f} when sick",
    "{f}, good friday",
    "{f} christmas",
    "{f} on christmas day",
    "{f}, easter sunday",
    "{f} for the ultra",
    # places and containers
    "{f} from the desk drawer",
    "{f} from the snack drawer",
    "{f} from the bulk bin",
    "{f}, gas station",
    "{f} from the servo",
    "{f} from the taverna",
    "{f}, hostel mess",
    "{f} at the canteen",
    "{f} from the vending machine",
    "{f} from the office kitchen",
    # people
    "{f} with my sister",
    "{f}, mum's",
    "{f} from the kids' lunch",
    "{f} that mum made",
    "{f}, free one",
    "{f} with friends",
    "{f} with the lads",
    # more times and places
    "{f} about 5k in",
    "{f} when i got home",
    "race day {f}",
    "{f} for sunday brunch",
    "{f} from the fruit bowl",
    "{f}, in a jar",
    "vending machine {f}",
    "{f}, food court",
    "{f}, lunchbox",
    "{f}, thanksgiving leftovers",
    "{f} in the pub garden",
    "{f} at a friend's house",
    "{f} on the sofa watching tv",
    # habits
    "{f}, same as always",
    "{f}, the usual",
    "{f} again",
    "{f}, nothing fancy",
)

# verbs that only say how a fruit was got at
FRUIT_TEMPLATES = ("peeled {f}", "{f}, peeled")
FRUITS = ("a banana", "2 mandarins", "an orange")


def _read(text: str) -> tuple[tuple[tuple[str, float], ...], list[str]]:
    parsed = foods.parse_meal(text)
    got = tuple(sorted((i.food_id, round(i.grams, 1)) for i in parsed.items))
    return got, parsed.unmatched


def _same(a: tuple[tuple[str, float], ...], b: tuple[tuple[str, float], ...]) -> bool:
    return len(a) == len(b) and all(
        x[0] == y[0] and abs(x[1] - y[1]) <= 0.05 * max(y[1], 1.0)
        for x, y in zip(a, b, strict=True)
    )


def main(verbose: bool) -> int:
    cells = [(t, f) for t in TEMPLATES for f in FOODS]
    cells += [(t, f) for t in FRUIT_TEMPLATES for f in FRUITS]
    right = 0
    misses: dict[str, list[str]] = {}
    for template, food in cells:
        base, _ = _read(food)
        got, unread = _read(template.format(f=food))
        if not unread and _same(got, base):
            right += 1
        else:
            why = f"unread {unread}" if unread else f"{got} != {base}"
            misses.setdefault(template, []).append(f"{food}: {why}")
    for template, rows in misses.items():
        print(f"{template!r}: {len(rows)} misses")
        for row in rows if verbose else rows[:2]:
            print(f"    {row}")
    print(f"aside sweep: {right}/{len(cells)} cells read as the food alone")
    return 0


if __name__ == "__main__":
    sys.exit(main("-v" in sys.argv))
