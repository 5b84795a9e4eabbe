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


class RpeEstimator:
    """Estimates from one runner's own rated sessions (built once per analysis)."""

    def __init__(self, sessions: Iterable[Session]) -> None:
        import statistics  # the model imports this module: not on every command's start-up

        by_key: dict[tuple[str, int], list[int]] = {}
        hr_pairs: list[tuple[int, int]] = []
        for s in sessions:
            if s.rpe is None:
                continue
            by_key.setdefault((_kind(s), _band(s.duration_min)), []).append(s.rpe)
            if s.avg_hr is not None and not hasattr(s, "activity"):
                hr_pairs.append((s.avg_hr, s.rpe))
        self._similar = {
            k: float(statistics.median(v)) for k, v in by_key.items() if len(v) >= MIN_SIMILAR
        }
        self._hr: tuple[float, float] | None = None
        if len(hr_pairs) >= MIN_HR_SAMPLES:
            self._hr = (
                float(statistics.median(h for h, _ in hr_pairs)),
                float(statistics.median(r for _, r in hr_pairs)),
            )

    @classmethod
    def from_days(cls, days: Iterable[object]) -> RpeEstimator:
        def sessions() -> Iterable[Session]:
            for d in days:
                yield from getattr(d, "runs", ())
                yield from getattr(d, "cross_training", ())

        return cls(sessions())

    def estimate(self, session: Session) -> Estimate:
        if session.rpe is not None:
            return Estimate(float(session.rpe), "rated")
        similar = self._similar.get((_kind(session), _band(session.duration_min)))
        if similar is not None:
            return Estimate(similar, "similar")
        if self._hr is not None and session.avg_hr is not None and not hasattr(session, "activity"):
            usual_hr, usual_rpe = self._hr
            guess = usual_rpe + (session.avg_hr - usual_hr) / BPM_PER_RPE
            return Estimate(round(min(10.0, max(1.0, guess)), 1), "heart_rate")
        return Estimate(float(DEFAULT_RPE), "default")

    def rpe(self, session: Session) -> float:
        return self.estimate(session).rpe

    def day_load(self, day: object) -> float:
        """A day's session-RPE load (AU), each unrated session at its estimate."""
        sessions = (*getattr(day, "runs", ()), *getattr(day, "cross_training", ()))
        return sum(self.rpe(s) * s.duration_min for s in sessions)
