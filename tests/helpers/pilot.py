"""Waiting in Pilot tests for what a runner would wait for: the app idle, its workers done."""

from __future__ import annotations

from typing import Any


async def settle(pilot: Any, app: Any, rounds: int = 3) -> None:
    """Let the workers and the messages they post run to the end (a worker's result may
    start another worker, hence the rounds)."""
    for _ in range(rounds):
        await pilot.pause()
        await app.workers.wait_for_complete()
    await pilot.pause()
