"""How a food was cooked, said with it: SR24's own row for that cooking, else a word that
describes the food.

"pan fried egg", "boiled carrots", "toasted bread", "poached chicken breast", "microwaved
potato", "tinned salmon": the name alone matched the food's everyday row (a raw egg, raw
carrots, plain bread, roast breast, a baked potato), and the cooking word was dropped as a
filler or left unread. SR24 holds many foods in the state they were cooked in, so the food's
family (its name's parts before the first part saying a state) is searched for a sibling
whose name says that cooking; a food said cooked whose row is raw takes its plain cooked
sibling. Where the family has no such row ("fried salmon", "smoked tofu", "shallow fried
potato"), the word only describes the food: it is dropped from the words left unread.

:func:`cooking_plainly` runs before the reader on lines holding a cue and says the cooking
words that are two words ("well done", "instant pot", "sous vide") or that hid a food word
("shallow fried") as the one word the reader knows, or drops them where they only say how
(a steak "medium rare").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from journal.foods.cuedlines import on_cued_lines
from journal.foods.match import Hit
from journal.foods.table import Table
from journal.foods.text import stem

# typed word (stem) -> the words of an SR24 name part that say that cooking, best first
_FORMS: dict[str, tuple[str, ...]] = {
    "fried": ("fried",),
    "boiled": ("boiled", "hard-boiled", "stewed"),
    "hard-boiled": ("hard-boiled",),
    "poached": ("poached", "stewed"),
    "stewed": ("stewed", "boiled"),
    "steamed": ("steamed", "boiled"),
    "scrambled": ("scrambled",),
    "roasted": ("roasted", "baked"),
    "roast": ("roasted", "baked"),
    "baked": ("baked", "roasted"),
    "microwaved": ("microwaved",),
    "canned": ("canned",),
    "tinned": ("canned",),
    "smoked": ("smoked",),
    "pickled": ("pickled", "hard-boiled"),  # a pickled egg is a boiled egg in vinegar
    "grilled": ("grilled", "broiled", "roasted"),
    "chargrilled": ("grilled", "broiled", "roasted"),
    "barbecued": ("grilled", "broiled", "roasted"),
    "broiled": ("broiled", "grilled", "roasted"),
    "griddled": ("grilled", "broiled", "roasted"),
    "seared": ("grilled", "broiled", "roasted"),
    "sauteed": ("fried",),
    "braised": ("braised", "stewed"),
    "cooked": (),
    "dried": ("dried",),
    "fermented": ("fermented",),
    "mashed": ("mashed",),
}
_COOKING = frozenset(_FORMS)
# the food weighed as it was before cooking: its raw row stays (the weight is of it)
_WEIGHED_RAW = frozenset(("raw", "uncooked"))
# SR24's fried tofu is the deep-fried puff, not a pan-fried slice of firm tofu
_LEGUMES = "Legumes and Legume Products"
# kept, not cooked: a raw food said so has no plain cooked sibling to fall back on
_KEPT = frozenset(("pickled", "smoked", "canned", "tinned", "dried", "fermented", "raw"))
_KEPT |= {"uncooked", "toasted", "mashed"}
# words that only say how it was done, read as describing it when the family has no row
_DESCRIBED = "blackened charred glazed marinated smoked pickled fermented canned tinned reheated"
_DESCRIBED += " microwaved toasted seared sauteed braised stewed cooked confit crumbed breaded"
_DESCRIBED += " battered uncooked"
# dried fruit is another food: "dried" with no dried row stays reported
_DESCRIBING = (_COOKING | frozenset(map(stem, _DESCRIBED.split()))) - {"dried"}
# the parts of an SR24 name that say a state: where a food's family name ends
_STATE = re.compile(
    r"^(?:raw|cooked|dry-roasted|oil-roasted|fried|boiled|hard-boiled|poached|scrambled|roasted|baked|stewed|braised"
    r"|steamed|microwaved|toasted|canned|smoked|pickled|grilled|broiled|dried|frozen"
    r"|dry heat|moist heat|omelet|without salt|with salt|drained|unprepared|prepared)\b"
)
# a sibling saying one of these was not said, so is not the food ("frozen, unprepared")
_UNSAID = ("frozen", "canned", "dried", "dry", "mix", "unprepared", "with salt", "babyfood")
_UNSAID += (
    "batter",
    "breaded",
    "flour",
    "enhanced",
    "dehydrated",
    "concentrate",
    "pickled",
    "smoked",
)
_UNSAID += ("skin, without", "skin, with", "salted", "glucose", "stabilized")


_PAREN = re.compile(r"\s*\([^()]*\)")


def _family(name: str) -> tuple[str, ...]:
    """The parts of an SR24 name before its first state part, the first part singular."""
    parts = name.split(", ")
    k = next((n for n, p in enumerate(parts) if _STATE.match(p)), len(parts))
    lead = [stem(parts[0].lower()), *(_PAREN.sub("", p).lower() for p in parts[1:k])]
    return tuple(lead)


@cache
def _families(table: Table) -> dict[tuple[str, ...], tuple[int, ...]]:
    found: dict[tuple[str, ...], list[int]] = {}
    for i in range(len(table.rows)):
        found.setdefault(_family(table.name(i)), []).append(i)
    return {k: tuple(v) for k, v in found.items()}


@cache
def _first_parts(table: Table) -> dict[str, tuple[int, ...]]:
    found: dict[str, list[int]] = {}
    for i in range(len(table.rows)):
        found.setdefault(stem(table.name(i).split(", ")[0].lower()), []).append(i)
    return {k: tuple(v) for k, v in found.items()}


def _says(name: str, form: str) -> bool:
    return any(form in re.split(r"[ ,-]+", p) or p == form for p in name.lower().split(", "))


def cooked_sibling(table: Table, i: int, word: str, said: frozenset[str]) -> int | None:
    """The row of food ``i``'s family cooked as ``word`` says (stem), or None when ``i`` is
    that already or the family holds none."""
    name = table.name(i)
    forms = _FORMS.get(word, ())
    low = name.lower()
    raw = _says(name, "raw") or _says(name, "fresh")
    if any(_says(name, f) for f in forms) or (not forms and not raw):
        return None
    if "," not in name or table.group(i) in ("Fast Foods", "Restaurant Foods"):
        return None
    family = _family(name)
    kin = [_families(table).get(family, ())]
    if len(family) == 1:  # "Potato, baked, ...": every potato row is kin ("Potatoes, mashed")
        kin.append(_first_parts(table).get(family[0], ()))
    unsaid = tuple(u for u in _UNSAID if u not in said and u not in low)
    tries = (*forms, "cooked") if raw and word not in _KEPT else forms
    for form, siblings in ((f, k) for k in kin for f in tries):
        found = [
            s
            for s in siblings
            if s != i
            and not (form == "fried" and table.group(s) == _LEGUMES)
            and _says(table.name(s), form)
            and (form == "raw" or not _says(table.name(s), "raw"))
            and not any(u in table.name(s).lower() for u in unsaid)
        ]
        if found:
            return min(found, key=lambda s: (len(table.name(s).split(", ")), s))
    return None


def as_cooked(
    table: Table, hit: Hit, unknown: tuple[str, ...], phrase: tuple[str, ...]
) -> tuple[Hit, tuple[str, ...]]:
    """``hit`` and its unknown words read with the cooking words of ``phrase`` (stems)."""
    words = [w for w in phrase if w in _DESCRIBING]
    if not words or hit.parts:
        return hit, unknown
    rest = tuple(w for w in unknown if stem(w.lower()) not in _DESCRIBING)
    said = frozenset(phrase) | frozenset((*_FORMS.get(w, ()), w)[0] for w in words)
    weighed_raw = bool(_WEIGHED_RAW & set(phrase))  # "200g raw chicken breast pan fried"
    for w in words:
        row = cooked_sibling(table, hit.index, w, said) if w in _COOKING else None
        row = None if weighed_raw and w not in _KEPT else row
        if row is not None:
            grams, portion = table.default_portion(row)
            hit = replace(hit, index=row, default_grams=grams, portion=portion, unknown=rest)
            break
    else:
        if rest != unknown:
            hit = replace(hit, unknown=rest)
    return hit, rest


# two words the reader would split, said as the one it knows; how a steak is done, dropped
_SAID_AS = (
    (re.compile(r"\bshallow[- ]?fried\b|\bfried\s+up\b", re.I), "fried"),
    (re.compile(r"\boven[- ]baked\b", re.I), "baked"),
    (re.compile(r"\bpan[- ]seared\b", re.I), "seared"),
    (re.compile(r"\bsoft[- ]boiled\b", re.I), "boiled"),
    (re.compile(r"\bshallow[- ]fried\b", re.I), "fried"),
    (re.compile(r"\b(?:pressure|slow)[- ]cooked\b", re.I), "cooked"),
    (re.compile(r"\b(?:in\s+the\s+|in\s+an?\s+)?instant\s*pot(?:ted)?\b", re.I), "cooked"),
    (re.compile(r"\bsous[- ]vide\b|\ben\s+papillote\b", re.I), "cooked"),
    (re.compile(r"\b(?:medium[- ])?rare\b|\bwell[- ]done\b", re.I), ""),
)
# "eggs, poached", "salmon 150g, pan fried": the cooking said after its food, read with it
_AFTER = re.compile(
    r",\s*((?:(?:pan|deep|air|stir|shallow|oven|hard|soft|slow|lightly)[- ]?)?(?:fried|boiled"
    r"|poached|steamed|scrambled|roasted|baked|grilled|chargrilled|barbecued|bbq'?d|broiled"
    r"|griddled|seared|sauteed|braised|stewed|microwaved|smoked|cooked|raw|pickled"
    r"|dried|canned|tinned|fermented|mashed|breaded|battered|crumbed|glazed|marinated|confit|uncooked))"
    r"\s*(?=$|[,;\n)])",
    re.I,
)
_CUES = ("fried", "boiled", "poached", "steamed", "scrambled", "roasted", "baked", "grilled")
_CUES += ("barbecued", "bbq", "broiled", "griddled", "seared", "sauteed", "braised", "stewed")
_CUES += ("microwaved", "smoked", "cooked", "raw", "pickled", "dried", "canned")
_CUES += ("tinned", "fermented", "mashed", "breaded", "battered", "crumbed", "glazed")
_CUES += ("marinated", "confit", "uncooked")
_CUES += ("shallow", "pressure", "slow", "instant", "sous", "papillote", "rare", "done")


_RAW = re.compile(r"\b(?:raw|uncooked)\b", re.I)


def _after(m: re.Match[str]) -> str:
    # after its food the words say how it was cooked, read with it ("egg, stir fried": fried)
    low = m[1].lower()
    before = m.string[max(m.string.rfind(c, 0, m.start()) for c in ",;\n") + 1 : m.start()]
    if _RAW.search(before):  # "200g raw chicken breast, grilled": the raw weight's food stays
        return ""
    if low.startswith("air"):  # an air fryer is a small fan oven: roasted, no oil
        return " roasted"
    return " fried" if low.startswith(("stir", "pan")) and "fried" in low else f" {m[1]}"


def _line(line: str) -> str:
    for pattern, said in _SAID_AS:
        line = pattern.sub(said, line)
    if "," in line:
        line = _AFTER.sub(_after, line)
    return re.sub(r"\s{2,}", " ", line).strip() if "  " in line or line != line.strip() else line


def cooking_plainly(text: str) -> str:
    """``text`` with the cooking words the reader would split or misread said plainly."""
    return on_cued_lines(text, _CUES, _line)
