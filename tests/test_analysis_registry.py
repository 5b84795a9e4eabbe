"""One spec per flag: the README's table, the export schema and the Trends texts follow it."""

from __future__ import annotations

import json
import re
from pathlib import Path

from journal.analysis import FLAG_IDS, GLOSSARY, SPECS
from journal.analysis.specs import flag_table_markdown, over, under

ROOT = Path(__file__).resolve().parents[1]


def between(text: str, name: str) -> str:
    m = re.search(rf"<!-- {name}:start -->\n(.*?)\n<!-- {name}:end -->", text, re.S)
    assert m, name
    return m.group(1)


def test_the_readme_flag_table_is_the_registry() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert between(readme, "flags") == flag_table_markdown()
    for fid in FLAG_IDS:
        assert f"| `{fid}` |" in readme


def test_the_readme_glossary_is_the_core_glossary() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert between(readme, "glossary") == "\n".join(f"- **{k}**: {v}." for k, v in GLOSSARY.items())
    for term in ("ACWR", "CTL", "ATL", "TSB", "monotony", "strain", "energy availability", "AU"):
        assert term in GLOSSARY


def test_the_export_schema_lists_exactly_the_registered_flag_ids() -> None:
    schema = json.loads((ROOT / "journal" / "schemas" / "export-v1.json").read_text())
    assert schema["$defs"]["Flag"]["properties"]["id"]["enum"] == list(FLAG_IDS)
    assert set(schema["$defs"]["Flag"]["properties"]["category"]["enum"]) >= {
        s.category for s in SPECS.values()
    }


def test_every_spec_cites_a_source_and_has_one_rule_function() -> None:
    import inspect

    from journal.analysis import intake, rules, rules_recovery

    code = "".join(inspect.getsource(m) for m in (rules, rules_recovery, intake))
    for fid, spec in SPECS.items():
        assert spec.source and not spec.source.endswith(".")
        assert f'"{fid}"' in code, f"no rule raises {fid}"


def test_titles_never_show_a_value_that_reads_as_the_limit_it_failed() -> None:
    assert under(6.96, 7.0) == "6.96"  # not "7.0"
    assert under(6.999, 7.0) == "6.999"
    assert under(6.5, 7.0) == "6.5"
    # the evidence is rounded (4.9996 g/kg is kept as 5.0): never "5.000 g/kg" under 5
    assert under(5.0, 5.0) == "just under 5"
    assert over(6.96, 6.96) == "7.0"  # 7.0 is 6.96 at one decimal, and reads as over
    spec = SPECS["short_sleep_habit"]
    title = spec.title("info", 1, {"mean_sleep_h": 6.96, "nights": 28})
    assert "6.96 h" in title and "7.0 h a night" not in title
