"""Every problem of a day document at once, not one per save.

The model refuses a document at its first bad field. A form wants them all, so each list entry
is checked on its own (its index stays its index) and every refused field is taken out and the
rest checked again, until what is left is valid. What is left is also what a summary may show:
no value from a refused field.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from journal.model import (
    CrossTraining,
    Day,
    InvalidInput,
    Meal,
    Pain,
    Run,
    Supplement,
    convert,
)

ROW_STRUCTS: dict[str, type] = {
    "runs": Run,
    "cross_training": CrossTraining,
    "meals": Meal,
    "supplements": Supplement,
    "pain": Pain,
}
_MAX_ROUNDS = 64  # more refused fields than a form holds: stop rather than loop
_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def _parts(path: str) -> list[str | int]:
    return [m.group(1) if m.group(1) is not None else int(m.group(2)) for m in _PART.finditer(path)]


def _drop(doc: dict[str, Any], parts: list[str | int]) -> bool:
    """Take out the value at ``parts``; a list item or a missing key takes its parent with it."""
    while parts:
        *head, leaf = parts
        parent: Any = doc
        for part in head:
            try:
                parent = parent[part]
            except (KeyError, IndexError, TypeError):
                return False
        if isinstance(leaf, str) and isinstance(parent, dict) and leaf in parent:
            del parent[leaf]
            return True
        parts = head  # an item of a list, or a required key not given: drop what holds it
    return False


def _clean(doc: dict[str, Any], cls: type, prefix: str) -> tuple[list[InvalidInput], bool]:
    """Refused fields of ``doc`` (changed in place to what is valid); False: none of it is."""
    problems: list[InvalidInput] = []
    for _ in range(_MAX_ROUNDS):
        try:
            convert(doc, cls, prefix=prefix)
            return problems, True
        except InvalidInput as err:
            if all(p.path != err.path for p in problems):  # not its own removal, again
                problems.append(err)
            relative = err.path[len(prefix) :].lstrip(".") if prefix else err.path
            if not relative or not _drop(doc, _parts(relative)):
                return problems, False
    return problems, False


def day_problems(doc: dict[str, Any]) -> tuple[list[InvalidInput], dict[str, Any]]:
    """Every refused field of a day document, and the document without them.

    Each problem's ``path`` is the field path in ``doc`` (``runs[1].rpe``, ``sleep.hours``); a
    row that cannot stand (a run without a duration) is left out of the returned document.
    """
    rest = copy.deepcopy(doc)
    problems: list[InvalidInput] = []
    for key, cls in ROW_STRUCTS.items():
        entries = rest.get(key)
        if not isinstance(entries, list):
            continue
        kept = []
        for i, entry in enumerate(entries):
            if not isinstance(entry, dict):
                problems.append(InvalidInput(f"{key}[{i}]", "expected an object"))
                continue
            found, ok = _clean(entry, cls, f"{key}[{i}]")
            problems += found
            if ok:
                kept.append(entry)
        if kept:
            rest[key] = kept
        else:
            rest.pop(key)
    found, ok = _clean(rest, Day, "")
    problems += found
    return problems, rest if ok else {"date": doc.get("date")}
