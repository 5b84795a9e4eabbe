"""From a food phrase to one food of the table.

Exact alias lookup first, then a shortlist from the word index, then rapidfuzz on the
shortlist only, with a prior that prefers plain foods: "banana" must be "Bananas, raw",
never "Bread, banana" or a baby food. Results are cached per phrase so that the TUI's
preview on every keystroke only pays for the words that changed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from journal.foods.groups import (
    ADDED_TO_DRINKS,
    BURGER_BUN,
    CHEESE_MAINS,
    DISH_FILLING_MAX,
    DISH_GROUPS,
    MAIN_GROUPS,
    MILKS,
    PATTY_MAX_G,
    PLANT_MAINS,
    as_filling,
)
from journal.foods.portions import FILLING_SPREAD_G
from journal.foods.ranking import food_stems, head_stems, rank
from journal.foods.table import Table, load
from journal.foods.text import stem
from journal.foods.typos import GUESS_SCORE, correct, guessed
from journal.foods.words import FILLERS, QUIET, STOPWORDS, unnamed_chain

SCORE_CUTOFF = 45.0
_STRONG = 55.0  # a fuzzy match this good beats splitting the phrase into two foods


@dataclass(frozen=True, slots=True)
class Hit:
    """The matcher's answer for one phrase."""

    index: int  # row in the table
    score: float  # 0..100
    default_grams: float
    portion: str  # what the default grams are, e.g. "1 medium"
    via: str  # "alias" or "fuzzy"
    unknown: tuple[str, ...] = ()  # words of the phrase the table does not know
    # a dish alias ("turkey sandwich") names several foods: (row, grams, portion) of each; a
    # single food leaves this empty
    parts: tuple[tuple[int, float, str], ...] = ()
    # the dish's main ingredient (food row) when it has one a qualifier may swap or add
    main: int | None = None

    def but(self, *, score: float | None = None, unknown: tuple[str, ...] = ()) -> Hit:
        """The same hit with another score and unknown words."""
        return replace(self, score=self.score if score is None else score, unknown=unknown)


def _alias(table: Table, phrase: tuple[str, ...]) -> Hit | None:
    entry = table.aliases.get(" ".join(phrase)) if len(phrase) <= table.longest_alias else None
    if entry is None:
        return None
    # an optional main ("?" in the alias file) is absent from the bare dish
    main = next((p[0] for p in entry if p[3:]), None)
    parts = [(p[0], p[1], p[2]) for p in entry if p[3:] != ["option"]]
    return _dish_hit(table, parts, main=main)


def _dish_hit(
    table: Table,
    parts: list[tuple[int, float, str]],
    score: float = 100.0,
    main: int | None = None,
) -> Hit:
    """A hit for one food, or for a dish of several (its first food stands for it)."""
    if len(parts) == 1 and main is None:
        i, grams, desc = parts[0]
        return Hit(i, score, grams, desc, "alias")
    desc = " + ".join(f"{d} {table.name(i).split(',')[0].lower()}" for i, _g, d in parts)
    total = round(sum(p[1] for p in parts), 2)
    return Hit(parts[0][0], score, total, desc, "alias", (), tuple(parts), main)


# Words before a dish that remove its main ingredient rather than name another one.
_NO_MAIN = frozenset(stem(w) for w in ["veggie", "vegetarian", "vegan", "plain", "meatless"])
# How far a swapped-in main may move from the dish's grams toward its own usual helping.
_SWAP_RANGE = (0.3, 1.25)


def _helping(table: Table, i: int) -> float:
    """The usual helping of a food: its everyday name's portion, else its first USDA one."""
    return table.alias_grams.get(i) or table.default_portion(i)[0]


def _qualifiers(table: Table, words: tuple[str, ...], milk_main: bool = False) -> list[Hit] | None:
    """The foods that words before or after a dish name, or None if some word is no food.

    "beef" → [beef]; "ham cheese" → [ham, cheese]; "peanut butter" → [peanut butter], the
    longest name first; "egg mayo" → [the egg-mayo dish]; "veggie" → [] (no main). In a
    milk drink "oat", "soy" and "almond" are their milks ("oat latte").
    """
    words = tuple(w for w in words if w not in _NO_MAIN)
    out: list[Hit] = []
    i = 0
    while i < len(words):
        if milk_main:
            milk = _alias(table, (words[i], "milk"))
            if milk is not None and not milk.parts and _id(table, milk.index) in MILKS:
                out.append(milk)
                i += 2 if words[i + 1 : i + 2] == ("milk",) else 1
                continue
        for j in range(min(len(words), i + table.longest_alias), i, -1):
            hit = _alias(table, words[i:j])
            if hit is not None:
                out.append(hit)
                i = j
                break
        else:
            return None
    return out


def _compose(table: Table, core: tuple[str, ...]) -> Hit | None:
    """A dish named with qualifiers: "chicken burrito", "beef stir fry", "tofu curry".

    The dish's own recipe is the start; the first qualifier replaces its main ingredient
    (or adds the optional one), scaled toward the new food's usual helping; further
    qualifiers are added the same way unless the dish has them already. So a qualifier can
    only refine the dish, never turn "chicken burrito" into chicken and an unknown word.
    """
    n = len(core)
    # the dish is the last noun ("chicken salad baguette", "egg salad sandwich"), longest
    # name first; then a dish named earlier ("chicken curry with rice" read whole)
    sizes = range(min(n - 1, table.longest_alias), 0, -1)  # no alias is longer
    windows = [(n - size, size) for size in sizes]
    windows += [(start, size) for size in sizes for start in range(n - size - 1, -1, -1)]
    for start, size in windows:
        pair = table.aliases.get(" ".join(core[start - 1 : start + 1])) if start else None
        if size > 1 and pair is not None and len(pair) == 1:
            continue  # "quorn sausage sandwich": the filling is "quorn sausage"
        entry = table.aliases.get(" ".join(core[start : start + size]))
        if entry is None or not any(p[3:] for p in entry):
            continue
        main_food = next(p[0] for p in entry if p[3:])
        milk_main = _id(table, main_food) in MILKS
        before = _qualifiers(table, core[:start], milk_main)
        after = _qualifiers(table, core[start + size :], milk_main)
        if before is None or after is None:
            continue
        named = _main_named(table, entry, core[start : start + size])
        quals = before + after
        if _family(table, main_food) == "main" and any(_drink(table, q) for q in quals):
            continue  # "masala chai": a tea, not a chicken masala with tea for its chicken
        if named is not None and quals:  # "chicken and bacon sandwich": all fillings
            quals = [*before, named, *after]
        # the filling most like the dish's main takes its place: "rice and chicken curry"
        quals.sort(
            key=lambda q: not (not q.parts and _family(table, q.index) == _family(table, main_food))
        )
        parts = _swap(table, entry, quals, keep_main=named is not None and not quals)
        main = next((q.index for q in quals if not q.parts), None)
        return _dish_hit(table, parts, score=90.0, main=main)
    return None


def _drink(table: Table, q: Hit) -> bool:
    return not q.parts and table.group(q.index) == "Beverages"


def _id(table: Table, i: int) -> str:
    return table.rows[i][0]


def _main_named(table: Table, entry: list, run: tuple[str, ...]) -> Hit | None:
    """The word of the dish's own name that says its main ("chicken curry"), as a hit."""
    part = next(p for p in entry if p[3:])
    main = part[0]
    for w in run:
        hit = _alias(table, (w,))
        if hit is not None and not hit.parts and hit.index == main:
            return hit
        if hit is not None and not hit.parts and head_stems(hit.index) == head_stems(main):
            return Hit(main, 100.0, part[1], part[2], "alias")  # "egg" in "fried egg sandwich"
    return None


def _family(table: Table, i: int) -> str:
    """What part a food plays in a dish: a main protein, a milk, or something else."""
    if _id(table, i) in MILKS:
        return "milk"
    if table.group(i) in MAIN_GROUPS or table.name(i).startswith(PLANT_MAINS):
        return "main"
    if _id(table, i) in CHEESE_MAINS:
        return "main"
    return table.group(i)


def _swap(
    table: Table, entry: list, quals: list[Hit], keep_main: bool = False
) -> list[tuple[int, float, str]]:
    main = next(p for p in entry if p[3:])
    have = {p[0] for p in entry if not p[3:]}
    kinds = {head_stems(i) for i in have}  # "veg stir fry": its vegetables, said again
    if keep_main:
        have.add(main[0])
    base = _helping(table, main[0])
    lo, hi = _SWAP_RANGE
    parts: list[tuple[int, float, str]] = []
    swapped = False
    main_milk = _id(table, main[0]) in MILKS
    bread_said = (
        next((q.index for q in quals if not q.parts and _is_bread(table, q.index)), None)
        if _bread_dish(table, entry)
        else None
    )  # "a wholemeal wrap": the dish's own bread
    quals = [q for q in quals if q.parts or q.index != bread_said]
    for p in entry:
        if p is not main:
            if not p[3:]:  # another optional main stays out
                parts.append((p[0], p[1], p[2]))
            continue
        if keep_main:  # "rice and chicken curry": the chicken stays, the rice joins
            parts.append((p[0], p[1], p[2]))
        for q in quals:
            if q.parts:  # "egg mayo sandwich": the filling's own recipe; a second one is a side
                scale = 0.5 if swapped else 1.0
                # a whole helping of a dish is more than a filling ("butter chicken wrap"):
                # its sauce and sides shrink, its meat stays
                whole = sum(g for _i, g, _d in q.parts)
                less = min(1.0, DISH_FILLING_MAX * main[1] / whole) if whole else 1.0
                own_bread = _bread_dish(table, entry)  # "tuna melt panini": one bread
                placed = {i for i, _g, _d in parts}  # "chicken tikka masala wrap": one chicken
                parts.extend(
                    (i, round(as_filling(g * scale, i == q.main, less, main[1]), 2), d)
                    for i, g, d in q.parts
                    if not (own_bread and _is_bread(table, i)) and i not in placed
                )
                swapped = True
                continue
            if q.index in have or (not main_milk and head_stems(q.index) in kinds):
                continue
            if main_milk and _id(table, q.index) not in MILKS:
                if table.group(q.index) in ADDED_TO_DRINKS:  # "strawberry banana smoothie"
                    parts.append((q.index, round(q.default_grams / 2, 2), "half a helping"))
                    have.add(q.index)
                continue  # "chocolate protein shake": a flavour, not another drink
            ratio = min(hi, max(lo, (q.default_grams / base) ** 0.5)) if base else 1.0
            if q.index == main[0]:
                ratio = 1.0  # "a smoked salmon bagel": the dish's own filling, as it has it
            grams = main[1] * ratio
            if swapped or keep_main:
                grams /= 2  # a second filling is a side: "chicken and avocado wrap"
            if _small_piece(table, q):  # the egg, the banana: a whole one
                grams = max(grams, min(q.default_grams, max(main[1] * hi, FRUIT_PIECE_G)))
            slices = table.portion_grams(q.index, "slice")
            veg = table.group(q.index) == "Vegetables and Vegetable Products"
            if (swapped or keep_main) and veg and slices and _bread_dish(table, entry):
                grams = 2 * slices  # "cheese and tomato toastie": two slices of tomato
            spread = FILLING_SPREAD_G.get(_id(table, q.index))
            if spread is not None and _bread_dish(table, entry):
                # "peanut butter and banana sandwich": spread on both slices; in a wrap after
                # another filling it is a sauce ("falafel and hummus wrap")
                wrap = table.name(entry[0][0]).startswith(("Tortillas", "Bread, pita"))
                grams = spread / 2 if wrap and (swapped or keep_main) else spread
            parts.append((q.index, round(grams, 2), f"{grams:.0f} g"))
            have.add(q.index)
            swapped = True
        if quals and not swapped and not keep_main and main[3:] == ["slot"]:
            parts.append((main[0], main[1], main[2]))  # nothing took its place: keep it
    if not parts:  # "veggie omelette": the main is all the dish is, so it stays
        parts.append((main[0], main[1], main[2]))
    if bread_said is not None and _is_bread(table, parts[0][0]):
        parts[0] = (bread_said, parts[0][1], parts[0][2])  # "a wholemeal ham sandwich"
    return parts


_MEASURE_UNITS = ("cup", "tbsp", "tsp", "tablespoon", "oz", "g", "fl", "fluid")
SMALL_PIECE_G = 60.0
FRUIT_PIECE_G = 130.0  # a banana in a sandwich is the whole banana; an avocado is not


def _small_piece(table: Table, q: Hit) -> bool:
    """Whether a filling is counted in small pieces (an egg, rashers, a sausage, a banana):
    a dish takes one whole helping of it, not half."""
    unit = q.portion.partition(" ")[2].replace(",", " ").split()
    if not unit or unit[0] in _MEASURE_UNITS:
        return False
    fruit = table.group(q.index) == "Fruits and Fruit Juices"
    return q.default_grams <= (FRUIT_PIECE_G if fruit else SMALL_PIECE_G)


def _is_bread(table: Table, i: int) -> bool:
    return table.group(i) == "Baked Products" and table.name(i).startswith(("Bread", "Rolls"))


def _bread_dish(table: Table, entry: list) -> bool:
    """Whether a dish is bread with a filling (a sandwich, roll, bagel, wrap, toastie)."""
    return table.group(entry[0][0]) == "Baked Products"


def _split(table: Table, phrase: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Known words (typos corrected) and unknown words of a phrase."""
    known: list[str] = []
    unknown: list[str] = []
    for w in phrase:
        if w in STOPWORDS or w in FILLERS:
            known.append(w)
            continue
        fixed = correct(w)
        if w in QUIET and fixed != w:  # "kerala", "hanoi": a place, never read as another word
            continue
        (known if fixed else unknown).append(fixed or w)
    return tuple(known), tuple(unknown)


@lru_cache(maxsize=8192)
def match(phrase: tuple[str, ...]) -> Hit | None:
    """The food a phrase of stems names, or None when nothing is close enough."""
    hit = _match(phrase)
    if hit is not None and hit.score > GUESS_SCORE:
        words = (w for w in phrase if w not in STOPWORDS and w not in FILLERS)
        if any(guessed(w, correct(w)) for w in words):
            return hit.but(score=GUESS_SCORE, unknown=hit.unknown)
    return hit


def _match(phrase: tuple[str, ...]) -> Hit | None:
    table = load()
    if not phrase:
        return None
    hit = _alias(table, phrase)
    if hit:
        return hit
    bare = tuple(w for w in phrase if not w.endswith("%"))  # "0% yogurt": a fat level
    if bare != phrase:
        return match(bare) if bare else None
    known, unknown = _split(table, phrase)
    content = tuple(w for w in known if w not in STOPWORDS)
    if set(content) & QUIET and all(w in QUIET or w in FILLERS for w in content):
        return None  # "hanoi style", "lunch special": how a dish is done, no dish named
    core = tuple(w for w in content if w not in FILLERS)
    # "a loaded baked potato": the describing words before an everyday name go first
    longest = table.longest_alias  # a longer run names no alias: not looked up (a long paste)
    lead = [
        content[k:]
        for k in range(max(1, len(content) - longest), len(content))
        if content[k - 1] in FILLERS
    ]
    # "mcdonalds big mac": the chain's name set aside, the size word kept (it is in the name)
    unchained = tuple(w for w in known if w not in FILLERS)
    for candidate in (known, content, *lead, unchained, core):
        hit = _alias(table, candidate) if candidate else None
        if hit and candidate in lead and _dropped_before(table, content, candidate, hit):
            continue  # "wendys frosty small chocolate": "frosty" names a food, not a describer
        if hit:
            return hit.but(unknown=unknown)
    # "a chicken burrito bowl": a dish whose name holds a measure word ("bowl") first
    named = tuple(w for w in known if (w not in STOPWORDS or w in _NAME_WORDS) and w not in FILLERS)
    hit = _compose(table, named) if named != core and len(named) > 1 else None
    hit = hit or (_compose(table, core) if len(core) > 1 else None)
    if hit:
        return hit.but(score=hit.score, unknown=unknown)
    # A food whose name has every word, the describing ones first ("red currants"); a weak
    # one loses to two everyday names side by side ("chicken noodles").
    weak = None
    for words in dict.fromkeys((content, core)):
        ranked = rank(table, words, 1) if words else []
        if ranked and ranked[0][0] >= SCORE_CUTOFF and _covers_all(ranked[0][1], words):
            if unnamed_chain(table.name(ranked[0][1]), table.group(ranked[0][1]), phrase):
                continue  # "a chicken club sandwich": the dish, not a chain's product
            if ranked[0][0] >= _STRONG:
                return _fuzzy_hit(table, ranked[0], unknown)
            weak = weak or _fuzzy_hit(table, ranked[0], unknown)
    hit = _flavoured_dish(table, core) or _two_foods(table, core)
    if hit:
        return hit.but(score=hit.score, unknown=unknown)
    if weak:
        return weak
    # Next: the longest run of words that is an alias ("lentil curry" → lentils), leftmost
    # first, before a food that shares only some of the words. Either way the words that
    # played no part are reported, never dropped ("curry").
    for size in range(min(len(core) - 1, longest), 0, -1):
        for start in range(len(core) - size + 1):
            run = core[start : start + size]
            hit = _alias(table, run)
            if hit:
                left = _leftover(phrase, set(run))
                # "turkey club sandwich": a word naming a food the dish has is no unknown
                has = {head_stems(i)[:1] for i, _g, _d in hit.parts} | {head_stems(hit.index)[:1]}
                left = tuple(w for w in left if not _names_part(table, w, has))
                return hit.but(score=80.0, unknown=left)
    words = core or content
    ranked = rank(table, words, 1) if words else []
    if ranked and ranked[0][0] >= SCORE_CUTOFF:
        used = set(food_stems(ranked[0][1])[0])
        return _fuzzy_hit(table, ranked[0], _leftover(phrase, used))
    return None


def _dropped_before(
    table: Table, content: tuple[str, ...], lead: tuple[str, ...], hit: Hit
) -> bool:
    """Whether a word of ``content`` before its tail ``lead`` names a food of another kind
    than the one the tail names ("frosty", a dessert, before "small chocolate"); a word of
    the same kind only describes it ("decaf small latte", "loaded baked potato")."""
    before = content[: len(content) - len(lead)]
    kind = table.group(hit.index)
    for w in before:
        named = _alias(table, (w,)) if w not in FILLERS else None
        if named is not None and table.group(named.index) != kind:
            return True
    return False


def _flavoured_dish(table: Table, core: tuple[str, ...]) -> Hit | None:
    """ "beef lasagne", "ham pizza", "vegetable chilli": a ready dish, its filling named.

    Only when the last word(s) name one prepared dish of the table and every word before
    is a food the table knows: the words refine the dish rather than add a helping.
    """
    for cut in range(1, len(core)):
        dish = _alias(table, core[cut:])
        if dish is None or dish.parts or table.group(dish.index) not in DISH_GROUPS:
            continue
        quals = _qualifiers(table, core[:cut])
        if quals is None:
            continue
        patty = _burger_of(table, dish, quals)
        return patty if patty is not None else dish.but(score=85.0)
    return None


def _burger_of(table: Table, dish: Hit, quals: list[Hit]) -> Hit | None:
    """A burger whose patty is named: the bun and salad with that main instead of beef."""
    if "hamburger" not in table.name(dish.index).lower() or len(quals) != 1 or quals[0].parts:
        return None
    q = quals[0]
    if _family(table, q.index) != "main" or head_stems(q.index) == ("beef",):
        return None
    patty = (q.index, round(min(q.default_grams, PATTY_MAX_G), 2), "1 patty")
    bun = [(table.ids[f], g, f"{g:g} g") for f, g in BURGER_BUN]
    return _dish_hit(table, [bun[0], patty, *bun[1:]], score=85.0, main=q.index)


def _names_part(table: Table, word: str, heads: set[tuple[str, ...]]) -> bool:
    hit = _alias(table, (word,))
    return hit is not None and not hit.parts and head_stems(hit.index)[:1] in heads


_NAME_WORDS = frozenset(stem(w) for w in ("bowl", "cup", "plate"))


def _two_foods(table: Table, core: tuple[str, ...]) -> Hit | None:
    """ "prawn noodles", "chicken rice": two everyday names side by side, each its helping.

    Only when no food of the table names both and every word belongs to one of the two.
    """
    for cut in range(1, len(core)):
        left, right = _alias(table, core[:cut]), _alias(table, core[cut:])
        if left and right and not left.parts and not right.parts and left.index != right.index:
            if set(core[:cut]) <= food_stems(right.index)[0]:  # "chocolate birthday cake"
                return right.but(score=80.0)
            parts = [(h.index, h.default_grams, h.portion) for h in (left, right)]
            return _dish_hit(table, parts, score=80.0)
    return None


def _leftover(phrase: tuple[str, ...], used: set[str]) -> tuple[str, ...]:
    """Words of the phrase (as typed, stemmed) that did not go into the match."""
    out = [
        w
        for w in phrase
        if w not in STOPWORDS
        and w not in FILLERS
        and w not in QUIET
        and (correct(w) or w) not in used
    ]
    return tuple(dict.fromkeys(out))


def _covers_all(i: int, words: tuple[str, ...]) -> bool:
    return set(words) <= food_stems(i)[0]


def _fuzzy_hit(table: Table, ranked: tuple[float, int], unknown: tuple[str, ...]) -> Hit:
    score, i = ranked
    grams, desc = table.default_portion(i)
    return Hit(i, score, grams, desc, "fuzzy", unknown)
