"""Snapshots of the screens the daily pass changed, at the two sizes a runner uses most.

80×24 (the smallest supported terminal) and 120×36, on the same fixture journal and fixed
"today" as ``test_tui_snapshots.py``. Regenerate with ``--snapshot-update`` after an intended
change, then look at what changed.
"""

from __future__ import annotations

import pytest

from .test_tui_snapshots import _deterministic, demo_app, demo_template, steady  # noqa: F401

SCREENS = {
    "checkin": (),
    "history": ("f3",),
    "trends": ("f4", "ctrl+e"),
    "charts": ("f5",),
    "export": ("f6",),
    "profile": ("f7",),
    "help": ("f1",),
}


@pytest.mark.parametrize("size", [(80, 24), (120, 36)], ids=["80x24", "120x36"])
@pytest.mark.parametrize("screen", list(SCREENS))
def test_daily_screen_snapshot(snap_compare, demo_app, screen: str, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    app = demo_app("stridelog-dark")
    assert snap_compare(app, terminal_size=size, run_before=steady(*SCREENS[screen]))
