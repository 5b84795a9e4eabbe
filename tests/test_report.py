"""`stridelog report` and `export --format fhir|md`: what the physician gets, on a 10-year journal.

The journal is the 10-year demo (meals resolved, cycle tracked) with a bone-stress pain, a
fever while training and a pain site holding HTML added in the last weeks, so the report has
alerts, a pain log and user text to escape.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import os
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from journal import charts
from journal.charts.svg import draw_svg
from journal.demo import write_demo
from journal.store import Journal
from tests.helpers.clinic import HOSTILE_SITE, add_clinical_events

END = dt.date(2026, 11, 20)  # a Friday
START = dt.date(2026, 8, 31)  # the Monday 11 weeks before END's week: 12 weeks


@pytest.fixture(scope="module")
def journal_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("ten-years")
    add_clinical_events(write_demo(folder, 3650, end=END), END)
    return folder


def run(exe: str, folder: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(
        [exe, "--data-dir", str(folder), *args], capture_output=True, text=True, check=check
    )


@pytest.fixture(scope="module")
def trends(journal_dir: Path) -> dict:
    exe = str(Path(os.sys.executable).parent / "stridelog")
    out = run(exe, journal_dir, "trends", "--json", "--from", str(START), "--to", str(END))
    return json.loads(out.stdout)


@pytest.fixture
def report_html(stridelog_exe: str, journal_dir: Path, tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "visit.html"
    out = run(stridelog_exe, journal_dir, "report", "--to", str(END), "-o", str(path))
    assert "12 weeks" in out.stdout
    return path, path.read_text(encoding="utf-8")


def text_of(page: str) -> str:
    """The page's visible text, tags dropped and entities decoded, whitespace collapsed."""
    body = re.sub(r"<style>.*?</style>", " ", page, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())


def test_report_is_self_contained_and_private(report_html: tuple[Path, str]) -> None:
    path, page = report_html
    assert (os.stat(path).st_mode & 0o777) == 0o600
    refs = re.findall(r"""(?:src|href)\s*=\s*["']?([^"'\s>]+)|url\(\s*["']?([^)"']*)""", page)
    for ref in (a or b for a, b in refs):
        assert not re.match(r"(?i)(https?:)?//", ref), ref
    assert not re.search(r"(?i)<(script|link|iframe|img|object|embed)\b", page)
    assert "@page" in page and "size: A4" in page


def test_report_shows_every_alert_and_warning_of_trends(
    report_html: tuple[Path, str], trends: dict
) -> None:
    _, page = report_html
    text = text_of(page)
    titles = [f["title"] for f in trends["flags"] if f["severity"] in ("alert", "warning")]
    assert any(f["severity"] == "alert" for f in trends["flags"])  # the fever and the shin
    assert titles
    for title in titles:
        assert " ".join(title.split()) in text, title
    # alerts come first
    assert text.index("ALERT") < text.index("WARNING")


def test_report_sections_in_the_issue_order(report_html: tuple[Path, str]) -> None:
    _, page = report_html
    text = text_of(page)
    order = [
        "Age 34",
        "Stridelog is a training journal, not a medical device",
        "Flags of the period",
        "Week by week",
        "Charts",
        "Menstrual cycle",
        "Pain and illness",
        "Nutrition: mean daily intake",
    ]
    positions = [text.index(s) for s in order]
    assert positions == sorted(positions)
    assert "Cycles started in the last 90 days" in text


def test_weekly_table_has_one_row_per_week(report_html: tuple[Path, str]) -> None:
    _, page = report_html
    body = re.search(r'<table class="weeks">.*?<tbody>(.*?)</tbody>', page, re.S)
    assert body is not None
    rows = re.findall(r"<tr>", body.group(1))
    assert len(rows) == 12
    assert "31 Aug–6 Sep" in body.group(1) and "16–20 Nov" in body.group(1)


def test_at_least_three_inline_svg_charts_that_parse(report_html: tuple[Path, str]) -> None:
    _, page = report_html
    svgs = re.findall(r"<figure>(<svg.*?</svg>)</figure>", page, re.S)
    assert len(svgs) >= 3
    for svg in svgs:
        root = ET.fromstring(svg)
        assert root.find("title") is not None
        shapes = sum(
            len(root.findall(f".//{k}")) for k in ("polyline", "polygon", "circle", "rect")
        )
        assert shapes >= 3  # data drawn, not only the frame


def test_user_text_is_escaped_and_bone_sites_marked(report_html: tuple[Path, str]) -> None:
    _, page = report_html
    assert "<script>" not in page
    assert html.escape(HOSTILE_SITE) in page
    text = text_of(page)
    assert "left shin (bone-stress site)" in text
    assert "sore throat" in text


def test_existing_file_is_not_replaced_without_force(
    stridelog_exe: str, journal_dir: Path, tmp_path: Path
) -> None:
    path = tmp_path / "visit.html"
    path.write_text("the runner's own file")
    out = run(stridelog_exe, journal_dir, "report", "-o", str(path), check=False)
    assert out.returncode == 1
    assert "exists" in out.stderr and "--force" in out.stderr
    assert "Traceback" not in out.stderr
    assert path.read_text() == "the runner's own file"
    run(stridelog_exe, journal_dir, "report", "--to", str(END), "-o", str(path), "--force")
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert (os.stat(path).st_mode & 0o777) == 0o600


def test_bad_period_is_refused(stridelog_exe: str, journal_dir: Path, tmp_path: Path) -> None:
    out = run(
        stridelog_exe, journal_dir, "report", "--from", "2026-11-20", "--to", "2026-11-01",
        "-o", str(tmp_path / "x.html"), check=False,
    )  # fmt: skip
    assert out.returncode == 1 and "--from" in out.stderr
    assert not (tmp_path / "x.html").exists()
    out = run(stridelog_exe, journal_dir, "report", "--from", "someday", check=False)
    assert out.returncode != 0 and "YYYY-MM-DD" in out.stderr


def test_letter_paper(stridelog_exe: str, journal_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "visit.html"
    run(stridelog_exe, journal_dir, "report", "--paper", "letter", "-o", str(path))
    assert "size: letter" in path.read_text(encoding="utf-8")


def test_markdown_for_a_portal_message(stridelog_exe: str, journal_dir: Path, trends: dict) -> None:
    out = run(stridelog_exe, journal_dir, "export", "--format", "md", "--to", str(END))
    md = out.stdout
    assert md.startswith("## Runner's training and recovery report")
    assert md.count("\n| ") >= 12 + 2  # header, rule, 12 weeks
    assert "<script>" not in md and "\\<script\\>" in md
    assert "\\[link\\]" in md  # no clickable link made of user text
    for f in trends["flags"]:
        if f["severity"] == "alert":
            assert f["title"].split(" ")[0] in md


# --- FHIR ---------------------------------------------------------------------------------------

LOINC_UNITS = {
    "29463-7": "kg",
    "40443-4": "/min",
    "93832-4": "h",
    "55411-3": "min",
    "82289-0": "{score}",
    "73985-4": None,  # exercise activity: a coded value, its members carry the units
}


@pytest.fixture(scope="module")
def bundle(journal_dir: Path) -> dict:
    exe = str(Path(os.sys.executable).parent / "stridelog")
    out = run(exe, journal_dir, "export", "--format", "fhir", "--to", str(END))
    return json.loads(out.stdout)


def test_fhir_bundle_validates_as_r4(bundle: dict) -> None:
    # R4B is R4 with no change to Bundle, Patient, Observation or DetectedIssue.
    from fhir.resources.R4B.bundle import Bundle

    parsed = Bundle.model_validate(bundle)
    assert parsed.type == "collection"
    kinds = {e["resource"]["resourceType"] for e in bundle["entry"]}
    assert kinds == {"Patient", "Observation", "DetectedIssue"}


def test_fhir_patient_has_no_name(bundle: dict) -> None:
    patients = [
        e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Patient"
    ]
    assert len(patients) == 1
    assert "name" not in patients[0]
    assert patients[0]["gender"] == "female" and patients[0]["birthDate"] == "1992"


def test_each_observation_has_loinc_code_ucum_unit_and_date(
    bundle: dict, journal_dir: Path
) -> None:
    observations = [
        e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Observation"
    ]
    seen: dict[str, int] = {}
    for obs in observations:
        dt.date.fromisoformat(obs["effectiveDateTime"])
        coding = obs["code"]["coding"][0]
        seen[coding["code"]] = seen.get(coding["code"], 0) + 1
        if coding["system"] == "http://loinc.org":
            unit = LOINC_UNITS[coding["code"]]
        else:  # fatigue: Stridelog's own code, and it says so
            assert coding["system"] == "urn:stridelog:fhir:codes"
            assert "no LOINC code" in obs["code"]["text"]
            unit = "{score}"
        if unit is None:
            assert obs["valueCodeableConcept"]["text"]
            assert len(obs["hasMember"]) == 2
            continue
        q = obs["valueQuantity"]
        assert (q["system"], q["code"], q["unit"]) == ("http://unitsofmeasure.org", unit, unit)
    days = Journal.open(journal_dir).days(START, END)
    assert seen["29463-7"] == sum(1 for d in days if d.weight_kg is not None)
    assert seen["40443-4"] == sum(1 for d in days if d.resting_hr is not None)
    assert seen["93832-4"] == sum(1 for d in days if d.sleep is not None)
    sessions = sum(len(d.runs) + len(d.cross_training) for d in days)
    assert seen["55411-3"] == seen["82289-0"] == seen["73985-4"] == sessions


def test_each_flag_is_a_detected_issue(bundle: dict, trends: dict) -> None:
    issues = [
        e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "DetectedIssue"
    ]
    assert sorted(i["code"]["text"] for i in issues) == sorted(f["title"] for f in trends["flags"])
    for issue in issues:
        assert issue["detail"].startswith(issue["code"]["text"])
        assert "Rule:" in issue["detail"]
        assert issue["severity"] in ("high", "moderate", "low")


# --- the SVG backend ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(charts.CHARTS))
def test_every_chart_draws_as_well_formed_svg(name: str, journal_dir: Path) -> None:
    journal = Journal.open(journal_dir)
    days = journal.days(START - dt.timedelta(days=180), END)
    for chosen in (days, []):
        spec = charts.spec_for(name, chosen, START, END, profile=journal.profile())
        svg = draw_svg(spec)
        root = ET.fromstring(svg)
        assert root.tag == "svg"
        assert spec.title.split(",")[0] in svg


def test_svg_survives_non_finite_values() -> None:
    spec = charts.ChartSpec(
        "Odd <values> & more",
        START,
        END,
        "y",
        series=[
            charts.Series("a", [0, 1, 2, 3], [float("nan"), 1e308, None, float("-inf")]),
            charts.Series("b", [0, 5], [1, 2], "bars", side="right"),
        ],
    )
    root = ET.fromstring(draw_svg(spec))
    assert root.find("title").text == "Odd <values> & more"


def test_the_runners_folder_is_left_as_it_is(
    stridelog_exe: str, journal_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "Documents"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    run(stridelog_exe, journal_dir, "report", "-o", str(folder / "visit.html"))
    assert (os.stat(folder).st_mode & 0o777) == 0o755
    assert (os.stat(folder / "visit.html").st_mode & 0o777) == 0o600
    missing = tmp_path / "no" / "such" / "visit.html"
    out = run(stridelog_exe, journal_dir, "report", "-o", str(missing), check=False)
    assert out.returncode == 0  # folders Stridelog makes are its own: private from the start
    assert (os.stat(tmp_path / "no").st_mode & 0o777) == 0o700
    assert (os.stat(tmp_path / "no" / "such").st_mode & 0o777) == 0o700
    again = run(stridelog_exe, journal_dir, "report", "-o", str(missing), check=False)
    assert again.returncode == 1 and "--force" in again.stderr


def test_report_needs_neither_plotext_nor_textual() -> None:
    code = (
        "import sys, journal.report.html, journal.report.fhir, journal.report.markdown;"
        "print('plotext' in sys.modules, 'textual' in sys.modules)"
    )
    out = subprocess.run(
        [os.sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["False", "False"]


def test_weekly_numbers_are_the_analyzers(journal_dir: Path) -> None:
    from journal.analysis import export_sections
    from journal.analysis.metrics import load_model
    from journal.report.data import build

    journal = Journal.open(journal_dir)
    days = journal.days(None, END)
    report = build(days, journal.profile(), START, END, with_charts=False)
    summary = export_sections(days, journal.profile(), START, END)["summary"]
    model = {p.date: p for p in load_model(days, START, END)}
    assert [w.start.isoformat() for w in report.weeks] == [s["week_start"] for s in summary]
    for week, s in zip(report.weeks, summary, strict=True):
        assert round(week.distance_km, 2) == s["distance_km"]
        assert round(week.load, 1) == s["load"]
        assert week.runs == s["runs"]
        assert week.monotony == model[week.end].monotony
        assert week.mean_sleep_h is None or round(week.mean_sleep_h, 2) == s["mean_sleep_h"]
