"""Keys typed while the journal app starts reach it, ctrl+s included.

The app reads keys in raw mode from about a second after ``stridelog`` is typed (Python, then
Textual, load first). Until then the terminal's line discipline reads them, and with flow
control on (IXON, the default) it takes ctrl+s as "stop output" and ctrl+q as "resume":
a runner who types a meal and ctrl+s at once lost the save, and the screen could stay frozen.
So the app's start turns flow control off first, before anything loads, and puts the
terminal back as it found it when the app ends (Textual restores what it found, which is the
state set here). It runs before anything else loads, so it imports nothing it can avoid.
"""

from __future__ import annotations

DATA_DIR = "--data-dir"


def launches_app(args: list[str]) -> bool:
    """Whether ``stridelog ARGS`` opens the app: no command, at most ``--data-dir DIR``."""
    i = 0
    while i < len(args):
        if args[i] == DATA_DIR:
            i += 2
        elif args[i].startswith(DATA_DIR + "="):
            i += 1
        else:
            return False
    return i == len(args)


class FlowControlHeld:
    """A terminal whose flow control (and echo) is off until :meth:`restore`."""

    def __init__(self, fd: int, before: list[object]) -> None:
        self.fd, self.before = fd, before

    def restore(self) -> None:
        import termios

        try:
            termios.tcsetattr(self.fd, termios.TCSANOW, self.before)
        except (termios.error, OSError):
            return  # the terminal is gone: nothing to put back


def hold_flow_control(stream: object) -> FlowControlHeld | None:
    """Turn off the terminal's flow control (and echo, so keys typed ahead do not print over
    the first frame) on ``stream``; None if it is no terminal."""
    import os

    try:
        fd = stream.fileno()  # type: ignore[attr-defined]
    except (AttributeError, ValueError, OSError):
        return None
    if not os.isatty(fd):
        return None
    import termios

    try:
        before = termios.tcgetattr(fd)
        attrs = [*before]
        attrs[0] &= ~termios.IXON  # iflag: ctrl+s and ctrl+q are keys, not flow control
        attrs[3] &= ~termios.ECHO  # lflag
        termios.tcsetattr(fd, termios.TCSANOW, attrs)
    except (termios.error, OSError):
        return None
    return FlowControlHeld(fd, before)
