"""Rewrite the README's flag table and glossary and the export schema's flag ids from the registry.

Run after adding or changing a flag spec: ``python scripts/flag_docs.py``.
``tests/test_analysis_registry.py`` fails until the three agree with ``journal/analysis/specs.py``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from journal.analysis.glossary import GLOSSARY
from journal.analysis.specs import FLAG_IDS, flag_table_markdown

ROOT = Path(__file__).resolve().parents[1]


def replace_block(text: str, name: str, body: str) -> str:
    pattern = re.compile(rf"(<!-- {name}:start -->\n).*?(\n<!-- {name}:end -->)", re.S)
    if not pattern.search(text):
        raise SystemExit(f"README.md has no <!-- {name}:start/end --> block")
    return pattern.sub(lambda m: m.group(1) + body + m.group(2), text)


def main() -> None:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    text = replace_block(text, "flags", flag_table_markdown())
    gloss = "\n".join(f"- **{k}**: {v}." for k, v in GLOSSARY.items())
    readme.write_text(replace_block(text, "glossary", gloss), encoding="utf-8")
    path = ROOT / "journal" / "schemas" / "export-v1.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    schema["$defs"]["Flag"]["properties"]["id"]["enum"] = list(FLAG_IDS)
    path.write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
