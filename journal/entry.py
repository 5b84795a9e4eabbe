"""Quick-entry shorthand: ``"10km 55min rpe6 tempo"``, dates, durations and sleep, as typed.

The CLI and the TUI form both read what a runner types through these functions, so ``55``,
``1h05`` and ``-3`` mean the same everywhere. Parsers return plain day-document fragments;
:func:`journal.model.parse_day` validates the assembled day, so value ranges live in the model.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from journal.model import RUN_TYPES, InvalidInput
from journal.textsafe import excerpt

KM_PER_MILE = 1.609344
LB_PER_KG = 2.20462262  # avoirdupois pound: 0.45359237 kg exactly

# What a runner sees and types, per profile ``units``; stored values stay metric.
DISTANCE_UNIT = {"metric": "km", "imperial": "mi"}
WEIGHT_UNIT = {"metric": "kg", "imperial": "lb"}

# Patterns, not compiled objects: ``re`` compiles each on first use and caches it, so a command
# pays only for the ones it matches (``add --note`` for none).
_NUM = r"(\d+(?:[.,]\d+)?)"
_DISTANCE = rf"^{_NUM}(km|k|mi|miles?|m)$"
_MINUTES = rf"^{_NUM}(min|mins|minutes?)$"
_HOURS_MIN = r"^(\d+)h(?:([0-5]?\d)(?:m|min)?)?$"
_CLOCK = r"^(\d+):([0-5]\d)(?::([0-5]\d))?$"
_RPE = r"^rpe[:=]?(\d+)$"
_HR = r"^(?:hr|avghr)[:=]?(\d+)$"
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


def parse_duration(token: str, *, bare_minutes: bool = False) -> float | None:
    """Minutes from ``55min``, ``1h05``, ``1h``, ``1:05:00`` (h:mm:ss) or ``55:30`` (mm:ss).

    ``bare_minutes`` also takes a plain number as minutes (a form's duration field, where the
    unit is in the label); on a run line a plain number would be ambiguous.
    """
    token = token.strip().lower()
    if bare_minutes:  # a duration field: "55", "55m", "1 h 05" are unambiguous there
        token = re.sub(r"\s+", "", token)
        if m := re.fullmatch(rf"{_NUM}m?", token):
            return _num(m.group(1))
    if m := re.match(_MINUTES, token):
        return _num(m.group(1))
    if m := re.match(_HOURS_MIN, token):
        return int(m.group(1)) * 60 + int(m.group(2) or 0)
    if m := re.match(_CLOCK, token):
        a, b, c = int(m.group(1)), int(m.group(2)), m.group(3)
        return a * 60 + b + int(c) / 60 if c is not None else a + b / 60
    return None


def parse_distance(token: str) -> float | None:
    """Kilometres from ``10km``, ``10k``, ``6.2mi`` or ``800m``."""
    if m := re.match(_DISTANCE, token):
        value, unit = _num(m.group(1)), m.group(2)
        if unit.startswith("mi"):
            return round(value * KM_PER_MILE, 3)
        if unit == "m":
            return value / 1000
        return value
    return None


# --- units: stored metric, shown and typed in the profile's units ------------------------------


def distance_unit(units: str) -> str:
    """``mi`` for an imperial profile, ``km`` otherwise."""
    return DISTANCE_UNIT.get(units, "km")


def weight_unit(units: str) -> str:
    """``lb`` for an imperial profile, ``kg`` otherwise."""
    return WEIGHT_UNIT.get(units, "kg")


def km_in(km: float, units: str) -> float:
    """A stored distance in the profile's unit (miles for imperial)."""
    return km / KM_PER_MILE if units == "imperial" else km


def kg_in(kg: float, units: str) -> float:
    """A stored weight in the profile's unit (pounds for imperial)."""
    return kg * LB_PER_KG if units == "imperial" else kg


def km_to_shown(km: float, units: str) -> float:
    """A stored distance as a form shows it (miles to the hundredth for imperial)."""
    return round(km_in(km, units), 2) if units == "imperial" else km


def shown_to_km(value: float, units: str) -> float:
    """A distance typed in a form, as stored (km)."""
    return round(value * KM_PER_MILE, 3) if units == "imperial" else value


def kg_to_shown(kg: float, units: str) -> float:
    """A stored body weight as a form shows it (pounds to the tenth for imperial)."""
    return round(kg_in(kg, units), 1) if units == "imperial" else kg


def shown_to_kg(value: float, units: str) -> float:
    """A body weight typed in a form, as stored (kg)."""
    return round(value / LB_PER_KG, 2) if units == "imperial" else value


def format_distance(km: float, units: str, *, digits: int = 2) -> str:
    """``6.2 mi`` / ``10 km``: at most ``digits`` decimals, no trailing zeros."""
    value = round(km_in(km, units), digits)
    return f"{value:g} {distance_unit(units)}"


def format_weight(kg: float, units: str) -> str:
    """``150 lb`` / ``61.5 kg``, to a tenth."""
    return f"{round(kg_in(kg, units), 1):g} {weight_unit(units)}"


_WEIGHT = r"^(\d+(?:[.,]\d+)?)\s*(kg|kgs|lb|lbs|pounds?)?$"


def parse_weight(text: str, units: str, *, field: str = "--weight") -> Any:
    """Kilograms from ``150`` (the profile's unit), ``150lb`` or ``68kg``.

    Text that is not a number with an optional unit goes to the model unchanged, so the model
    names the field and the allowed range in one place.
    """
    m = re.match(_WEIGHT, text.strip().lower())
    if not m:
        return text
    value = _num(m.group(1))
    unit = m.group(2) or weight_unit(units)
    return round(value / LB_PER_KG, 3) if unit.startswith(("lb", "pound")) else value


CM_PER_INCH = 2.54
_HEIGHT_CM = r"^(\d+(?:[.,]\d+)?)\s*(cm)?$"  # compiled on first use, as every pattern here
_HEIGHT_IN = r"^(\d+(?:[.,]\d+)?)\s*(?:in|inch|inches|\")$"
_HEIGHT_FT = r"^(\d+)\s*(?:ft|feet|foot|')\s*(?:(\d+(?:[.,]\d+)?)\s*(?:in|inch|inches|\"|'')?)?$"


def parse_height(text: str, units: str, *, field: str = "--height") -> Any:
    """Centimetres from ``170`` / ``170cm``, or for imperial ``5'10"``, ``5 ft 10``, ``70in``.

    A bare number is the profile's unit: centimetres, or inches for imperial. Text that does
    not read as a height goes to the model unchanged, which names the field and its range.
    """
    t = text.strip().lower()
    if m := re.match(_HEIGHT_FT, t):
        inches = int(m.group(1)) * 12 + (_num(m.group(2)) if m.group(2) else 0.0)
        return round(inches * CM_PER_INCH, 1)
    if m := re.match(_HEIGHT_IN, t):
        return round(_num(m.group(1)) * CM_PER_INCH, 1)
    if m := re.match(_HEIGHT_CM, t):
        value = _num(m.group(1))
        imperial = units == "imperial" and not m.group(2)
        return round(value * CM_PER_INCH, 1) if imperial else value
    return text


def format_height(cm: float, units: str) -> str:
    """``5 ft 10 in`` for an imperial profile (to the inch), ``170 cm`` otherwise."""
    if units != "imperial":
        return f"{cm:g} cm"
    feet, inches = divmod(round(cm / CM_PER_INCH), 12)
    return f"{feet} ft {inches} in"


def _set_once(doc: dict[str, Any], key: str, value: Any, token: str, text: str, field: str) -> None:
    """A second value for the same key ("rpe6 rpe7") is a typo to point out, not to pick from."""
    if key in doc:
        raise InvalidInput(
            field, f"{excerpt(token)} in {excerpt(text)} gives {key} a second time; give it once"
        )
    doc[key] = value


def parse_run(text: str, *, field: str = "--run") -> dict[str, Any]:
    """A run document from tokens in any order; unknown words are refused, not guessed."""
    run: dict[str, Any] = {}
    for token in _tokens(text):
        if (km := parse_distance(token)) is not None:
            _set_once(run, "distance_km", km, token, text, field)
        elif (minutes := parse_duration(token)) is not None:
            _set_once(run, "duration_min", round(minutes, 2), token, text, field)
        elif m := re.match(_RPE, token):
            _set_once(run, "rpe", int(m.group(1)), token, text, field)
        elif m := re.match(_HR, token):
            _set_once(run, "avg_hr", int(m.group(1)), token, text, field)
        elif token in RUN_TYPES:
            _set_once(run, "type", token, token, text, field)
        else:
            raise InvalidInput(
                field, f"{excerpt(token)} in {excerpt(text)} is not understood; {RUN_HELP}"
            )
    for required, example in (("duration_min", "55min"), ("rpe", "rpe6")):
        if required not in run:
            raise InvalidInput(
                field, f"{excerpt(text)} needs a {required} (e.g. {example}); {RUN_HELP}"
            )
    return run


def parse_cross_training(text: str, *, field: str = "--cross") -> dict[str, Any]:
    """``"strength 30min rpe5"``: the words that are not a duration or RPE name the activity."""
    doc: dict[str, Any] = {}
    words: list[str] = []
    for token in _tokens(text):
        if (minutes := parse_duration(token)) is not None:
            _set_once(doc, "duration_min", round(minutes, 2), token, text, field)
        elif m := re.match(_RPE, token):
            _set_once(doc, "rpe", int(m.group(1)), token, text, field)
        else:
            words.append(token)
    doc["activity"] = " ".join(words)
    for required, example in (("activity", "strength"), ("duration_min", "30min"), ("rpe", "rpe5")):
        if not doc.get(required):
            raise InvalidInput(
                field, f'{excerpt(text)} needs a {required} (e.g. "strength 30min rpe5": {example})'
            )
    return doc


def parse_meal_option(text: str, *, field: str = "--meal") -> dict[str, Any]:
    """``"breakfast: oatmeal 80g, banana"`` -> name and text; no colon -> a meal named "meal"."""
    name, sep, rest = text.partition(":")
    if sep and name.strip() and len(name.split()) <= 3:
        doc = {"name": name.strip(), "text": rest.strip()}
    else:
        doc = {"name": "meal", "text": text.strip()}
    if not doc["text"]:
        raise InvalidInput(field, 'is empty; give what was eaten, e.g. "breakfast: oatmeal 80g"')
    return doc


def parse_pain(text: str, *, field: str = "--pain") -> dict[str, Any]:
    """``"left shin 3"``: a site and a score 0-10 at the end."""
    m = re.match(r"^\s*(.+?)[\s:=]+(\d+(?:\.\d+)?)\s*$", text)
    if not m:
        raise InvalidInput(
            field, f'{excerpt(text)} needs a site and a score 0-10, e.g. "left shin 3"'
        )
    score = _num(m.group(2))
    return {"site": m.group(1).strip(), "score": int(score) if score.is_integer() else score}


# --- sleep --------------------------------------------------------------------------------------

_SLEEP_HM = r"^(\d+)\s*(?:h|:)\s*(?:([0-5]?\d)\s*(?:m|min)?)?$"


def parse_sleep_hours(text: str) -> Any:
    """Hours from ``7.5``, ``7h30`` or ``7:30``; anything else goes to the model to refuse.

    Minutes over 59 (``7h99``) do not convert, so the model names the field and the range.
    """
    value = text.strip().lower().replace(",", ".")
    if m := re.match(_SLEEP_HM, value):
        return round(int(m.group(1)) + int(m.group(2) or 0) / 60, 2)
    return text


# --- dates --------------------------------------------------------------------------------------

FIRST_DATE = dt.date(1900, 1, 1)
DATE_HELP = "a date as YYYY-MM-DD, today, yesterday or -N (N days ago)"
_ISO_DATE = r"^(\d{4})-(\d{2})-(\d{2})$"
_DAYS_AGO = r"^-(\d{1,6})$"


def last_date(today: dt.date | None = None) -> dt.date:
    """The latest day a runner may record: tomorrow, for a runner a time zone ahead."""
    return (today or dt.date.today()) + dt.timedelta(days=1)


def check_date(date: dt.date, field: str, today: dt.date | None = None) -> dt.date:
    """Refuse days before 1900 or more than a day after today, naming ``field``."""
    latest = last_date(today)
    if not FIRST_DATE <= date <= latest:
        raise InvalidInput(
            field,
            f"{date.isoformat()} is not allowed; allowed: a date from {FIRST_DATE} to {latest}",
        )
    return date


def parse_date(text: str, field: str = "date", today: dt.date | None = None) -> dt.date:
    """``YYYY-MM-DD``, ``today``, ``yesterday`` or ``-N``, within :func:`check_date`'s range."""
    today = today or dt.date.today()
    value = text.strip().lower()
    date: dt.date | None = None
    if value == "today":
        date = today
    elif value == "yesterday":
        date = today - dt.timedelta(days=1)
    elif m := re.match(_DAYS_AGO, value):
        if int(m.group(1)) <= (today - FIRST_DATE).days:
            date = today - dt.timedelta(days=int(m.group(1)))
        else:
            date = FIRST_DATE - dt.timedelta(days=1)  # refused below, with the range
    elif m := re.match(_ISO_DATE, value):
        try:
            date = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            date = None
    if date is None:
        raise InvalidInput(field, f"{excerpt(text)} is not a date; allowed: {DATE_HELP}")
    return check_date(date, field, today)


def date_window(
    start: dt.date | None, end: dt.date | None, field: str = "--from"
) -> tuple[dt.date | None, dt.date | None]:
    """A ``start``..``end`` pair in order, or the reason it is not."""
    if start and end and start > end:
        raise InvalidInput(field, f"{start} is after the end of the range {end}")
    return start, end
