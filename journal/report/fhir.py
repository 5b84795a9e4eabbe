"""The report's period as a FHIR R4 Bundle (type ``collection``), built as plain JSON.

* the runner is a Patient with no name (only sex and birth year, when given);
* one Observation per measurement: body weight (LOINC 29463-7, kg), resting heart rate
  (40443-4, /min), sleep duration (93832-4, h), and for each run or cross-training session
  its activity (73985-4, coded text) with the session's duration (55411-3, min) and RPE
  (82289-0, {score}) as member Observations. Units are UCUM; every Observation has its date;
* fatigue 1–10 has no LOINC code: it is coded in Stridelog's own code system
  (:data:`STRIDELOG_SYSTEM`), and its text says so;
* each flag of the analyzer is a DetectedIssue with its title, evidence, rule and advice.

No FHIR library is used at run time; the tests validate the output with one.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from journal import __version__
from journal.report import fmt
from journal.report.data import Report

LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
CATEGORY_SYSTEM = "http://terminology.hl7.org/CodeSystem/observation-category"
STRIDELOG_SYSTEM = "urn:stridelog:fhir:codes"  # Stridelog's own codes (no LOINC equivalent)
_NS = uuid.UUID("6f1c1a52-8d0b-4b8e-9a44-6d7c1e0b5a11")

# key: (system, code, display, UCUM unit, category)
CODES: dict[str, tuple[str, str, str, str, str]] = {
    "weight": (LOINC, "29463-7", "Body weight", "kg", "vital-signs"),
    "resting_hr": (LOINC, "40443-4", "Heart rate --resting", "/min", "vital-signs"),
    "sleep": (LOINC, "93832-4", "Sleep duration", "h", "activity"),
    "duration": (LOINC, "55411-3", "Exercise duration", "min", "activity"),
    "activity": (LOINC, "73985-4", "Exercise activity", "", "activity"),
    "rpe": (LOINC, "82289-0", "Rating of perceived exertion", "{score}", "activity"),
    "fatigue": (
        STRIDELOG_SYSTEM,
        "fatigue-1-10",
        "Fatigue, self-rated 1-10 (Stridelog's own scale; no LOINC code exists)",
        "{score}",
        "survey",
    ),
}
SEVERITY = {"alert": "high", "warning": "moderate", "info": "low"}
GENDER = {"female": "female", "male": "male"}


def _uid(*parts: object) -> str:
    return f"urn:uuid:{uuid.uuid5(_NS, '/'.join(str(p) for p in parts))}"


def _code(key: str) -> dict[str, Any]:
    system, code, display, _unit, _cat = CODES[key]
    return {"coding": [{"system": system, "code": code, "display": display}], "text": display}


def _quantity(value: float, unit: str) -> dict[str, Any]:
    return {"value": round(float(value), 3), "unit": unit, "system": UCUM, "code": unit}


def _observation(
    full_url: str, key: str, patient: str, date: dt.date, value: dict[str, Any]
) -> dict[str, Any]:
    cat = CODES[key][4]
    return {
        "fullUrl": full_url,
        "resource": {
            "resourceType": "Observation",
            "id": full_url.rsplit(":", 1)[1],
            "status": "final",
            "category": [{"coding": [{"system": CATEGORY_SYSTEM, "code": cat}], "text": cat}],
            "code": _code(key),
            "subject": {"reference": patient},
            "effectiveDateTime": date.isoformat(),
            **value,
        },
    }


def _quantity_obs(key: str, patient: str, date: dt.date, n: int, value: float) -> dict[str, Any]:
    url = _uid(date, key, n)
    return _observation(url, key, patient, date, {"valueQuantity": _quantity(value, CODES[key][3])})


def _patient(r: Report) -> dict[str, Any]:
    url = _uid("patient", r.profile.sex, r.profile.birth_year)
    resource: dict[str, Any] = {
        "resourceType": "Patient",
        "id": url.rsplit(":", 1)[1],
        "active": True,
        "gender": GENDER.get(r.profile.sex, "unknown"),
    }
    if r.profile.birth_year is not None:
        resource["birthDate"] = str(r.profile.birth_year)  # a FHIR date may be a year only
    return {"fullUrl": url, "resource": resource}


def _sessions(day: Any, patient: str) -> list[dict[str, Any]]:
    out = []
    sessions = [("Running" + (f" ({r.type})" if r.type else ""), r) for r in day.runs]
    sessions += [(c.activity, c) for c in day.cross_training]
    for n, (name, s) in enumerate(sessions):
        duration = _quantity_obs("duration", patient, day.date, n, s.duration_min)
        rpe = _quantity_obs("rpe", patient, day.date, n, s.rpe)
        activity_url = _uid(day.date, "activity", n)
        text = name
        distance = getattr(s, "distance_km", None)
        if distance:
            text += f", {distance:g} km"
        value = {
            "valueCodeableConcept": {"text": text},
            "hasMember": [
                {"reference": duration["fullUrl"]},
                {"reference": rpe["fullUrl"]},
            ],
        }
        out.append(_observation(activity_url, "activity", patient, day.date, value))
        out += [duration, rpe]
    return out


def _issue(flag: Any, patient: str) -> dict[str, Any]:
    url = _uid("flag", flag.id, flag.start, flag.end)
    detail = (
        f"{flag.title}. Evidence: {fmt.evidence(flag.evidence)}. Rule: {flag.rule}. "
        f"Advice: {flag.advice}"
    )
    return {
        "fullUrl": url,
        "resource": {
            "resourceType": "DetectedIssue",
            "id": url.rsplit(":", 1)[1],
            "status": "final",
            "code": {
                "coding": [{"system": STRIDELOG_SYSTEM, "code": f"flag-{flag.id}"}],
                "text": flag.title,
            },
            "severity": SEVERITY.get(flag.severity, "low"),
            "patient": {"reference": patient},
            "identifiedPeriod": {"start": flag.start.isoformat(), "end": flag.end.isoformat()},
            "detail": detail,
        },
    }


def bundle(r: Report, now: dt.datetime | None = None) -> dict[str, Any]:
    """The Bundle as a JSON-ready dict."""
    patient = _patient(r)
    ref = patient["fullUrl"]
    entries = [patient]
    for day in r.days:
        if day.weight_kg is not None:
            entries.append(_quantity_obs("weight", ref, day.date, 0, day.weight_kg))
        if day.resting_hr is not None:
            entries.append(_quantity_obs("resting_hr", ref, day.date, 0, day.resting_hr))
        if day.sleep is not None:
            entries.append(_quantity_obs("sleep", ref, day.date, 0, day.sleep.hours))
        if day.fatigue is not None:
            entries.append(_quantity_obs("fatigue", ref, day.date, 0, day.fatigue))
        entries += _sessions(day, ref)
    entries += [_issue(f, ref) for f in r.flags]
    stamp = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    return {
        "resourceType": "Bundle",
        "id": _uid("bundle", r.start, r.end, stamp).rsplit(":", 1)[1],
        "meta": {"tag": [{"system": STRIDELOG_SYSTEM, "code": f"stridelog-{__version__}"}]},
        "type": "collection",
        "timestamp": stamp.isoformat(),
        "entry": entries,
    }
