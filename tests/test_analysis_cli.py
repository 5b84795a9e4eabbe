"""``stridelog trends``: JSON output, human output grouped by category and severity, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from journal.commands.trends import trends
from journal.store import Journal
from tests.test_analysis import LAST, RUNNER, d, days_of, iso, plan, with_totals


@pytest.fixture
def journal_dir(data_dir: Path) -> Path:
    docs = plan()
    with_totals(docs, 42, LAST, iron_mg=6.0)
    docs[60]["fatigue"] = 9
    docs[61]["fatigue"] = 10
    docs[71]["illness"] = {"symptoms": ["cough"], "fever": True}
    Journal.open(data_dir).put_many(days_of(docs), profile=RUNNER)
    return data_dir


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(trends, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_json_is_flags_metrics_status_and_glossary(journal_dir: Path) -> None:
    code, out, _ = invoke(
        "--data-dir", str(journal_dir), "--from", iso(0), "--to", iso(LAST), "--json"
    )
    assert code == 0
    doc = json.loads(out)
    assert list(doc) == ["flags", "metrics", "status", "glossary"]
    assert doc["status"]["as_of"] == iso(LAST) and doc["status"]["line"]
    assert {"ACWR", "CTL", "ATL", "TSB", "monotony", "strain", "energy availability"} <= set(
        doc["glossary"]
    )
    by_id = {f["id"]: f for f in doc["flags"]}
    assert by_id["extreme_fatigue"]["start"] == iso(60)
    assert by_id["extreme_fatigue"]["severity"] == "alert"
    assert by_id["illness_training"]["end"] == iso(71)
    assert by_id["iron_low"]["evidence"]["mean_iron_mg"] == 6.0
    assert doc["metrics"]["as_of"] == iso(LAST)
    assert doc["metrics"]["load"]["acwr"] is not None


def test_window_limits_reported_flags(journal_dir: Path) -> None:
    code, out, _ = invoke(
        "--data-dir", str(journal_dir), "--from", iso(65), "--to", iso(LAST), "--json"
    )
    ids = {f["id"] for f in json.loads(out)["flags"]}
    assert code == 0 and "illness_training" in ids and "extreme_fatigue" not in ids


def test_human_output_groups_by_category_most_severe_first(journal_dir: Path) -> None:
    code, full, _ = invoke("--data-dir", str(journal_dir), "--from", iso(0), "--to", iso(LAST))
    assert code == 0
    today, out = full.split("\n")[1], full.split("\n", 2)[2]
    assert today == "  Today: warning: Iron intake below your reference for 47 days; nothing " + (
        "unusual against your own last 4 weeks; load steady"
    )
    medical = out.index("Medical")
    nutrition = out.index("Nutrition")
    assert medical < out.index("Extreme fatigue") < nutrition
    assert out.index("Training with a fever") < nutrition
    assert nutrition < out.index("Iron intake below your reference")
    assert "ALERT" in out and "WARNING" in out
    assert "see a physician" in out
    assert f"As of {iso(LAST)}" in out and "ACWR" in out
    assert "What the numbers mean" in out
    assert "ACWR: acute:chronic workload ratio" in out


def test_empty_journal(data_dir: Path) -> None:
    code, out, _ = invoke("--data-dir", str(data_dir), "--json")
    assert code == 0 and json.loads(out)["flags"] == []
    code, out, _ = invoke("--data-dir", str(data_dir))
    assert code == 0 and "No flags" in out


def test_bad_window_is_a_user_error(data_dir: Path) -> None:
    code, _, err = invoke("--data-dir", str(data_dir), "--from", iso(5), "--to", iso(1))
    assert code == 1 and "after" in err
    code, _, err = invoke("--data-dir", str(data_dir), "--from", "someday")
    assert code == 1 and "--from" in err


def test_registered_on_the_main_command(journal_dir: Path) -> None:
    cli = pytest.importorskip("journal.cli")
    result = CliRunner().invoke(
        cli.main, ["--data-dir", str(journal_dir), "trends", "--to", iso(LAST), "--json"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["metrics"]["window"] == {
        "from": iso(LAST - 89),
        "to": iso(LAST),
    }


def test_default_end_is_today_or_the_last_logged_day(journal_dir: Path) -> None:
    import datetime as dt

    code, out, _ = invoke("--data-dir", str(journal_dir), "--json")
    assert code == 0
    end = max(dt.date.today(), d(LAST))
    assert json.loads(out)["metrics"]["as_of"] == end.isoformat()
