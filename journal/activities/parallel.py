"""Parse many in-memory files, across cores when there are enough to pay for the processes."""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import multiprocessing as mp
import os
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from journal.activities.detect import parse_bytes
from journal.activities.record import FileResult

Progress = Callable[[int, int, str], None]  # (files done, files known so far, current file)
POOL_FROM = 24  # fewer files parse faster in this process than processes start


class Parser:
    """Holds the process pool (started on first need) and the progress counters of one scan."""

    def __init__(self, progress: Progress | None = None, workers: int | None = None) -> None:
        self.progress = progress
        self.workers = workers if workers is not None else (os.cpu_count() or 1)
        self.total = 0
        self.done = 0
        self._pool: cf.ProcessPoolExecutor | None = None
        self._serial = False
        self._inflight: dict[cf.Future[FileResult], tuple[str, bytes]] = {}

    def expect(self, n: int) -> None:
        self.total += n
        self._tick("")

    def finished(self, label: str, n: int = 1) -> None:
        self.done += n
        self._tick(label)

    def _tick(self, label: str) -> None:
        if self.progress is not None:
            self.progress(self.done, max(self.total, self.done), label)

    def parse_all(self, jobs: Iterable[tuple[str, bytes]], count: int) -> list[FileResult]:
        """Parse ``(label, bytes)`` jobs; bounded in flight so memory stays flat."""
        if count < POOL_FROM or self.workers < 2:
            out = []
            for label, data in jobs:
                out.append(parse_bytes(data, label))
                self.finished(label)
            return out
        results: list[FileResult] = []
        pending: set[cf.Future[FileResult]] = set()
        limit = self.workers * 4
        for label, data in jobs:
            try:
                if self._serial:
                    raise OSError("no worker processes")
                with _real_stdio():  # the pool's helpers and workers start here
                    fut = self._get_pool().submit(parse_bytes, data, label)
                pending.add(fut)
                self._inflight[fut] = (label, data)
            except (OSError, ValueError, RuntimeError, cf.BrokenExecutor):
                # no processes on this system (or in this host app): read here instead
                self._serial = True
                results.append(parse_bytes(data, label))
                self.finished(label)
                continue
            if len(pending) >= limit:
                done, pending = cf.wait(pending, return_when=cf.FIRST_COMPLETED)
                self._collect(done, results)
        while pending:
            done, pending = cf.wait(pending, return_when=cf.FIRST_COMPLETED)
            self._collect(done, results)
        return results

    def _collect(self, done: Iterable[cf.Future[FileResult]], results: list[FileResult]) -> None:
        for fut in done:
            label, data = self._inflight.pop(fut)
            try:
                result = fut.result()
            except cf.BrokenExecutor:  # a worker died (out of memory, killed): read it here
                self._serial = True
                result = parse_bytes(data, label)
            results.append(result)
            self.finished(result.name)

    def _get_pool(self) -> cf.ProcessPoolExecutor:
        if self._pool is None:
            # forking a process that runs threads (the TUI) can deadlock a child: use a server
            method = "fork" if threading.active_count() == 1 else "forkserver"
            if method not in mp.get_all_start_methods():
                method = "spawn"
            ctx = mp.get_context(method)
            self._pool = cf.ProcessPoolExecutor(max_workers=self.workers, mp_context=ctx)
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def __enter__(self) -> Parser:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


@contextlib.contextmanager
def _real_stdio() -> Iterator[None]:
    """Starting processes passes stdout/stderr file descriptors: a host app (the TUI) may
    have replaced them with objects without one, so the real ones stand in meanwhile."""
    saved = sys.stdout, sys.stderr
    try:
        for name in ("stdout", "stderr"):
            stream = getattr(sys, name)
            try:
                ok = stream is not None and stream.fileno() >= 0
            except (OSError, ValueError, AttributeError):
                ok = False
            if not ok:
                setattr(sys, name, getattr(sys, f"__{name}__"))
        yield
    finally:
        sys.stdout, sys.stderr = saved
