"""The RPE a session counts at until the runner rates it: imported runs never count as zero load.

A watch records distance, time and heart rate but not how hard the session felt, so an imported
run may have no RPE. Its session-RPE load (RPE × minutes) is then estimated, in this order:

1. ``similar``: the median RPE the runner gave to their own similar sessions (same run type or
   cross-training activity, same duration band), when at least :data:`MIN_SIMILAR` exist;
2. ``heart_rate``: the runner's median rated RPE shifted by how far this session's average heart
   rate is from the median heart rate of their rated runs (:data:`BPM_PER_RPE` bpm per point),
   when the session has a heart rate and at least :data:`MIN_HR_SAMPLES` rated runs have one;
3. ``default``: :data:`DEFAULT_RPE`, a moderate session (CR-10 4, "somewhat hard"), because most
   of a runner's sessions are easy-to-moderate and 0 would hide the training entirely.

Every estimate says which of these it is, so the analyzer can say so in its evidence.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal, Protocol

import msgspec

DEFAULT_RPE = 4
MIN_SIMILAR = 3
MIN_HR_SAMPLES = 5
BPM_PER_RPE = 8.0
DURATION_BANDS_MIN = (30.0, 60.0, 90.0)  # <30, 30-60, 60-90, >=90 minutes

Basis = Literal["rated", "similar", "heart_rate", "default"]


class Session(Protocol):
    duration_min: float
    rpe: int | None
    avg_hr: int | None


class Estimate(msgspec.Struct, frozen=True):
    rpe: float
    basis: Basis

    @property
    def estimated(self) -> bool:
        return self.basis != "rated"


def session_rpe(session: Session) -> float:
    """The RPE a session counts at without any history: its own, else :data:`DEFAULT_RPE`."""
    return session.rpe if session.rpe is not None else DEFAULT_RPE


def _band(minutes: float) -> int:
    return sum(minutes >= edge for edge in DURATION_BANDS_MIN)


def _kind(session: object) -> str:
    activity = getattr(session, "activity", None)
    if activity is not None:
        return "x:" + str(activity).strip().lower()
    return "run:" + str(getattr(session, "type", None) or "")


class Tally:
    """How often each RPE was given, by (kind, duration band), and the heart rates and RPEs
    of rated runs: what an estimator is built from. Counts, so history can be summed per
    month (the day index) and merged cheaply."""

    __slots__ = ("by_key", "hr", "hr_rpe")

    def __init__(self) -> None:
        self.by_key: dict[tuple[str, int], dict[int, int]] = {}
        self.hr: dict[int, int] = {}
        self.hr_rpe: dict[int, int] = {}

    def add(self, session: Session) -> None:
        rpe = session.rpe
        if rpe is None:
            return
        counts = self.by_key.setdefault((_kind(session), _band(session.duration_min)), {})
        counts[rpe] = counts.get(rpe, 0) + 1
        if session.avg_hr is not None and not hasattr(session, "activity"):
            self.hr[session.avg_hr] = self.hr.get(session.avg_hr, 0) + 1
            self.hr_rpe[rpe] = self.hr_rpe.get(rpe, 0) + 1

    def merge(self, other: Tally) -> None:
        for key, counts in other.by_key.items():
            _add_counts(self.by_key.setdefault(key, {}), counts)
        _add_counts(self.hr, other.hr)
        _add_counts(self.hr_rpe, other.hr_rpe)


def _add_counts(into: dict[int, int], counts: dict[int, int]) -> None:
    for value, n in counts.items():
        into[value] = into.get(value, 0) + n


def median_of_counts(counts: dict[int, int]) -> float:
    """``float(statistics.median(values))`` of the values counted in ``counts``."""
    n = sum(counts.values())
    lower, upper = (n - 1) // 2, n // 2  # positions of the middle value(s)
    seen = 0
    low = None
    for value in sorted(counts):
        seen += counts[value]
        if low is None and seen > lower:
            low = value
        if seen > upper:
            return float(low) if lower == upper else (low + value) / 2
    raise ValueError("no values")


# A session reduced to what its estimate needs: (kind, minutes, rpe, avg_hr, is_run).
Parts = tuple[str, float, int | None, int | None, bool]


def parts_of(session: Session) -> Parts:
    return (
        _kind(session),
        session.duration_min,
        session.rpe,
        session.avg_hr,
        not hasattr(session, "activity"),
    )


class RpeEstimator:
    """Estimates from one runner's own rated sessions (built once per analysis)."""

    def __init__(self, sessions: Iterable[Session], tally: Tally | None = None) -> None:
        t = Tally()
        if tally is not None:
            t.merge(tally)
        for s in sessions:
            t.add(s)
        self._similar = {
            k: median_of_counts(v) for k, v in t.by_key.items() if sum(v.values()) >= MIN_SIMILAR
        }
        self._hr: tuple[float, float] | None = None
        if sum(t.hr.values()) >= MIN_HR_SAMPLES:
            self._hr = (median_of_counts(t.hr), median_of_counts(t.hr_rpe))

    @classmethod
    def from_days(cls, days: Iterable[object], tally: Tally | None = None) -> RpeEstimator:
        def sessions() -> Iterable[Session]:
            for d in days:
                yield from getattr(d, "runs", ())
                yield from getattr(d, "cross_training", ())

        return cls(sessions(), tally)

    def estimate(self, session: Session) -> Estimate:
        return self.estimate_of(parts_of(session))

    def estimate_of(self, parts: Parts) -> Estimate:
        kind, minutes, rpe, avg_hr, is_run = parts
        if rpe is not None:
            return Estimate(float(rpe), "rated")
        similar = self._similar.get((kind, _band(minutes)))
        if similar is not None:
            return Estimate(similar, "similar")
        if self._hr is not None and avg_hr is not None and is_run:
            usual_hr, usual_rpe = self._hr
            guess = usual_rpe + (avg_hr - usual_hr) / BPM_PER_RPE
            return Estimate(round(min(10.0, max(1.0, guess)), 1), "heart_rate")
        return Estimate(float(DEFAULT_RPE), "default")

    def rpe(self, session: Session) -> float:
        return self.estimate(session).rpe

    def day_load(self, day: object) -> float:
        """A day's session-RPE load (AU), each unrated session at its estimate."""
        sessions = (*getattr(day, "runs", ()), *getattr(day, "cross_training", ()))
        return sum(self.rpe(s) * s.duration_min for s in sessions)

    def load_of(self, sessions: Iterable[Parts]) -> float:
        """:meth:`day_load` of a day's sessions given as :data:`Parts` (from the day index)."""
        return sum(self.estimate_of(p).rpe * p[1] for p in sessions)
