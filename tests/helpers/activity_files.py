"""Activity files and archives made for tests and the bench, in the formats watches and apps write.

The FIT writer encodes real FIT messages (file_id, session, activity) with the protocol's CRC,
so the files are read by fitdecode like a watch's; the Strava, Garmin and Apple Health archives
follow the layouts of the real exports, with their traps (duplicate CSV headers, nested zips,
the iOS 16 workout form).
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
import struct
import zipfile
from dataclasses import dataclass
from pathlib import Path

FIT_EPOCH = dt.datetime(1989, 12, 31, tzinfo=dt.UTC)
SPORT_CODES = {"running": 1, "cycling": 2, "swimming": 5, "transition": 3, "generic": 0}
_CRC_TABLE = (
    0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
    0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400,
)  # fmt: skip


def fit_crc(data: bytes, crc: int = 0) -> int:
    for byte in data:
        tmp = _CRC_TABLE[crc & 0xF]
        crc = ((crc >> 4) & 0x0FFF) ^ tmp ^ _CRC_TABLE[byte & 0xF]
        tmp = _CRC_TABLE[crc & 0xF]
        crc = ((crc >> 4) & 0x0FFF) ^ tmp ^ _CRC_TABLE[(byte >> 4) & 0xF]
    return crc


@dataclass
class Session:
    start: dt.datetime  # UTC
    seconds: float
    meters: float
    sport: str = "running"
    avg_hr: int | None = None
    rpe: int | None = None  # stored as workout_rpe = RPE x 10


def _fit_ts(t: dt.datetime) -> int:
    return int((t - FIT_EPOCH).total_seconds())


def _message(local: int, global_num: int, fields: list[tuple[int, str, int, int]]) -> bytes:
    """A definition then a data message; fields are (number, struct code, base type, value)."""
    definition = struct.pack("<BBBHB", 0x40 | local, 0, 0, global_num, len(fields))
    for num, code, base, _ in fields:
        definition += struct.pack("<BBB", num, struct.calcsize("<" + code), base)
    data = bytes([local]) + b"".join(struct.pack("<" + code, v) for _, code, _, v in fields)
    return definition + data


def _records(s: Session) -> bytes:
    """One ``record`` message a second, as a watch writes them (what makes real files big)."""
    fields = [(253, "I", 0x86), (0, "i", 0x85), (1, "i", 0x85), (5, "I", 0x86), (3, "B", 0x02)]
    definition = struct.pack("<BBBHB", 0x40 | 3, 0, 0, 20, len(fields))
    for num, code, base in fields:
        definition += struct.pack("<BBB", num, struct.calcsize("<" + code), base)
    t0 = _fit_ts(s.start)
    n = int(s.seconds)
    pack = struct.Struct("<BIiiIB").pack
    rows = [
        pack(3, t0 + i, 536870912 + i * 50, 178956970, round(s.meters * 100 * i / n), 150)
        for i in range(n)
    ]
    return definition + b"".join(rows)


def write_fit(sessions: list[Session], utc_offset_h: float = 0.0, records: bool = False) -> bytes:
    """A FIT activity file holding ``sessions`` (one per leg) and the local time offset.

    ``records`` adds a sample a second, so the file is as big and slow to read as a watch's.
    """
    first = sessions[0].start
    last = max(s.start + dt.timedelta(seconds=s.seconds) for s in sessions)
    body = _message(0, 0, [(0, "B", 0x00, 4), (4, "I", 0x86, _fit_ts(first))])  # file_id
    if records:
        body += b"".join(_records(s) for s in sessions)
    for s in sessions:
        fields = [
            (253, "I", 0x86, _fit_ts(s.start + dt.timedelta(seconds=s.seconds))),
            (2, "I", 0x86, _fit_ts(s.start)),
            (7, "I", 0x86, round(s.seconds * 1000)),
            (8, "I", 0x86, round(s.seconds * 1000)),
            (9, "I", 0x86, round(s.meters * 100)),
            (5, "B", 0x00, SPORT_CODES[s.sport]),
        ]
        if s.avg_hr is not None:
            fields.append((16, "B", 0x02, s.avg_hr))
        if s.rpe is not None:
            fields.append((193, "B", 0x02, s.rpe * 10))
        body += _message(1, 18, fields)
    local = _fit_ts(last) + round(utc_offset_h * 3600)
    body += _message(
        2,
        34,
        [(253, "I", 0x86, _fit_ts(last)), (5, "I", 0x86, local), (1, "H", 0x84, len(sessions))],
    )
    header = struct.pack("<BBHI4s", 14, 0x20, 2132, len(body), b".FIT")
    header += struct.pack("<H", fit_crc(header))
    return header + body + struct.pack("<H", fit_crc(header + body))


def _iso(t: dt.datetime) -> str:
    return t.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def write_gpx(
    start: dt.datetime, seconds: float, meters: float, sport: str = "running", n: int = 20
) -> bytes:
    """A straight northward track of ``n`` + 1 points: ``meters`` long, ``seconds`` long."""
    points = []
    for i in range(n + 1):
        lat = 45.0 + (meters / 111_194.9266) * i / n
        t = start + dt.timedelta(seconds=seconds * i / n)
        points.append(
            f'<trkpt lat="{lat:.9f}" lon="15.0"><time>{_iso(t)}</time>'
            f"<extensions><ns3:TrackPointExtension><ns3:hr>150</ns3:hr>"
            f"</ns3:TrackPointExtension></extensions></trkpt>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="test" '
        'xmlns="http://www.topografix.com/GPX/1/1" '
        'xmlns:ns3="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">'
        f"<trk><name>Run</name><type>{sport}</type><trkseg>{''.join(points)}</trkseg></trk></gpx>"
    ).encode()


def write_tcx(
    start: dt.datetime, seconds: float, meters: float, sport: str = "Running", hr: int = 150
) -> bytes:
    laps = ""
    for i in range(2):
        lap_start = start + dt.timedelta(seconds=seconds / 2 * i)
        laps += (
            f'<Lap StartTime="{_iso(lap_start)}"><TotalTimeSeconds>{seconds / 2}'
            f"</TotalTimeSeconds><DistanceMeters>{meters / 2}</DistanceMeters>"
            f"<AverageHeartRateBpm><Value>{hr}</Value></AverageHeartRateBpm></Lap>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<TrainingCenterDatabase '
        'xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">'
        f'<Activities><Activity Sport="{sport}"><Id>{_iso(start)}</Id>{laps}</Activity>'
        "</Activities></TrainingCenterDatabase>"
    ).encode()


# --- Strava bulk export --------------------------------------------------------------------------

STRAVA_HEADERS = [
    "Activity ID", "Activity Date", "Activity Name", "Activity Type", "Activity Description",
    "Elapsed Time", "Distance", "Max Heart Rate", "Relative Effort", "Commute",
    "Activity Gear", "Filename", "Athlete Weight", "Bike Weight", "Elapsed Time",
    "Moving Time", "Distance", "Max Speed", "Average Speed", "Elevation Gain",
    "Average Heart Rate", "Perceived Exertion",
]  # fmt: skip


@dataclass
class StravaActivity:
    id: int
    start: dt.datetime  # UTC
    seconds: float
    meters: float
    kind: str = "Run"
    fmt: str = "fit.gz"  # fit.gz, gpx, tcx.gz, or "" for a manual activity without a file
    rpe: int | None = None
    hr: int | None = 150
    detailed: bool = False  # a sample a second, as real files have


def strava_date(t: dt.datetime) -> str:
    """``Feb 6, 2013, 12:11:14 PM`` as the export writes it."""
    hour = t.hour % 12 or 12
    return f"{t:%b} {t.day}, {t.year}, {hour}:{t:%M:%S} {'AM' if t.hour < 12 else 'PM'}"


def strava_activity_bytes(a: StravaActivity) -> bytes:
    sport = {"Run": "running", "Ride": "cycling", "Swim": "swimming"}.get(a.kind, "generic")
    if a.fmt == "fit.gz":
        session = Session(a.start, a.seconds, a.meters, sport, a.hr)
        return gzip.compress(write_fit([session], records=a.detailed))
    if a.fmt == "gpx":
        n = int(a.seconds) if a.detailed else 20
        return write_gpx(a.start, a.seconds, a.meters, "9" if a.kind == "Run" else "1", n)
    tcx_sport = {"Run": "Running", "Ride": "Biking"}.get(a.kind, "Other")
    return gzip.compress(write_tcx(a.start, a.seconds, a.meters, tcx_sport, a.hr or 150))


def strava_csv(activities: list[StravaActivity]) -> bytes:
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(STRAVA_HEADERS)
    for a in activities:
        filename = f"activities/{a.id}.{a.fmt}" if a.fmt else ""
        km = f"{a.meters / 1000:.2f}"
        w.writerow([
            a.id, strava_date(a.start), f"Morning {a.kind}", a.kind, "a, with comma\nand line",
            int(a.seconds), km, "", "", "false", "", filename, "", "", f"{a.seconds:.1f}",
            f"{a.seconds:.1f}", f"{a.meters:.1f}", "", "", "10.0",
            "" if a.hr is None else f"{a.hr:.1f}", "" if a.rpe is None else f"{a.rpe:.1f}",
        ])  # fmt: skip
    return out.getvalue().encode()


def write_strava_zip(path: Path, activities: list[StravaActivity]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("activities.csv", strava_csv(activities))
        zf.writestr("profile.csv", "Athlete ID\n1\n")
        zf.writestr("media/photo.jpg", b"\xff\xd8\xff\xe0 not really a photo")
        for a in activities:
            if a.fmt:
                zf.writestr(f"activities/{a.id}.{a.fmt}", strava_activity_bytes(a))
    return path


# --- Garmin Connect export -----------------------------------------------------------------------


def write_garmin_zip(
    path: Path, sessions: list[tuple[int, Session, float]], manual: list[dict] | None = None
) -> Path:
    """Garmin's layout: FIT files in a zip inside the zip, JSON summaries (ms, cm, epoch ms).

    ``sessions`` are (activity id, session, UTC offset hours); ``manual`` are summary rows
    without a file.
    """
    import json

    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED) as iz:
        for act_id, s, offset in sessions:
            iz.writestr(f"runner@example.com_{act_id + 7}.fit", write_fit([s], offset))
    rows = []
    for act_id, s, offset in sessions:
        gmt = s.start.timestamp() * 1000
        rows.append({
            "activityId": act_id, "name": f"Garmin {s.sport} {act_id}", "activityType": s.sport,
            "startTimeGmt": gmt, "startTimeLocal": gmt + offset * 3_600_000,
            "duration": s.seconds * 1000, "distance": s.meters * 100, "avgHr": s.avg_hr,
        })  # fmt: skip
    rows += manual or []
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(
            "DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip", inner.getvalue()
        )
        zf.writestr(
            "DI_CONNECT/DI-Connect-Fitness/runner@example.com_0_summarizedActivities.json",
            json.dumps([{"summarizedActivitiesExport": rows}]),
        )
        zf.writestr("DI_CONNECT/DI-Connect-User/user_profile.json", "{}")
    return path


# --- Apple Health --------------------------------------------------------------------------------


def apple_date(t: dt.datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S %z")


def apple_export_ios16(workouts: list[tuple[str, dt.datetime, float, float, int]]) -> bytes:
    """An export.xml in the iOS 16+ form: distance and heart rate in <WorkoutStatistics>.

    ``workouts`` are (activity type, local start with offset, minutes, km, average heart rate).
    """
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE HealthData [\n'
        "<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary)*)>\n"
        '<!ATTLIST HealthData locale CDATA #REQUIRED>\n]>\n<HealthData locale="en_US">',
        '<ExportDate value="2024-01-01 10:00:00 +0100"/>',
    ]
    for kind, start, minutes, km, hr in workouts:
        end = start + dt.timedelta(minutes=minutes)
        distance_type = (
            "HKQuantityTypeIdentifierDistanceCycling"
            if kind == "Cycling"
            else "HKQuantityTypeIdentifierDistanceWalkingRunning"
        )
        parts.append(
            f'<Record type="HKQuantityTypeIdentifierHeartRate" sourceName="Watch" unit="count/min" '
            f'startDate="{apple_date(start)}" endDate="{apple_date(start)}" value="{hr}"/>'
            f'<Workout workoutActivityType="HKWorkoutActivityType{kind}" duration="{minutes}" '
            f'durationUnit="min" sourceName="Apple Watch" startDate="{apple_date(start)}" '
            f'endDate="{apple_date(end)}">'
            '<MetadataEntry key="HKIndoorWorkout" value="0"/>'
            f'<WorkoutEvent type="HKWorkoutEventTypeSegment" date="{apple_date(start)}"/>'
            f'<WorkoutStatistics type="HKQuantityTypeIdentifierActiveEnergyBurned" '
            f'startDate="{apple_date(start)}" endDate="{apple_date(end)}" sum="400" unit="kcal"/>'
            f'<WorkoutStatistics type="{distance_type}" startDate="{apple_date(start)}" '
            f'endDate="{apple_date(end)}" sum="{km}" unit="km"/>'
            f'<WorkoutStatistics type="HKQuantityTypeIdentifierHeartRate" '
            f'startDate="{apple_date(start)}" endDate="{apple_date(end)}" average="{hr}" '
            f'minimum="100" maximum="180" unit="count/min"/>'
            "</Workout>"
        )
    parts.append("</HealthData>\n")
    return "\n".join(parts).encode()


def write_apple_zip(path: Path, export_xml: bytes) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("apple_health_export/export.xml", export_xml)
        zf.writestr("apple_health_export/export_cda.xml", "<ClinicalDocument/>")
    return path
