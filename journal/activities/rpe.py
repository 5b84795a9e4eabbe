"""``stridelog add --rpe``: the runner rates imported runs after the fact."""

from __future__ import annotations

import re

from journal.model import Day, InvalidInput, parse_day, to_doc

_SPEC = re.compile(r"^\s*(?:(\d+)\s*=\s*)?(\d+)\s*$")


def waiting_for_rpe(day: Day) -> list[int]:
    """1-based numbers of the day's runs that have no RPE yet."""
    return [i for i, r in enumerate(day.runs, 1) if r.rpe is None]


def fill_rpe(day: Day | None, specs: tuple[str, ...] | list[str], option: str = "--rpe") -> Day:
    """``day`` with the RPEs of ``specs`` (``6``: the one run waiting; ``2=6``: run 2)."""
    if day is None or not day.runs:
        raise InvalidInput(option, "no run recorded on that day to rate")
    doc = to_doc(day)
    waiting = waiting_for_rpe(day)
    for spec in specs:
        m = _SPEC.match(spec)
        if not m:
            allowed = "N or RUN=N, e.g. 6 or 2=6"
            raise InvalidInput(option, f'"{spec}" is not allowed; allowed: {allowed}')
        index = int(m.group(1)) if m.group(1) else None
        if index is None:
            if len(waiting) != 1:
                listed = ", ".join(map(str, waiting)) or "none"
                raise InvalidInput(
                    option,
                    f"{len(waiting)} runs wait for an RPE (runs {listed}); give RUN=N, e.g. "
                    f"{(waiting or [1])[0]}={m.group(2)}",
                )
            index = waiting.pop()
        elif index in waiting:
            waiting.remove(index)
        if not 1 <= index <= len(day.runs):
            raise InvalidInput(
                option, f"run {index} is not allowed; allowed: a run from 1 to {len(day.runs)}"
            )
        doc["runs"][index - 1]["rpe"] = m.group(2)
    return parse_day(doc, strict=False, prefix="")
