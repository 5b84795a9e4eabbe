"""The activity import's core: the merge planner, the load estimate, parsers and the scan."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gzip
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from journal.activities import Activity, plan_import, scan
from journal.activities.apple import iter_workouts
from journal.activities.fit import read_fit
from journal.activities.strava import parse_date
from journal.load_estimate import DEFAULT_RPE, RpeEstimator
from journal.model import parse_day

from .helpers.activity_files import Session, apple_export_ios16, write_fit, write_strava_zip

UTC = dt.UTC
TZ2 = dt.timezone(dt.timedelta(hours=2))
D = dt.date(2024, 5, 1)


def act(source: str = "a.fit", hour: int = 7, minutes: float = 30.0, km: float | None = 5.8,
        sport: str = "running", hr: int | None = 150, sec: int = 0) -> Activity:  # fmt: skip
    start = dt.datetime(2024, 5, 1, hour, 0, sec, tzinfo=TZ2)
    return Activity(source, sport, start, minutes, km, hr)


def test_plan_adds_runs_and_other_sports_and_keeps_the_day() -> None:
    stored = {D: parse_day({"date": D.isoformat(), "fatigue": 5, "sleep": {"hours": 7},
                            "notes": "windy"})}  # fmt: skip
    plan = plan_import(stored, [act(), act("swim.fit", 18, 45, 2.0, "swimming")])
    assert [s.action for s in plan.steps] == ["added", "other_sport"]
    day = plan.days[D]
    assert (day.fatigue, day.sleep.hours, day.notes) == (5, 7, "windy")
    assert day.runs[0].rpe is None and day.runs[0].start_time == dt.time(7, 0)
    assert day.cross_training[0].activity == "swimming"


def test_plan_duplicates_by_source_or_start_and_duration() -> None:
    first = plan_import({}, [act()])
    stored = dict(first.days)
    assert plan_import(stored, [act()]).count("duplicate") == 1  # same source
    other_file = act("b.gpx", sec=50, minutes=31)  # same session from another file
    assert plan_import(stored, [other_file]).count("duplicate") == 1
    later = act("c.fit", hour=8)  # a second run that day
    assert plan_import(stored, [later]).count("added") == 1
    longer = act("d.fit", sec=30, minutes=40)  # starts together but is another session
    assert plan_import(stored, [longer]).count("added") == 1


def test_duplicate_from_a_richer_file_fills_what_was_missing() -> None:
    stored = dict(plan_import({}, [act(hr=None)]).days)
    plan = plan_import(stored, [act("other.tcx", hr=162)])
    assert plan.count("duplicate") == 1 and plan.days[D].runs[0].avg_hr == 162


@pytest.mark.parametrize(
    ("km", "minutes", "action"),
    [(5.8, 30.0, "enriched"), (6.3, 31.0, "enriched"), (6.7, 30.0, "added"),
     (5.8, 34.0, "added"), (None, 29.0, "enriched")],
)  # fmt: skip
def test_hand_run_is_enriched_within_ten_percent(
    km: float | None, minutes: float, action: str
) -> None:
    hand = parse_day({"date": D.isoformat(), "runs": [
        {"duration_min": 30, "distance_km": 6.0, "rpe": 6, "type": "easy"}]})  # fmt: skip
    plan = plan_import({D: hand}, [act(km=km, minutes=minutes)])
    assert plan.steps[0].action == action
    runs = plan.days[D].runs
    if action == "enriched":
        assert len(runs) == 1
        r = runs[0]
        assert (r.duration_min, r.distance_km, r.rpe, r.type) == (30, 6.0, 6, "easy")
        assert (r.avg_hr, r.source, r.start_time) == (150, "a.fit", dt.time(7, 0))
    else:
        assert len(runs) == 2


def test_estimate_from_similar_runs_then_heart_rate_then_default() -> None:
    history = [
        parse_day({"date": f"2024-04-{i:02d}", "runs": [
            {"duration_min": 45, "rpe": 3 + i % 2, "avg_hr": 140 + 2 * i}]})
        for i in range(1, 8)
    ]  # fmt: skip
    est = RpeEstimator.from_days(history)
    similar = parse_day({"date": "2024-05-01", "runs": [{"duration_min": 50}]}).runs[0]
    e = est.estimate(similar)
    assert e.basis == "similar" and e.rpe == 4.0 and e.estimated
    long_hard = parse_day({"date": "2024-05-01", "runs": [{"duration_min": 100,
                                                           "avg_hr": 174}]}).runs[0]  # fmt: skip
    e = est.estimate(long_hard)
    assert e.basis == "heart_rate" and e.rpe > 6  # 26 bpm above the usual 148
    nothing = RpeEstimator([]).estimate(similar)
    assert (nothing.basis, nothing.rpe) == ("default", DEFAULT_RPE)


def test_fit_multisport_legs_rpe_and_local_date() -> None:
    t = dt.datetime(2024, 6, 1, 22, 30, tzinfo=UTC)  # already June 2nd at UTC+2
    data = write_fit(
        [
            Session(t, 1800, 1500, "swimming", 130),
            Session(t + dt.timedelta(minutes=30), 120, 0, "transition"),
            Session(t + dt.timedelta(minutes=32), 3600, 30000, "cycling", 140),
            Session(t + dt.timedelta(minutes=95), 2400, 8000, "running", 160, rpe=8),
        ],
        utc_offset_h=2,
    )
    res = read_fit(data, "tri.fit")
    assert [a.sport for a in res.activities] == ["swimming", "cycling", "running"]
    assert {a.date for a in res.activities} == {dt.date(2024, 6, 2)}
    assert res.activities[-1].rpe == 8 and res.activities[-1].source == "tri.fit#3"


def test_strava_dates() -> None:
    assert parse_date("Feb 6, 2013, 12:11:14 PM") == dt.datetime(2013, 2, 6, 12, 11, 14,
                                                                 tzinfo=UTC)  # fmt: skip
    assert parse_date("Sep 12, 2018, 12:02:23 AM") == dt.datetime(2018, 9, 12, 0, 2, 23,
                                                                  tzinfo=UTC)  # fmt: skip


def test_strava_csv_in_another_language_still_gives_the_files(tmp_path: Path) -> None:
    from .helpers.activity_files import StravaActivity

    acts = [StravaActivity(7, dt.datetime(2020, 1, 2, 8, tzinfo=UTC), 1800, 6000)]
    archive = write_strava_zip(tmp_path / "de.zip", acts)
    rewritten = tmp_path / "de2.zip"
    with zipfile.ZipFile(archive) as src, zipfile.ZipFile(rewritten, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "activities.csv":
                data = data.replace(b"Activity ID", b"Aktivitats-ID", 1)
            dst.writestr(info, data)
    found = scan([rewritten], workers=1)
    assert [a.source for a in found.activities] == ["7.fit"]
    assert any("headers not recognised" in w for r in found.results for w in r.warnings)


def test_parallel_scan_matches_serial_and_reports_progress(tmp_path: Path) -> None:
    archive = tmp_path / "many.zip"
    base = dt.datetime(2022, 1, 1, 7, tzinfo=UTC)
    with zipfile.ZipFile(archive, "w") as zf:
        for i in range(40):
            s = Session(base + dt.timedelta(days=i), 1800 + i, 5000 + i)
            zf.writestr(f"runs/{i:03d}.fit.gz", gzip.compress(write_fit([s])))
        zf.writestr("runs/readme.txt", "not an activity")
    seen: list[tuple[int, int]] = []
    parallel = scan([archive], progress=lambda d, t, _n: seen.append((d, t)), workers=2)
    serial = scan([archive], workers=1)
    key = sorted((a.source, a.start, a.duration_min) for a in parallel.activities)
    assert key == sorted((a.source, a.start, a.duration_min) for a in serial.activities)
    assert len(key) == 40 and seen[-1] == (41, 41)
    assert not [r for r in parallel.results if r.error]  # the readme is skipped, not an error


def test_apple_export_is_streamed_with_flat_memory(tmp_path: Path) -> None:
    """A 60 MB export is read with a few MB of Python memory (real ones reach gigabytes)."""
    tz = dt.timezone(dt.timedelta(hours=1))
    head = apple_export_ios16([("Running", dt.datetime(2023, 1, 1, 8, tzinfo=tz), 30, 6, 150)])
    record = (
        b'<Record type="HKQuantityTypeIdentifierHeartRate" sourceName="Watch" unit="count/min" '
        b'startDate="2023-01-01 08:00:00 +0100" endDate="2023-01-01 08:00:00 +0100" value="72">'
        b'<MetadataEntry key="HKMetadataKeyHeartRateMotionContext" value="0"/></Record>\n'
    )
    path = tmp_path / "export.xml"
    body, tail = head.rsplit(b"</HealthData>", 1)
    with open(path, "wb") as fh:
        fh.write(body)
        chunk = record * 10_000
        while fh.tell() < 60 << 20:
            fh.write(chunk)
        fh.write(head.split(b'<HealthData locale="en_US">')[1].split(b"</HealthData>")[0]
                 .replace(b"2023-01-01", b"2023-01-03"))  # fmt: skip
        fh.write(b"</HealthData>" + tail)
    tracemalloc.start()
    with open(path, "rb") as fh:
        got = list(iter_workouts(fh, "export.xml"))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert [a.date for a in got] == [dt.date(2023, 1, 1), dt.date(2023, 1, 3)]
    assert peak < 16 << 20, peak


def test_activity_is_plain_data_for_worker_processes() -> None:
    import pickle

    a = act()
    assert pickle.loads(pickle.dumps(a)) == a and dataclasses.is_dataclass(a)


@pytest.mark.parametrize(
    "name", ["garmin-fenix-5-run.fit", "activity-small-fenix2-run.fit", "event_timestamp.fit"]
)
def test_fast_fit_pass_agrees_with_fitdecode(name: str) -> None:
    from journal.activities import fit, fitscan
    from journal.activities.record import FileResult

    data = (Path("/work/shared/data/activity-files") / name).read_bytes()
    fast_sessions, fast_acts = fitscan.summary(data)
    full_sessions, full_acts, damage = fit._full_decode(data, FileResult(name=name))
    assert damage is None
    for fast, full in zip(fast_sessions + fast_acts, full_sessions + full_acts, strict=True):
        assert {k: full[k] for k in fast} == fast
    for fast, full in zip(fast_sessions, full_sessions, strict=True):
        assert set(fitscan.WANTED[18].values()) & set(full) <= set(fast)


def test_fit_files_the_fast_pass_cannot_walk_go_to_fitdecode() -> None:
    from journal.activities import fitscan

    files = Path("/work/shared/data/activity-files")
    for name in (
        "coros-pace-2-cycling-misaligned-fields.fit",
        "invalid-activity-unexpected-eof.fit",
    ):
        with pytest.raises(fitscan.NotSimple):
            fitscan.summary((files / name).read_bytes())
    detailed = write_fit([Session(dt.datetime(2024, 5, 1, tzinfo=UTC), 2700, 8000, rpe=7)],
                         records=True)  # fmt: skip
    (session,), _ = fitscan.summary(detailed)
    assert session["workout_rpe"] == 70 and session["total_distance"] == 8000


@pytest.mark.parametrize("name", ["korita-zbevnica.gpx", "runpandas-garmin_connect.gpx"])
def test_gpx_distance_and_time_are_gpxpys(name: str) -> None:
    import gpxpy

    from journal.activities.gpx import read_gpx

    data = (Path("/work/shared/data/activity-files") / name).read_bytes()
    (a,) = read_gpx(data, name).activities
    reference = gpxpy.parse(data.decode())
    assert a.distance_km == pytest.approx(reference.length_2d() / 1000, abs=1e-5)  # 1 cm
    bounds = reference.get_time_bounds()
    seconds = (bounds.end_time - bounds.start_time).total_seconds()
    assert a.duration_min == pytest.approx(seconds / 60, abs=0.001)


def test_analyzer_load_counts_an_unrated_run_at_the_runners_usual_rpe() -> None:
    from journal.analysis.series import build

    history = [
        parse_day({"date": f"2024-04-{i:02d}", "runs": [{"duration_min": 40, "rpe": 5}]})
        for i in range(1, 6)
    ]
    unrated = parse_day({"date": "2024-04-06", "runs": [{"duration_min": 40, "distance_km": 8}]})
    dense = build([*history, unrated], dt.date(2024, 4, 1), dt.date(2024, 4, 6))
    assert dense.load[-1] == 5 * 40  # not 0, and not the default: this runner's own usual
    assert dense.distance[-1] == 8 and unrated.load_estimated == 1
