"""``stridelog add`` without click, when its command line is plain.

click, with the ``inspect`` it imports, is over a quarter of the start-up that is nearly all
of an ``add`` (~60 M of ~220 M instructions, ~15 ms). :func:`prepare` reads a plain ``add``
line as click reads it: the same option names, a value in the next word or after ``=``, the
last of a repeated value, lists in order, flags, ``--date`` through the same parser,
``--data-dir`` on the group or the command over STRIDELOG_DATA_DIR. The command then runs
the same code as the click command (:func:`journal.commands.day_add.add_day`), and its errors
end the process as under click (:func:`journal.commands._common.end_as_click_would`).

Anything click answers or refuses itself is left to click, which then runs the whole command
as before, so its messages and exit codes are click's: another command, ``--help``, an unknown
or incomplete option, a flag given a value, an argument, ``--``, a date or folder click
rejects, text that is not UTF-8, shell completion. ``tests/test_quick.py`` checks what is read
against click's own parse of the same lines.
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


class Declined(Exception):
    """Not a line this module reads: click reads it."""


def read_add(args: list[str], environ: Mapping[str, str]) -> tuple[dict[str, Any], str | None]:
    """``add``'s options (as the click command receives them) and the data folder given (by
    ``--data-dir`` or STRIDELOG_DATA_DIR), from ``args`` (the line after the program's name).

    Raises :class:`Declined` for any line click should read."""
    if any(key.startswith("_") and key.endswith("_COMPLETE") for key in environ):
        raise Declined  # click's shell completion
    values: dict[str, Any] = dict(DEFAULTS)
    lists: dict[str, list[str]] = {name: [] for name in LISTS.values()}
    folders: dict[str, str] = {}  # "group" / "command": --data-dir given there (last wins)
    where, i = "group", 0
    while i < len(args):
        arg = args[i]
        i += 1
        if where == "group" and arg == "add":
            where = "command"
            continue
        if not arg.startswith("--") or arg == "--":
            raise Declined  # an argument, a short option, the end of options
        name, eq, explicit = arg.partition("=")
        if name in FLAGS and where == "command" and not eq:
            key, flag = FLAGS[name]
            values[key] = flag
            continue
        if name != DATA_DIR and (where == "group" or (name not in VALUES and name not in LISTS)):
            raise Declined
        if not eq:
            if i == len(args):
                raise Declined  # the option's value is missing
            explicit, i = args[i], i + 1
        if name == DATA_DIR:
            folders[where] = explicit
        elif name in VALUES:
            values[VALUES[name]] = explicit
        else:
            lists[LISTS[name]].append(explicit)
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
    from journal.entry import parse_date
    from journal.model import InvalidInput

    try:
        values["date_"] = parse_date(values["date_"], "--date")
    except InvalidInput:
        raise Declined from None  # click says why
    return values, folders.get("command", folders.get("group", env))


def _folder_click_accepts(folder: str) -> bool:
    """``click.Path(file_okay=False)``: a missing path is fine; a file or unreadable, not."""
    try:
        st = os.stat(folder)
    except OSError:
        return True
    return not stat.S_ISREG(st.st_mode) and os.access(folder, os.R_OK)


def prepare(args: list[str]) -> Callable[[], None] | None:
    """The ``add`` of a plain command line, ready to run (its modules imported); None where
    click should run the command line."""
    try:
        options, folder = read_add(args, os.environ)
    except Declined:
        return None
    import gc

    from journal.commands.day_add import add_day
    from journal.commands.plain import ask_passphrase_on_terminal
    from journal.store import Journal

    def run() -> None:
        try:
            ask_passphrase_on_terminal()
            add_day(options, lambda: Journal.open(folder, after_load=gc.freeze))
        except (Exception, KeyboardInterrupt) as err:
            from journal.commands._common import end_as_click_would

            end_as_click_would(err)

    return run
