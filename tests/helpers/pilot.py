"""Waiting in Pilot tests for what a runner would wait for: the app idle, its workers done."""

from __future__ import annotations

from typing import Any

from textual.worker import WorkerCancelled

# how many superseded workers one round tolerates before it gives up (each is a worker of an
# exclusive group that a newer one replaced while the test waited)
_MAX_SUPERSEDED = 100


async def settle(pilot: Any, app: Any, rounds: int = 3) -> None:
    """Let the workers and the messages they post run to the end (a worker's result may
    start another worker, hence the rounds).

    A worker cancelled while waited for (an exclusive group's, replaced by a newer one, as
    when the day changes twice in a row on a busy machine) is what the app meant: wait again
    for the workers left instead of failing the test with ``WorkerCancelled``.
    """
    for _ in range(rounds):
        await pilot.pause()
        for _ in range(_MAX_SUPERSEDED):
            try:
                await app.workers.wait_for_complete()
                break
            except WorkerCancelled:
                await pilot.pause()
        else:
            raise AssertionError("workers kept being cancelled: the app never settled")
    await pilot.pause()
