"""Today, in one line: a short, explainable status built from the same signals as the flags.

"sleep 1.2 h under your normal for 5 nights; fatigue above your usual; load steady", or
"nothing unusual against your own last 4 weeks". Trends (CLI, TUI) and the check-in's side
panel show it; ``trends --json`` carries it as ``status``.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import msgspec

from journal.analysis import thresholds as T
from journal.analysis.flags import SEVERITY_RANK

if TYPE_CHECKING:
    from journal.analysis.baseline import Baselines
    from journal.analysis.core import Analysis

NOTABLE_SLEEP_H = 0.5  # a change in the 7-day sleep mean worth a mention (not a flag)
ACWR_STEADY = (0.8, 1.3)  # the band usually called "as usual"


class Status(msgspec.Struct):
    as_of: dt.date
    level: str  # "ok", "info", "warning" or "alert": the most severe flag active today
    parts: list[str] = msgspec.field(default_factory=list)

    @property
    def line(self) -> str:
        return "; ".join(self.parts)

    def to_json(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(),
            "level": self.level,
            "line": self.line,
            "parts": list(self.parts),
        }


def _load_part(acwr: float | None) -> str | None:
    if acwr is None:
        return None
    if acwr < ACWR_STEADY[0]:
        return "load lighter than your usual"
    if acwr <= ACWR_STEADY[1]:
        return "load steady"
    if acwr <= T.LOAD_SPIKE_ACWR:
        return "load up on your usual"
    return f"load {acwr:.1f}× your usual"


def _not_judged(base: Baselines, i: int) -> str:
    """Why day ``i`` is not compared with the runner's normal: too little history, or a
    normal known but too few of the last days logged (a week away from the journal)."""
    ready = [r for r in (base.sleep, base.fatigue) if r.base_count(i) >= T.BASELINE_MIN_VALUES]
    if not ready:
        n = max(base.sleep.base_count(i), base.fatigue.base_count(i))
        return (
            f"still learning your normal ({n} of {T.BASELINE_MIN_VALUES} days of sleep or "
            "fatigue logged)"
        )
    recent = max(r.count(i - T.RECENT_DAYS + 1, i) for r in ready)
    return (
        f"too little logged lately to compare with your normal ({recent} of the last "
        f"{T.RECENT_DAYS} days with sleep or fatigue; {T.RECENT_MIN_VALUES} needed)"
    )


def today_status(analysis: Analysis) -> Status:
    """The status as of the analysis's end day."""
    end = analysis.end
    status = Status(as_of=end, level="ok")
    dense, base, load = analysis.dense, analysis.base, analysis.load
    if dense is None or base is None or dense.first_index is None or len(dense) == 0:
        status.parts.append("nothing logged yet")
        return status
    i = dense.index(end)
    if i < dense.first_index:
        status.parts.append("nothing logged yet")
        return status
    today = [f for f in analysis.flags if f.end == end and f.severity != "info"]
    if today:
        worst = max(today, key=lambda f: SEVERITY_RANK[f.severity])
        status.level = worst.severity
        status.parts.append(f"{worst.severity}: {worst.title}")
    parts: list[str] = []
    c = base.sleep.compare(i)
    if c is not None:
        d = c.mean - c.recent
        if d >= NOTABLE_SLEEP_H:
            nights = sum(
                1
                for h in dense.sleep_h[i - T.RECENT_DAYS + 1 : i + 1]
                if h is not None and h < c.mean - NOTABLE_SLEEP_H
            )
            parts.append(f"sleep {d:.1f} h under your normal ({nights} short nights of 7)")
    for name, roll in (
        ("fatigue", base.fatigue),
        ("soreness", base.soreness),
        ("stress", base.stress),
    ):
        c = roll.compare(i)
        if c is not None and c.recent - c.mean >= c.sd:
            parts.append(f"{name} above your usual")
    rhr = dense.rhr[i]
    c = base.rhr.compare(i)
    if rhr is not None and c is not None and rhr - c.mean >= T.RHR_RISE_BPM:
        parts.append(f"resting HR {rhr - c.mean:.0f} bpm over your normal")
    judged = base.sleep.compare(i) is not None or base.fatigue.compare(i) is not None
    load_part = _load_part(load.acwr[i] if load is not None and i < len(load.acwr) else None)
    if parts:
        status.parts.extend(parts)
    elif judged:
        status.parts.append("nothing unusual against your own last 4 weeks")
    else:
        status.parts.append(_not_judged(base, i))
    if load_part:
        status.parts.append(load_part)
    if status.level == "ok" and any(f.end == end for f in analysis.flags):
        status.level = "info"
    return status
