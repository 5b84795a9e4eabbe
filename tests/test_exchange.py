"""Export and import: lossless round trip, all-or-nothing validation, idempotence."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import orjson
import pytest
from hypothesis import HealthCheck, given, settings

from journal.exchange import ImportRejected, build_export, import_days, parse_import, write_export
from journal.model import Day, Profile, parse_day
from journal.store import Journal

from .conftest import private
from .strategies import journals


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journals())
def test_import_of_export_gives_back_the_same_days(days: list[Day]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = Journal.open(Path(tmp) / "a")
        source.put_many(days, profile=Profile(sex="female", birth_year=1990))
        doc = orjson.loads(orjson.dumps(build_export(source)))  # through real JSON
        target = Journal.open(Path(tmp) / "b")
        result = import_days(target, parse_import(doc))
        assert result.added == len(days)
        assert target.days() == sorted(days, key=lambda d: d.date)
        assert target.profile() == source.profile()
        again = import_days(target, parse_import(doc))
        assert (again.added, again.replaced, again.unchanged) == (0, 0, len(days))


def _day(date: str, **extra: object) -> dict:
    return {"date": date, "runs": [{"duration_min": 40, "rpe": 4}], **extra}


def test_bad_documents_are_all_reported_and_nothing_is_written(data_dir: Path) -> None:
    j = Journal.open(data_dir)
    j.put(parse_day(_day("2026-11-01")))
    before = (data_dir / "journal.json").read_bytes()
    docs = [
        _day("2026-11-02"),
        _day("2026-11-03", fatigue=12),
        {"date": "2026-11-04", "runs": [{"duration_min": 40, "rpe": 0}]},
        _day("2026-11-02"),
        "not a day",
    ]
    with pytest.raises(ImportRejected) as err:
        import_days(j, parse_import({"days": docs}, "file.json"))
    text = str(err.value)
    assert text.startswith("file.json: 4 bad documents, nothing was imported")
    assert "days[1].fatigue: 12 is not allowed; allowed: a whole number from 1 to 10" in text
    assert "(date 2026-11-03)" in text
    assert "days[2].runs[0].rpe: 0 is not allowed" in text
    assert "days[3].date: 2026-11-02 appears twice (also days[0])" in text
    assert "days[4]: expected an object" in text
    assert (data_dir / "journal.json").read_bytes() == before


def test_error_report_is_capped() -> None:
    docs = [_day(f"2026-10-{n:02d}", fatigue=0) for n in range(1, 31)]
    with pytest.raises(ImportRejected) as err:
        parse_import(docs)
    assert len(err.value.errors) == 30
    assert "... and 10 more" in str(err.value)


def test_accepts_bare_list_and_days_object_and_refuses_other_shapes() -> None:
    assert len(parse_import([_day("2026-11-02")]).days) == 1
    assert len(parse_import({"days": [_day("2026-11-02")]}).days) == 1
    with pytest.raises(ImportRejected, match="expected an export file"):
        parse_import({"runs": []})
    with pytest.raises(ImportRejected, match="schema_version: 7 is not allowed"):
        parse_import({"format": "stridelog", "schema_version": 7, "days": []})


def test_keep_existing_and_replace(data_dir: Path) -> None:
    j = Journal.open(data_dir)
    j.put(parse_day(_day("2026-11-01", fatigue=3)))
    incoming = parse_import([_day("2026-11-01", fatigue=7), _day("2026-11-02")])
    kept = import_days(j, incoming, keep_existing=True)
    assert (kept.added, kept.kept) == (1, 1)
    assert j.get(dt.date(2026, 11, 1)).fatigue == 3
    replaced = import_days(j, incoming)
    assert (replaced.replaced, replaced.unchanged) == (1, 1)
    assert j.get(dt.date(2026, 11, 1)).fatigue == 7


def test_export_without_notes_keeps_stored_notes_on_import(data_dir: Path, tmp_path: Path) -> None:
    j = Journal.open(data_dir)
    j.put(parse_day({**_day("2026-11-01"), "notes": "private: knee", "fatigue": 3}))
    doc = build_export(j, include_notes=False)
    assert doc["notes_included"] is False
    assert "notes" not in doc["days"][0]
    path = write_export(doc, tmp_path / "out" / "export.json")
    assert private(path)
    back = orjson.loads(path.read_bytes())
    back["days"][0]["fatigue"] = 6
    import_days(j, parse_import(back))
    stored = j.get(dt.date(2026, 11, 1))
    assert (stored.notes, stored.fatigue) == ("private: knee", 6)


def test_export_document_shape(data_dir: Path) -> None:
    j = Journal.open(data_dir)
    for n in range(1, 4):
        j.put(parse_day(_day(f"2026-11-0{n}")))
    now = dt.datetime(2026, 11, 20, 8, 0, tzinfo=dt.UTC)
    doc = build_export(j, dt.date(2026, 11, 2), None, now=now)
    assert doc["format"] == "stridelog" and doc["schema_version"] == 1
    assert doc["generated_at"] == "2026-11-20T08:00:00+00:00"
    assert doc["period"] == {"from": "2026-11-02", "to": "2026-11-03"}
    assert [d["date"] for d in doc["days"]] == ["2026-11-02", "2026-11-03"]
    assert doc["notes_included"] is True
    assert doc["profile"] == {
        "sex": "unspecified",
        "birth_year": None,
        "weight_kg": None,
        "height_cm": None,
        "body_fat_pct": None,
        "diet": "omnivore",
        "tracks_cycle": False,
        "units": "metric",
    }
