"""The CLI as a runner uses it every evening: units, supplements, words, empty journals."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from journal.entry import LB_PER_KG, format_distance, format_weight, parse_weight


def run(exe: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([exe, *args], capture_output=True, text=True, timeout=60, env=os.environ)


def test_an_imperial_profile_types_and_sees_miles_and_pounds(
    stridelog_exe: str, data_dir: Path
) -> None:
    assert run(stridelog_exe, "profile", "set", "--units", "imperial").returncode == 0
    added = run(stridelog_exe, "add", "--date", "2026-11-20", "--run", "6.2mi 55min rpe6",
                "--weight", "150")  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert "6.2 mi" in added.stdout
    shown = run(stridelog_exe, "show", "--date", "2026-11-20")
    assert "run      6.2 mi, 55 min, RPE 6/10" in shown.stdout
    assert "weight   150 lb" in shown.stdout
    assert " km" not in shown.stdout and " kg" not in shown.stdout
    [day] = json.loads(run(stridelog_exe, "show", "--date", "2026-11-20", "--json").stdout)
    assert day["runs"][0]["distance_km"] == pytest.approx(9.978, abs=0.001)  # stored metric
    assert day["weight_kg"] == pytest.approx(150 / LB_PER_KG, abs=0.001)
    trends = run(stridelog_exe, "trends", "--to", "2026-11-20")
    assert trends.returncode == 0, trends.stderr
    assert "last 7 days: 6.2 mi in 1 run" in trends.stdout
    out = data_dir.parent / "export.json"
    assert run(stridelog_exe, "export", "-o", str(out)).returncode == 0
    doc = json.loads(out.read_text())
    assert doc["days"][0]["runs"][0]["distance_km"] == pytest.approx(9.978, abs=0.001)
    assert "weight_kg" in doc["days"][0] and "ACWR" in doc["glossary"]


def test_profile_weight_takes_the_profiles_unit_and_the_old_name_still_works(
    stridelog_exe: str,
) -> None:
    said = run(stridelog_exe, "profile", "set", "--units", "imperial", "--weight", "150")
    assert said.returncode == 0, said.stderr
    assert "weight=150 lb" in said.stdout
    assert "weight: 150 lb" in run(stridelog_exe, "profile", "show").stdout
    old = run(stridelog_exe, "profile", "set", "--weight-kg", "61.5")
    assert old.returncode == 0, old.stderr
    shown = json.loads(run(stridelog_exe, "profile", "show", "--json").stdout)
    assert shown["weight_kg"] == 61.5
    assert "--weight-kg" not in run(stridelog_exe, "profile", "set", "--help").stdout
    both = run(stridelog_exe, "profile", "set", "--weight", "150", "--weight-kg", "60")
    assert both.returncode == 1 and "--weight" in both.stderr


def test_explicit_units_win_over_the_profile() -> None:
    assert parse_weight("68kg", "imperial") == 68.0
    assert parse_weight("150 lb", "metric") == pytest.approx(68.039, abs=0.001)
    assert parse_weight("heavy", "metric") == "heavy"  # the model refuses it, naming the field
    assert format_distance(9.978, "imperial") == "6.2 mi"
    assert format_weight(68.0389, "imperial") == "150 lb"
    assert format_weight(61.5, "metric") == "61.5 kg"


def test_any_supplement_by_name_is_kept_and_shown(stridelog_exe: str) -> None:
    added = run(stridelog_exe, "add", "--date", "2026-11-20",
                "--supplement", "vitamin d 1000 IU", "--supplement", "multivitamin",
                "--supplement", "fish oil 1g", "--supplement", "iron 65mg")  # fmt: skip
    assert added.returncode == 0, added.stderr
    shown = run(stridelog_exe, "show", "--date", "2026-11-20").stdout
    assert "supplement vitamin d: 1000 IU" in shown
    assert "supplement fish oil: 1g" in shown
    assert "supplement iron: iron 65 mg" in shown
    multi = next(line for line in shown.splitlines() if "multivitamin" in line)
    assert "iron 18 mg" in multi and "typical label amounts" in multi
    [day] = json.loads(run(stridelog_exe, "show", "--date", "2026-11-20", "--json").stdout)
    assert day["supplements"][0] == {"name": "vitamin d", "amount": "1000 IU"}
    bad = run(stridelog_exe, "add", "--date", "2026-11-21", "--supplement", "iron lots")
    assert bad.returncode == 1 and "supplement" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_show_says_every_field_in_words(stridelog_exe: str, data_dir: Path) -> None:
    doc = {
        "date": "2026-11-20",
        "runs": [{"duration_min": 40, "rpe": 5, "distance_km": 8, "start_time": "07:15:00",
                  "source": "morning.fit", "avg_hr": 150}],
        "cross_training": [{"activity": "cycling", "duration_min": 60, "rpe": 4,
                            "distance_km": 25, "avg_hr": 120}],
        "pain": [{"site": "left shin", "score": 4}],
        "illness": {"symptoms": ["sore throat"], "fever": True},
    }  # fmt: skip
    src = data_dir.parent / "day.json"
    src.write_text(json.dumps([doc]))
    assert run(stridelog_exe, "import", str(src)).returncode == 0
    shown = run(stridelog_exe, "show", "--date", "2026-11-20").stdout
    assert "started 07:15" in shown and "imported from morning.fit" in shown
    assert "cross    cycling, 25 km, 60 min, RPE 4/10, average HR 120 bpm" in shown
    assert "pain     left shin, 4/10 (0 none, 10 worst)" in shown
    assert "illness  sore throat; with fever" in shown


def test_show_tells_a_meals_unsure_matches_and_words_not_read(stridelog_exe: str) -> None:
    """The printed day is not trusted more than the check-in that marked them."""
    added = run(
        stridelog_exe, "add", "--date", "2026-11-20", "--meal", "lunch: glorp and a banana and zzqx"
    )
    assert added.returncode == 0, added.stderr
    shown = run(stridelog_exe, "show", "--date", "2026-11-20").stdout
    assert "1 unsure match" in shown and "not read: “zzqx”" in shown
    sure = run(stridelog_exe, "add", "--date", "2026-11-21", "--meal", "lunch: a banana")
    assert sure.returncode == 0, sure.stderr
    plain = run(stridelog_exe, "show", "--date", "2026-11-21").stdout
    assert "kcal)" in plain and "unsure" not in plain and "not read" not in plain


def test_an_empty_journal_says_nothing_was_logged(stridelog_exe: str) -> None:
    shown = run(stridelog_exe, "show", "--from", "2026-11-01", "--to", "2026-11-07")
    assert "Nothing recorded from 2026-11-01 to 2026-11-07." in shown.stderr
    trends = run(stridelog_exe, "trends")
    assert trends.returncode == 0, trends.stderr
    assert "last 7 days: nothing logged" in trends.stdout
    assert "7 rest days" not in trends.stdout and "days without training" not in trends.stdout


def test_demo_says_why_it_has_fewer_days(stridelog_exe: str, tmp_path: Path) -> None:
    out = run(stridelog_exe, "demo", "--days", "60", "--data-dir", str(tmp_path / "demo"))
    assert out.returncode == 0, out.stderr
    assert "of 60 days logged" in out.stdout


def test_add_help_names_no_internal_document(stridelog_exe: str) -> None:
    text = " ".join(run(stridelog_exe, "add", "--help").stdout.split())
    assert "DESIGN" not in text and "lb when units are imperial" in text


def test_output_read_only_in_part_ends_quietly(stridelog_exe: str, tmp_path: Path) -> None:
    """`stridelog show --from … | head -1`: the reader leaving is not an error of the journal."""
    exe = [stridelog_exe, "--data-dir", str(tmp_path / "j")]
    subprocess.run([*exe, "demo", "--days", "60"], check=True, capture_output=True)
    for args in (["show", "--from", "-50"], ["export"]):
        proc = subprocess.Popen([*exe, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert proc.stdout is not None and proc.stderr is not None
        first = proc.stdout.read(20)
        proc.stdout.close()  # the reader leaves after its first bytes
        err = proc.stderr.read().decode()
        proc.wait(timeout=60)
        assert first
        assert err == "", err


def test_an_imperial_runner_reads_flags_in_miles_and_pounds(
    stridelog_exe: str, data_dir: Path
) -> None:
    from .helpers.imperial import imperial_journal

    imperial_journal(data_dir)
    trends = run(stridelog_exe, "trends", "--to", "2026-11-20")
    assert trends.returncode == 0, trends.stderr
    text = trends.stdout
    assert "Run of 10 mi, 101.1 % longer than your longest (4.97 mi)" in text
    assert "7-day median 143.3 lb, from 154.3 lb" in text
    assert " km" not in text and " kg)" not in text and "kg," not in text
    # the JSON is for programs: metric, with the unit in every key, like the export
    flags = json.loads(run(stridelog_exe, "trends", "--to", "2026-11-20", "--json").stdout)
    spike = next(f for f in flags["flags"] if f["id"] == "run_spike")
    assert "16.09 km" in spike["title"] and spike["evidence"]["longest_run_km"] == 16.09
    report = run(stridelog_exe, "report", "--format", "md", "--to", "2026-11-20", "-o", "-")
    assert report.returncode == 0, report.stderr
    assert "10 mi" in report.stdout and "longest run mi 10" in report.stdout
    assert "longest run km" not in report.stdout and "median kg" not in report.stdout
    assert "Weight: 143.3 lb" in report.stdout and "| Weight (lb) |" in report.stdout


def test_an_imperial_profile_gives_and_sees_height_in_feet_and_inches(
    stridelog_exe: str,
) -> None:
    said = run(stridelog_exe, "profile", "set", "--units", "imperial", "--height", "5'10\"")
    assert said.returncode == 0, said.stderr
    assert "height=5 ft 10 in" in said.stdout
    assert "height: 5 ft 10 in" in run(stridelog_exe, "profile", "show").stdout
    assert json.loads(run(stridelog_exe, "profile", "show", "--json").stdout)["height_cm"] == 177.8
    assert run(stridelog_exe, "profile", "set", "--height", "70").returncode == 0  # inches
    assert "height: 5 ft 10 in" in run(stridelog_exe, "profile", "show").stdout
    wrong = run(stridelog_exe, "profile", "set", "--height", "500")
    assert wrong.returncode == 1 and "from 3 ft 3 in to 8 ft 2 in" in wrong.stderr
    assert "cm" not in wrong.stderr
    metric = run(stridelog_exe, "profile", "set", "--units", "metric", "--height", "170")
    assert "height=170 cm" in metric.stdout
    assert run(stridelog_exe, "profile", "set", "--height-cm", "171").returncode == 0  # old name
    assert "height: 171 cm" in run(stridelog_exe, "profile", "show").stdout
