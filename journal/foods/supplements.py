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


def parse_supplement(text: str) -> Supplement:
    """Read "iron 65mg", "B12 1000 mcg", "65 mg iron", "Floradix: iron 10mg, B12 5ug".

    Amounts are converted to the canonical key's unit (B12 in µg, iron and B6 in mg).
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
