"""The export document's JSON Schema (journal/schemas/export-v1.json) and the analysis sections."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from journal.analysis import analyze, export_sections
from journal.model import Day, Profile, to_doc
from journal.schemas.model_defs import committed_defs, model_defs
from tests.test_analysis import GOOD, LAST, RUNNER, d, days_of, iso, plan, with_totals

SCHEMA_PATH = Path(__file__).resolve().parents[1] / "journal" / "schemas" / "export-v1.json"


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def validator(schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def errors(schema: dict[str, Any], doc: Any) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator(schema).iter_errors(doc)]


def build_doc(days: list[Day], profile: Profile, start: dt.date, end: dt.date) -> dict[str, Any]:
    """The base document as DESIGN §2 describes it, plus the analysis sections."""
    doc: dict[str, Any] = {
        "format": "stridelog",
        "schema_version": 1,
        "generated_at": "2026-04-01T08:00:00+00:00",
        "period": {"from": start.isoformat(), "to": end.isoformat()},
        "profile": to_doc(profile),
        "notes_included": True,
        "days": [to_doc(x) for x in days if start <= x.date <= end],
    }
    doc.update(export_sections(days, profile, start, end))
    return json.loads(json.dumps(doc))  # exactly what a JSON file would hold


def rich_days() -> list[Day]:
    docs = plan()
    with_totals(docs, 42, LAST, iron_mg=6.0)
    docs[60]["fatigue"] = 9
    docs[61]["fatigue"] = 10
    docs[61]["notes"] = "could barely get up"
    docs[50]["pain"] = [{"site": "left shin", "score": 3}]
    docs[53]["pain"] = [{"site": "left shin", "score": 4}]
    docs[45]["illness"] = {"symptoms": ["sore throat"], "fever": True}
    docs[45]["tags"] = ["travel"]
    docs[46]["supplements"] = [{"name": "iron", "iron_mg": 65}]
    docs[47]["meals"].append({"name": "snack", "items": [{"food_id": "09040", "grams": 118}]})
    return days_of(docs)


def test_the_schema_is_valid_draft_2020_12(schema: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["properties"]["schema_version"] == {"const": 1}


def test_a_document_with_the_analysis_sections_validates(schema: dict[str, Any]) -> None:
    days = rich_days()
    doc = build_doc(days, RUNNER, d(28), d(LAST))
    assert errors(schema, doc) == []
    ids = {f["id"] for f in doc["flags"]}
    assert {"iron_low", "extreme_fatigue", "bone_pain", "illness_training"} <= ids
    assert any(m.get("resolved") for day in doc["days"] for m in day.get("meals", []))


def test_schema_rejects_what_is_not_an_export(schema: dict[str, Any]) -> None:
    good = build_doc(rich_days(), RUNNER, d(28), d(LAST))
    cases = []
    bad = copy.deepcopy(good)
    bad["flags"][0]["severity"] = "critical"
    cases.append(bad)
    bad = copy.deepcopy(good)
    bad["flags"][0]["id"] = "vitamin_c_low"
    cases.append(bad)
    bad = copy.deepcopy(good)
    bad["days"][0]["mood"] = "great"  # unknown day field
    cases.append(bad)
    bad = copy.deepcopy(good)
    bad["days"][0]["runs"] = [{"duration_min": 30, "rpe": 11}]
    cases.append(bad)
    bad = copy.deepcopy(good)
    bad["days"][0]["date"] = "2026-02-30"
    cases.append(bad)
    bad = copy.deepcopy(good)
    del bad["days"]
    cases.append(bad)
    bad = copy.deepcopy(good)
    bad["schema_version"] = 2
    cases.append(bad)
    bad = copy.deepcopy(good)
    bad["summary"][0]["distance_km"] = "ten"
    cases.append(bad)
    bad = copy.deepcopy(good)
    bad["nutrition"]["nutrients"]["vitamin_c_mg"] = {"mean": 1.0, "coverage": 1.0}
    cases.append(bad)
    for doc in cases:
        assert errors(schema, doc), doc


def test_day_definitions_match_the_model(schema: dict[str, Any]) -> None:
    """The schema's day documents are the model's: a change to journal/model.py shows here."""
    committed = committed_defs(schema)
    for name, definition in model_defs().items():
        assert committed.get(name) == definition, (
            f"{name} differs from the model: run `python scripts/build_schema.py`"
        )


def test_optional_sections_may_be_absent(schema: dict[str, Any]) -> None:
    doc = build_doc(rich_days(), RUNNER, d(28), d(LAST))
    for key in ("summary", "nutrition", "flags", "disclaimer"):
        del doc[key]
    assert errors(schema, doc) == []
    empty = build_doc([], Profile(), d(0), d(6))
    assert errors(schema, empty) == []
    assert empty["flags"] == [] and empty["nutrition"]["days_logged"] == 0


def test_summary_weeks(schema: dict[str, Any]) -> None:
    doc = build_doc(rich_days(), RUNNER, d(28), d(LAST))
    summary = doc["summary"]
    assert [w["week_start"] for w in summary] == [iso(i) for i in range(28, LAST + 1, 7)]
    week = summary[0]  # days 28..34: a week of the plan, long run 15 km
    assert week["distance_km"] == 8 + 10 + 7 + 6 + 15.0
    assert week["runs"] == 5 and week["days_logged"] == 7
    assert week["duration_min"] == 45 + 50 + 40 + 30 + 35 + 90
    assert week["load"] == 135 + 300 + 120 + 120 + 105 + 360
    assert week["mean_sleep_h"] == pytest.approx(8.0, abs=0.01)
    assert week["mean_fatigue"] == pytest.approx(3.4, abs=0.05)


def test_nutrition_section_against_references() -> None:
    doc = build_doc(rich_days(), RUNNER, d(28), d(41))  # before iron drops
    nut = doc["nutrition"]
    assert nut["judged"] is True and nut["days_logged"] == 14
    iron = nut["nutrients"]["iron_mg"]
    assert iron == {
        "mean": GOOD["iron_mg"],
        "coverage": 1.0,
        "unit": "mg",
        "ear": 8.1,
        "rda": 18.0,
        "status": "at or above RDA",
    }
    assert nut["nutrients"]["kcal"]["mean"] == GOOD["kcal"]
    assert nut["references"]["b12_ug"]["rda"] == 2.4
    low = build_doc(rich_days(), RUNNER, d(56), d(LAST))["nutrition"]["nutrients"]["iron_mg"]
    assert low["status"] == "below EAR"


def test_sections_flags_are_the_analyzers() -> None:
    days = rich_days()
    sections = export_sections(days, RUNNER, d(28), d(LAST))
    assert sections["flags"] == [f.to_json() for f in analyze(days, RUNNER, d(28), d(LAST)).flags]
    assert "not a medical device" in sections["disclaimer"]
    assert "not a diagnosis" in sections["disclaimer"]


def test_an_export_from_the_journal_validates(schema: dict[str, Any], data_dir: Path) -> None:
    exchange = pytest.importorskip("journal.exchange")
    if not hasattr(exchange, "build_export"):
        pytest.skip("journal.exchange.build_export is not there yet")
    from journal.store import Journal

    journal = Journal.open(data_dir)
    journal.put_many(rich_days(), profile=RUNNER)
    for notes in (True, False):
        doc = exchange.build_export(journal, d(28), d(LAST), include_notes=notes)
        doc = json.loads(exchange.dumps(doc))
        assert errors(schema, doc) == []
        assert doc["notes_included"] is notes
        assert {"summary", "nutrition", "flags", "disclaimer"} <= set(doc)
        # history before --from is read: the run-up to the window informs the flags
        assert doc["flags"] == export_sections(rich_days(), RUNNER, d(28), d(LAST))["flags"]
