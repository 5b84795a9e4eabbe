"""How the items of one meal shape each other.

Read alone, "oat milk" is a glass and "peanut butter" two tablespoons; next to a coffee or
a slice of toast they are a splash and a spread. These rules run after every item has
been matched on its own, and only ever touch an item whose amount the runner did not give:

- "flat white with oat milk", "caesar salad with grilled chicken": the milk or meat goes
  into the dish as its main ingredient (the dish's recipe, not an extra glass or breast);
- "coffee with milk": a 30 ml splash; "cereal with milk": a 150 ml pour; "gin and tonic":
  a 200 ml mixer;
- "porridge with blueberries and walnuts": fruit, nuts and nut butters on a cereal,
  yogurt or bake are a topping, half their usual helping;
- "peanut butter on toast", "a bagel with cream cheese": a spread is one face's worth per
  slice (two for a bagel, up to two slices).
"""

from __future__ import annotations

import re

from journal.foods import plates, spreads
from journal.foods.breadedmains import breaded_mains
from journal.foods.breadheld import bread_held
from journal.foods.cerealliquids import cereal_liquids
from journal.foods.dishpieces import another_of
from journal.foods.fillingafter import filled_with
from journal.foods.flavourafter import says_which
from journal.foods.fryoil import fried_oil
from journal.foods.items import ParsedItem, parse_item
from journal.foods.mainswap import swapped_main
from journal.foods.match import MAIN_GROUPS as _MAIN_GROUPS
from journal.foods.match import MILKS as _MILKS
from journal.foods.match import head_stems
from journal.foods.sizing import first as _first
from journal.foods.sizing import food_id as _id
from journal.foods.sizing import free as _free
from journal.foods.sizing import set_grams as _set_grams
from journal.foods.table import Table, load
from journal.foods.text import stem
from journal.foods.vegportions import is_potato, veg_in_eggs, veg_with_grain

SPLASH_G = 30.0
MIXER_G = 200.0  # a pub mixer: a 200 ml bottle of tonic or a glass of coke
_MIXERS = frozenset(
    ("14400", "14416", "14145", "14144", "14155", "14143", "14121", "09206", "14242")
)
CEREAL_MILK_G = 150.0
PORRIDGE_MILK_G = 200.0  # porridge cooked in milk: 200-250 ml to 40 g of oats (pack directions)
_TOPPING_GROUPS = frozenset(("Fruits and Fruit Juices", "Nut and Seed Products"))
_NUT_BUTTERS = frozenset(("16098", "16097", "12195"))


def apply(items: list[ParsedItem], seps: list[str]) -> list[ParsedItem]:
    """The meal's items after the rules above; merged items are gone."""
    table = load()
    breaded_mains(table, items)  # "katsu chicken and rice": the chicken fried in its crumb
    fried_oil(table, items)  # "fried salmon": the oil it took up
    items, seps = _named_parts(table, items, seps)
    out: list[ParsedItem] = []
    out_seps: list[str] = []
    base: ParsedItem | None = None
    in_chain = False
    for k, (item, sep) in enumerate(zip(items, seps, strict=True)):
        if sep == "with" or (sep == "and" and (in_chain or _spirit(table, out))):
            in_chain = True
        elif sep in ("", "and", "&") and _bowl_topping(table, base, item):
            in_chain = True  # "greek yogurt, blueberries and granola": one bowl
        else:
            base, in_chain = None, False
        if (
            sep in ("on", "with", "in")
            and out
            and (_free(item) or (sep != "with" and _one_said(item)))
            and _other_bread(table, out[-1], item)
        ):
            continue  # "a blt on brown bread": the sandwich's bread, not two more slices
        if sep in ("on", "with", "in") and out and bread_held(table, out[-1], item):
            continue  # "2 hot dogs w buns": the hot dogs' own buns
        if base is not None and _free(item) and _topping(table, base, item, out):
            continue
        joined = bool(out_seps) and out_seps[-1] in ("and", "&", "with")  # "gin & tonic"
        if sep == "" and out and (filled := filled_with(table, out[-1], item)) is not None:
            if base is out[-1]:
                base = filled
            out[-1] = filled  # "empanadas x2, beef": what the empanadas are filled with
            continue
        if sep == "" and out and says_which(out[-1], item):
            continue  # "bag of crisps, salt and vinegar": which crisps, not a second bag
        if sep == "" and joined and _named_again(out[-1], item):
            continue  # "gin & tonic, full sugar tonic": which tonic, not a second one
        if sep in ("", "with") and joined and _mixer_named_again(table, out[-1], item):
            out[-1].index = item.index  # "g&t w slimline tonic": that tonic, at the pour's size
            out[-1].parts = ((item.parts[0][0], out[-1].grams),)
            continue
        if sep in ("with", "") and out and _same_food_sized(out[-1], item):
            _set_grams(out[-1], item.grams)  # "a tab in 500 ml water", "omelette, 4 whites"
            continue
        sized = plates.sized_later(out, out_seps, item) if sep == "" else None
        if sized is not None:  # "oatmeal with milk and sugar, 1/2 cup oats": the oatmeal's
            _set_grams(sized, item.grams)
            continue
        part = plates.part_sized_later(out, out_seps, item) if sep == "" else None
        if part is not None:  # "turkey wrap, 4 slices turkey": the wrap's own turkey
            _set_part_grams(part[0], part[1], item.grams)
            continue
        if _free(item) and out and _milk_for(table, out[-1], item, sep, items[k + 1 : k + 2]):
            _set_grams(item, min(item.grams, SPLASH_G))  # "tea, milk and 2 sugars": a splash
        out.append(item)
        out_seps.append(sep)
        if base is None:
            base = item
    _two_slices_under(table, out, out_seps)
    cereal_liquids(table, out, out_seps)  # "oats made with water": the cereal's own liquid
    veg_with_grain(table, out)
    veg_in_eggs(table, out)
    spreads.apply(table, out, out_seps)
    plates.cheese_in_bread(table, out, out_seps)
    _shared_handful(table, out, items, seps)
    _chip_shop(table, out)
    return _plain_beans(table, out)


def _named_parts(
    table: Table, items: list[ParsedItem], seps: list[str]
) -> tuple[list[ParsedItem], list[str]]:
    """ "a fry up with two sausages, bacon and toast": foods the dish holds already are its
    parts, said again (at the amount given, if any), not extra helpings."""
    out: list[tuple[ParsedItem, str]] = []
    dish: ParsedItem | None = None
    chain = False  # the dish's "with" list: "with X, Y and Z"
    said: dict[int, tuple[ParsedItem, set[int]]] = {}  # each dish's parts said again
    for item, sep in zip(items, seps, strict=True):
        after_dish = bool(out) and out[-1][0] is dish  # "katsu curry and rice": its own rice
        if after_dish and sep == "on" and item.index is not None and _is_bread(table, item.index):
            out.append((item, sep))  # "a BLT on white with mayo": the mayo is still the BLT's
            chain = True
            continue
        chain = (
            sep in ("with", "w/")
            or ((chain or after_dish) and sep in ("", "and", "&"))
            or (chain and sep == "on")  # "huevos rancheros, 2 eggs on corn tortillas"
        )
        if not chain:
            dish = None
        if dish is not None and another_of(dish, item):
            dish = item  # "a ham sandwich, a cheese sandwich": two sandwiches, not one
        elif dish is not None and item.index is not None and item.parts:
            food, single = item.parts[0][0], len(item.parts) == 1
            heads = head_stems(food)
            at = next(
                (
                    k
                    for k, (i, _g) in enumerate(dish.parts)
                    if (i == food and single)
                    or (head_stems(i) == heads and (i != dish.main or item.amount_given))
                ),  # the main is swapped instead ("poke bowl with salmon"), or weighed
                # again ("spag bol, 125g mince")
                None,
            )
            # "a mug of builders tea, milk and 2 sugars": the tea's own milk said again, that milk
            if at is None and single and _milk_main(table, dish, food):
                at = next(k for k, (i, _g) in enumerate(dish.parts) if i == dish.main)
                dish.main = food  # "a protein shake with 300 ml of oat milk": its milk
                parts = list(dish.parts)
                parts[at] = (food, parts[at][1])
                dish.parts = tuple(parts)
            if at is None and single:  # "wrap w 100g of tuna": the wrap's main, weighed
                at = swapped_main(table, dish, item, said.get(id(dish), (dish, set()))[1])
            if at is not None:  # a side dish said again ("roast potatoes") is the dish's own
                said.setdefault(id(dish), (dish, set()))[1].add(at)
                if not item.amount_given and single:
                    _cheese_named(table, dish, at)
                if item.amount_given and single:
                    parts = list(dish.parts)
                    dry = ", dry" in table.name(item.parts[0][0]).lower()  # "100g dry pasta"
                    parts[at] = (item.parts[0][0] if dry else parts[at][0], item.parts[0][1])
                    dish.parts = tuple(parts)
                    dish.grams = round(sum(g for _i, g in parts), 2)
                continue
        out.append((item, sep))
        if len(item.parts) > 1 and dish is None:
            dish = item
    for blend, named in said.values():
        if len(named) >= 2 and _BLENDS & set(blend.phrase):
            # "smoothie with a banana, strawberries and milk": what went in is what was said
            blend.parts = tuple(p for k, p in enumerate(blend.parts) if k in named)
            blend.grams = round(sum(g for _i, g in blend.parts), 2)
    return [i for i, _s in out], [s for _i, s in out]


_BLENDS = frozenset(stem(w) for w in ("smoothie", "shake", "milkshake"))

SALAD_CHEESE_G = 48.0  # "greek salad w feta": the slab on a horiatiki, ~ 50 g
_SALAD = frozenset((stem("salad"),))


def _cheese_named(table: Table, dish: ParsedItem, at: int) -> None:
    """ "greek salad with feta", "beet salad w goat cheese": a salad's cheese said by name is
    a feature of the plate (~ 50 g), not a crumble; a grating (parmesan, < 25 g) stays."""
    food, grams = dish.parts[at]
    if not (_SALAD & set(dish.phrase)) or not table.name(food).startswith("Cheese"):
        return
    if grams < 25.0 or grams >= SALAD_CHEESE_G:
        return
    parts = list(dish.parts)
    parts[at] = (food, SALAD_CHEESE_G)
    dish.parts = tuple(parts)
    dish.grams = round(sum(g for _i, g in parts), 2)


def _milk_main(table: Table, dish: ParsedItem, food: int) -> bool:
    """Whether the dish's main is a milk and the food named is a milk too."""
    main = dish.main
    return (
        main is not None
        and any(i == main for i, _g in dish.parts)
        and _id(table, main) in _MILKS
        and _id(table, food) in _MILKS
    )


CHIP_SHOP_CHIPS_G = 220.0  # a chip-shop portion with battered fish (FSA portion sizes)
_FRIES = "21138"
_CHIP_SHOP_FISH = frozenset(("x-battered-fish",))
_BATTERED = re.compile(r"\bbattered\b", re.I)


def _chip_shop(table: Table, out: list[ParsedItem]) -> None:
    """ "battered cod, chips and peas", "a battered sausage and chips": chips beside anything
    battered are a chip-shop portion, not fries."""
    if not any(
        (_first(i) is not None and _id(table, _first(i)) in _CHIP_SHOP_FISH)
        or _BATTERED.search(i.text)
        for i in out
    ):
        return
    for item in out:
        if _free(item) and item.index is not None and _id(table, item.index) == _FRIES:
            _set_grams(item, max(item.grams, CHIP_SHOP_CHIPS_G))


_HANDFUL = re.compile(r"\bhandful\b", re.I)
_HANDFUL_GROUPS = frozenset(
    ("Nut and Seed Products", "Fruits and Fruit Juices", "Snacks", "Sweets")
)


def _shared_handful(
    table: Table, out: list[ParsedItem], items: list[ParsedItem], seps: list[str]
) -> None:
    """ "a handful of cashews and raisins": one handful of a mix, not a handful of cashews and
    a helping of raisins; the first takes most of it (0.8 and 0.5 of a handful)."""
    for k in range(1, len(items)):
        first, second = items[k - 1], items[k]
        if seps[k] != "and" or not _HANDFUL.search(first.text) or not _free(second):
            continue
        if first not in out or second not in out or first.index is None or second.index is None:
            continue
        if len(first.parts) != 1 or table.group(second.index) not in _HANDFUL_GROUPS:
            continue
        handful = first.grams
        _set_grams(first, handful * 0.8)
        _set_grams(second, min(second.grams, handful * 0.5))


# Bare "beans" are tinned baked beans (on toast, with a jacket potato, in a fry-up) unless
# the meal is one where beans mean black or pinto beans.
_BLACK_BEAN = "16015"
_BEAN_COMPANIONS = frozenset(
    ("rice", "burrito", "taco", "tortilla", "chili", "chilli", "quinoa", "nacho", "enchilada",
     "salad", "fajita", "quesadilla", "bowl")
)  # fmt: skip


def _plain_beans(table: Table, items: list[ParsedItem]) -> list[ParsedItem]:
    """ "beans on toast", "half a tin of beans": baked beans; "rice and beans": black beans."""
    if not any(_first(i) is not None and _id(table, _first(i)) == _BLACK_BEAN for i in items):
        return items
    words = {w for item in items for w in item.phrase}
    if words & _BEAN_COMPANIONS:
        return items
    out = []
    for item in items:
        first = _first(item)
        if (
            first is not None
            and _id(table, first) == _BLACK_BEAN
            and "black" not in item.phrase
            and len(item.parts) == 1
        ):
            baked = parse_item(_BEANS.sub("baked beans", item.text, count=1))
            if baked.index is not None and "Beans, baked" in table.name(baked.index):
                out.append(baked)
                continue
        out.append(item)
    return out


_BEANS = re.compile(r"\bbeans?\b", re.IGNORECASE)


def _spirit(table: Table, out: list[ParsedItem]) -> bool:
    """Whether the item before is a spirit: "gin and tonic" is one drink."""
    first = _first(out[-1]) if out else None
    return first is not None and table.name(first).startswith("Alcoholic beverage, distilled")


_BREWS = ("Coffee, brewed", "Coffee, instant", "Tea")  # "a mug of instant, milk, 1 sugar"


def _milk_for(
    table: Table, drink: ParsedItem, item: ParsedItem, sep: str, after: list[ParsedItem]
) -> bool:
    """Whether a bare milk right after a tea or coffee went in it: "coffee and milk", "tea,
    milk and 2 sugars" (a milk after a comma alone, "coffee, milk", is a glass of its own)."""
    sugar = [a for a in after if a.index is not None and _id(table, a.index) in _SWEETENERS]
    if sep not in ("and", "&") and not (sep == "" and sugar):
        return False
    first = _first(drink)
    milk = item.index is not None and _id(table, item.index) in _MILKS
    drink_alone = first is not None and len(drink.parts) == 1
    return milk and drink_alone and table.name(first).startswith(_BREWS)


def _named_again(first: ParsedItem, item: ParsedItem) -> bool:
    """Whether ``item`` names the single food just before it again, with no amount."""
    one = len(first.parts) == 1 and len(item.parts) == 1 and first.index == item.index
    return one and first.index is not None and not item.amount_given


def _mixer_named_again(table: Table, first: ParsedItem, item: ParsedItem) -> bool:
    """Whether ``item``, with no amount, names another kind of the mixer just before it
    ("gin and tonic with slimline tonic", "rum & coke, diet coke")."""
    one = len(first.parts) == 1 and len(item.parts) == 1 and not item.amount_given
    if not one or first.index is None or item.index is None or first.index == item.index:
        return False
    mixers = _id(table, first.index) in _MIXERS and table.group(item.index) == "Beverages"
    return mixers and head_stems(first.index) == head_stems(item.index)


def _set_part_grams(dish: ParsedItem, n: int, grams: float) -> None:
    """Give part ``n`` of ``dish`` (a dish or a single food) ``grams``."""
    if len(dish.parts) == 1:
        _set_grams(dish, grams)
        return
    parts = list(dish.parts)
    parts[n] = (parts[n][0], grams)
    dish.parts = tuple(parts)
    dish.grams = round(sum(g for _i, g in parts), 2)


def _same_food_sized(first: ParsedItem, item: ParsedItem) -> bool:
    """Whether ``item`` only gives the amount of the single food before it."""
    one = len(first.parts) == 1 and len(item.parts) == 1 and first.index == item.index
    articles = ("a ", "an ")  # "an omelette, 3 whites": one omelette, its size said after
    said_one = first.text.lower().startswith(articles) and not item.text.lower().startswith(
        articles
    )
    return one and item.amount_given and (not first.amount_given or said_one)


def _topping(table: Table, base: ParsedItem, item: ParsedItem, out: list[ParsedItem]) -> bool:
    """Apply the with-rules to ``item`` after ``base``; True when it merged into the base."""
    food = item.index
    assert food is not None
    if len(base.parts) > 1 and any(i == food for i, _g in base.parts):
        return True  # "poke bowl with avocado": the bowl has it already
    milk = _id(table, food) in _MILKS
    if base.main is not None and base.phrase:
        main_milk = _id(table, base.main) in _MILKS
        main_meat = _is_main(table, base.main)
        if (milk and main_milk) or (_is_main(table, food) and main_meat):
            merged = parse_item(f"{base.text} {item.text}")
            if merged.main == food:
                out[out.index(base)] = merged
                return True
    first = _first(base)
    if first is None:
        return False
    name, group = table.name(first), table.group(first)
    if name.startswith("Alcoholic beverage, distilled") and _id(table, food) in _MIXERS:
        _set_grams(item, min(item.grams, MIXER_G))  # "a vodka and coke": a mixer
    elif milk and name.startswith(("Coffee", "Tea", "Milk, chocolate beverage", "Cocoa")):
        _set_grams(item, min(item.grams, SPLASH_G))
    elif milk and group == "Breakfast Cereals":
        porridge = any(w.startswith(("porr", "oatmeal")) for w in base.phrase)
        _set_grams(item, min(item.grams, PORRIDGE_MILK_G if porridge else CEREAL_MILK_G))
    elif _id(table, food) in _SWEETENERS and name.startswith(("Coffee", "Tea")):
        _set_grams(item, min(item.grams, _SWEETENERS[_id(table, food)]))  # "tea with honey"
    elif _topping_base(table, first) and _is_topping(table, item, food):
        _set_grams(item, item.grams / 2)
    elif _id(table, food) in _CITRUS and group == "Beverages":
        _set_grams(item, min(item.grams, WEDGE_G))  # "a vodka soda with lime": a wedge
    elif _id(table, food) in spreads.UNDER_SPREADS and table.group(first) == _VEG:
        _set_grams(item, min(item.grams, KNOB_G))  # "corn on the cob with butter": a knob
    elif _is_yogurt(table, first) and table.group(food) == "Breakfast Cereals":
        _set_grams(item, min(item.grams, GRANOLA_ON_YOGURT_G))  # "yoghurt with granola"
    elif len(base.parts) > 1 and _big_side(table, base, item, food):
        _set_grams(item, item.grams / 2)  # "a salad with chicken and avocado": half of one
    elif _in_bread(table, first) and table.group(food) == _VEG and not is_potato(table, food):
        _set_grams(item, min(item.grams, BREAD_VEG_G))  # "a hot dog with onions": a topping
    return False


WEDGE_G = 8.0  # a wedge of lemon or lime in a drink: an eighth of a 67 g lime
_CITRUS = frozenset(("09159", "09150"))  # lime, lemon
KNOB_G = 10.0  # butter on a vegetable or jacket potato: a knob
GRANOLA_ON_YOGURT_G = 35.0  # granola or muesli spooned on a yogurt: a topping, not a bowl
BREAD_VEG_G = 30.0  # onions on a hot dog, tomato in a sandwich: a few slices
_VEG = "Vegetables and Vegetable Products"


def _in_bread(table: Table, i: int) -> bool:
    """Whether a food is eaten in bread: a sandwich, burger, hot dog or roll."""
    name = table.name(i).lower()
    fast = table.group(i) == "Fast Foods" and any(
        w in name for w in ("burger", "hotdog", "hot dog", "sandwich", "submarine", "wrap")
    )
    return fast or _is_bread(table, i) or name.startswith("rolls")


# A spoon of sweetener in a hot drink: a teaspoon, not the tablespoon on porridge.
_SWEETENERS = {"19296": 7.0, "19353": 7.0, "19335": 4.0, "19334": 4.0}


def _big_side(table: Table, base: ParsedItem, item: ParsedItem, food: int) -> bool:
    """A whole fruit or vegetable (an avocado, a pepper) added to a dish: half of it."""
    groups = ("Fruits and Fruit Juices", "Vegetables and Vegetable Products")
    return table.group(food) in groups and item.grams > 150.0 and _is_salad(table, base)


def _is_salad(table: Table, dish: ParsedItem) -> bool:
    """Whether a dish is a salad (leaves in it): "a chicken schnitzel with mash" is not."""
    return any(table.name(i).startswith(_LEAVES) for i, _g in dish.parts)


_LEAVES = ("Lettuce", "Spinach", "Arugula", "Cabbage")


def _is_bread(table: Table, i: int) -> bool:
    return table.group(i) == "Baked Products" and table.name(i).startswith(("Bread", "Rolls"))


def _other_bread(table: Table, dish: ParsedItem, item: ParsedItem) -> bool:
    """Swap a sandwich's bread for the one named after it; True when done."""
    food = item.index
    if len(dish.parts) < 2 or food is None or not _is_bread(table, food):
        return False
    for k, (i, grams) in enumerate(dish.parts):
        if _is_bread(table, i):
            # as many slices as the sandwich had, of the named loaf ("a blt on sourdough":
            # two 50 g sourdough slices, not two 28 g white ones)
            own, named = table.alias_grams.get(i), table.alias_grams.get(food)
            sliced = table.name(i).startswith("Bread") and table.name(food).startswith("Bread")
            if own and named and sliced and not item.amount_given:
                grams = round(grams * named / own, 2)
            parts = list(dish.parts)
            parts[k] = (food, grams)
            dish.parts = tuple(parts)
            dish.grams = round(sum(g for _i, g in dish.parts), 2)
            return True
    return False


# "on a bun", "in one roll": one bread said with an article, not weighed or counted past one
_ONE = re.compile(r"^\s*(?:an?|one|1)\s+[a-z]", re.I)


def _one_said(item: ParsedItem) -> bool:
    """One bread said with an article ("sloppy joe on a bun"): the dish's own, like a bare one."""
    return item.index is not None and len(item.parts) == 1 and bool(_ONE.match(item.text))


def _is_main(table: Table, i: int) -> bool:
    return table.group(i) in _MAIN_GROUPS or table.name(i).startswith(("Tofu", "Tempeh"))


def _bowl_topping(table: Table, base: ParsedItem | None, item: ParsedItem) -> bool:
    """Whether an item listed after a yogurt or cereal is put on it (fruit, nuts, seeds, or
    milk on a cereal)."""
    first = _first(base) if base is not None else None
    if first is None or item.index is None or not _topping_base(table, first):
        return False
    if table.group(first) == "Baked Products":
        return False  # "a croissant, an apple": two things, not a topped croissant
    if _id(table, item.index) in _MILKS and table.group(first) == "Breakfast Cereals":
        return True  # "cornflakes, skim milk": the cereal's milk, not a glass
    if _id(table, item.index) in _NUT_BUTTERS:
        return True  # "oats 50g, pb 1tbsp, blueberries": the bowl goes on past its nut butter
    name = table.name(item.index)
    return table.group(item.index) in _TOPPING_GROUPS and "juice" not in name.lower()


def _topping_base(table: Table, i: int) -> bool:
    name, group = table.name(i), table.group(i)
    if group in ("Breakfast Cereals", "Baked Products"):
        return True
    return name.startswith(("Yogurt", "Greek yogurt", "Cheese, cottage", "Ice cream"))


def _is_yogurt(table: Table, i: int) -> bool:
    return table.name(i).startswith(("Yogurt", "Greek yogurt"))


def _is_topping(table: Table, item: ParsedItem, food: int) -> bool:
    """Fruit, nuts or nut butter whose usual helping is a measure worth halving."""
    if not (table.group(food) in _TOPPING_GROUPS or _id(table, food) in _NUT_BUTTERS):
        return False
    return item.grams > 25.0 and not table.name(food).startswith("Bananas")


TWO_SLICES_UNDER_G = 100.0  # a helping this big (or a plural) on toast needs two slices


def _two_slices_under(table: Table, items: list[ParsedItem], seps: list[str]) -> None:
    """ "mushrooms on toast", "scrambled tofu on toast", "turkey and cheese on rye": a meal-sized
    topping or two fillings sit on two slices; a spread or one egg on one."""
    for k in range(1, len(items)):
        bread, top = items[k], items[k - 1]
        if seps[k] != "on" or not _free(bread) or spreads.faces(table, bread) != 1.0:
            continue
        if top.index is None or spreads.SPREAD_G.get(_id(table, top.index)) is not None:
            continue
        if top.count > 1:  # "two poached eggs on toast": counted pieces sit on one slice
            continue
        listed = k >= 2 and seps[k - 1] in ("and", "&")  # "turkey and cheese on rye": filled
        if top.grams >= TWO_SLICES_UNDER_G or listed or _plural_pieces(top.text):
            bread.count = 2.0
            _set_grams(bread, bread.grams * 2)


def _plural_pieces(text: str) -> bool:
    """ "sardines", "mackerel fillets" (read as "fillets of mackerel"): pieces, not a spread."""
    words = text.lower().split()
    heads = words[:1] + words[-1:] if "of" in words else words[-1:]
    return any(w.endswith("s") and stem(w) != w for w in heads)
