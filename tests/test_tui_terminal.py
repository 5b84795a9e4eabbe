"""The app in a real terminal (a pseudo-terminal): keys typed before it has even started are
read by it, ctrl+s included, and the terminal is left as it was found."""

from __future__ import annotations

import datetime as dt
import fcntl
import os
import struct
import subprocess
import sys
import termios
import threading
import time
from pathlib import Path

from journal.model import parse_day
from journal.store import Journal

ALT_LEFT, CTRL_N, CTRL_S, CTRL_Q = b"\x1b[1;3D", b"\x0e", b"\x13", b"\x11"
# Loaded by the app's Python at start (on its PYTHONPATH): Textual is found 4 s late, as on a
# very slow machine, so the keys below are surely typed while the app loads, not after.
SLOW_TEXTUAL = """
import importlib.abc, sys, time
class SlowTextual(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == "textual":
            sys.meta_path.remove(self)
            time.sleep(4)
sys.meta_path.insert(0, SlowTextual())
"""


def _drain(fd: int, seen: bytearray) -> None:
    """Read what the app draws, so it never blocks on a full terminal."""
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            return
        if not chunk:
            return
        seen.extend(chunk)


def test_keys_typed_as_the_app_starts_are_saved(data_dir: Path, tmp_path: Path) -> None:
    """``stridelog``, then at once alt+←, ctrl+n, a meal and ctrl+s, typed while Python still
    loads the app: the terminal took ctrl+s as "stop output" (flow control) and the meal was
    never saved. It is saved on yesterday, and the terminal gets its flow control back."""
    today = dt.date.today()
    Journal.open(data_dir).put(parse_day({"date": today.isoformat(), "fatigue": 3}))
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    before = termios.tcgetattr(slave)
    assert before[0] & termios.IXON  # a terminal as shells leave it
    exe = Path(sys.executable).parent / "stridelog"
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(SLOW_TEXTUAL)
    env = {**os.environ, "TERM": "xterm-256color", "STRIDELOG_CONFIG_DIR": str(tmp_path / "c")}
    env["PYTHONPATH"] = str(site)
    app = subprocess.Popen(
        [str(exe), "--data-dir", str(data_dir)],
        stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True,
    )  # fmt: skip
    seen = bytearray()
    reader = threading.Thread(target=_drain, args=(master, seen), daemon=True)
    reader.start()
    try:
        for _ in range(300):  # Python has started (flow control is off); the app still loads
            if not termios.tcgetattr(slave)[0] & termios.IXON:
                break
            time.sleep(0.01)
        os.write(master, ALT_LEFT + CTRL_N + b"pasta 150g" + CTRL_S)
        yesterday = today - dt.timedelta(days=1)
        day = None
        for _ in range(100):
            time.sleep(0.1)
            day = Journal.open(data_dir).get(yesterday)
            if day is not None:
                break
        assert day is not None and [m.text for m in day.meals] == ["pasta 150g"]
        os.write(master, CTRL_Q)
        assert app.wait(timeout=20) == 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
        os.close(master)
    after = termios.tcgetattr(slave)
    os.close(slave)
    assert after[0] & termios.IXON and after[3] & termios.ECHO  # put back as it was found
    assert b"Traceback" not in bytes(seen)
