"""The day and profile definitions of the export schema, generated from the model.

msgspec copies struct docstrings into ``description``; how much indentation it keeps has changed
between releases. Descriptions are normalised with :func:`inspect.cleandoc` so the committed schema
and a freshly generated one compare equal on any msgspec release.
"""

from __future__ import annotations

import inspect
import json
from pathlib import Path
from typing import Any

import msgspec

SCHEMA_PATH = Path(__file__).with_name("export-v1.json")


def _normalise(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            k: inspect.cleandoc(v) if k == "description" and isinstance(v, str) else _normalise(v)
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_normalise(v) for v in node]
    return node


def model_defs() -> dict[str, Any]:
    """``$defs`` entries for Day, Profile and everything they contain, as plain JSON."""
    from journal.model import Day, Profile

    _, defs = msgspec.json.schema_components([Day, Profile], ref_template="#/$defs/{name}")
    return _normalise(json.loads(json.dumps(defs)))


def committed_defs(schema: dict[str, Any]) -> dict[str, Any]:
    return _normalise(schema.get("$defs", {}))


def write_schema(path: Path = SCHEMA_PATH) -> None:
    """Refresh the model's definitions inside the committed export schema (others kept)."""
    schema = json.loads(path.read_text(encoding="utf-8"))
    schema["$defs"] = dict(sorted({**committed_defs(schema), **model_defs()}.items()))
    path.write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
