"""Clinical events added to a generated journal: what a visit report must show.

Three days of shin pain (a bone-stress site; the first with a site name holding HTML and a
Markdown link) and two days of fever while training hard, in the weeks before ``end``.
"""

from __future__ import annotations

import datetime as dt

from journal.model import parse_day, to_doc
from journal.store import Journal

HOSTILE_SITE = '<script>alert("x")</script> left shin [link](javascript:x)'


def add_clinical_events(journal: Journal, end: dt.date) -> None:
    for k, date in enumerate(end - dt.timedelta(days=n) for n in (30, 29, 28)):
        stored = journal.get(date)
        doc = to_doc(stored) if stored else {"date": date.isoformat()}
        doc["pain"] = [{"site": HOSTILE_SITE if k == 0 else "left shin", "score": 6}]
        doc.setdefault("runs", [{"duration_min": 40, "rpe": 6, "distance_km": 8}])
        journal.put(parse_day(doc))
    for date in (end - dt.timedelta(days=12), end - dt.timedelta(days=11)):
        stored = journal.get(date)
        doc = to_doc(stored) if stored else {"date": date.isoformat()}
        doc["illness"] = {"fever": True, "symptoms": ["sore throat"]}
        doc["runs"] = [{"duration_min": 50, "rpe": 8, "distance_km": 10}]
        journal.put(parse_day(doc))
