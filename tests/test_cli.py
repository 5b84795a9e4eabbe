"""The CLI end to end, through the installed ``stridelog`` console script, on real files."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from .conftest import REPO, private


def run(exe: str, *args: str, input: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [exe, *args], capture_output=True, text=True, input=input, timeout=60, env=os.environ
    )


def test_version_and_help(stridelog_exe: str) -> None:
    out = run(stridelog_exe, "--version")
    assert out.returncode == 0 and "stridelog, version" in out.stdout
    assert "add" in run(stridelog_exe, "--help").stdout


def test_add_then_show_json_merges_by_design_rules(stridelog_exe: str, data_dir: Path) -> None:
    first = run(
        stridelog_exe, "add", "--date", "2026-11-20",
        "--run", "10km 55min rpe6 tempo hr152", "--sleep", "7.5", "--sleep-quality", "4",
        "--fatigue", "4", "--rhr", "52", "--weight", "61.5", "--pain", "left shin 3",
        "--tag", "heat", "--note", "heavy legs", "--symptom", "sore throat", "--no-fever",
        "--cross", "strength 30min rpe5",
    )  # fmt: skip
    assert first.returncode == 0, first.stderr
    assert "Saved 2026-11-20" in first.stdout and "10.0 km" in first.stdout
    second = run(stridelog_exe, "add", "--date", "2026-11-20", "--run", "5km 30min rpe3 easy",
                 "--fatigue", "6", "--tag", "hills")  # fmt: skip
    assert second.returncode == 0, second.stderr
    shown = run(stridelog_exe, "show", "--date", "2026-11-20", "--json")
    [day] = json.loads(shown.stdout)
    assert [r["distance_km"] for r in day["runs"]] == [10.0, 5.0]
    assert day["runs"][0] == {
        "duration_min": 55.0, "rpe": 6, "distance_km": 10.0, "type": "tempo", "avg_hr": 152
    }  # fmt: skip
    assert day["fatigue"] == 6 and day["tags"] == ["heat", "hills"]
    assert day["sleep"] == {"hours": 7.5, "quality": 4}
    assert day["cross_training"] == [{"activity": "strength", "duration_min": 30.0, "rpe": 5}]
    assert day["illness"] == {"symptoms": ["sore throat"]}
    human = run(stridelog_exe, "show", "--date", "2026-11-20")
    assert "run      10 km, 55 min, RPE 6/10, tempo, average HR 152 bpm" in human.stdout
    assert "illness  sore throat; no fever" in human.stdout
    replaced = run(stridelog_exe, "add", "--date", "2026-11-20", "--fatigue", "2", "--replace")
    assert replaced.returncode == 0
    [day] = json.loads(run(stridelog_exe, "show", "--date", "2026-11-20", "--json").stdout)
    assert day == {"date": "2026-11-20", "fatigue": 2}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--fatigue", "11"], 'fatigue: "11" is not allowed; allowed: a whole number from 1 to 10'),
        (["--run", "10km 55min rpe11"], "runs[0].rpe: 11 is not allowed"),
        (["--run", "10km speedy"], '--run: "speedy" in "10km speedy" is not understood'),
        (["--sleep", "lots"], 'sleep.hours: "lots" is not allowed; allowed: a number from 0 to 24'),
        (["--date", "2026-02-30"], '--date: "2026-02-30" is not a date'),
        (["--pain", "shin"], "--pain"),
    ],
)
def test_bad_values_exit_1_with_the_field_and_write_nothing(
    stridelog_exe: str, data_dir: Path, args: list[str], message: str
) -> None:
    out = run(stridelog_exe, "add", *args)
    assert out.returncode == 1
    assert message in out.stderr
    assert "Traceback" not in out.stderr
    assert not (data_dir / "journal.json").exists()


def test_usage_errors_exit_2(stridelog_exe: str) -> None:
    assert run(stridelog_exe, "add", "--bogus").returncode == 2
    assert run(stridelog_exe, "import").returncode == 2


def test_import_good_then_bad_then_export(
    stridelog_exe: str, data_dir: Path, tmp_path: Path
) -> None:
    good = tmp_path / "good.json"
    good.write_text(json.dumps({"days": [
        {"date": "2026-11-01", "runs": [{"duration_min": 40, "rpe": 4, "distance_km": 8}]},
        {"date": "2026-11-02", "fatigue": 3, "notes": "fine"},
    ]}))  # fmt: skip
    out = run(stridelog_exe, "import", str(good))
    assert out.returncode == 0, out.stderr
    assert "2 days in the file: 2 added." in out.stdout
    again = run(stridelog_exe, "import", str(good))
    assert "2 already the same. Nothing needed writing." in again.stdout
    before = (data_dir / "journal.json").read_bytes()
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps([{"date": "2026-11-03", "fatigue": 0}, {"date": "2026-11-04"}]))
    out = run(stridelog_exe, "import", str(bad))
    assert out.returncode == 1
    assert (
        "days[0].fatigue: 0 is not allowed" in out.stderr and "nothing was imported" in out.stderr
    )
    assert (data_dir / "journal.json").read_bytes() == before
    not_json = tmp_path / "x.json"
    not_json.write_text("{oops")
    assert "not valid JSON" in run(stridelog_exe, "import", str(not_json)).stderr
    exported = run(stridelog_exe, "export", "--from", "2026-11-01", "--to", "2026-11-30")
    doc = json.loads(exported.stdout)
    assert doc["format"] == "stridelog" and [d["date"] for d in doc["days"]] == [
        "2026-11-01",
        "2026-11-02",
    ]
    target = tmp_path / "visit" / "export.json"
    out = run(stridelog_exe, "export", "-o", str(target), "--no-notes")
    assert out.returncode == 0 and "Wrote 2 days" in out.stdout
    assert private(target)
    assert "notes" not in orjson.loads(target.read_bytes())["days"][1]


def test_profile_set_show_and_import_sets_profile(stridelog_exe: str, tmp_path: Path) -> None:
    out = run(stridelog_exe, "profile", "set", "--sex", "female", "--birth-year", "1990",
              "--diet", "vegetarian", "--tracks-cycle")  # fmt: skip
    assert out.returncode == 0, out.stderr
    shown = json.loads(run(stridelog_exe, "profile", "show", "--json").stdout)
    assert shown["sex"] == "female" and shown["diet"] == "vegetarian" and shown["tracks_cycle"]
    bad = run(stridelog_exe, "profile", "set", "--diet", "paleo")
    assert bad.returncode == 1 and "diet" in bad.stderr and "vegan" in bad.stderr
    exported = tmp_path / "e.json"
    run(stridelog_exe, "export", "-o", str(exported))
    other = tmp_path / "other"
    out = run(stridelog_exe, "--data-dir", str(other), "import", str(exported))
    assert "profile was set" in out.stdout
    shown = run(stridelog_exe, "profile", "show", "--json", "--data-dir", str(other))
    assert json.loads(shown.stdout)["diet"] == "vegetarian"


def test_check_and_corrupt_file_message(stridelog_exe: str, data_dir: Path) -> None:
    run(stridelog_exe, "add", "--fatigue", "3")
    run(stridelog_exe, "add", "--fatigue", "4")
    out = run(stridelog_exe, "check")
    assert out.returncode == 0 and "1 day(s)" in out.stdout and "backups (1)" in out.stdout
    (data_dir / "journal.json").write_bytes(b"")
    out = run(stridelog_exe, "show")
    assert out.returncode == 1
    assert "cannot be read" in out.stderr and "newest good backup" in out.stderr
    assert (data_dir / "journal.json").read_bytes() == b""


def test_demo_writes_its_own_journal(stridelog_exe: str, tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    out = run(stridelog_exe, "demo", "--days", "30", "--data-dir", str(folder))
    assert out.returncode == 0, out.stderr
    assert "Demo journal:" in out.stdout
    days = json.loads(run(stridelog_exe, "show", "--from", "2000-01-01", "--json",
                          "--data-dir", str(folder)).stdout)  # fmt: skip
    assert 25 <= len(days) <= 30 and any(d.get("runs") for d in days)
    again = run(stridelog_exe, "demo", "--days", "30", "--data-dir", str(folder))
    assert again.returncode == 1 and "--force" in again.stderr


def test_demo_never_uses_the_env_journal_folder(stridelog_exe: str, data_dir: Path) -> None:
    out = run(stridelog_exe, "demo", "--days", "10")
    assert out.returncode == 0, out.stderr
    assert not (data_dir / "journal.json").exists()
    demo_dir = Path(str(data_dir) + "-demo")
    assert f"in {demo_dir}" in out.stdout and (demo_dir / "journal.json").exists()


def test_python_dash_m_journal_works() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "journal", "--version"], capture_output=True, text=True, cwd=REPO
    )
    assert out.returncode == 0 and "version" in out.stdout


def test_cli_startup_stays_light() -> None:
    """`stridelog show` must not pay for Textual, plotext, the food table or the analyzer."""
    code = (
        "import sys, journal.cli; "
        "heavy = ('textual', 'plotext', 'rapidfuzz', 'jsonschema', 'journal.foods', "
        "'journal.analysis', 'journal.tui'); "
        "print(sorted({m for m in sys.modules if m.startswith(heavy)}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr


def test_delete_a_day_after_a_backup(stridelog_exe: str, data_dir: Path) -> None:
    assert run(stridelog_exe, "add", "--date", "2026-11-19", "--fatigue", "3").returncode == 0
    assert run(stridelog_exe, "add", "--date", "2026-11-20", "--fatigue", "8").returncode == 0
    refused = run(stridelog_exe, "delete", "--date", "2026-11-20")
    assert refused.returncode == 1 and "--yes" in refused.stderr
    gone = run(stridelog_exe, "delete", "--date", "2026-11-20", "--yes")
    assert gone.returncode == 0 and "Deleted Fri 20 Nov 2026" in gone.stdout
    shown = json.loads(run(stridelog_exe, "show", "--from", "2026-11-01", "--json").stdout)
    assert [d["date"] for d in shown] == ["2026-11-19"]
    from journal.store import Journal

    backups = sorted((data_dir / "backups").glob("*before-delete-2026-11-20*"))
    assert backups, "no backup was taken before the delete"
    held = Journal.open(backups[-1], migrate=False).get(dt.date(2026, 11, 20))
    assert held is not None and held.fatigue == 8
    missing = run(stridelog_exe, "delete", "--date", "2026-11-20", "--yes")
    assert missing.returncode == 1 and "nothing is recorded for 2026-11-20" in missing.stderr
