"""``stridelog import`` of watch and app files, end to end through the installed console script.

Real files recorded by real devices (/work/shared/data/activity-files, see its README for origin
and licence) and archives generated in the layouts of Strava, Garmin Connect and Apple Health.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import orjson
import pytest

from .helpers.activity_files import (
    Session,
    StravaActivity,
    apple_export_ios16,
    write_apple_zip,
    write_fit,
    write_garmin_zip,
    write_gpx,
    write_strava_zip,
)

FILES = Path("/work/shared/data/activity-files")
UTC = dt.UTC


def run(exe: str, *args: str, tz: str = "UTC") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TZ": tz}
    return subprocess.run([exe, *args], capture_output=True, text=True, timeout=120, env=env)


def days(exe: str) -> dict[str, dict[str, Any]]:
    out = run(exe, "show", "--from", "1970-01-01", "--to", "today", "--json")
    assert out.returncode == 0, out.stderr
    return {d["date"]: d for d in orjson.loads(out.stdout)}


def journal_digest(data_dir: Path) -> str:
    files = sorted(p for p in data_dir.rglob("*") if p.is_file() and "backup" not in str(p))
    return hashlib.sha256(b"".join(p.name.encode() + p.read_bytes() for p in files)).hexdigest()


def tcx_truth(path: Path) -> tuple[float, float, int | None]:
    """Minutes, km and time-weighted HR from the laps, read independently of the importer."""
    text = path.read_text()
    laps = re.findall(r"<Lap .*?</Lap>", text, re.S)
    secs = [float(re.search(r"<TotalTimeSeconds>([\d.]+)<", lap).group(1)) for lap in laps]
    meters = sum(float(re.search(r"<DistanceMeters>([\d.]+)<", lap).group(1)) for lap in laps)
    hrs = [re.search(r"<AverageHeartRateBpm>\s*<Value>(\d+)<", lap) for lap in laps]
    hr = None
    if all(hrs):
        hr = round(sum(int(h.group(1)) * s for h, s in zip(hrs, secs, strict=True)) / sum(secs))
    return sum(secs) / 60, meters / 1000, hr


# (file, date, "run" or cross-training activity, km, minutes, avg HR) from the data README
REAL = [
    ("garmin-fenix-5-run.fit", "2017-06-11", "run", 0.1576, 56.887 / 60, 90),
    ("activity-small-fenix2-run.fit", "2015-08-15", "run", 9.008, 2832 / 60, None),
    ("event_timestamp.fit", "2017-06-13", "swimming", 2.606, 4371.56 / 60, 142),
    ("coros-pace-2-cycling-misaligned-fields.fit", "2020-10-25", "cycling", 32.1458, 11287 / 60,
     None),
    ("korita-zbevnica.gpx", "2010-10-03", "hiking", 14.9, 223.0, None),
    ("runpandas-garmin_connect.gpx", "2018-02-21", "run", 0.00472, 2 / 60, 125),
    ("hk-export.xml", "2016-11-14", "run", 0.4971749504535062 * 1.609344, 5.19412346680959,
     None),
]  # fmt: skip


def _session(day: dict[str, Any], kind: str) -> dict[str, Any]:
    if kind == "run":
        assert len(day.get("runs", [])) == 1 and not day.get("cross_training"), day
        return day["runs"][0]
    assert not day.get("runs") and len(day["cross_training"]) == 1, day
    assert day["cross_training"][0]["activity"] == kind
    return day["cross_training"][0]


@pytest.mark.parametrize(("name", "date", "kind", "km", "minutes", "hr"), REAL)
def test_real_file_imports_to_date_distance_duration_hr(
    stridelog_exe: str, data_dir: Path, name: str, date: str, kind: str, km: float,
    minutes: float, hr: int | None,
) -> None:  # fmt: skip
    out = run(stridelog_exe, "import", str(FILES / name))
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr
    stored = days(stridelog_exe)
    assert list(stored) == [date]
    s = _session(stored[date], kind)
    assert s["distance_km"] == pytest.approx(km, rel=0.01)
    assert s["duration_min"] == pytest.approx(minutes, rel=0.01)
    assert s.get("avg_hr") == hr
    assert "rpe" not in s and s["source"] and s["start_time"]
    before = journal_digest(data_dir)
    again = run(stridelog_exe, "import", str(FILES / name))
    assert again.returncode == 0, again.stderr
    assert "0 run(s) added" in again.stdout and "1 duplicate(s) skipped" in again.stdout
    assert journal_digest(data_dir) == before


@pytest.mark.parametrize("name", ["tcxparser-test.tcx", "tcxparser-no_hr.tcx"])
def test_real_tcx_from_its_laps(stridelog_exe: str, name: str) -> None:
    minutes, km, hr = tcx_truth(FILES / name)
    out = run(stridelog_exe, "import", str(FILES / name))
    assert out.returncode == 0, out.stderr
    (day,) = days(stridelog_exe).values()
    assert day["date"] == "2012-12-26"
    (r,) = day["runs"]
    assert r["distance_km"] == pytest.approx(km, rel=0.01)
    assert r["duration_min"] == pytest.approx(minutes, rel=0.01)
    assert r.get("avg_hr") == hr


def test_truncated_fit_keeps_its_partial_session_with_a_warning(stridelog_exe: str) -> None:
    out = run(stridelog_exe, "import", str(FILES / "invalid-activity-unexpected-eof.fit"))
    assert out.returncode == 0, out.stderr
    assert "damaged" in out.stderr and "kept the 1 session(s) read before it" in out.stderr
    stored = days(stridelog_exe)
    assert list(stored) == ["2012-04-09"] and stored["2012-04-09"]["runs"][0]["duration_min"]


def test_whole_folder_once_then_again_adds_nothing(stridelog_exe: str, data_dir: Path) -> None:
    out = run(stridelog_exe, "import", str(FILES))
    assert out.returncode == 0, out.stderr
    # the two TCX files are the same run (one without heart rate): it is stored once
    assert "1 duplicate(s) skipped" in out.stdout
    assert "3 other sport(s) added" in out.stdout  # the swim, the ride and the hike
    stored = days(stridelog_exe)
    assert stored["2012-12-26"]["runs"][0]["avg_hr"] == tcx_truth(FILES / "tcxparser-test.tcx")[2]
    before = journal_digest(data_dir)
    again = run(stridelog_exe, "import", str(FILES))
    assert "0 run(s) added, 0 enriched" in again.stdout
    assert journal_digest(data_dir) == before
    trends = run(stridelog_exe, "trends", "--to", "2020-10-31")  # runs without RPE
    assert trends.returncode == 0, trends.stderr
    assert "Traceback" not in trends.stderr


def test_hand_entered_day_is_enriched_not_doubled(stridelog_exe: str, tmp_path: Path) -> None:
    added = run(
        stridelog_exe, "add", "--date", "2024-05-01", "--run", "5.8km 30min rpe6 easy",
        "--fatigue", "4", "--sleep", "7.5", "--meal", "breakfast: oatmeal 80g, banana",
        "--note", "legs fine",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    fit = tmp_path / "watch.fit"
    start = dt.datetime(2024, 5, 1, 4, 30, tzinfo=UTC)  # 06:30 in UTC+2
    fit.write_bytes(write_fit([Session(start, 29.5 * 60, 5870, "running", 151)], utc_offset_h=2))
    out = run(stridelog_exe, "import", str(fit))
    assert out.returncode == 0, out.stderr
    assert "0 run(s) added, 1 enriched" in out.stdout
    day = days(stridelog_exe)["2024-05-01"]
    (r,) = day["runs"]
    assert r == {
        "duration_min": 30.0, "rpe": 6, "distance_km": 5.8, "type": "easy", "avg_hr": 151,
        "source": "watch.fit", "start_time": "06:30:00",
    }  # fmt: skip
    assert day["fatigue"] == 4 and day["sleep"]["hours"] == 7.5 and day["notes"] == "legs fine"
    assert day["meals"][0]["text"] == "oatmeal 80g, banana"
    again = run(stridelog_exe, "import", str(fit))
    assert "0 run(s) added, 0 enriched" in again.stdout and len(days(stridelog_exe)) == 1


def _strava(n: int) -> list[StravaActivity]:
    base = dt.datetime(2013, 2, 6, 12, 11, 14, tzinfo=UTC)
    acts = []
    fmts = ["fit.gz", "gpx", "tcx.gz", ""]
    for i in range(n):
        acts.append(
            StravaActivity(
                id=1000 + i, start=base + dt.timedelta(days=i, hours=i % 3),
                seconds=1800 + 60 * i, meters=5000 + 100 * i, fmt=fmts[i % 4],
                rpe=1 + i % 10, kind="Ride" if i % 5 == 4 else "Run",
            )
        )  # fmt: skip
    return acts


def test_strava_archive_gives_every_run_with_its_rpe(stridelog_exe: str, tmp_path: Path) -> None:
    acts = _strava(12)
    archive = write_strava_zip(tmp_path / "export_123.zip", acts)
    with zipfile.ZipFile(archive) as zf:  # the traps are really in the file
        header = zf.read("activities.csv").decode().splitlines()[0]
    assert header.count("Distance") == 2 and "Feb 6, 2013, 12:11:14 PM" in strava_dates(acts)
    dry = run(stridelog_exe, "import", "--dry-run", str(archive))
    assert dry.returncode == 0, dry.stderr
    assert "Dry run, nothing written" in dry.stdout and days(stridelog_exe) == {}
    out = run(stridelog_exe, "import", str(archive))
    assert out.returncode == 0, out.stderr
    runs = [a for a in acts if a.kind == "Run"]
    assert f"{len(runs)} run(s) added" in out.stdout and "2 other sport(s)" in out.stdout
    stored = days(stridelog_exe)
    for a in acts:
        day = stored[a.start.date().isoformat()]
        s = (day["runs"] if a.kind == "Run" else day["cross_training"])[0]
        assert s["source"] == f"strava:{a.id}" and s["rpe"] == a.rpe
        assert s["distance_km"] == pytest.approx(a.meters / 1000, rel=0.01)
        assert s["duration_min"] == pytest.approx(a.seconds / 60, rel=0.01)
    # unpacked, the same export is recognised as already imported
    folder = tmp_path / "unpacked"
    zipfile.ZipFile(archive).extractall(folder)
    again = run(stridelog_exe, "import", str(folder))
    assert f"{len(acts)} duplicate(s) skipped" in again.stdout, again.stdout


def strava_dates(acts: list[StravaActivity]) -> str:
    from .helpers.activity_files import strava_csv

    return strava_csv(acts).decode()


def test_garmin_export_with_nested_zips(stridelog_exe: str, tmp_path: Path) -> None:
    start = dt.datetime(2023, 3, 4, 23, 30, tzinfo=UTC)  # 08:30 on the 5th in UTC+9
    sessions = [
        (501, Session(start, 2400, 8000, "running", 148), 9.0),
        (502, Session(start + dt.timedelta(days=2), 3600, 25000, "cycling", 130), 9.0),
    ]
    manual = [{
        "activityId": 503, "name": "Treadmill by hand", "activityType": "treadmill_running",
        "startTimeGmt": (start + dt.timedelta(days=4)).timestamp() * 1000,
        "startTimeLocal": (start + dt.timedelta(days=4, hours=9)).timestamp() * 1000,
        "duration": 1_500_000.0, "distance": 500_000.0,
    }]  # fmt: skip
    archive = write_garmin_zip(tmp_path / "garmin.zip", sessions, manual)
    out = run(stridelog_exe, "import", str(archive))
    assert out.returncode == 0, out.stderr
    assert "2 run(s) added" in out.stdout and "1 other sport(s)" in out.stdout
    stored = days(stridelog_exe)
    assert sorted(stored) == ["2023-03-05", "2023-03-07", "2023-03-09"]
    first = stored["2023-03-05"]["runs"][0]
    assert first["source"] == "garmin:501" and first["start_time"] == "08:30:00"
    assert first["avg_hr"] == 148 and first["distance_km"] == 8.0
    assert stored["2023-03-07"]["cross_training"][0]["activity"] == "cycling"
    assert stored["2023-03-09"]["runs"][0]["duration_min"] == 25.0
    assert stored["2023-03-09"]["runs"][0]["distance_km"] == 5.0


def test_apple_health_both_workout_forms(stridelog_exe: str, tmp_path: Path) -> None:
    tz = dt.timezone(dt.timedelta(hours=-5))
    xml = apple_export_ios16([
        ("Running", dt.datetime(2023, 9, 1, 23, 15, tzinfo=tz), 42.5, 7.3, 156),
        ("Cycling", dt.datetime(2023, 9, 3, 7, 0, tzinfo=tz), 61.0, 20.5, 131),
    ])  # fmt: skip
    archive = write_apple_zip(tmp_path / "export.zip", xml)
    out = run(stridelog_exe, "import", str(archive), str(FILES / "hk-export.xml"))
    assert out.returncode == 0, out.stderr
    stored = days(stridelog_exe)
    # the local date of the start, as the phone recorded it (not UTC, where it is the 2nd)
    r = stored["2023-09-01"]["runs"][0]
    assert (r["distance_km"], r["duration_min"], r["avg_hr"]) == (7.3, 42.5, 156)
    assert stored["2023-09-03"]["cross_training"][0]["activity"] == "cycling"
    assert "2016-11-14" in stored  # the older form, attributes on <Workout>


def test_rpe_given_later_and_trends(stridelog_exe: str, tmp_path: Path) -> None:
    start = dt.datetime(2026, 11, 2, 6, 0, tzinfo=UTC)
    fit = tmp_path / "two.fit"
    fit.write_bytes(b"")
    for i in range(2):
        p = tmp_path / f"run{i}.fit"
        p.write_bytes(write_fit([Session(start + dt.timedelta(hours=6 * i), 1800, 6000)]))
    assert run(stridelog_exe, "import", str(tmp_path / "run0.fit"), str(tmp_path / "run1.fit"))
    show = run(stridelog_exe, "show", "--date", "2026-11-02")
    assert show.stdout.count("not rated yet") == 2
    trends = run(stridelog_exe, "trends", "--to", "2026-11-10")
    assert trends.returncode == 0 and "Traceback" not in trends.stderr, trends.stderr
    ambiguous = run(stridelog_exe, "add", "--date", "2026-11-02", "--rpe", "6")
    assert ambiguous.returncode == 1 and "2 runs wait for an RPE (runs 1, 2)" in ambiguous.stderr
    ok = run(stridelog_exe, "add", "--date", "2026-11-02", "--rpe", "2=6")
    assert ok.returncode == 0, ok.stderr
    ok = run(stridelog_exe, "add", "--date", "2026-11-02", "--rpe", "4")
    assert ok.returncode == 0, ok.stderr
    runs = days(stridelog_exe)["2026-11-02"]["runs"]
    assert [r["rpe"] for r in runs] == [4, 6]
    bad = run(stridelog_exe, "add", "--date", "2026-11-02", "--rpe", "1=11")
    assert bad.returncode == 1 and "rpe" in bad.stderr and "Traceback" not in bad.stderr


# --- hostile and bad input ----------------------------------------------------------------------

LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE HealthData [\n<!ENTITY lol "lol">\n'
    + b"".join(
        b'<!ENTITY lol%d "%s">\n' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
        for i in range(1, 10)
    )
    + b']>\n<HealthData locale="en_US"><ExportDate value="&lol9;"/></HealthData>\n'
)


def _hostile(tmp_path: Path, kind: str) -> Path:
    p = tmp_path / f"{kind}.zip"
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as zf:
        if kind == "bomb":
            zf.writestr("activities/big.fit", b"\0" * (64 << 20))
        elif kind == "escape":
            zf.writestr("activities/ok.fit", write_fit([Session(
                dt.datetime(2024, 1, 1, tzinfo=UTC), 600, 2000)]))  # fmt: skip
            zf.writestr("../../etc/evil.fit", b"x")
        elif kind == "laughs":
            zf.writestr("apple_health_export/export.xml", LAUGHS)
    return p


@pytest.mark.parametrize(
    ("kind", "message"),
    [("bomb", "zip bomb"), ("escape", "outside the archive"), ("laughs", "entities")],
)
def test_hostile_archives_are_refused_and_the_journal_is_unchanged(
    stridelog_exe: str, data_dir: Path, tmp_path: Path, kind: str, message: str
) -> None:
    assert run(stridelog_exe, "add", "--date", "2024-01-01", "--fatigue", "3").returncode == 0
    before = journal_digest(data_dir)
    good = FILES / "garmin-fenix-5-run.fit"
    out = run(stridelog_exe, "import", str(good), str(_hostile(tmp_path, kind)))
    assert out.returncode == 1 and message in out.stderr, out.stderr
    assert "refused" in out.stderr and "Traceback" not in out.stderr
    assert journal_digest(data_dir) == before


def test_billion_laughs_as_a_plain_xml_file(stridelog_exe: str, tmp_path: Path) -> None:
    for name, body in [("export.xml", LAUGHS), ("run.tcx", LAUGHS.replace(b"HealthData",
                       b"TrainingCenterDatabase"))]:  # fmt: skip
        p = tmp_path / name
        p.write_bytes(body)
        out = run(stridelog_exe, "import", str(p))
        assert out.returncode == 1 and "entities" in out.stderr, out.stderr


def test_bad_files_are_named_with_their_reason(stridelog_exe: str, tmp_path: Path) -> None:
    fake = tmp_path / "notes.fit"
    fake.write_text("this is not a FIT file")
    old = tmp_path / "old.gpx"
    old.write_bytes(write_gpx(dt.datetime(1901, 5, 1, tzinfo=UTC), 600, 2000))
    future = tmp_path / "future.tcx"
    future.write_bytes(write_tcx_bytes(dt.datetime.now(UTC) + dt.timedelta(days=3)))
    out = run(stridelog_exe, "import", str(fake), str(old), str(future))
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert "notes.fit: not a file Stridelog can import" in out.stderr
    assert (
        "in the future" in out.stderr and "old.gpx: start 1901-05-01 is before 1970" in out.stderr
    )
    assert days(stridelog_exe) == {}
    missing = run(stridelog_exe, "import", str(tmp_path / "nope.fit"))
    assert missing.returncode == 1 and "no such file" in missing.stderr


def write_tcx_bytes(start: dt.datetime) -> bytes:
    from .helpers.activity_files import write_tcx

    return write_tcx(start, 1800, 5000)
