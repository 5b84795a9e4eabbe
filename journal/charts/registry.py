"""The chart registry: every chart Stridelog draws, where it is shown, and how its spec is built.

The CLI (`stridelog chart`), the TUI Charts screen, their help texts and the visit report all
read :data:`CHARTS`. Adding a chart is one spec function (journal data in, :class:`ChartSpec`
out) and one :class:`ChartDef` entry here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from journal.charts import nutrition, training, wellness
from journal.charts.spec import ChartSpec
from journal.model import Day, Profile

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from journal.store import Journal

# The load model's CTL has a 42-day time constant and the analyzer's rules read up to 30 days
# back: 180 days of history before the range make the first plotted CTL honest.
LOAD_HISTORY_DAYS = 180


@dataclass(frozen=True, slots=True)
class ChartInput:
    """What a spec function may read: days (with history before ``start``), the range, the
    profile and the analyzer's flags for the range."""

    days: Sequence[Day]
    start: dt.date
    end: dt.date
    profile: Profile | None = None
    flags: Sequence[Any] = ()

    @property
    def units(self) -> str:
        return self.profile.units if self.profile else "metric"


@dataclass(frozen=True, slots=True)
class ChartDef:
    """One chart: its name on the command line, title, short label, help line and spec."""

    name: str
    title: str
    label: str
    help: str
    build: Callable[[ChartInput], ChartSpec]
    history_days: int | None = None  # None: the analyzer's nutrition window (trailing means)
    uses_flags: bool = False
    # where it is offered: "cli" (stridelog chart), "tui" (the Charts screen), "report"
    places: frozenset[str] = field(default_factory=lambda: frozenset({"cli", "tui"}))

    def history(self) -> int:
        """Days to read before the range so the first plotted value is honest."""
        return nutrition.window_days() if self.history_days is None else self.history_days


CHARTS: dict[str, ChartDef] = {
    c.name: c
    for c in (
        ChartDef(
            "mileage",
            training.TITLES["mileage"],
            "Mileage",
            "weekly distance, longest run of each week marked",
            lambda i: training.mileage_spec(i.days, i.start, i.end, i.units),
        ),
        ChartDef(
            "load",
            training.TITLES["load"],
            "Load",
            "daily load with fitness (CTL), fatigue (ATL), form (TSB) and flag dates",
            lambda i: training.load_spec(i.days, i.start, i.end, i.flags),
            history_days=LOAD_HISTORY_DAYS,
            uses_flags=True,
        ),
        ChartDef(
            "sleep",
            wellness.TITLES["sleep"],
            "Sleep",
            "sleep hours against fatigue, with the sleep target",
            lambda i: wellness.sleep_spec(i.days, i.start, i.end),
            places=frozenset({"cli", "tui", "report"}),
        ),
        ChartDef(
            "nutrients",
            nutrition.TITLES["nutrients"],
            "Nutrients",
            "B12, B6, iron and energy as a 7-day % of your reference",
            lambda i: nutrition.nutrients_spec(i.days, i.start, i.end, i.profile),
            places=frozenset({"cli", "tui", "report"}),
        ),
        ChartDef(
            "macros",
            nutrition.TITLES["macros"],
            "Macros",
            "carbohydrate, fat and protein share of energy vs the guide's ranges",
            lambda i: nutrition.macros_spec(i.days, i.start, i.end),
        ),
        ChartDef(
            "weekly-load",
            training.TITLES["weekly_load"],
            "Weekly load",
            "weekly session-RPE load (AU) with weekly distance",
            lambda i: training.weekly_load_spec(i.days, i.start, i.end, i.units),
            places=frozenset({"cli", "report"}),
        ),
        ChartDef(
            "body",
            wellness.TITLES["body"],
            "Body",
            "morning resting heart rate and body weight",
            lambda i: wellness.body_spec(i.days, i.start, i.end),
            places=frozenset({"cli", "report"}),
        ),
    )
}


def names(place: str) -> tuple[str, ...]:
    """The charts offered in ``place`` ("cli", "tui" or "report"), in registry order."""
    return tuple(name for name, c in CHARTS.items() if place in c.places)


CHART_NAMES: tuple[str, ...] = names("tui")  # the Charts screen's charts, in key order 1-5
CLI_NAMES: tuple[str, ...] = names("cli")
CHART_TITLES: dict[str, str] = {name: c.title for name, c in CHARTS.items()}
REPORT_ORDER: tuple[str, ...] = ("weekly-load", "sleep", "body", "nutrients")


def spec_for(
    name: str,
    days: Sequence[Day],
    start: dt.date,
    end: dt.date,
    *,
    profile: Profile | None = None,
    flags: Sequence[Any] = (),
) -> ChartSpec:
    """The description of chart ``name`` (a key of :data:`CHARTS`)."""
    chart = CHARTS.get(name)
    if chart is None:
        raise ValueError(f"unknown chart {name!r}; one of {', '.join(CHARTS)}")
    return chart.build(ChartInput(days, start, end, profile, flags))


def render(
    name: str,
    days: Sequence[Day],
    start: dt.date,
    end: dt.date,
    *,
    width: int,
    height: int,
    palette: Any = None,
    color: bool = True,
    profile: Profile | None = None,
    flags: Sequence[Any] = (),
) -> str:
    """Chart ``name`` drawn as terminal text at ``width`` × ``height``."""
    from journal.charts.terminal import draw

    spec = spec_for(name, days, start, end, profile=profile, flags=flags)
    return draw(spec, width, height, palette, color)


def flags_for(
    journal: Journal,
    start: dt.date,
    end: dt.date,
    *,
    lock: AbstractContextManager[Any] | None = None,
) -> list[Any]:
    """The analyzer's flags overlapping [start, end], for marking on the load chart: the
    flags ``trends`` shows for the same days, read with the whole history (the last weight
    logged a year ago, the load model from the first day), not only the days charted.
    ``lock`` as :func:`journal.stored_analysis.analyze_journal`'s."""
    from journal.stored_analysis import analyze_journal

    return list(analyze_journal(journal, start, end, lock=lock).flags)
