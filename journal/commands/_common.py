"""What every command shares: ``--data-dir``, opening the journal, failing cleanly."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click

from journal import paths
from journal.commands.lazy import LazyGroup
from journal.commands.plain import Refused
from journal.commands.plain import ask_passphrase_on_terminal as ask_passphrase_on_terminal
from journal.commands.plain import echo_json as echo_json
from journal.commands.plain import explain_os_error as explain_os_error
from journal.entry import parse_date
from journal.model import InvalidInput
from journal.store import Journal, StoreError
from journal.textsafe import has_surrogates, printable

F = TypeVar("F", bound=Callable[..., Any])


class UserError(click.ClickException):
    """Exit 1 with a message on stderr and no traceback."""

    exit_code = 1

    def show(self, file: Any = None) -> None:
        message = printable(self.format_message(), multiline=True)
        click.secho(f"stridelog: {message}", err=True, fg="red")


def fail(message: str) -> NoReturn:
    raise UserError(message)


def _remember_data_dir(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    if value is None:
        return
    if not value.strip():
        source = "STRIDELOG_DATA_DIR" if _from_env(ctx, param) else "--data-dir"
        raise UserError(f"{source}: is empty; allowed: the path of a folder")
    store = ctx.ensure_object(dict)
    if _from_env(ctx, param) and "data_dir" in store:
        return  # `stridelog --data-dir X cmd` beats STRIDELOG_DATA_DIR
    store["data_dir"] = value


def _from_env(ctx: click.Context, param: click.Parameter) -> bool:
    return ctx.get_parameter_source(param.name or "") == click.core.ParameterSource.ENVIRONMENT


def data_dir_option(func: F) -> F:
    """``--data-dir`` on any command (and the group); falls back to STRIDELOG_DATA_DIR."""
    return click.option(
        "--data-dir",
        type=click.Path(file_okay=False),
        envvar=paths.DATA_ENV,
        expose_value=False,
        is_eager=True,
        callback=_remember_data_dir,
        help=f"Journal folder (default: the user data folder; env {paths.DATA_ENV}).",
    )(func)


encrypt_option = click.option(
    "--encrypt",
    is_flag=True,
    help="Encrypt the file with a passphrase of its own (asked twice; for scripts "
    "STRIDELOG_EXPORT_PASSPHRASE_FILE); the README says how to open it.",
)


def data_dir_from(ctx: click.Context) -> str | None:
    root = ctx.find_root()
    return (root.obj or {}).get("data_dir") or (ctx.obj or {}).get("data_dir")


def open_journal(ctx: click.Context | None = None, **options: Any) -> Journal:
    """The journal of ``--data-dir``; a command that reads many days then leaves them out of
    the garbage collector's scans (``gc.freeze``: this process ends soon anyway)."""
    import gc

    ctx = ctx or click.get_current_context()
    try:
        return Journal.open(data_dir_from(ctx), after_load=gc.freeze, **options)
    except StoreError as err:
        fail(str(err))


def _option_name(ctx: click.Context | None, name: str) -> str:
    for param in ctx.command.params if ctx else ():
        if param.name == name:
            return param.opts[0] if param.opts else name
    return "--" + name.replace("_", "-")


def _refuse_undecodable(kwargs: dict[str, Any]) -> None:
    """Arguments that were not valid UTF-8 reach us as lone surrogates: refuse them by name."""
    for name, value in kwargs.items():
        texts = value if isinstance(value, tuple | list) else (value,)
        if any(isinstance(t, str) and has_surrogates(t) for t in texts):
            option = _option_name(click.get_current_context(silent=True), name)
            fail(f"{option}: the text is not valid UTF-8; allowed: text in UTF-8")


def user_errors(func: F) -> F:
    """Turn the core's explained errors into exit 1 with the message."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        _refuse_undecodable(kwargs)
        try:
            return func(*args, **kwargs)
        except (InvalidInput, StoreError, Refused) as err:
            fail(str(err))
        except BrokenPipeError:
            quiet_after_closed_pipe()
        except OSError as err:
            fail(explain_os_error(err))

    return wrapper  # type: ignore[return-value]


class GuardedGroup(LazyGroup):
    """The last line of defence: no command ever ends in a traceback.

    Explained errors are handled where they arise; anything else is a bug, reported in one line
    (with the traceback when ``STRIDELOG_DEBUG`` is set) and exit 1. Nothing half-written can
    result: every write is atomic.
    """

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort, KeyboardInterrupt):
            raise
        except BrokenPipeError:
            quiet_after_closed_pipe()
        except Exception as err:
            fail(explain_failure(err))


def explain_failure(err: Exception) -> str:
    """What a command ending in ``err`` says: the core's explained errors as they are, the
    system's refusals in words, anything else (a bug) in one line, or re-raised for its
    traceback when ``STRIDELOG_DEBUG`` is set."""
    if isinstance(err, InvalidInput | StoreError | Refused):
        return str(err)
    if isinstance(err, OSError):
        return explain_os_error(err)
    if os.environ.get("STRIDELOG_DEBUG"):
        raise err
    return (
        f"unexpected error ({type(err).__name__}); nothing was changed. "
        "Run again with STRIDELOG_DEBUG=1 to see the details."
    )


def end_as_click_would(err: Exception | KeyboardInterrupt) -> NoReturn:
    """End the process on ``err`` from a command run without click (:mod:`.quick`) as
    :class:`GuardedGroup` and click's standalone mode end it: same words, same exit code."""
    if isinstance(err, KeyboardInterrupt):
        click.echo(file=sys.stderr)
        err = click.Abort()
    if isinstance(err, click.Abort):
        click.echo("Aborted!", file=sys.stderr)
        sys.exit(1)
    if isinstance(err, click.ClickException):
        err.show()
        sys.exit(err.exit_code)
    if isinstance(err, BrokenPipeError):
        quiet_after_closed_pipe()
    UserError(explain_failure(err)).show()
    sys.exit(1)


def quiet_after_closed_pipe() -> None:
    """The reader of our output went away (``stridelog show | head -1``): what was asked is
    done, so end quietly instead of reporting an error about the journal."""
    with contextlib.suppress(OSError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    sys.exit(1)


class DateType(click.ParamType):
    """YYYY-MM-DD, today, yesterday or -N (N days ago), from 1900 to tomorrow."""

    name = "date"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> dt.date:
        if isinstance(value, dt.date):
            return value
        name = param.opts[0] if param and param.opts else "date"
        try:
            return parse_date(str(value), name)
        except InvalidInput as err:
            raise UserError(str(err)) from None


DATE = DateType()


def check_output_path(output: str, force: bool) -> Path:
    """Where an export goes. Missing folders are made 0700, existing ones never changed; an
    existing file is replaced only with ``--force`` (or a yes at the prompt)."""
    path = Path(output).expanduser()
    if not output.strip():
        fail("-o: is empty; allowed: the path of a file to write")
    if path.is_dir():
        fail(f"-o {printable(output)}: is a folder; allowed: the path of a file to write")
    if path.exists() and not force:
        interactive = sys.stdin.isatty()
        question = f"{printable(output)} exists. Overwrite it?"
        if not interactive or not click.confirm(question, default=False, err=True):
            fail(f"-o {printable(output)}: the file exists; use --force to overwrite it")
    return path
