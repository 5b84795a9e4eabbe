"""Screens every mode shares: help, confirm, go-to-date, store error, unavailable."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Header, Input, Label, Static

from journal.tui.widgets.footer import KeyFooter
from journal.tui.widgets.typed_order import OrderedInput

if TYPE_CHECKING:
    from journal.tui.app import StridelogApp

# Keys handled inside widgets (not bindings of ours), listed in the help screen too.
FORM_KEYS: tuple[tuple[str, str], ...] = (
    ("tab / shift+tab", "next / previous field"),
    ("enter", "press a button, open a row, toggle a flag's details"),
    ("space", "toggle a checkbox"),
    ("up / down", "move in tables and lists"),
    ("escape", "close a dialog"),
    ("ctrl+p", "command palette: every screen and action"),
)


def parse_date_text(text: str, today: dt.date) -> dt.date:
    """A date typed in a form, read like the CLI's (blank is today); ValueError otherwise."""
    from journal.entry import parse_date
    from journal.model import InvalidInput

    if not text.strip():
        return today
    try:
        return parse_date(text, "date", today)
    except InvalidInput as err:
        raise ValueError(err.detail) from None


class BaseScreen(Screen[None]):
    """A mode screen: header, body, footer with key hints."""

    if TYPE_CHECKING:  # the app every screen runs in, typed for the checker

        @property
        def app(self) -> StridelogApp: ...

    TITLE_TEXT: ClassVar[str] = ""

    def compose_header(self) -> ComposeResult:
        self._breakpoints_now()
        yield Header(show_clock=False, icon="◆")

    def _breakpoints_now(self) -> None:
        """Set the width/height breakpoint classes before the children mount.

        Textual sets them on the first Resize, after every widget has been styled once, and
        the class change then restyles the whole screen again: on the check-in that second
        pass was a large part of the time to first paint.
        """
        app = self.app
        width, height = app.size
        for breakpoints, dimension in (
            (self.HORIZONTAL_BREAKPOINTS or app.HORIZONTAL_BREAKPOINTS or [], width),
            (self.VERTICAL_BREAKPOINTS or app.VERTICAL_BREAKPOINTS or [], height),
        ):
            wanted = self._get_breakpoint_classes(dimension, breakpoints)
            for _size, name in breakpoints:
                self.set_class(name in wanted, name, update=False)

    def compose_footer(self) -> ComposeResult:
        yield KeyFooter()

    def on_mount(self) -> None:
        self.sub_title = self.TITLE_TEXT

    def palette_commands(self) -> Iterator[SystemCommand]:
        """This screen's own entries in the command palette."""
        yield from ()


class ConfirmScreen(ModalScreen[bool]):
    """Ask a yes/no question; dismisses with True for yes."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "answer(False)", "Cancel"),
        Binding("y", "answer(True)", "Yes", show=False),
        Binding("n", "answer(False)", "No", show=False),
    ]

    def __init__(self, question: str, *, yes: str = "Discard", no: str = "Keep editing") -> None:
        super().__init__()
        self.question = question
        self.yes, self.no = yes, no

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.question, classes="dialog-question", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(f"{self.yes} (y)", id="yes", variant="error")
                yield Button(f"{self.no} (n)", id="no", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)


class DateScreen(ModalScreen[dt.date | None]):
    """Ask for a date to jump to; dismisses with the date, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, today: dt.date, current: dt.date) -> None:
        super().__init__()
        self.today, self.current = today, current

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("Go to date (YYYY-MM-DD, today, yesterday, -N)", classes="dialog-question")
            yield OrderedInput(self.current.isoformat(), id="date-input")
            yield Static("", id="date-error", classes="dialog-error", markup=False)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        try:
            date = parse_date_text(event.value, self.today)
        except ValueError as err:
            self.query_one("#date-error", Static).update(str(err))
            event.input.add_class("-invalid")
            return
        self.dismiss(date)

    def action_cancel(self) -> None:
        self.dismiss(None)


class PassphraseScreen(ModalScreen[str | None]):
    """Ask the passphrase of an encrypted journal, hidden; None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, folder: str, tries_left: int, wrong: bool) -> None:
        super().__init__()
        self.folder, self.tries_left, self.wrong = folder, tries_left, wrong

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("This journal is encrypted", classes="dialog-title")
            yield Static(Text(f"Passphrase for {self.folder}"), classes="dialog-question")
            yield OrderedInput(password=True, id="passphrase-input")
            note = f"Wrong passphrase; {self.tries_left} tries left." if self.wrong else ""
            yield Static(note, id="passphrase-error", classes="dialog-error", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Unlock", id="unlock", variant="primary")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#passphrase-input", Input).focus()
        self._hold_after("enter")  # keys typed after Enter are for the form, once it opens

    def _hold_after(self, key: str | None) -> None:
        hold_after = getattr(self.app, "hold_after", None)  # the app's (HeldInputMixin)
        if hold_after is not None:
            hold_after(key)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value or None)  # the passphrase as it was when Enter was read

    @on(Button.Pressed, "#unlock")
    def _unlock(self) -> None:
        self._hold_after(None)
        self.dismiss(self.query_one("#passphrase-input", Input).value or None)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self._hold_after(None)
        self.dismiss(None)


class StoreErrorScreen(ModalScreen[None]):
    """The journal could not be opened (corrupt, locked, newer): explain, never a traceback."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("ctrl+q", "app.exit", "Quit", priority=True)]

    def __init__(self, message: str) -> None:
        super().__init__()
        self.message = message

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog error-dialog"):
            yield Label("The journal could not be opened", classes="dialog-title")
            yield Static(self.message, id="store-error-message", markup=False)
            yield Static("Nothing has been written. Press ctrl+q to quit.", classes="dim")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Quit", id="quit", variant="error")

    @on(Button.Pressed, "#quit")
    def _quit(self) -> None:
        self.app.exit()


def screen_classes() -> list[tuple[str, type[Screen]]]:
    """Every mode's screen class with its title (imports the screen modules, not the core)."""
    from journal.tui.registry import SCREENS

    return [(spec.title, spec.screen_class()) for spec in SCREENS]


class HelpScreen(ModalScreen[None]):
    """Every key: the app's, the current screen's, and the form keys."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss", "Close"),
        Binding("q", "dismiss", "Close", show=False),
        Binding("f1", "dismiss", "Close", priority=True),
    ]

    def __init__(self, under: Screen) -> None:
        super().__init__()
        self.under = under

    def key_rows(self) -> list[tuple[str, str, str]]:
        """(where, key, what) for the app's keys, this screen's, then every other screen's."""
        rows: list[tuple[str, str, str]] = []

        def add(where: str, bindings: list[Binding], seen: set[str]) -> None:
            for binding in bindings:
                if binding.key in seen or not binding.description:
                    continue
                seen.add(binding.key)
                key = self.app.get_key_display(binding)
                text = binding.tooltip or binding.description
                rows.append((where, key, text))

        add("Everywhere", [b for _k, b in self.app._bindings], set())
        screens = [(self.under.sub_title or "This screen", type(self.under))]
        for title, cls in screen_classes():
            if cls is not type(self.under):
                screens.append((title, cls))
        for title, cls in screens:
            own = [b for b in Binding.make_bindings(cls.BINDINGS) if b.key not in ("tab",)]
            add(title, own, set())
        rows.extend(("In forms", k, d) for k, d in FORM_KEYS)
        return rows

    def compose(self) -> ComposeResult:
        table = Text()
        last = ""
        for where, key, text in self.key_rows():
            if where != last:
                table.append(f"\n{where}\n", style="bold")
                last = where
            table.append(f"  {key:<18}", style="bold")
            table.append(f"{text}\n")
        with Vertical(classes="dialog help-dialog"):
            yield Label("Keys", classes="dialog-title")
            with VerticalScroll():
                yield Static(table, id="help-keys")
            yield Label("escape closes", classes="dim")

    def action_dismiss(self) -> None:  # type: ignore[override]
        self.dismiss(None)
