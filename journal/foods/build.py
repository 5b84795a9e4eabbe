"""Build the packaged food table from the USDA SR24 CSV files and the hand-made aliases.

Run through ``scripts/build_foods.py``. The output is deterministic (same input, same bytes),
so a test can rebuild it and compare. One food per line keeps ``git diff`` readable.

Output shape (JSON)::

    {"format": 1, "source": ..., "nutrients": [...9 canonical keys...], "groups": [...],
     "foods": [[id, name, group_index, [per-100 g values, null = not measured],
                [[amount, unit, grams], ...]], ...],
     "aliases": {"banana": [[food_index, default_grams, "1 medium"]],
                 "turkey sandwich": [[bread...], [turkey...], ...], ...},
     "index": {"banana": [food_index, ...], ...}}
"""

from __future__ import annotations

import csv
import json
from collections import Counter, defaultdict
from pathlib import Path

from journal.foods.text import fold, key, stems, unit_text
from journal.model import NUTRIENT_KEYS

FORMAT = 2
PACKAGE_DIR = Path(__file__).parent
ALIASES = PACKAGE_DIR / "aliases.txt"
OUTPUT = PACKAGE_DIR / "sr24.json"
SOURCE = "USDA National Nutrient Database for Standard Reference, Release 24 (public domain)"


class BuildError(ValueError):
    """The source data or the alias list is inconsistent; the message says where."""


def _number(cell: str) -> float | None:
    """An empty cell is "not measured" and stays None; it is never read as zero."""
    cell = cell.strip()
    return None if cell == "" else float(cell)


def _infer_groups(rows: list[dict[str, str]]) -> dict[str, str]:
    """Give the ~690 SR24 foods that carry no group the usual group of their first name word.

    (E.g. the 23xxx beef cuts.) Ranking uses groups to prefer plain foods over fast food and
    baby food, so an empty group would be a blind spot.
    """
    by_head: dict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        if row["group"]:
            by_head[fold(row["name"]).split(",")[0].strip()][row["group"]] += 1
    out = {}
    for row in rows:
        if not row["group"]:
            votes = by_head.get(fold(row["name"]).split(",")[0].strip())
            if votes:
                out[row["id"]] = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    return out


def _portion_grams(spec: str, portions: list[list], where: str) -> tuple[float, str]:
    """Resolve "40 g" or "1 medium" against a food's USDA portions."""
    amount_text, _, unit = spec.strip().partition(" ")
    try:
        amount = float(amount_text)
    except ValueError:
        raise BuildError(f"{where}: portion {spec!r} must start with a number") from None
    unit = unit.strip()
    if unit == "g":
        return amount, spec.strip()
    for p_amount, p_unit, p_grams in portions:
        if unit_text(p_unit).startswith(unit_text(unit)):
            return round(p_grams / p_amount * amount, 2), spec.strip()
    units = "; ".join(u for _a, u, _g in portions) or "none"
    raise BuildError(f"{where}: no portion starts with {unit!r} (portions: {units})")


def build_table(source_dir: Path, aliases_file: Path = ALIASES) -> bytes:
    """Return the bytes of the packaged table built from ``source_dir``."""
    with open(source_dir / "foods.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    with open(source_dir / "portions.csv", newline="", encoding="utf-8") as f:
        portion_rows = list(csv.DictReader(f))
    missing = [k for k in NUTRIENT_KEYS if k not in rows[0]]
    if missing:
        raise BuildError(f"foods.csv lacks columns {missing}")

    rows.sort(key=lambda r: r["id"])
    inferred = _infer_groups(rows)
    groups = sorted({r["group"] or inferred.get(r["id"], "") for r in rows})
    group_index = {g: i for i, g in enumerate(groups)}
    food_index = {r["id"]: i for i, r in enumerate(rows)}

    portions: dict[str, list[list]] = defaultdict(list)
    for p in portion_rows:  # file order is USDA's order: keep it (first = most common)
        grams = _number(p["grams"])
        amount = _number(p["amount"])
        if grams and amount and p["id"] in food_index:
            portions[p["id"]].append([amount, p["unit"].strip(), grams])

    foods = []
    index: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        values = [_number(r[k]) for k in NUTRIENT_KEYS]
        group = r["group"] or inferred.get(r["id"], "")
        foods.append([r["id"], r["name"], group_index[group], values, portions[r["id"]]])
        for s in dict.fromkeys(stems(r["name"])):
            index[s].append(i)

    aliases: dict[str, list] = {}
    errors: list[str] = []
    for n, line in enumerate(aliases_file.read_text(encoding="utf-8").splitlines(), 1):
        line = line.split("#", 1)[0].strip() if line.lstrip().startswith("#") else line.strip()
        if not line:
            continue
        where = f"{aliases_file.name}:{n}"
        try:
            names, rest = line.split("=", 1)
            parts = []
            for part in rest.split(" + "):  # a dish: "2 slices of bread + 2 slices of turkey"
                food_id, spec = (p.strip() for p in part.split("@", 1))
                if food_id not in food_index:
                    raise BuildError(f"{where}: unknown food id {food_id}")
                grams, desc = _portion_grams(spec, portions[food_id], where)
                parts.append([food_index[food_id], grams, desc])
        except ValueError as err:
            errors.append(str(err) if isinstance(err, BuildError) else f"{where}: bad line")
            continue
        for name in names.split(";"):
            k = key(name)
            if not k:
                continue
            if k in aliases and aliases[k] != parts:
                errors.append(f"{where}: alias {name.strip()!r} is listed twice")
            aliases[k] = parts
    if errors:
        raise BuildError("\n".join(errors))

    doc_head = {
        "format": FORMAT,
        "source": SOURCE,
        "nutrients": list(NUTRIENT_KEYS),
        "groups": groups,
    }
    out = ["{"]
    for k, v in doc_head.items():
        out.append(f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)},")
    out.append('"foods": [')
    out.append(",\n".join(json.dumps(f, ensure_ascii=False) for f in foods))
    out.append("],")
    out.append('"aliases": {')
    out.append(
        ",\n".join(
            f"{json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}"
            for k, v in sorted(aliases.items())
        )
    )
    out.append("},")
    out.append('"index": {')
    out.append(
        ",\n".join(
            f"{json.dumps(k, ensure_ascii=False)}: {json.dumps(v)}"
            for k, v in sorted(index.items())
        )
    )
    out.append("}")
    out.append("}")
    return ("\n".join(out) + "\n").encode("utf-8")
