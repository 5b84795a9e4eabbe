"""Quick-entry shorthand: ``"10km 55min rpe6 tempo"`` and friends, as typed on the CLI.

Each parser returns plain day-document fragments; :func:`journal.model.parse_day` validates
the assembled day, so the ranges live in one place (the model).
"""

from __future__ import annotations

import re
from typing import Any

from journal.model import RUN_TYPES, InvalidInput

KM_PER_MILE = 1.609344

_NUM = r"(\d+(?:[.,]\d+)?)"
_DISTANCE = re.compile(rf"^{_NUM}(km|k|mi|miles?|m)$")
_MINUTES = re.compile(rf"^{_NUM}(min|mins|minutes?)$")
_HOURS_MIN = re.compile(r"^(\d+)h(?:(\d{1,2})(?:m|min)?)?$")
_CLOCK = re.compile(r"^(\d+):(\d{2})(?::(\d{2}))?$")
_RPE = re.compile(r"^rpe[:=]?(\d+)$")
_HR = re.compile(r"^(?:hr|avghr)[:=]?(\d+)$")
_UNIT_WORDS = {"km", "k", "mi", "mile", "miles", "m", "min", "mins", "minute", "minutes"}

RUN_HELP = (
    "give a distance (10km, 6.2mi, 800m), a duration (55min, 1h05, 1:05:00), rpe1-rpe10, "
    f"a type ({', '.join(RUN_TYPES)}) and optionally hr152"
)


def _num(text: str) -> float:
    return float(text.replace(",", "."))


def _tokens(text: str) -> list[str]:
    """Split on spaces, gluing a bare number to a following unit word ("10 km" -> "10km")."""
    out: list[str] = []
    for word in text.lower().split():
        if (out and word in _UNIT_WORDS and re.fullmatch(_NUM, out[-1])) or (
            out and out[-1] in {"rpe", "hr"} and word.isdigit()
        ):
            out[-1] += word
        else:
            out.append(word)
    return out


def parse_duration(token: str) -> float | None:
    """Minutes from ``55min``, ``1h05``, ``1h``, ``1:05:00`` (h:mm:ss) or ``55:30`` (mm:ss)."""
    if m := _MINUTES.match(token):
        return _num(m.group(1))
    if m := _HOURS_MIN.match(token):
        return int(m.group(1)) * 60 + int(m.group(2) or 0)
    if m := _CLOCK.match(token):
        a, b, c = int(m.group(1)), int(m.group(2)), m.group(3)
        return a * 60 + b + int(c) / 60 if c is not None else a + b / 60
    return None


def parse_distance(token: str) -> float | None:
    """Kilometres from ``10km``, ``10k``, ``6.2mi`` or ``800m``."""
    if m := _DISTANCE.match(token):
        value, unit = _num(m.group(1)), m.group(2)
        if unit.startswith("mi"):
            return round(value * KM_PER_MILE, 3)
        if unit == "m":
            return value / 1000
        return value
    return None


def parse_run(text: str, *, field: str = "--run") -> dict[str, Any]:
    """A run document from tokens in any order; unknown words are refused, not guessed."""
    run: dict[str, Any] = {}
    for token in _tokens(text):
        if (km := parse_distance(token)) is not None and "distance_km" not in run:
            run["distance_km"] = km
        elif (minutes := parse_duration(token)) is not None and "duration_min" not in run:
            run["duration_min"] = round(minutes, 2)
        elif m := _RPE.match(token):
            run["rpe"] = int(m.group(1))
        elif m := _HR.match(token):
            run["avg_hr"] = int(m.group(1))
        elif token in RUN_TYPES and "type" not in run:
            run["type"] = token
        else:
            raise InvalidInput(field, f'"{token}" in "{text}" is not understood; {RUN_HELP}')
    for required, example in (("duration_min", "55min"), ("rpe", "rpe6")):
        if required not in run:
            raise InvalidInput(field, f'"{text}" needs a {required} (e.g. {example}); {RUN_HELP}')
    return run


def parse_cross_training(text: str, *, field: str = "--cross") -> dict[str, Any]:
    """``"strength 30min rpe5"``: the words that are not a duration or RPE name the activity."""
    doc: dict[str, Any] = {}
    words: list[str] = []
    for token in _tokens(text):
        if (minutes := parse_duration(token)) is not None and "duration_min" not in doc:
            doc["duration_min"] = round(minutes, 2)
        elif m := _RPE.match(token):
            doc["rpe"] = int(m.group(1))
        else:
            words.append(token)
    doc["activity"] = " ".join(words)
    for required, example in (("activity", "strength"), ("duration_min", "30min"), ("rpe", "rpe5")):
        if not doc.get(required):
            raise InvalidInput(
                field, f'"{text}" needs a {required} (e.g. "strength 30min rpe5": {example})'
            )
    return doc


def parse_meal_option(text: str) -> dict[str, Any]:
    """``"breakfast: oatmeal 80g, banana"`` -> name and text; no colon -> a meal named "meal"."""
    name, sep, rest = text.partition(":")
    if sep and name.strip() and len(name.split()) <= 3:
        return {"name": name.strip(), "text": rest.strip()}
    return {"name": "meal", "text": text.strip()}


def parse_pain(text: str, *, field: str = "--pain") -> dict[str, Any]:
    """``"left shin 3"``: a site and a score 0-10 at the end."""
    m = re.match(r"^\s*(.+?)[\s:=]+(\d+(?:\.\d+)?)\s*$", text)
    if not m:
        raise InvalidInput(field, f'"{text}" needs a site and a score 0-10, e.g. "left shin 3"')
    score = _num(m.group(2))
    return {"site": m.group(1).strip(), "score": int(score) if score.is_integer() else score}
