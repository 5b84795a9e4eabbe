"""Supplement text → :class:`journal.model.Supplement` ("iron 65mg", "B12 1000 mcg")."""

from __future__ import annotations

import re

from journal.foods.text import fold
from journal.model import InvalidInput, Supplement, convert

# nutrient words → (canonical key, display name)
_NUTRIENTS: dict[str, tuple[str, str]] = {
    "iron": ("iron_mg", "iron"),
    "fe": ("iron_mg", "iron"),
    "b12": ("b12_ug", "vitamin B12"),
    "cobalamin": ("b12_ug", "vitamin B12"),
    "cyanocobalamin": ("b12_ug", "vitamin B12"),
    "methylcobalamin": ("b12_ug", "vitamin B12"),
    "b6": ("b6_mg", "vitamin B6"),
    "pyridoxine": ("b6_mg", "vitamin B6"),
    "p5p": ("b6_mg", "vitamin B6"),
    "calcium": ("calcium_mg", "calcium"),
    "ca": ("calcium_mg", "calcium"),
    "protein": ("protein_g", "protein"),
    "carbs": ("carbs_g", "carbohydrate"),
    "carb": ("carbs_g", "carbohydrate"),
    "carbohydrate": ("carbs_g", "carbohydrate"),
    "carbohydrates": ("carbs_g", "carbohydrate"),
    "fat": ("fat_g", "fat"),
    "fiber": ("fiber_g", "fiber"),
    "fibre": ("fiber_g", "fiber"),
    "energy": ("kcal", "energy"),
    "calories": ("kcal", "energy"),
}
# unit → grams, for converting to the canonical key's unit
_UNIT_G = {"g": 1.0, "mg": 1e-3, "mcg": 1e-6, "ug": 1e-6}
_KEY_UNIT_G = {"iron_mg": 1e-3, "b6_mg": 1e-3, "calcium_mg": 1e-3, "b12_ug": 1e-6}
_UNIT = r"(?P<unit>mg|mcg|ug|µg|μg|g|kcal|cal|iu)\b"
_NUM = r"(?P<num>\d+(?:[.,]\d+)?)"
_NAME = r"(?P<name>[a-z][a-z0-9 ]*?)"
_AFTER = re.compile(rf"^(?:vitamin |vit\.? )?{_NAME}\s*[:=]?\s*{_NUM}\s*(?:{_UNIT})?$")
_BEFORE = re.compile(rf"^{_NUM}\s*(?:{_UNIT})?\s*(?:of )?(?:vitamin |vit\.? )?{_NAME}$")
EXAMPLES = '"iron 65mg", "B12 1000mcg", "B6 2mg"'
TRACKED = "iron, vitamin B12, vitamin B6, calcium, protein, carbs, fat, fiber, kcal"


def _refuse(text: str, why: str) -> InvalidInput:
    return InvalidInput("supplement", f'"{text}" — {why}')


def _normalise(text: str) -> str:
    t = fold(text).replace("μ", "µ").strip()
    t = re.sub(r"\bvitamin\s+b[\s-]*(12|6)\b", r"b\1", t)
    t = re.sub(r"\bvit\.?\s*b[\s-]*(12|6)\b", r"b\1", t)
    t = re.sub(r"\bb[\s-]+(12|6)\b", r"b\1", t)
    return re.sub(r"\s+", " ", t)


def _one(part: str, original: str) -> tuple[str, str, float]:
    """(key, display name, amount in the key's unit) of "iron 65mg"."""
    m = _AFTER.match(part) or _BEFORE.match(part)
    if not m:
        raise _refuse(original, f"give a nutrient and an amount like {EXAMPLES}")
    word = m.group("name").strip()
    found = _NUTRIENTS.get(word) or _NUTRIENTS.get(word.split()[-1])
    if found is None:
        raise _refuse(original, f"Stridelog tracks {TRACKED}; e.g. {EXAMPLES}")
    key, display = found
    value = float(m.group("num").replace(",", "."))
    unit = (m.group("unit") or "").replace("µg", "ug")
    if not unit:
        raise _refuse(original, f"give a unit (mg, mcg, µg or g), e.g. {EXAMPLES}")
    if key == "kcal":
        if unit not in ("kcal", "cal"):
            raise _refuse(original, "give energy in kcal")
        return key, display, value
    if unit not in _UNIT_G:
        raise _refuse(original, f"{unit} cannot be converted for {display}; use mg, mcg or g")
    per_key_unit = _KEY_UNIT_G.get(key, 1.0)
    return key, display, round(value * _UNIT_G[unit] / per_key_unit, 6)


# Products whose label amounts are usually about the same: a one-a-day multivitamin carries
# about 100 % of the US daily value of these (B12 2.4 µg, B6 1.7 mg, iron 18 mg). They are
# shown as "typical label" so the runner can correct them with the amounts of their own bottle.
TYPICAL_LABELS: dict[str, dict[str, float]] = {
    "multivitamin": {"b12_ug": 2.4, "b6_mg": 1.7, "iron_mg": 18.0},
    "multivitamins": {"b12_ug": 2.4, "b6_mg": 1.7, "iron_mg": 18.0},
    "multi vitamin": {"b12_ug": 2.4, "b6_mg": 1.7, "iron_mg": 18.0},
}
TYPICAL_NOTE = 'typical label amounts; give yours, e.g. "multivitamin: iron 8mg, B12 25mcg"'
_FREE_AMOUNT = re.compile(r"^(?P<name>.*?[a-z].*?)\s*(?P<amount>\d+(?:[.,]\d+)?\s*[a-zµ%]*)$")


def _is_tracked_word(part: str) -> bool:
    words = part.replace("vitamin ", "").split()
    return bool(words) and (words[0] in _NUTRIENTS or words[-1] in _NUTRIENTS)


def _free(part: str, original: str) -> tuple[str, str]:
    """(name, amount as typed) of a supplement Stridelog does not track: "fish oil 1g"."""
    m = _FREE_AMOUNT.match(part)
    name, amount = (m.group("name").strip(), m.group("amount")) if m else (part, "")
    if not re.match(r"[a-z]", name):
        raise _refuse(original, f'give the supplement\'s name, e.g. {EXAMPLES} or "fish oil 1g"')
    return name, amount


def parse_supplement(text: str) -> Supplement:
    """Read any supplement by name: "iron 65mg", "Floradix: iron 10mg, B12 5ug", "vitamin d
    1000 IU", "fish oil 1g", "multivitamin".

    Amounts of tracked nutrients count, converted to the key's unit (B12 in µg, iron and B6
    in mg); anything else is kept as typed in ``amount``. A tracked nutrient without a usable
    amount ("iron lots", "iron 65") is refused with an :class:`InvalidInput` naming
    ``supplement``, since counting it wrong would be worse than asking.
    """
    try:
        return _parse_tracked(text)
    except InvalidInput as err:
        if "Stridelog tracks" not in err.detail and "give a nutrient" not in err.detail:
            raise
        t = _normalise(text)
        if not t or any(_is_tracked_word(p) for p in _parts(t)[1]):
            raise
    label, parts = _parts(t)
    doc: dict[str, object] = {}
    names: list[str] = []
    given: list[str] = []
    for part in parts:
        if _is_tracked_word(part) or _tracked_key(part):
            key, display, value = _one(part, text.strip())
            doc[key] = round(float(doc.get(key, 0.0)) + value, 6)  # type: ignore[arg-type]
            names.append(display)
            continue
        name, amount = _free(part, text.strip())
        names.append(_as_typed(name, text))
        typical = TYPICAL_LABELS.get(name)
        if typical and not amount:
            for key, value in typical.items():
                doc.setdefault(key, value)
            amount = TYPICAL_NOTE
        if amount:
            amount = _as_typed(amount, text)
            given.append(amount if len(parts) == 1 else f"{name} {amount}")
    doc["name"] = label or " + ".join(dict.fromkeys(names))
    if given:
        doc["amount"] = ", ".join(given)
    return convert(doc, Supplement, prefix="supplement")


def _as_typed(piece: str, text: str) -> str:
    """``piece`` as the runner wrote it ("1000 IU", not the folded "1000 iu"), when found."""
    at = text.lower().find(piece)
    return text[at : at + len(piece)] if at >= 0 else piece


def _tracked_key(part: str) -> bool:
    m = _AFTER.match(part) or _BEFORE.match(part)
    if not m:
        return False
    word = m.group("name").strip()
    return word in _NUTRIENTS or word.split()[-1] in _NUTRIENTS


def _parts(t: str) -> tuple[str | None, list[str]]:
    """A label before a colon ("Floradix: ..."), and the comma/plus-separated parts."""
    label = None
    if ":" in t and not _AFTER.match(t):
        label_text, _, t = t.partition(":")
        label = label_text.strip() or None
    return label, [p.strip() for p in re.split(r",|;|\+|\band\b", t) if p.strip()]


def _parse_tracked(text: str) -> Supplement:
    """Tracked nutrients only: "iron 65mg", "B12 1000 mcg", "Floradix: iron 10mg, B12 5ug".

    Anything that is not a tracked nutrient with an amount and a unit is refused with an
    :class:`InvalidInput` naming ``supplement`` and what is allowed.
    """
    t = _normalise(text)
    if not t:
        raise _refuse(text, f"give a nutrient and an amount like {EXAMPLES}")
    label = None
    if ":" in t and not _AFTER.match(t):
        label_text, _, t = t.partition(":")
        label = text.split(":", 1)[0].strip() or None
        if not label_text.strip():
            label = None
    parts = [p.strip() for p in re.split(r",|;|\+|\band\b", t) if p.strip()]
    if not parts:
        raise _refuse(text, f"give a nutrient and an amount like {EXAMPLES}")
    doc: dict[str, object] = {}
    names = []
    for part in parts:
        key, display, value = _one(part, text.strip())
        doc[key] = round(float(doc.get(key, 0.0)) + value, 6)  # type: ignore[arg-type]
        names.append(display)
    doc["name"] = label or " + ".join(dict.fromkeys(names))
    return convert(doc, Supplement, prefix="supplement")
