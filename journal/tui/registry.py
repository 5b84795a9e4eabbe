"""Every screen of the app in one list: the app's modes and keys, the palette and help read it.

Adding a screen is one entry here (and its module under ``screens/``). Screens are imported
when first shown, so the first paint stays light.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.screen import Screen


@dataclass(frozen=True, slots=True)
class ScreenSpec:
    mode: str
    title: str
    key: str
    help: str
    target: str  # "module:Class" under journal.tui.screens
    in_footer: bool = True

    def screen_class(self) -> type[Screen]:
        module, _, name = self.target.partition(":")
        cls: type[Screen] = getattr(importlib.import_module(f"journal.tui.screens.{module}"), name)
        return cls

    def make(self) -> Screen:
        return self.screen_class()()


SCREENS: tuple[ScreenSpec, ...] = (
    ScreenSpec(
        "checkin",
        "Check-in",
        "f2",
        "Today's runs, sleep, meals and how you feel",
        "checkin:CheckinScreen",
    ),
    ScreenSpec(
        "history",
        "History",
        "f3",
        "Every day in reverse order; filter and open a day",
        "history:HistoryScreen",
    ),
    ScreenSpec(
        "trends",
        "Trends",
        "f4",
        "Flags and load metrics from the analyzer",
        "trends:TrendsScreen",
    ),
    ScreenSpec(
        "charts",
        "Charts",
        "f5",
        "Mileage, load, sleep and nutrient charts",
        "charts:ChartsScreen",
    ),
    ScreenSpec("export", "Export", "f6", "Write the doctor export (JSON)", "export:ExportScreen"),
    ScreenSpec(
        "profile",
        "Profile",
        "f7",
        "Sex, age, weight, diet: what the references depend on",
        "profile:ProfileScreen",
    ),
    ScreenSpec(
        "activities",
        "Import",
        "f8",
        "Import runs from watches and apps (FIT, GPX, TCX, Strava, Garmin, Apple Health)",
        "activities:ActivitiesImportScreen",
        in_footer=False,
    ),
)
BY_MODE: dict[str, ScreenSpec] = {spec.mode: spec for spec in SCREENS}
