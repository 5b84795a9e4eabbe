"""Text fields whose editing keys apply in the order they were typed.

Textual hands a printable key to the focused Input or TextArea at once, but a bound key
(backspace, the arrows, ctrl+u …) travels up to the app before its action runs, so a
character typed right after it lands first: "ba⌫c" gave "ba", "99 ctrl+u 42" lost the 42,
"x ← 5" gave "x5" (Textualize/textual#6605). A runner correcting a typo at speed would save
a number they never typed. These fields run their own bindings as the key arrives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.widgets import Input, TextArea

if TYPE_CHECKING:
    from textual import events
    from textual.widget import Widget


async def run_own_binding(widget: Widget, event: events.Key) -> bool:
    """Run the widget's own (non-priority) binding of ``event``'s key now, as the app would
    once the key reached it; False when the widget binds nothing to the key."""
    if event.is_printable:
        return False
    for binding in widget._bindings.key_to_bindings.get(event.key, ()):
        if not binding.priority and await widget.app.run_action(binding.action, widget):
            event.stop()
            event.prevent_default()
            return True
    return False


class _KeysInOrder:
    """Run the widget's own editing keys as they arrive. Textual calls the ``_on_key`` of every
    class in the MRO in turn until one prevents the default, so the Input's or TextArea's own
    handler (typing a character) runs next by itself when this one handled nothing."""

    async def _on_key(self, event: events.Key) -> None:
        widget = cast("Input | TextArea", self)
        if await run_own_binding(widget, event):
            widget._restart_blink()


class OrderedInput(_KeysInOrder, Input):
    """An :class:`Input` whose editing keys apply in the order typed."""


class OrderedTextArea(_KeysInOrder, TextArea):
    """A :class:`TextArea` whose editing keys apply in the order typed."""
