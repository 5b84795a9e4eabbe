"""How often the analyzer speaks, on real people: the alarm budget of issue 12, on PMData.

PMData (Thambawita et al., "PMData: a sports logging dataset", ACM MMSys 2020; Simula) — the
odd-numbered half in ``/work/shared/data/pmdata-dev``. Each person is imported into a fresh
data dir with ``stridelog import`` and their whole period analysed with
``stridelog trends --from FIRST --to LAST --json``, exactly as a runner would.

Figures (per person and overall):
- coverage: share of calendar days FIRST..LAST inside a warning or alert flag (bar ≤ 10 %
  overall, ≤ 20 % per person); info-only coverage (an info flag and no warning/alert);
- warnings + alerts per person-month (30.44 days; bar ≤ 1.5);
- per-flag coverage (share of person-days inside a flag of that id, any severity);
- injury lift: share of injury onsets with a warning/alert in the 7 days before (onset day
  included), divided by the same share over all days. 1.0 = no better than chance.

Run: ``python bench/bench_alarms.py [DATA_DIR]`` (``--json`` for machine-readable output).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

DATA = Path("/work/shared/data/pmdata-dev")
MONTH_DAYS = 30.44
LEAD_DAYS = 7
LOUD = ("warning", "alert")


def stridelog(*args: str) -> str:
    exe = Path(sys.executable).parent / "stridelog"
    out = subprocess.run([str(exe), *args], check=True, capture_output=True, text=True)
    return out.stdout


def analyse(person: Path) -> tuple[list[dt.date], list[dict], list[dt.date]]:
    """(calendar days, flags, injury onsets) of one person."""
    days = json.loads(person.read_text())["days"]
    first, last = days[0]["date"], days[-1]["date"]
    with tempfile.TemporaryDirectory() as tmp:
        stridelog("import", str(person), "--data-dir", tmp)
        result = json.loads(
            stridelog("trends", "--from", first, "--to", last, "--json", "--data-dir", tmp)
        )
    a, b = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    cal = [a + dt.timedelta(days=k) for k in range((b - a).days + 1)]
    inj_path = person.with_name(person.stem + ".injuries.json")
    reports = sorted(
        dt.date.fromisoformat(r["date"]) for r in json.loads(inj_path.read_text()) if r["injuries"]
    )
    onsets = [r for k, r in enumerate(reports) if k == 0 or (r - reports[k - 1]).days > 1]
    return cal, result["flags"], onsets


def covered(cal: list[dt.date], flags: list[dict], pred) -> set[dt.date]:
    out: set[dt.date] = set()
    for f in flags:
        if not pred(f):
            continue
        s, e = dt.date.fromisoformat(f["start"]), dt.date.fromisoformat(f["end"])
        out.update(d for d in cal if s <= d <= e)
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("data", nargs="?", default=str(DATA))
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    people = sorted(p for p in Path(args.data).glob("p*.json") if "injuries" not in p.name)
    rows = []
    per_flag: Counter[str] = Counter()
    per_flag_loud: Counter[str] = Counter()
    tot_days = tot_loud = tot_info = tot_count = 0
    lead_hits = lead_onsets = lead_any = 0
    for person in people:
        cal, flags, onsets = analyse(person)
        loud = covered(cal, flags, lambda f: f["severity"] in LOUD)
        anyf = covered(cal, flags, lambda f: True)
        count = sum(1 for f in flags if f["severity"] in LOUD)
        months = len(cal) / MONTH_DAYS
        for fid in {f["id"] for f in flags}:
            per_flag[fid] += len(covered(cal, flags, lambda f, i=fid: f["id"] == i))
            per_flag_loud[fid] += len(
                covered(cal, flags, lambda f, i=fid: f["id"] == i and f["severity"] in LOUD)
            )

        def led(d: dt.date, loud: set[dt.date] = loud) -> bool:
            return any(d - dt.timedelta(days=k) in loud for k in range(LEAD_DAYS + 1))

        lead_hits += sum(1 for o in onsets if led(o))
        lead_onsets += len(onsets)
        lead_any += sum(1 for d in cal if led(d))
        tot_days += len(cal)
        tot_loud += len(loud)
        tot_info += len(anyf - loud)
        tot_count += count
        rows.append(
            {
                "person": person.stem,
                "days": len(cal),
                "loud_pct": round(100 * len(loud) / len(cal), 1),
                "info_only_pct": round(100 * len(anyf - loud) / len(cal), 1),
                "loud_per_month": round(count / months, 2),
                "flags": dict(Counter(f"{f['id']}:{f['severity']}" for f in flags)),
            }
        )
    base = lead_any / tot_days
    lift = (lead_hits / lead_onsets) / base if lead_onsets and base else None
    summary = {
        "people": len(rows),
        "person_days": tot_days,
        "loud_pct": round(100 * tot_loud / tot_days, 1),
        "worst_person_loud_pct": max(r["loud_pct"] for r in rows),
        "info_only_pct": round(100 * tot_info / tot_days, 1),
        "loud_per_person_month": round(tot_count / (tot_days / MONTH_DAYS), 2),
        "worst_person_loud_per_month": max(r["loud_per_month"] for r in rows),
        "per_flag_pct": {k: round(100 * v / tot_days, 1) for k, v in per_flag.most_common()},
        "per_flag_loud_pct": {
            k: round(100 * v / tot_days, 1) for k, v in per_flag_loud.most_common() if v
        },
        "injury_onsets": lead_onsets,
        "onsets_with_loud_flag_7d": lead_hits,
        "injury_lift": None if lift is None else round(lift, 2),
    }
    if args.json:
        print(json.dumps({"people": rows, "summary": summary}, indent=2))
        return 0
    print(f"{'person':<7}{'days':>5}{'warn+alert %':>14}{'info-only %':>13}{'w+a /month':>12}")
    for r in rows:
        print(
            f"{r['person']:<7}{r['days']:>5}{r['loud_pct']:>14}{r['info_only_pct']:>13}"
            f"{r['loud_per_month']:>12}   {r['flags']}"
        )
    print(json.dumps(summary, indent=2))
    ok = (
        summary["loud_pct"] <= 10
        and summary["worst_person_loud_pct"] <= 20
        and summary["loud_per_person_month"] <= 1.5
    )
    print("bars:", "met" if ok else "NOT met")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
