"""Measure sweep: vessel, amount and share words on foods of every kind, in three orders.

Why: runners say how much with a word for a vessel ("a mug of tea", "a schooner"), a kitchen
amount ("a dollop of yoghurt", "a knob of butter") or a share ("pizza, most of it"). The word
list is a closed class written from general knowledge of what English speakers in the US, UK,
IE, AU, NZ, CA, IN and ZA say (not from any phrase table). Each cell names the household figure
it is checked against (USDA SR24 household measures, UK FSA / BNF portion sizes, label and pour
sizes, approx.). A cell is a MISS when the food is not read (words over, another food, nothing)
or when its grams are off the figure by more than 30 % (or outside the range given).

Every vessel and amount word is tried "a W of F", "F, a W" and "F 1 W"; a share is tried as a
ratio of the whole ("half a pizza" against "a pizza").

    python scripts/measure_sweep.py [--misses] [WORD ...]
"""

from __future__ import annotations

import sys

from journal import foods

# word phrase | food said | keyword(s) its name must hold (a|b) | grams: E (±30 %) or LO-HI |
# source of the figure.  The word phrase goes before "of".
_CELLS = """
mug|tea|tea|300|UK mug 300-350 ml
mug|hot chocolate|cocoa|chocolate|300|UK mug 300-350 ml
mug|soup|soup|300|UK mug 300 ml
cup|tea|tea|240|US cup 237 ml, UK teacup 200
cup|milk|milk|244|USDA 1 cup milk 244 g
cup|rice|rice|130-200|USDA 1 cup cooked rice 158-186 g
cup|soup|soup|245|USDA 1 cup soup
teacup|tea|tea|200|teacup 180-200 ml
beaker|orange juice|orange juice|225|UK beaker 200-250 ml
beaker|milk|milk|225|UK beaker 200-250 ml
glass|milk|milk|250|UK glass 200-250 ml, USDA 1 cup 244
glass|orange juice|orange juice|200|FSA 150-250 ml glass
glass|wine|wine|175|UK pub standard glass 175 ml
glass|water|water|250|glass 250 ml
tumbler|orange juice|orange juice|275|tumbler 250-300 ml
tumbler|water|water|275|tumbler 250-300 ml
flute|prosecco|wine|125|flute 125 ml pour
flute|champagne|wine|125|flute 125 ml pour
goblet|wine|wine|150-325|goblet pour 175-250 ml
schooner|beer|beer|425|AU schooner 425 ml (NSW)
middy|beer|beer|285|AU middy 285 ml
pot|beer|beer|285|AU pot 285 ml (Vic, Qld)
pot|yoghurt|yogurt|150|UK yoghurt pot 120-150 g
pot|tea|tea|300-600|teapot for one: 2 cups, 450 ml
pot|hummus|hummus|200|UK hummus pot 170-200 g
pint|beer|beer|400-600|UK 568 ml, US 473 ml
pint|milk|milk|400-600|UK 568 ml, US 473 ml
pint|water|water|400-600|UK 568 ml, US 473 ml
half pint|beer|beer|284|UK half pint 284 ml
half pint|milk|milk|284|UK half pint 284 ml
jug|water|water|700-1500|water jug 1 L
jug|beer|beer|700-1500|AU jug 1140 ml
jug|sangria|*|700-1500|jug 1 L
pitcher|beer|beer|1050-1950|US pitcher 48-60 oz (1.4-1.8 L)
pitcher|margarita|*|1050-1950|US pitcher 48-60 oz (1.4-1.8 L)
carafe|wine|wine|350-1000|restaurant carafe 500 ml (1 L full)
carafe|water|water|350-1000|restaurant carafe 500 ml-1 L
thermos|coffee|coffee|350-750|thermos 500 ml
thermos|tea|tea|350-750|thermos 500 ml
flask|tea|tea|350-750|vacuum flask 500 ml
flask|coffee|coffee|350-750|vacuum flask 500 ml
bidon|water|water|500-750|cycling bottle 500-750 ml
bidon|gatorade|sport|gatorade|powerade|500-750|cycling bottle 500-750 ml
bottle|water|water|330-750|water bottle 500 ml
bottle|beer|beer|280-500|beer bottle 330-355 ml (500 UK ale)
bottle|wine|wine|750|wine bottle 750 ml
bottle|orange juice|orange juice|250-500|single juice bottle 250-500 ml
can|coke|cola|250-450|soft drink can 330-355 ml
can|beer|beer|330-500|beer can 355-440 ml
can|baked beans|bean|415|UK tin 415 g
can|soup|soup|300-600|condensed can made up 600, ready 400 g
can|tuna|tuna|100-185|tuna can 112-165 g drained
tin|baked beans|bean|415|UK tin 415 g
tin|tuna|tuna|100-185|tuna tin 112-165 g drained
tin|soup|soup|300-600|UK soup tin 400 g
carton|orange juice|orange juice|200-1000|carton 200 ml single to 1 L
carton|milk|milk|200-1000|carton 250 ml single to 1 L
carton|soup|soup|500-600|UK fresh soup carton 560-600 g
carton|coconut water|coconut water|330|carton 330 ml
jar|peanut butter|peanut butter|300-510|jar 340-454 g
jar|jam|jam|preserves|300-500|jar 340-454 g
jar|pasta sauce|sauce|400-700|jar 500 g
tub|yoghurt|yogurt|125-1000|UK tub 450-500 g (single 150)
tub|ice cream|ice cream|250-600|pint tub 473 ml (~300 g), UK 500 ml
tub|hummus|hummus|170-300|tub 200-300 g
punnet|strawberries|strawberr|200-500|UK punnet 227-400 g
punnet|blueberries|blueberr|100-200|UK punnet 125-150 g
punnet|grapes|grape|350-650|UK punnet 500 g
punnet|cherry tomatoes|tomato|250|UK punnet 250 g
bowl|soup|soup|300|bowl 250-350 ml
bowl|rice|rice|200|bowl of cooked rice 150-250 g
bowl|porridge|oat|35-65|bowl of porridge 250 g cooked, read as its 40-50 g of dry oats
bowl|cornflakes|corn|cereal|25-60|cereal bowl 30-45 g dry
bowl|pasta|pasta|spaghetti|macaroni|300|bowl of pasta 250-350 g
bowl|curry|*|300|bowl of curry 300 g
bowl|ice cream|ice cream|100-200|two scoops 130 g
bowl|grapes|grape|150|bowl of fruit 150 g
bowl|crisps|chip|crisp|30-80|bowl of crisps 40-60 g
plate|pasta|pasta|spaghetti|macaroni|350|plate of pasta 300-400 g
plate|rice|rice|250|plate of rice 200-300 g
plate|curry|*|350|plate of curry 350 g
plate|chips|potato|fries|200|plate of chips 150-250 g
platter|nachos|nacho|tortilla|300-800|sharing platter
side plate|chips|potato|fries|80-200|side of chips 100-150 g
side plate|salad|*|50-200|side salad 75-150 g
saucer|milk|milk|50-150|saucer 100 ml
ramekin|hummus|hummus|70-150|ramekin 4 oz (118 ml)
ramekin|custard|custard|pudding|80-160|ramekin 4 oz (118 ml)
mason jar|smoothie|*|350-600|16 oz jar 473 ml
mason jar|overnight oats|*|250-500|jar of overnight oats 300-400 g
lunchbox|pasta|pasta|spaghetti|macaroni|250-550|lunchbox 300-450 g
tupperware|rice|rice|250-550|container 300-450 g
tupperware|chilli|chili|250-550|container 350-450 g
tiffin|rice|rice|250-600|tiffin tier 300-500 g
katori|dal|*|150|katori 150 ml
katori|curd|yogurt|curd|150|katori 150 ml
ladle|dal|*|60-160|ladle 100-120 ml
ladle|soup|soup|100-250|soup ladle 120-240 ml
scoop|ice cream|ice cream|45-90|ice cream scoop 65 g
scoop|protein powder|protein|whey|25-40|label scoop 30 g
scoop|rice|rice|100-250|plate-lunch scoop 150-180 g
scoop|mashed potato|potato|80-180|scoop 120 g
spoonful|peanut butter|peanut butter|10-25|tbsp 16 g
spoonful|yoghurt|yogurt|10-30|tbsp 15-20 g
spoonful|sugar|sugar|4-15|tsp 4 g, tbsp 12 g
spoonful|honey|honey|7-25|tsp 7 g, tbsp 21 g
tablespoonful|peanut butter|peanut butter|16|USDA tbsp 16 g
tablespoonful|honey|honey|21|USDA tbsp 21 g
tablespoonful|olive oil|oil|13.5|USDA tbsp 13.5 g
forkful|pasta|pasta|spaghetti|macaroni|10-30|forkful 15-25 g
forkful|rice|rice|8-25|forkful 15 g
forkful|cake|cake|8-30|forkful 15 g
mouthful|cake|cake|10-40|mouthful 20-30 g
mouthful|milk|milk|15-50|mouthful 30 ml
bite|cake|cake|10-40|a bite 15-25 g
bite|pizza|pizza|10-40|a bite 15-25 g
bite|sandwich|sandwich|bread|10-40|a bite 15-25 g
nibble|cheese|cheese|3-15|nibble 5-10 g
nibble|chocolate|chocolate|3-15|nibble 5-10 g
sliver|cake|cake|25-60|thin slice 30-50 g
sliver|cheese|cheese|5-20|sliver 10 g
sliver|pie|pie|30-80|thin slice of pie 50 g
wedge|cheddar|cheese|25-60|wedge 30-50 g
wedge|watermelon|watermelon|200-400|USDA wedge 1/16 melon 286 g
wedge|lemon|lemon|5-15|wedge 8 g
wedge|cake|cake|60-150|slice 80-120 g
chunk|cheese|cheese|20-45|chunk 30 g
chunk|bread|bread|30-80|chunk 50 g
chunk|chocolate|chocolate|8-30|chunk 10-20 g
dash|milk|milk|5-30|dash in tea 10-15 ml
dash|hot sauce|sauce|0.5-6|dash 1-5 g
dash|soy sauce|soy|0.5-8|dash 1-5 g
drizzle|olive oil|oil|3-8|drizzle 5 ml
drizzle|honey|honey|4-12|drizzle 7 g
drizzle|maple syrup|syrup|4-12|drizzle 7 g
splash|milk|milk|15-50|splash 30 ml
splash|cream|cream|10-35|splash 15-30 ml
splash|orange juice|orange juice|15-60|splash 30 ml
dollop|yoghurt|yogurt|25-60|dollop 40 g
dollop|cream|cream|20-45|dollop 30 g
dollop|peanut butter|peanut butter|20-40|dollop ~2 tbsp 30 g
dollop|hummus|hummus|20-45|dollop 30 g
smear|peanut butter|peanut butter|5-12|thin spread 8 g
smear|butter|butter|3-8|thin spread 5 g
smear|cream cheese|cheese, cream|6-15|thin spread 10 g
scrape|marmite|marmite|yeast|1-5|scrape 3 g
scrape|butter|butter|2-6|scrape 4 g
scraping|butter|butter|2-6|scrape 4 g
knob|butter|butter|7-15|knob 10 g
pat|butter|butter|5|USDA pat 5 g
sprinkle|cheese|cheese|4-12|sprinkle 8 g
sprinkle|sugar|sugar|1-6|sprinkle 3 g
sprinkle|cinnamon|cinnamon|0.2-2|sprinkle 0.5 g
pinch|salt|salt|0.1-1|pinch 0.4 g
pinch|sugar|sugar|0.1-1|pinch 0.4 g
handful|almonds|almond|30|FSA/BNF handful of nuts 30 g
handful|crisps|chip|crisp|15-35|handful 25 g
handful|grapes|grape|80|FSA 80 g fruit portion
handful|blueberries|blueberr|75|handful 75-80 g
handful|spinach|spinach|30|handful 30 g
handful|popcorn|popcorn|5-20|handful of popped 10 g
fistful|almonds|almond|30|fistful 30 g
fistful|grapes|grape|80|fistful 80 g
heap|rice|rice|150-450|a heap 250-300 g
heap|chips|potato|fries|150-450|a heap 200-300 g
heaped tablespoon|peanut butter|peanut butter|20-35|heaped tbsp 25 g
heaping tablespoon|peanut butter|peanut butter|20-35|heaped tbsp 25 g
rounded tablespoon|peanut butter|peanut butter|18-28|rounded tbsp 20 g
level tablespoon|peanut butter|peanut butter|13-20|level tbsp 16 g
heaped teaspoon|sugar|sugar|5-10|heaped tsp 6-8 g
level teaspoon|sugar|sugar|3-5|level tsp 4 g
heaped spoonful|peanut butter|peanut butter|18-40|heaped spoon 25 g
generous handful|almonds|almond|35-55|a generous handful 40-45 g
big handful|almonds|almond|35-55|a big handful 40-45 g
small handful|almonds|almond|12-25|a small handful 15-20 g
scant cup|rice|rice|110-185|scant cup 150 g
big mug|tea|tea|400|big mug 400 ml
small mug|tea|tea|180-300|small mug 250 ml
big bowl|pasta|pasta|spaghetti|macaroni|400|big bowl 400 g
small bowl|soup|soup|150-260|small bowl 200 ml
generous glass|wine|wine|250|large glass 250 ml
large glass|wine|wine|250|UK large glass 250 ml
small glass|wine|wine|100-150|UK small glass 125 ml
small glass|orange juice|orange juice|120-200|small glass 150 ml
tiny glass|wine|wine|75-150|a tiny glass 100-125 ml
big glass|milk|milk|300-450|big glass 350 ml
mini tub|ice cream|ice cream|50-110|mini tub 100 ml (60-80 g)
generous dollop|yoghurt|yogurt|40-90|generous dollop 60 g
small dollop|yoghurt|yogurt|10-30|small dollop 20 g
generous knob|butter|butter|10-25|generous knob 15 g
"""

# share phrase | whole phrase (or its grams: a 9 in cake ~ 900 g, USDA watermelon 4,518 g) |
# keyword(s) | ratio LO-HI
_SHARES = """
half a pizza|a whole pizza|pizza|0.35-0.65
half the pizza|a whole pizza|pizza|0.35-0.65
pizza, half|a whole pizza|pizza|0.35-0.65
a third of a pizza|a whole pizza|pizza|0.23-0.43
a quarter of the pizza|a whole pizza|pizza|0.19-0.31
most of a pizza|a whole pizza|pizza|0.6-0.9
pizza, most of it|a whole pizza|pizza|0.6-0.9
some of the pizza|a whole pizza|pizza|0.15-0.6
the rest of the pizza|a whole pizza|pizza|0.2-0.8
the whole pizza|a whole pizza|pizza|0.9-1.1
all of the pizza|a whole pizza|pizza|0.9-1.1
all the pizza|a whole pizza|pizza|0.9-1.1
a bit of the cake|900|cake|0.03-0.3
a little of the cake|900|cake|0.03-0.3
a quarter of the cake|900|cake|0.19-0.31
half a bottle of wine|a bottle of wine|wine|0.4-0.6
wine, half a bottle|a bottle of wine|wine|0.4-0.6
wine, half the bottle|a bottle of wine|wine|0.4-0.6
most of a bottle of wine|a bottle of wine|wine|0.6-0.9
a third of a bottle of wine|a bottle of wine|wine|0.25-0.42
half a tub of ice cream|a tub of ice cream|ice cream|0.4-0.6
ice cream, half the tub|a tub of ice cream|ice cream|0.4-0.6
ice cream half the tub|a tub of ice cream|ice cream|0.4-0.6
the whole tub of ice cream|a tub of ice cream|ice cream|0.9-1.1
oven chips half the bag|a bag of oven chips|potato|fries|0.4-0.6
oven chips, half the bag|a bag of oven chips|potato|fries|0.4-0.6
half a bag of oven chips|a bag of oven chips|potato|fries|0.4-0.6
most of a bag of crisps|a bag of crisps|chip|crisp|0.6-0.9
crisps, most of the bag|a bag of crisps|chip|crisp|0.6-0.9
a quarter of a tub of hummus|a tub of hummus|hummus|0.19-0.31
half a tin of beans|a tin of beans|bean|0.4-0.6
beans, half a tin|a tin of beans|bean|0.4-0.6
half a jar of peanut butter|a jar of peanut butter|peanut butter|0.4-0.6
a quarter of a watermelon|4500|watermelon|0.19-0.31
half a loaf of bread|a loaf of bread|bread|0.4-0.6
all of the pasta|pasta|pasta|spaghetti|macaroni|0.9-1.1
a whole cake|900|cake|0.65-1.35
a whole watermelon|4500|watermelon|0.5-1.5
a whole bar of chocolate|a bar of chocolate|chocolate|0.9-1.1
the whole bag of crisps|a bag of crisps|chip|crisp|0.9-1.1
half a bar of chocolate|a bar of chocolate|chocolate|0.4-0.6
chocolate, half a bar|a bar of chocolate|chocolate|0.4-0.6
a bit of the chocolate bar|a chocolate bar|chocolate|0.05-0.5
"""


def _range(text: str) -> tuple[float, float]:
    if "-" in text:
        lo, hi = text.split("-")
        return float(lo), float(hi)
    e = float(text)
    return e * 0.7, e * 1.3


def _read(phrase: str, dish: bool = False) -> tuple[float, str, bool]:
    """The phrase's grams, its foods' names, and whether it read cleanly: no words over, and
    one food (a mixed dish, ``dish``, may be read as its parts)."""
    r = foods.parse_meal(phrase)
    names = " + ".join(i.name for i in r.items)
    clean = (dish or len(r.items) == 1) and not r.unmatched
    return sum(i.grams for i in r.items), names or "-", clean


def _named(names: str, keys: list[str]) -> bool:
    """Whether a name holds a keyword; "*" is a mixed dish, read as its parts."""
    if keys == ["*"]:
        return names != "-"
    low = names.lower()
    return any(k in low for k in keys)


def _orders(word: str, food: str) -> list[str]:
    art = "an" if word[0] in "aeiou" else "a"
    return [f"{art} {word} of {food}", f"{food}, {art} {word}", f"{food} 1 {word}"]


def cells() -> list[tuple[str, str, list[str], tuple[float, float], str]]:
    out = []
    for line in _CELLS.strip().splitlines():
        parts = line.split("|")
        word, food, *keys, rng, src = parts
        out.append((word, food, keys, _range(rng), src))
    return out


def shares() -> list[tuple[str, str, list[str], tuple[float, float]]]:
    out = []
    for line in _SHARES.strip().splitlines():
        phrase, whole, *keys, rng = line.split("|")
        out.append((phrase, whole, keys, _range(rng)))
    return out


def sweep(only: set[str] | None = None, misses_only: bool = False) -> list[tuple[str, str]]:
    """(phrase, why) for every miss; prints the grid."""
    misses: list[tuple[str, str]] = []
    for word, food, keys, (lo, hi), src in cells():
        if only and word not in only:
            continue
        for phrase in _orders(word, food):
            g, names, clean = _read(phrase, keys == ["*"])
            why = ""
            if not clean or not _named(names, keys):
                why = "unread"
            elif not lo <= g <= hi:
                why = f"grams {g:.0f} not {lo:.0f}-{hi:.0f}"
            mark = "MISS" if why else "ok"
            if not (misses_only and not why):
                print(f"{mark:4} {phrase:40} {g:7.1f} g  {names[:60]}  [{src}] {why}")
            if why:
                misses.append((phrase, why))
    for phrase, whole, keys, (lo, hi) in shares():
        if only and not any(w in phrase for w in only):
            continue
        g, names, clean = _read(phrase)
        w = float(whole) if whole.replace(".", "").isdigit() else _read(whole)[0]
        ratio = g / w if w else 0.0
        why = ""
        if not clean or not _named(names, keys):
            why = "unread"
        elif not lo <= ratio <= hi:
            why = f"ratio {ratio:.2f} not {lo:.2f}-{hi:.2f}"
        mark = "MISS" if why else "ok"
        if not (misses_only and not why):
            print(f"{mark:4} {phrase:40} {g:7.1f} g  of {w:.0f} g  {names[:50]}  {why}")
        if why:
            misses.append((phrase, why))
    return misses


def main(argv: list[str]) -> int:
    only = {a for a in argv if not a.startswith("--")} or None
    misses = sweep(only, "--misses" in argv)
    total = sum(3 for c in cells() if not only or c[0] in only) + sum(
        1 for s in shares() if not only or any(w in s[0] for w in only)
    )
    print(f"\n{len(misses)} misses of {total} phrases")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
