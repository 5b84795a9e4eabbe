"""The runner's own food corrections, kept in the journal's folder and used before the table.

A correction maps the words of a meal item ("beans on toast", amounts left out) to the
foods the runner chose, with the grams of one helping: ``{"beans on toast": (("16006",
200.0), ("18069", 56.0))}``; phrases are compared by their stemmed words, so "Beans on
Toast" finds it too. The file is private (0600, written atomically) and read with
suspicion: a damaged or hand-edited file is ignored (with a message saying so), a bad entry
is skipped, and neither ever stops a save or the app.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from journal.files import write_private_atomic
from journal.foods.text import key
from journal.store.errors import StoreError

FILE_NAME = "personal-foods.json"
FORMAT = 1
MAX_PHRASES = 5_000  # far more than anyone corrects; a bigger file is not ours
MAX_FILE_BYTES = 2_000_000
MAX_GRAMS = 10_000.0

# phrase key → (food_id, grams of one helping) for each food the phrase stands for
Foods = tuple[tuple[str, float], ...]


@dataclass
class Corrections:
    """What the file held: the usable corrections and, if something was wrong, what."""

    foods: dict[str, Foods] = field(default_factory=dict)
    problem: str = ""

    def as_personal(self) -> dict[str, Foods]:
        """The mapping :func:`journal.foods.parse_meal` and ``resolve_*`` take."""
        return dict(self.foods)


def path_for(data_dir: str | os.PathLike[str]) -> Path:
    return Path(data_dir) / FILE_NAME


def phrase_key(text: str) -> str:
    """How phrases are compared: folded, stemmed words ("Beans on Toast" → "bean on toast")."""
    return key(text)


def load(data_dir: str | os.PathLike[str] | None) -> Corrections:
    """The corrections stored in ``data_dir``; an absent file is no corrections, a damaged one
    is ignored with ``problem`` set (never an exception)."""
    if data_dir is None:
        return Corrections()
    path = path_for(data_dir)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return Corrections(problem=f"{path}: larger than {MAX_FILE_BYTES} bytes; ignored")
        raw = path.read_bytes()
    except FileNotFoundError:
        return Corrections()
    except OSError as err:
        return Corrections(problem=f"{path}: cannot be read ({err.strerror}); ignored")
    try:
        doc = json.loads(_codec(data_dir).decode(path, raw))
    except StoreError as err:  # a wrong key or a damaged encrypted file
        return Corrections(problem=f"{path}: cannot be read ({err}); ignored")
    except (ValueError, UnicodeDecodeError):
        return Corrections(problem=f"{path}: is not valid JSON; your food corrections are ignored")
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        return Corrections(problem=f"{path}: not a format {FORMAT} corrections file; ignored")
    entries = doc.get("corrections")
    if not isinstance(entries, dict):
        return Corrections(problem=f"{path}: 'corrections' is not an object; ignored")
    foods: dict[str, Foods] = {}
    skipped = 0
    for phrase, value in list(entries.items())[:MAX_PHRASES]:
        parsed = _entry(phrase, value)
        if parsed is None:
            skipped += 1
            continue
        foods[_display(phrase)] = parsed
    problem = f"{path}: {skipped} damaged correction(s) skipped" if skipped else ""
    return Corrections(foods=foods, problem=problem)


def _display(phrase: str) -> str:
    """The phrase as listed: its words, lower case, single spaces."""
    return " ".join(phrase.lower().split())


def phrase_and_count(item_text: str) -> tuple[str, float]:
    """The food words of a meal item and how many helpings it said.

    "2 scrambled eggs on toast" → ("scrambled eggs on toast", 2.0); a weight ("oatmeal
    80g") is one helping of the words, scaled by the weight next time; a measure ("a pint
    of beer") stays part of the phrase, so "a glass of beer" is not taken for a pint.
    """
    from journal.foods.parse import read_amount
    from journal.foods.whenwords import without_context as _without_context

    text = _without_context(item_text)
    amount = read_amount(text)
    words = " ".join(amount.words) or text
    if amount.kind == "mass":
        return _display(words), 1.0
    if amount.unit:
        return _display(text), 1.0
    count = (1.0 if amount.count is None else amount.count) * (amount.scale or 1.0)
    return _display(words), count if count > 0 else 1.0


def _entry(phrase: object, value: object) -> Foods | None:
    """One stored correction, or None when any part of it is not what we write."""
    if not isinstance(phrase, str) or not phrase_key(phrase) or not isinstance(value, list):
        return None
    out: list[tuple[str, float]] = []
    for part in value[:20]:
        if not isinstance(part, dict):
            return None
        food_id, grams = part.get("food_id"), part.get("grams")
        if not isinstance(food_id, str) or not food_id or len(food_id) > 40:
            return None
        if isinstance(grams, bool) or not isinstance(grams, int | float):
            return None
        if not math.isfinite(grams) or not 0 < grams <= MAX_GRAMS:
            return None
        out.append((food_id, float(grams)))
    return tuple(out) or None


def save(data_dir: str | os.PathLike[str], foods: dict[str, Foods]) -> None:
    """Write the corrections (0600, atomically) in the journal's folder."""
    doc = {
        "format": FORMAT,
        "corrections": {
            phrase: [{"food_id": f, "grams": round(g, 1)} for f, g in parts]
            for phrase, parts in sorted(foods.items())
        },
    }
    data = json.dumps(doc, indent=1, ensure_ascii=False).encode() + b"\n"
    write_private_atomic(path_for(data_dir), _codec(data_dir).encode(data))


def _codec(data_dir: str | os.PathLike[str]) -> Any:
    """The journal's codec: the corrections are encrypted like the journal they belong to."""
    from journal.store.codec import for_folder

    return for_folder(Path(data_dir))


def remember(data_dir: str | os.PathLike[str], phrase: str, parts: Foods) -> Corrections:
    """Store ``parts`` as what ``phrase`` means from now on; returns the new corrections.

    A damaged file is replaced only by a file holding what could be read of it plus this
    correction, which is what the runner sees in use anyway.
    """
    k = phrase_key(phrase)
    if not k:
        raise ValueError("phrase: has no words; allowed: the words of a meal item")
    for food_id, grams in parts:
        if not food_id or not (0 < grams <= MAX_GRAMS):
            raise ValueError(f"grams: {grams:g} for {food_id}; allowed: 0 < grams ≤ 10000")
    current = load(data_dir)
    for old in [p for p in current.foods if phrase_key(p) == k]:
        del current.foods[old]
    current.foods[_display(phrase)] = tuple((str(f), float(g)) for f, g in parts)
    save(data_dir, current.foods)
    return Corrections(foods=current.foods)


def forget(data_dir: str | os.PathLike[str], phrase: str) -> bool:
    """Remove the correction for ``phrase``; False if there was none."""
    current = load(data_dir)
    k = phrase_key(phrase)
    found = [p for p in current.foods if phrase_key(p) == k]
    if not found:
        return False
    for old in found:
        del current.foods[old]
    save(data_dir, current.foods)
    return True
