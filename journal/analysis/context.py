"""What every rule reads: the dense arrays, the load model, the baselines and the anchor range."""

from __future__ import annotations

import msgspec

from journal.analysis.baseline import Baselines
from journal.analysis.metrics import LoadArrays
from journal.analysis.series import Dense
from journal.model import Profile


class Context(msgspec.Struct):
    dense: Dense
    load: LoadArrays
    profile: Profile
    lo: int  # first anchor index (may be before the report window, to merge long flags)
    hi: int  # last anchor index (the window's end)
    first: int  # index of the first logged day
    base: Baselines

    def iso(self, i: int) -> str:
        return self.dense.date(i).isoformat()


def r1(x: float) -> float:
    return round(x, 1)


def r2(x: float) -> float:
    return round(x, 2)
