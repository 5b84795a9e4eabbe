"""Keys read while a screen is not ready for them wait, in order, instead of being lost.

A day's form is disabled while it fills (so a save can never write one day's values onto
another), and Textual hands each key to whatever is focused when it is read: alt+←, ctrl+n,
a meal and ctrl+s typed in one burst lost the meal, and ctrl+s said "still loading". While
input is held, keys and pastes are kept; on release they are handed on in the order they were
typed, each as if it had just been read, so a key that holds input again (another alt+←)
keeps the rest waiting for its own load.

A dialog whose answer starts such work (the passphrase: Enter, then the journal decrypts and
opens) asks for input to be held from the key after the one that answers it
(:meth:`HeldInputMixin.hold_after`): the app reads that key, and the keys typed after it are
kept for the form instead of reaching the dialog's field while it is still on screen.
"""

from __future__ import annotations

from textual import events
from textual.app import App
from textual.timer import Timer

# A hold that outlives this many seconds is released anyway: a load that never ends must not
# leave the app deaf to ctrl+q.
HOLD_LIMIT_S = 10.0


class HeldInputMixin(App[None]):
    """``hold_input`` / ``release_input`` around work the next keys depend on."""

    _holds = 0
    _held: list[events.Event] | None = None
    _hold_timer: Timer | None = None
    _hold_after: str | None = None

    def hold_input(self) -> None:
        """Keep keys and pastes from now until the matching :meth:`release_input`."""
        self._holds += 1
        if self._held is None:
            self._held = []
        if self.is_running:  # else from the first key held (held since the app's __init__)
            self._start_hold_timer()

    def hold_after(self, key: str | None) -> None:
        """Hold input (as :meth:`hold_input`) from the key read after the next ``key``; None:
        no longer."""
        self._hold_after = key

    def release_input(self) -> None:
        """Hand on what was kept, once nothing holds input (on the app's own queue, after any
        key already read but not yet handled: those are kept too, so none overtakes another)."""
        self._holds = max(0, self._holds - 1)
        if self._holds == 0:
            self.call_later(self._replay)

    def drop_held_input(self) -> None:
        """Forget what was kept and stop holding: a dialog (the passphrase, an error) takes
        the keys now, and keys typed before it was shown are not handed to a form later."""
        self._holds, self._held, self._hold_after = 0, None, None
        self._stop_hold_timer()

    def _start_hold_timer(self) -> None:
        if self._hold_timer is None:
            self._hold_timer = self.set_timer(HOLD_LIMIT_S, self._release_all)

    def _stop_hold_timer(self) -> None:
        if self._hold_timer is not None:
            self._hold_timer.stop()
            self._hold_timer = None

    def _release_all(self) -> None:
        self._hold_timer = None
        if self._holds:
            self._holds = 0
            self.call_later(self._replay)

    async def _replay(self) -> None:
        while self._held and not self._holds:
            await super().on_event(self._held.pop(0))
        if not self._holds:
            self._held = None
            self._stop_hold_timer()

    async def on_event(self, event: events.Event) -> None:
        if (
            self._held is not None
            and isinstance(event, events.Key | events.Paste)
            and not event.is_forwarded
        ):
            self._held.append(event)
            self._start_hold_timer()
            return
        if (
            self._hold_after is not None
            and isinstance(event, events.Key)
            and event.key == self._hold_after
            and not event.is_forwarded
        ):
            self._hold_after = None
            self.hold_input()  # before the key is handled: whatever it starts, the next wait
        await super().on_event(event)
