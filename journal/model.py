"""The day document and the profile: one typed, validated shape for every source.

The CLI, the import file and the TUI form all build these structs through :func:`parse_day`
or :func:`parse_profile`, so a bad value is refused the same way everywhere, with a message
that names the field path, the value and what is allowed.

No ``from __future__ import annotations`` here: msgspec would then compile every field's
annotation string when it first meets a struct (~5 ms of each command's start-up).
"""

import datetime as dt
import functools
import re
from collections.abc import Mapping
from typing import Annotated, Any, Literal, TypeVar

import msgspec
import msgspec.inspect as mi

from journal.load_estimate import session_rpe
from journal.textsafe import excerpt, printable

SCHEMA_VERSION = 1

NUTRIENT_KEYS: tuple[str, ...] = (
    "kcal",
    "protein_g",
    "carbs_g",
    "fat_g",
    "fiber_g",
    "iron_mg",
    "b6_mg",
    "b12_ug",
    "calcium_mg",
)

RUN_TYPES: tuple[str, ...] = ("easy", "long", "tempo", "interval", "race", "recovery", "other")
RunType = Literal["easy", "long", "tempo", "interval", "race", "recovery", "other"]
Sex = Literal["female", "male", "unspecified"]
Diet = Literal["omnivore", "vegetarian", "vegan"]
Units = Literal["metric", "imperial"]

Rating10 = Annotated[int, msgspec.Meta(ge=1, le=10, description="1 = fresh, 10 = extreme")]
Rpe = Annotated[int, msgspec.Meta(ge=1, le=10, description="Borg CR-10")]
Minutes = Annotated[float, msgspec.Meta(gt=0, le=1440)]
Km = Annotated[float, msgspec.Meta(ge=0, le=1000)]
HeartRate = Annotated[int, msgspec.Meta(ge=30, le=250)]
RestingHr = Annotated[int, msgspec.Meta(ge=20, le=150)]
BodyWeight = Annotated[float, msgspec.Meta(ge=20, le=300)]
Amount = Annotated[float, msgspec.Meta(ge=0, le=100_000)]
Grams = Annotated[float, msgspec.Meta(gt=0, le=10_000)]
FOOD_ID_MAX = 20  # a USDA NDB number or a modelled food's "x-..." id
Name = Annotated[str, msgspec.Meta(min_length=1, max_length=200)]
ShortText = Annotated[str, msgspec.Meta(max_length=2000)]
LongText = Annotated[str, msgspec.Meta(max_length=20_000)]
Tag = Annotated[str, msgspec.Meta(min_length=1, max_length=60)]
NutrientKey = Literal[
    "kcal", "protein_g", "carbs_g", "fat_g", "fiber_g", "iron_mg", "b6_mg", "b12_ug", "calcium_mg"
]
Share = Annotated[float, msgspec.Meta(ge=0, le=1)]


class _Doc(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True, kw_only=True):
    """Base: unknown fields are typos to report, defaults stay out of the stored JSON."""


SourceId = Annotated[str, msgspec.Meta(min_length=1, max_length=300)]


class Run(_Doc):
    """A run. ``rpe`` is None for an imported run until the runner rates it (a watch cannot).

    ``source`` names the file or archive activity it was imported from, ``start_time`` its local
    start; both let a second import of the same activity be recognised.
    """

    duration_min: Minutes
    rpe: Rpe | None = None
    distance_km: Km | None = None
    type: RunType | None = None
    avg_hr: HeartRate | None = None
    notes: ShortText = ""
    source: SourceId | None = None
    start_time: dt.time | None = None


class CrossTraining(_Doc):
    activity: Name
    duration_min: Minutes
    rpe: Rpe | None = None
    distance_km: Km | None = None
    avg_hr: HeartRate | None = None
    source: SourceId | None = None
    start_time: dt.time | None = None


class Sleep(_Doc):
    hours: Annotated[float, msgspec.Meta(ge=0, le=24)]
    quality: Annotated[int, msgspec.Meta(ge=1, le=5)] | None = None


class MealItem(_Doc):
    """A food of the table and its weight; ``text``/``name`` say where it came from."""

    food_id: Annotated[str, msgspec.Meta(min_length=1, max_length=FOOD_ID_MAX)]
    grams: Grams
    text: ShortText | None = None
    name: ShortText | None = None


class Resolved(_Doc):
    """What the food table made of a meal, stored so the analyzer never re-parses text.

    Stored compactly, as it is repeated for every meal of years of days: items carry only
    ``food_id`` and ``grams`` (the table has the names), and ``coverage`` lists only the
    nutrients not fully known; see :meth:`coverage_of`.
    """

    version: Annotated[str, msgspec.Meta(max_length=100)]
    items: list[MealItem] = []
    unmatched: list[ShortText] = []
    totals: dict[NutrientKey, Amount] = {}
    coverage: dict[NutrientKey, Share] = {}
    # indexes into ``items`` of matches the parser is unsure of (shown as such, and counted
    # as half known in ``coverage``); absent in journals stored before it existed
    unsure: list[Annotated[int, msgspec.Meta(ge=0, le=10_000)]] = []

    def coverage_of(self, key: str) -> float:
        """Share of the meal's grams whose ``key`` is known (absent from ``coverage``: all)."""
        return self.coverage.get(key, 1.0 if key in self.totals else 0.0)


class Meal(_Doc):
    name: Name = "meal"
    text: LongText | None = None
    items: list[MealItem] | None = None
    kcal: Amount | None = None
    protein_g: Amount | None = None
    carbs_g: Amount | None = None
    fat_g: Amount | None = None
    fiber_g: Amount | None = None
    iron_mg: Amount | None = None
    b6_mg: Amount | None = None
    b12_ug: Amount | None = None
    calcium_mg: Amount | None = None
    resolved: Resolved | None = None

    def explicit_nutrients(self) -> dict[str, float]:
        """Nutrient amounts the runner gave directly (not from the food table)."""
        return {k: v for k in NUTRIENT_KEYS if (v := getattr(self, k)) is not None}


class Supplement(_Doc):
    """A supplement taken: tracked nutrients in their keys; ``amount`` keeps what was typed for
    anything Stridelog does not track ("1000 IU", "1g"), so it is shown as given."""

    name: Name
    amount: Annotated[str, msgspec.Meta(max_length=200)] = ""
    kcal: Amount | None = None
    protein_g: Amount | None = None
    carbs_g: Amount | None = None
    fat_g: Amount | None = None
    fiber_g: Amount | None = None
    iron_mg: Amount | None = None
    b6_mg: Amount | None = None
    b12_ug: Amount | None = None
    calcium_mg: Amount | None = None

    def nutrients(self) -> dict[str, float]:
        return {k: v for k in NUTRIENT_KEYS if (v := getattr(self, k)) is not None}


class Pain(_Doc):
    site: Name
    score: Annotated[int, msgspec.Meta(ge=0, le=10)]


class Illness(_Doc):
    symptoms: list[Tag] = []
    fever: bool = False


class Day(_Doc):
    date: dt.date
    runs: list[Run] = []
    cross_training: list[CrossTraining] = []
    sleep: Sleep | None = None
    meals: list[Meal] = []
    # "that's everything I ate today": None = not said (the analyzer then judges from the
    # runner's own complete days), False = partly logged, True = the whole day.
    meals_complete: bool | None = None
    supplements: list[Supplement] = []
    fatigue: Rating10 | None = None
    soreness: Rating10 | None = None
    stress: Rating10 | None = None
    resting_hr: RestingHr | None = None
    weight_kg: BodyWeight | None = None
    pain: list[Pain] = []
    illness: Illness | None = None
    period: bool | None = None
    tags: list[Tag] = []
    notes: LongText = ""

    @property
    def distance_km(self) -> float:
        return sum(r.distance_km or 0.0 for r in self.runs)

    @property
    def duration_min(self) -> float:
        return sum(r.duration_min for r in self.runs) + sum(
            c.duration_min for c in self.cross_training
        )

    @property
    def load(self) -> float:
        """Session-RPE load (Foster 2001): RPE × minutes over runs and cross-training.

        A session without RPE counts at an estimate, never as zero (see ``load_estimated``).
        """
        return sum(session_rpe(s) * s.duration_min for s in (*self.runs, *self.cross_training))

    @property
    def load_estimated(self) -> int:
        """How many sessions of ``load`` count at an estimated RPE (not yet rated)."""
        return sum(s.rpe is None for s in (*self.runs, *self.cross_training))

    @property
    def trained(self) -> bool:
        return bool(self.runs or self.cross_training)

    def is_empty(self) -> bool:
        return self == Day(date=self.date)


class Profile(_Doc):
    sex: Sex = "unspecified"
    birth_year: Annotated[int, msgspec.Meta(ge=1900, le=2100)] | None = None
    weight_kg: BodyWeight | None = None
    height_cm: Annotated[float, msgspec.Meta(ge=100, le=250)] | None = None
    body_fat_pct: Annotated[float, msgspec.Meta(ge=3, le=60)] | None = None
    diet: Diet = "omnivore"
    tracks_cycle: bool = False
    units: Units = "metric"

    def to_full_doc(self) -> dict[str, Any]:
        """Every field, unknown ones as null: what a person (or a clinician) reads."""
        return {name: getattr(self, name) for name in self.__struct_fields__}

    def age_on(self, day: dt.date) -> int | None:
        return None if self.birth_year is None else day.year - self.birth_year


# --- validation -------------------------------------------------------------------------------


class InvalidInput(ValueError):
    """Input refused by the model. ``path`` is the field path, ``str()`` the full message."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path
        self.detail = message


T = TypeVar("T", bound=_Doc)

# patterns for explaining a refusal, compiled (and cached by ``re``) only when one happens
_AT = r"(?s)^(?P<msg>.*?)(?: - at `\$(?P<path>[^`]*)`)?$"
_TOKEN = r"\.(\w+)|\[(\d+)\]"


def _walk_value(doc: Any, path: str) -> tuple[bool, Any]:
    cur = doc
    for name, index in re.findall(_TOKEN, path):
        try:
            cur = cur[name] if name else cur[int(index)]
        except (KeyError, IndexError, TypeError):
            return False, None
    return True, cur


# msgspec.inspect is read only to explain a refused value; the CLI defers it (journal.deferred):
# annotations naming it are strings so that defining these functions does not load it.
def _strip_optional(t: "mi.Type") -> "mi.Type":
    while isinstance(t, mi.Metadata):
        t = t.type
    if isinstance(t, mi.UnionType):
        rest = [u for u in t.types if not isinstance(u, mi.NoneType)]
        if len(rest) == 1:
            return _strip_optional(rest[0])
    return t


@functools.cache
def _type_info(cls: type) -> "mi.Type":
    """msgspec's description of a struct type: costly to build, so built once per type."""
    return mi.type_info(cls)


def _walk_type(cls: type, path: str) -> "mi.Type | None":
    t: mi.Type | None = _type_info(cls)
    for name, _index in re.findall(_TOKEN, path):
        t = _strip_optional(t) if t is not None else None
        if name:
            if not isinstance(t, mi.StructType):
                return None
            t = next((f.type for f in t.fields if f.encode_name == name), None)
        else:
            t = t.item_type if isinstance(t, mi.ListType) else None
        if t is None:
            return None
    return t


def _bounds(t: "mi.Type", kind: str) -> str:
    lo = getattr(t, "ge", None)
    lo_x = getattr(t, "gt", None)
    hi = getattr(t, "le", None)
    hi_x = getattr(t, "lt", None)
    if lo is not None and hi is not None:
        return f"{kind} from {lo:g} to {hi:g}"
    parts = []
    if lo is not None:
        parts.append(f"≥ {lo:g}")
    if lo_x is not None:
        parts.append(f"> {lo_x:g}")
    if hi is not None:
        parts.append(f"≤ {hi:g}")
    if hi_x is not None:
        parts.append(f"< {hi_x:g}")
    return f"{kind} {' and '.join(parts)}" if parts else kind


def describe_allowed(t: "mi.Type | None") -> str:
    """Say in words what a field accepts, from the struct's own constraints."""
    if t is None:
        return ""
    t = _strip_optional(t)
    if isinstance(t, mi.UnionType):
        return " or ".join(filter(None, (describe_allowed(u) for u in t.types)))
    if isinstance(t, mi.IntType):
        return _bounds(t, "a whole number")
    if isinstance(t, mi.FloatType):
        return _bounds(t, "a number")
    if isinstance(t, mi.LiteralType):
        return "one of " + ", ".join(str(v) for v in t.values)
    if isinstance(t, mi.BoolType):
        return "true or false"
    if isinstance(t, mi.DateType):
        return "a date as YYYY-MM-DD"
    if isinstance(t, mi.StrType):
        lo, hi = t.min_length, t.max_length
        if lo and hi:
            return f"text of {lo} to {hi} characters"
        return f"text of at most {hi} characters" if hi else "text"
    if isinstance(t, mi.ListType):
        return "a list"
    if isinstance(t, mi.StructType):
        names = ", ".join(f.encode_name for f in t.fields)
        return f"an object with fields {names}"
    if isinstance(t, mi.DictType):
        return "an object"
    return ""


def _explain(err: msgspec.ValidationError, cls: type, doc: Any, prefix: str) -> InvalidInput:
    m = re.match(_AT, str(err))
    msg, path = (m.group("msg"), m.group("path") or "") if m else (str(err), "")
    unknown = re.match(r"Object contains unknown field `(\w+)`", msg)
    missing = re.match(r"Object missing required field `(\w+)`", msg)
    if unknown or missing:
        field = (unknown or missing).group(1)  # type: ignore[union-attr]
        parent = _strip_optional(_walk_type(cls, path) or mi.AnyType())
        names = (
            ", ".join(f.encode_name for f in parent.fields)
            if isinstance(parent, mi.StructType)
            else ""
        )
        full = f"{prefix}{path}.{field}".lstrip(".")
        if unknown:
            return InvalidInput(full, f"unknown field; allowed fields: {names}")
        allowed = describe_allowed(_walk_type(cls, f"{path}.{field}"))
        return InvalidInput(full, f"required, {allowed}" if allowed else "required")
    full = f"{prefix}{path}".lstrip(".")
    found, value = _walk_value(doc, path)
    allowed = describe_allowed(_walk_type(cls, path))
    shown = f"{_short_repr(value)} is not allowed" if found else msg
    if isinstance(value, str) and found:
        shown = f"{excerpt(value)} is not allowed"
    detail = f"{shown}; allowed: {allowed}" if allowed else f"{shown} ({msg})"
    return InvalidInput(full, detail)


def _short_repr(value: Any, limit: int = 60) -> str:
    text = printable(repr(value))
    return text if len(text) <= limit else text[:limit] + "…"


def convert(doc: Any, cls: type[T], *, prefix: str = "", strict: bool = True) -> T:
    """Validate ``doc`` (plain JSON-like data) into ``cls`` or raise :class:`InvalidInput`.

    ``prefix`` is prepended to field paths, e.g. ``days[3]`` for an import file. ``strict=False``
    accepts numbers and booleans given as text, as typed on a command line or in a form.
    """
    if not isinstance(doc, Mapping):
        raise InvalidInput(prefix, f"expected an object, got {type(doc).__name__}")
    try:
        return msgspec.convert(doc, cls, strict=strict)
    except msgspec.ValidationError as err:
        raise _explain(err, cls, doc, prefix) from None


def parse_day(doc: Any, *, prefix: str = "", strict: bool = True) -> Day:
    return convert(doc, Day, prefix=prefix, strict=strict)


def parse_profile(doc: Any, *, prefix: str = "", strict: bool = True) -> Profile:
    return convert(doc, Profile, prefix=prefix, strict=strict)


def to_doc(obj: _Doc) -> dict[str, Any]:
    """The JSON document of a struct, as stored, shown and exported."""
    return msgspec.to_builtins(obj)


def replace(obj: T, **changes: Any) -> T:
    """A copy of ``obj`` with ``changes``, validated like any other input."""
    return convert({**to_doc(obj), **{k: _plain(v) for k, v in changes.items()}}, type(obj))


def _plain(value: Any) -> Any:
    return msgspec.to_builtins(value)


LIST_FIELDS = ("runs", "cross_training", "meals", "supplements", "pain", "tags")


def merge(stored: Day | None, new: Day) -> Day:
    """Merge ``new`` into ``stored`` by the rules of ``stridelog add``.

    Scalars given in ``new`` replace the stored value; list fields append (tags without
    duplicates); ``illness`` symptoms are unioned and fever is or-ed.
    """
    if stored is None:
        return new
    if stored.date != new.date:
        raise ValueError("cannot merge days of different dates")
    out = to_doc(stored)
    for key, value in to_doc(new).items():
        if key == "date":
            continue
        if key == "tags":
            out["tags"] = list(dict.fromkeys([*out.get("tags", []), *value]))
        elif key in LIST_FIELDS:
            out[key] = [*out.get(key, []), *value]
        elif key == "illness" and "illness" in out:
            old = out["illness"]
            symptoms = list(dict.fromkeys([*old.get("symptoms", []), *value.get("symptoms", [])]))
            out["illness"] = {
                "symptoms": symptoms,
                "fever": bool(old.get("fever")) or bool(value.get("fever")),
            }
        else:
            out[key] = value
    return parse_day(out)
