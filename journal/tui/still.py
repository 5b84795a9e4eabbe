"""Bring the app to a still frame: for snapshot tests and the README's screenshots."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import Input, TextArea


async def settle(pilot: Pilot, rounds: int = 3) -> None:
    """Let workers finish and repaint, then hide what changes between runs (cursors, toasts)."""
    app = pilot.app
    for _ in range(rounds):
        await pilot.pause()
        await app.workers.wait_for_complete()
    for widget in app.screen.query(Input):
        widget.cursor_blink = False
    for area in app.screen.query(TextArea):
        area.cursor_blink = False
    app.clear_notifications()
    await pilot.pause()
