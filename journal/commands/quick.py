"""``stridelog add``, ``export`` and ``trends --json`` without click, when their command line
is plain.

click, with the ``inspect`` it imports, is over a quarter of the start-up that is nearly all
of an ``add`` (~60 M of ~220 M instructions, ~15 ms), and a quarter of a one-year ``export``
(~30 of ~110 ms). :func:`prepare` reads a plain line as click reads it: the same option names
(``-o`` as ``--output``), a value in the next word or after ``=``, the last of a repeated
value, lists in order, flags, dates through the same parser, ``--data-dir`` on the group or
the command over STRIDELOG_DATA_DIR. The command then runs the same code as the click command
(:func:`journal.commands.day_add.add_day`, :func:`journal.commands.export_json.export_json`),
and its errors end the process as under click
(:func:`journal.commands._common.end_as_click_would`).

Anything click answers or refuses itself is left to click, which then runs the whole command
as before, so its messages and exit codes are click's: another command, ``--help``, an unknown
or incomplete option, a flag given a value, an argument, ``--``, a date or folder click
rejects, text that is not UTF-8, shell completion; for ``export`` also what asks or refuses
before anything is read (an existing file without ``--force``, ``--encrypt``, ``--from``
after ``--to``) and the other formats. ``tests/test_quick.py`` checks what is read against
click's own parse of the same lines.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Mapping
from typing import Any

from journal.paths import DATA_ENV

DATA_DIR = "--data-dir"
VALUES = {
    "--date": "date_",
    "--sleep": "sleep",
    "--sleep-quality": "sleep_quality",
    "--fatigue": "fatigue",
    "--soreness": "soreness",
    "--stress": "stress",
    "--rhr": "rhr",
    "--weight": "weight",
    "--note": "note",
}
LISTS = {
    "--run": "runs",
    "--cross": "cross",
    "--meal": "meals",
    "--supplement": "supplements",
    "--pain": "pains",
    "--symptom": "symptoms",
    "--tag": "tags",
    "--rpe": "rpes",
}
FLAGS = {
    "--replace": ("replace", True),
    "--json": ("as_json", True),
    "--meals-complete": ("meals_complete", True),
    "--meals-partial": ("meals_complete", False),
    "--fever": ("fever", True),
    "--no-fever": ("fever", False),
    "--period": ("period", True),
    "--no-period": ("period", False),
}
DEFAULTS: dict[str, Any] = {
    **dict.fromkeys(VALUES.values()),
    "date_": "today",
    "replace": False,
    "as_json": False,
    "meals_complete": None,
    "fever": None,
    "period": None,
}


EXPORT_VALUES = {"--from": "start", "--to": "end", "--output": "output", "--format": "fmt"}
EXPORT_FLAGS = {
    "--force": ("force", True),
    "--no-notes": ("no_notes", True),
    "--encrypt": ("encrypt", True),
}
EXPORT_DEFAULTS: dict[str, Any] = {
    **dict.fromkeys(EXPORT_VALUES.values()),
    "force": False,
    "no_notes": False,
    "fmt": "json",
    "encrypt": False,
}
TRENDS_VALUES = {"--from": "start", "--to": "end"}
TRENDS_FLAGS = {"--json": ("as_json", True)}
TRENDS_DEFAULTS: dict[str, Any] = {"start": None, "end": None, "as_json": False}
SHORT = {"-o": "--output"}  # export's one short option, read only as a word of its own


class Declined(Exception):
    """Not a line this module reads: click reads it."""


def _read(
    command: str,
    spec: tuple[dict[str, str], dict[str, str], dict[str, tuple[str, Any]], dict[str, Any]],
    args: list[str],
    environ: Mapping[str, str],
) -> tuple[dict[str, Any], str | None]:
    """``command``'s options by ``spec`` (values, lists, flags, defaults), as click reads them,
    and the data folder given; raises :class:`Declined` for any line click should read."""
    value_names, list_names, flag_names, defaults = spec
    if any(key.startswith("_") and key.endswith("_COMPLETE") for key in environ):
        raise Declined  # click's shell completion
    values: dict[str, Any] = dict(defaults)
    lists: dict[str, list[str]] = {name: [] for name in list_names.values()}
    folders: dict[str, str] = {}  # "group" / "command": --data-dir given there (last wins)
    where, i = "group", 0
    while i < len(args):
        arg = args[i]
        i += 1
        if where == "group" and arg == command:
            where = "command"
            continue
        if where == "command" and arg in SHORT and SHORT[arg] in value_names:
            name, eq, explicit = SHORT[arg], "", ""
        elif not arg.startswith("--") or arg == "--":
            raise Declined  # an argument, a short option, the end of options
        else:
            name, eq, explicit = arg.partition("=")
        if name in flag_names and where == "command" and not eq:
            key, flag = flag_names[name]
            values[key] = flag
            continue
        known = name in value_names or name in list_names
        if name != DATA_DIR and (where == "group" or not known):
            raise Declined
        if not eq:
            if i == len(args):
                raise Declined  # the option's value is missing
            explicit, i = args[i], i + 1
        if name == DATA_DIR:
            folders[where] = explicit
        elif name in value_names:
            values[value_names[name]] = explicit
        else:
            lists[list_names[name]].append(explicit)
    if where == "group":
        raise Declined  # no command, or another one
    env = environ.get(DATA_ENV) or None  # click reads an empty variable as unset
    for folder in [*folders.values(), *([env] if env else [])]:
        if not folder.strip() or not _folder_click_accepts(folder):
            raise Declined
    from journal.textsafe import has_surrogates

    texts = [v for v in values.values() if isinstance(v, str)]
    if any(has_surrogates(t) for t in [*texts, *(t for v in lists.values() for t in v)]):
        raise Declined  # refused by name under click (journal.commands._common)
    values |= {key: tuple(items) for key, items in lists.items()}
    return values, folders.get("command", folders.get("group", env))


def _date(value: str | None, option: str) -> Any:
    """A date option as click's DATE type reads it; None stays None."""
    if value is None:
        return None
    from journal.entry import parse_date
    from journal.model import InvalidInput

    try:
        return parse_date(value, option)
    except InvalidInput:
        raise Declined from None  # click says why


def read_add(args: list[str], environ: Mapping[str, str]) -> tuple[dict[str, Any], str | None]:
    """``add``'s options (as the click command receives them) and the data folder given (by
    ``--data-dir`` or STRIDELOG_DATA_DIR), from ``args`` (the line after the program's name).

    Raises :class:`Declined` for any line click should read."""
    values, folder = _read("add", (VALUES, LISTS, FLAGS, DEFAULTS), args, environ)
    values["date_"] = _date(values["date_"], "--date")
    return values, folder


def read_export(args: list[str], environ: Mapping[str, str]) -> tuple[dict[str, Any], str | None]:
    """``export``'s options and data folder as :func:`read_add` reads ``add``'s; declines
    (besides what click reads) whatever asks, refuses or encrypts before the export is read."""
    spec = (EXPORT_VALUES, {}, EXPORT_FLAGS, EXPORT_DEFAULTS)
    values, folder = _read("export", spec, args, environ)
    _window(values)
    output = values["output"]
    if values["fmt"] != "json" or values["encrypt"]:
        raise Declined
    if output not in (None, "-"):
        if not output.strip():
            raise Declined
        from pathlib import Path

        path = Path(output).expanduser()
        if path.is_dir() or (path.exists() and not values["force"]):
            raise Declined  # click refuses a folder; the command asks before replacing
    return values, folder


def read_trends(args: list[str], environ: Mapping[str, str]) -> tuple[dict[str, Any], str | None]:
    """``trends --json``'s options and data folder as :func:`read_add` reads ``add``'s; the
    lines for the runner (styled by click) and ``--from`` after ``--to`` are left to click."""
    spec = (TRENDS_VALUES, {}, TRENDS_FLAGS, TRENDS_DEFAULTS)
    values, folder = _read("trends", spec, args, environ)
    _window(values)
    if not values["as_json"]:
        raise Declined
    return values, folder


def _window(values: dict[str, Any]) -> None:
    """``--from`` and ``--to`` read as dates in ``values``; ``--from`` after ``--to`` is left
    to the click command, which says so."""
    start = values["start"] = _date(values["start"], "--from")
    end = values["end"] = _date(values["end"], "--to")
    if start and end and start > end:
        raise Declined


def _folder_click_accepts(folder: str) -> bool:
    """``click.Path(file_okay=False)``: a missing path is fine; a file or unreadable, not."""
    try:
        st = os.stat(folder)
    except OSError:
        return True
    return not stat.S_ISREG(st.st_mode) and os.access(folder, os.R_OK)


def prepare(args: list[str]) -> Callable[[], None] | None:
    """The ``add``, ``export`` or ``trends`` of a plain command line, ready to run (its
    modules imported); None where click should run the command line."""
    for command, (read, make) in READERS.items():
        if command not in args:
            continue
        try:
            options, folder = read(args, os.environ)
        except Declined:
            continue
        return make(options, folder)
    return None


def _add(options: dict[str, Any], folder: str | None) -> Callable[[], None]:
    import gc

    from journal.commands.day_add import add_day
    from journal.commands.plain import ask_passphrase_on_terminal
    from journal.store import Journal

    def run() -> None:
        try:
            ask_passphrase_on_terminal()
            add_day(options, lambda: Journal.open(folder, after_load=gc.freeze))
        except (Exception, KeyboardInterrupt) as err:
            _end(err)

    return run


def _export(options: dict[str, Any], folder: str | None) -> Callable[[], None]:
    import gc
    from pathlib import Path

    from journal.commands.export_json import export_json
    from journal.commands.plain import ask_passphrase_on_terminal, echo_text
    from journal.store import Journal

    output = options["output"]
    target = Path(output).expanduser() if output not in (None, "-") else None

    def run() -> None:
        try:
            ask_passphrase_on_terminal()  # no deferred.load_all(): no threads, as in add
            line = export_json(
                lambda: Journal.open(folder, after_load=gc.freeze),
                options["start"],
                options["end"],
                target,
                output=output,
                include_notes=not options["no_notes"],
            )
            if line is not None:
                echo_text(line)
        except (Exception, KeyboardInterrupt) as err:
            _end(err)

    return run


def _trends(options: dict[str, Any], folder: str | None) -> Callable[[], None]:
    import gc

    from journal.commands.plain import ask_passphrase_on_terminal, echo_json
    from journal.commands.trends_json import trends_result
    from journal.store import Journal

    def run() -> None:
        try:
            ask_passphrase_on_terminal()
            journal = Journal.open(folder, after_load=gc.freeze)
            result, _units = trends_result(journal, options["start"], options["end"], as_json=True)
            echo_json(result)
        except (Exception, KeyboardInterrupt) as err:
            _end(err)

    return run


Reader = Callable[[list[str], Mapping[str, str]], tuple[dict[str, Any], str | None]]
Maker = Callable[[dict[str, Any], str | None], Callable[[], None]]
READERS: dict[str, tuple[Reader, Maker]] = {
    "add": (read_add, _add),
    "export": (read_export, _export),
    "trends": (read_trends, _trends),
}


def _end(err: Exception | KeyboardInterrupt) -> None:
    from journal.commands._common import end_as_click_would

    end_as_click_would(err)
