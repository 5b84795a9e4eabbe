"""The footer: Quit and Help first at every width, then the screen's own keys, then what fits.

Textual's footer lists keys in binding order and cuts the line at the terminal's edge, so at
80 columns the way to quit and to get help fell off the end. This footer orders the keys by
how much a runner needs them and leaves out the ones that do not fit; every key left out is
still in the help screen (f1) and the command palette (ctrl+p).
"""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Footer
from textual.widgets._footer import FooterKey, FooterLabel, KeyGroup

# Always shown, in this order, before anything else.
FIRST_ACTIONS: tuple[str, ...] = ("app.quit", "app.help", "quit", "help")
PALETTE_WIDTH = 12  # "^p palette" docked on the right, with its gap


def _is_goto(binding: Binding) -> bool:
    return binding.action.startswith(("goto(", "app.goto("))


class KeyFooter(Footer):
    """Quit, Help, then the screen's keys, then the screen switches (f2–f8) as width allows."""

    def __init__(self) -> None:
        super().__init__(compact=True)
        self._width = 0

    def key_width(self, binding: Binding) -> int:
        """Cells a compact footer key takes: key, space, description, gap."""
        return len(self.app.get_key_display(binding)) + len(binding.description) + 2

    def chosen(
        self, width: int
    ) -> tuple[list[tuple[Binding, bool, str]], list[tuple[Binding, bool, str]]]:
        """The keys to show in ``width`` columns, most needed first, and the screen keys to
        show as one group ("f2 f3 … screens") when their full names do not fit."""
        seen: set[str] = set()
        first: list[tuple[Binding, bool, str]] = []
        own: list[tuple[Binding, bool, str]] = []
        screens: list[tuple[Binding, bool, str]] = []
        for _node, binding, enabled, tooltip in self.screen.active_bindings.values():
            if not binding.show or binding.action in seen:
                continue
            seen.add(binding.action)
            entry = (binding, enabled, tooltip)
            if binding.action in FIRST_ACTIONS:
                first.append(entry)
            elif _is_goto(binding):
                screens.append(entry)
            else:
                own.append(entry)
        first.sort(key=lambda e: FIRST_ACTIONS.index(e[0].action) % 2)
        budget = width - PALETTE_WIDTH
        shown: list[tuple[Binding, bool, str]] = []
        for entry in first + own:
            cost = self.key_width(entry[0])
            if entry in first or cost <= budget:
                shown.append(entry)
                budget -= cost
        wanted_screens = sum(self.key_width(e[0]) for e in screens)
        if screens and wanted_screens <= budget:  # every screen by name: nothing cut
            return shown + screens, []
        grouped = sum(len(self.app.get_key_display(e[0])) + 1 for e in screens) + len(" screens")
        if screens and grouped <= budget:
            return shown, screens
        return shown, []

    def compose(self) -> ComposeResult:
        if not self._bindings_ready:
            return
        width = self._width or self.app.size.width
        shown, group = self.chosen(width)
        self.styles.grid_size_columns = len(shown) + bool(group)
        for binding, enabled, tooltip in shown:
            yield FooterKey(
                binding.key,
                self.app.get_key_display(binding),
                binding.description,
                binding.action,
                disabled=not enabled,
                tooltip=tooltip,
                classes="-compact",  # already there, so the compact watcher restyles nothing
            )
        if group:
            with KeyGroup():
                for binding, enabled, _tooltip in group:
                    yield FooterKey(
                        binding.key,
                        self.app.get_key_display(binding),
                        "",
                        binding.action,
                        disabled=not enabled,
                        tooltip=binding.description,
                        classes="-grouped -compact",
                    )
            yield FooterLabel("screens")
        if self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE:
            try:
                _node, binding, enabled, tooltip = self.screen.active_bindings[
                    self.app.COMMAND_PALETTE_BINDING
                ]
            except KeyError:
                return
            yield FooterKey(
                binding.key,
                self.app.get_key_display(binding),
                binding.description,
                binding.action,
                classes="-command-palette -compact",
                disabled=not enabled,
                tooltip=binding.tooltip or binding.description,
            )

    def on_resize(self, event: events.Resize) -> None:
        if event.size.width != self._width:
            self._width = event.size.width
            self.call_after_refresh(self.recompose)
