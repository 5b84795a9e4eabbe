"""Hand a thread worker's result to the screen only while it is still the one wanted.

An exclusive thread worker is cancelled when a newer one of its group starts (the window
changed again, the journal changed again), but its thread cannot be stopped: it runs to the
end and would then show its out-of-date result over the newer one's. Whether the worker was
cancelled is decided here on the UI thread, where cancelling happens, so no race is left.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from textual.app import App
from textual.worker import get_current_worker


def deliver(app: App[Any], callback: Callable[..., Awaitable[Any] | Any], *args: Any) -> None:
    """From a thread worker: run ``callback(*args)`` on the UI thread unless superseded."""
    worker = get_current_worker()

    def current() -> Awaitable[Any] | Any:
        return None if worker.is_cancelled else callback(*args)

    app.call_from_thread(current)
