"""The Stridelog Textual app: an app factory, modes per screen, themes from data files.

Startup stays light on purpose (docs/design.md, "Front ends"): composing the first screen
imports Textual and the screen modules only. The journal, the food table, the nutrition
references and the analyzer are imported and loaded in a thread worker started on
:class:`textual.events.Ready`, i.e. after the first frame is on screen; screens subscribe to
:attr:`StridelogApp.data_ready` and fill in when it fires. ``tests/test_tui.py`` guards this.
"""

from __future__ import annotations

import datetime as dt
import gc
import importlib
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events, on, work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.message import Message
from textual.screen import Screen
from textual.signal import Signal
from textual.theme import Theme

from journal import themes as theme_files
from journal.settings import update_settings
from journal.tui.held_input import HeldInputMixin
from journal.tui.registry import BY_MODE, SCREENS

if TYPE_CHECKING:
    from journal.model import Profile
    from journal.store import Journal
    from journal.tui.screens.checkin import CheckinScreen


class ScreensProvider(Provider):
    """Command palette: one command per screen."""

    def _commands(self) -> Iterable[tuple[str, str, Callable[[], Any]]]:
        app = self.app
        assert isinstance(app, StridelogApp)
        for spec in SCREENS:
            yield (
                f"Go to {spec.title}",
                f"{spec.help} ({spec.key})",
                lambda m=spec.mode: app.goto(m),
            )

    async def discover(self) -> Hits:
        for name, text, callback in self._commands():
            yield DiscoveryHit(name, callback, help=text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, text, callback in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=text)


def theme_from_data(data: theme_files.ThemeData) -> Theme:
    """A Textual theme from a theme data file; severities become CSS variables."""
    colors = {k: v for k, v in data.colors.items() if k in theme_files.COLOR_FIELDS}
    variables = {f"severity-{k}": v for k, v in data.severity.items()}
    return Theme(name=data.name, dark=data.dark, variables=variables, **colors)


def scoped_theme_css(data: theme_files.ThemeData) -> str:
    """A theme's own tcss, nested under the app class Textual sets for that theme."""
    text = data.tcss().strip()
    return f"App.-theme-{data.name} {{\n{text}\n}}\n" if text else ""


class StridelogApp(HeldInputMixin, App[None]):
    """The journal a runner lives in every day."""

    TITLE = "Stridelog"
    CSS_PATH = Path(__file__).parent / "app.tcss"
    COMMANDS = App.COMMANDS | {ScreensProvider}
    MODES: ClassVar[dict[str, str | Callable[[], Screen]]] = {s.mode: s.make for s in SCREENS}
    DEFAULT_MODE = "checkin"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "Quit", priority=True),
        # Focus moves in the order the keys were typed. Textual hands each key to the widget
        # focused when the app reads it, while a screen's (non-priority) tab runs only once
        # that widget reaches the tab: typed fast or under load, "10<tab>55" put 1055 in one
        # field. As app bindings with priority, tab and shift+tab move focus at once.
        Binding("tab", "focus_next", show=False, priority=True),
        Binding("shift+tab", "focus_previous", show=False, priority=True),
        Binding("f1", "help", "Help", priority=True),
        Binding(
            "question_mark",
            "help",
            "Help",
            show=False,
            tooltip="Help, when the cursor is not in a text field (there ? is typed)",
        ),
        *(
            Binding(s.key, f"goto('{s.mode}')", s.title, priority=True, show=s.in_footer)
            for s in SCREENS
        ),
    ]

    def __init__(
        self,
        data_dir: str | Path | None = None,
        *,
        today: dt.date | None = None,
        theme: str | None = None,
    ) -> None:
        self.data_dir = data_dir
        self._fixed_today = today
        self._theme_datas: dict[str, theme_files.ThemeData] = {}
        self.theme_problems: list[str] = []
        datas, self.theme_problems = theme_files.load_all_themes()
        self.CSS = "".join(scoped_theme_css(d) for d in datas)
        super().__init__()
        for builtin in list(self.available_themes):
            self.unregister_theme(builtin)
        for data in datas:
            self._theme_datas[data.name] = data
            self.register_theme(theme_from_data(data))
        wanted = theme or theme_files.saved_theme_name()
        if wanted not in self._theme_datas:
            if theme is not None or wanted != theme_files.DEFAULT_THEME:
                self.theme_problems.append(f"unknown theme {wanted!r}; using the default")
            wanted = theme_files.DEFAULT_THEME
        self._start_theme(wanted)
        self.journal: Journal | None = None
        self.profile: Profile | None = None
        self.store_error: str | None = None
        self.foods_ready = False
        self._painted: list[Callable[[], Any]] | None = []  # None once the first frame is shown
        self.journal_lock = threading.RLock()
        self.data_ready: Signal[None] = Signal(self, "data-ready")
        self.foods_loaded: Signal[None] = Signal(self, "foods-loaded")
        self.journal_changed: Signal[dt.date | None] = Signal(self, "journal-changed")
        # keys typed from the start (even before the first frame: the terminal hands them over
        # at once) wait for the first day's form, which releases them (CheckinScreen)
        self.hold_input()

    # --- time and theme ---------------------------------------------------------------------

    def _start_theme(self, name: str) -> None:
        """Set the first theme without Textual's theme watcher.

        The watcher re-parses every stylesheet from scratch (``refresh_css``), which is right
        when the theme changes under a running app but is a wasted pass before the first
        frame: the stylesheet is first parsed with this theme's variables anyway. This sets
        the same app classes the watcher sets.
        """
        self.set_reactive(App.theme, name)
        dark = self.current_theme.dark
        self.set_class(True, f"-theme-{name}", update=False)
        self.set_class(dark, "-dark-mode", update=False)
        self.set_class(not dark, "-light-mode", update=False)
        self._refresh_truecolor_filter(self.ansi_theme)

    def today(self) -> dt.date:
        """Today's date; fixed in tests and screenshots so they are deterministic."""
        return self._fixed_today or dt.date.today()

    @property
    def theme_data(self) -> theme_files.ThemeData:
        return self._theme_datas.get(self.theme) or theme_files.SAFE_FALLBACK

    def severity_color(self, severity: str) -> str:
        return self.theme_data.severity.get(severity, self.theme_data.colors["primary"])

    def on_mount(self) -> None:
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        for problem in self.theme_problems:
            self.notify(problem, title="Theme", severity="warning", timeout=8)

    def _theme_changed(self, theme: Theme) -> None:
        """The runner chose a theme (the first one is set without this signal): remember it."""
        try:
            update_settings(theme=theme.name)
        except OSError as err:
            self.notify(f"Could not remember the theme: {err}", severity="warning")

    # --- loading after the first paint --------------------------------------------------------

    def after_first_paint(self, callback: Callable[[], Any]) -> None:
        """Call ``callback`` once the first frame is on screen (now, if it already is).

        What a screen does not need for its first frame waits for this, so the runner sees
        the screen sooner (``bench/bench_cold_start.py``).
        """
        if self._painted is None:
            callback()
        else:
            self._painted.append(callback)

    @on(events.Ready)
    def _start_loading(self) -> None:
        waiting, self._painted = self._painted or [], None
        self.load_data()
        for callback in waiting:
            callback()

    @work(
        thread=True,
        exclusive=True,
        group="load",
        name="load-journal",
        description="open the journal",
    )
    def load_data(self) -> None:
        """Open the journal, then warm the food table: off the UI thread, after first paint."""
        from journal.store import Journal, StoreError

        try:
            with self.journal_lock:
                # years of parsed days: frozen out of the collector as soon as they are read
                journal = self._open_journal(Journal)
                profile = journal.profile()
                journal.days()  # parse every day once, so History and Trends start warm
        except StoreError as err:
            self.post_message(self.LoadFailed(str(err)))
            return
        except ValueError as err:  # InvalidInput: a stored document the model refuses
            self.post_message(
                self.LoadFailed(
                    f"The journal holds a document Stridelog cannot read: {err}. "
                    "Run `stridelog check` to list every problem."
                )
            )
            return
        except OSError as err:
            self.post_message(self.LoadFailed(f"The journal cannot be opened: {err}"))
            return
        self.post_message(self.JournalLoaded(journal, profile))
        try:
            from journal import foods

            foods.load()  # the table, its indexes and every name's stems, before the first key
        except Exception as err:  # the food table is optional for the journal to work
            self.post_message(self.FoodsLoaded(f"The food table could not be loaded: {err}"))
            return
        self.post_message(self.FoodsLoaded())
        importlib.import_module("journal.analysis")  # warm: History and Trends analyse soon

    # The load worker's results arrive as messages (post_message is safe from a thread).

    class JournalLoaded(Message):
        def __init__(self, journal: Journal, profile: Profile) -> None:
            super().__init__()
            self.journal, self.profile = journal, profile

    class FoodsLoaded(Message):
        def __init__(self, problem: str | None = None) -> None:
            super().__init__()
            self.problem = problem

    class LoadFailed(Message):
        def __init__(self, message: str) -> None:
            super().__init__()
            self.message = message

    @on(JournalLoaded)
    def _journal_loaded(self, event: JournalLoaded) -> None:
        self.journal = event.journal
        self.profile = event.profile
        self.data_ready.publish(None)

    TRIES = 3

    def _open_journal(self, journal_class: type[Journal]) -> Journal:
        """Open the journal; an encrypted one asks its passphrase in a dialog (three tries)."""
        from journal import passphrase
        from journal.store.codec import WrongPassphrase

        wrong = False
        for attempt in range(self.TRIES):
            tries_left = self.TRIES - attempt

            def ask(folder: Path, *, _left: int = tries_left, _wrong: bool = wrong) -> str | None:
                return self._ask_passphrase(str(folder), _left, _wrong)

            passphrase.set_asker(ask)
            try:
                return journal_class.open(self.data_dir, after_load=gc.freeze)
            except WrongPassphrase:
                if attempt == self.TRIES - 1:
                    raise
                wrong = True
            finally:
                passphrase.set_asker(None)
        raise AssertionError("unreachable")

    def _ask_passphrase(self, folder: str, tries_left: int, wrong: bool) -> str | None:
        """Show the passphrase dialog from the loading thread and wait for its answer."""
        from journal.tui.screens.common import PassphraseScreen

        answered = threading.Event()
        answer: list[str | None] = [None]

        def done(value: str | None) -> None:
            answer[0] = value
            answered.set()

        self.call_from_thread(self.drop_held_input)  # keys typed before it reach no form later
        self.call_from_thread(self.push_screen, PassphraseScreen(folder, tries_left, wrong), done)
        while not answered.wait(0.2):
            if not self.is_running:  # the app closed while the dialog was up
                return None
        return answer[0]

    @on(FoodsLoaded)
    def _foods_loaded(self, event: FoodsLoaded) -> None:
        if event.problem:
            self.notify(event.problem, severity="warning")
            return
        self.foods_ready = True
        self.foods_loaded.publish(None)

    @on(LoadFailed)
    def _store_failed(self, event: LoadFailed) -> None:
        from journal.tui.screens.common import StoreErrorScreen

        self.store_error = event.message
        self.drop_held_input()
        self.push_screen(StoreErrorScreen(event.message))

    def when_ready(self, node: Any, callback: Callable[[], Any]) -> None:
        """Call ``callback`` now if the journal is loaded, and again whenever it is (re)loaded."""
        self.data_ready.subscribe(node, lambda _=None: callback())
        if self.journal is not None:
            callback()

    def journal_moved_on(self, seen: list[Any] | None) -> bool:
        """Whether the journal's days differ from ``seen`` (another process wrote the file).

        The store re-reads the file only when it changed on disk and otherwise returns the
        same parsed Day objects, so an identity check of the lists is cheap and exact.
        """
        if self.journal is None or seen is None:
            return False
        with self.journal_lock:
            days = self.journal.days()
        return len(days) != len(seen) or any(a is not b for a, b in zip(days, seen, strict=True))

    def set_profile(self, profile: Profile) -> None:
        self.profile = profile
        self.data_ready.publish(None)

    # --- navigation and actions ---------------------------------------------------------------

    def goto(self, mode: str) -> None:
        if mode in BY_MODE:
            self.switch_mode(mode)

    def action_goto(self, mode: str) -> None:
        self.goto(mode)

    def action_help(self) -> None:
        from journal.tui.screens.common import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def open_day(self, date: dt.date) -> None:
        """Open ``date`` in the check-in form (asks first if the form has unsaved changes)."""
        self.switch_mode("checkin")
        from journal.tui.screens.checkin import CheckinScreen

        screen = self.screen
        if isinstance(screen, CheckinScreen):
            screen.request_date(date)

    def checkin_screen(self) -> CheckinScreen | None:
        from journal.tui.screens.checkin import CheckinScreen

        for screen in self._screen_stacks.get("checkin", []):
            if isinstance(screen, CheckinScreen):
                return screen
        return None

    async def action_quit(self) -> None:
        checkin = self.checkin_screen()
        if checkin is not None and checkin.is_dirty():
            checkin.ask_quit()  # save and quit, quit without saving, or keep editing
            return
        self.exit()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Help", "Every key of every screen (f1, ?)", self.action_help)
        yield SystemCommand("Today", "Open today's check-in", lambda: self.open_day(self.today()))
        checkin = self.checkin_screen()
        if checkin is not None:
            yield SystemCommand("Save check-in", "Save the check-in form (ctrl+s)", checkin.save)
        from journal.tui.screens.common import BaseScreen

        if isinstance(screen, BaseScreen):
            yield from screen.palette_commands()

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: Any = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Notifications carry file names, paths and typed values: never parsed as markup."""
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=False)

    def _handle_exception(self, error: Exception) -> None:
        """The last line of defence: before Textual ends the app on an unexpected error, keep
        what the runner typed as a draft; the check-in restores it on the next start."""
        try:
            checkin = self.checkin_screen()
            if checkin is not None and checkin.is_dirty():
                checkin.keep_draft()
        except Exception:  # never let saving the draft hide the original error
            pass
        super()._handle_exception(error)

    def _fatal_error(self) -> None:
        """End on an unexpected error in one line, as the CLI does: Textual's traceback shows
        every frame's locals, and rendering years of days took minutes at full CPU with the
        app frozen. ``STRIDELOG_DEBUG=1`` shows the traceback (without the locals)."""
        import os

        from rich.text import Text

        error = self._exception
        if os.environ.get("STRIDELOG_DEBUG") and error is not None:
            from rich.traceback import Traceback

            shown: Any = Traceback.from_exception(
                type(error), error, error.__traceback__, show_locals=False, width=None
            )
        else:
            name = type(error).__name__ if error is not None else "error"
            shown = Text(
                f"stridelog: unexpected error ({name}); the saved days are safe and unsaved "
                "changes are kept as a draft for the next start. Run again with "
                "STRIDELOG_DEBUG=1 to see the details.",
                style="red",
            )
        self.bell()
        self._exit_renderables.append(shown)
        self._close_messages_no_wait()

    # --- writes -------------------------------------------------------------------------------

    def report_store_error(self, err: Exception) -> None:
        """Explain a failed write in the UI; nothing was written."""
        self.notify(str(err), title="Not saved", severity="error", timeout=10)


def create_app(
    data_dir: str | Path | None = None,
    *,
    today: dt.date | None = None,
    theme: str | None = None,
) -> StridelogApp:
    """The app factory the CLI, the tests and the screenshot script use."""
    return StridelogApp(data_dir, today=today, theme=theme)
