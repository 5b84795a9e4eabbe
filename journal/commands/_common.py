"""What every command shares: ``--data-dir``, opening the journal, failing cleanly."""

from __future__ import annotations

import datetime as dt
import functools
import sys
from collections.abc import Callable
from typing import Any, NoReturn, TypeVar

import click

from journal import paths
from journal.model import InvalidInput
from journal.store import Journal, StoreError

F = TypeVar("F", bound=Callable[..., Any])


class UserError(click.ClickException):
    """Exit 1 with a message on stderr and no traceback."""

    exit_code = 1

    def show(self, file: Any = None) -> None:
        click.secho(f"stridelog: {self.format_message()}", err=True, fg="red")


def fail(message: str) -> NoReturn:
    raise UserError(message)


def _remember_data_dir(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    from_env = ctx.get_parameter_source(param.name or "") == click.core.ParameterSource.ENVIRONMENT
    if value is not None and not value.strip() and not from_env:
        raise UserError(
            "--data-dir: an empty path names no folder; give a folder, or leave "
            "the option out to use the default"
        )
    if not value:
        return
    store = ctx.ensure_object(dict)
    if from_env and "data_dir" in store:
        return  # `stridelog --data-dir X cmd` beats STRIDELOG_DATA_DIR
    store["data_dir"] = value


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


def user_errors(func: F) -> F:
    """Turn the core's explained errors into exit 1 with the message."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (InvalidInput, StoreError) as err:
            fail(str(err))

    return wrapper  # type: ignore[return-value]


class DateType(click.ParamType):
    """YYYY-MM-DD, or today / yesterday / -N (N days ago)."""

    name = "date"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> dt.date:
        if isinstance(value, dt.date):
            return value
        text = str(value).strip().lower()
        today = dt.date.today()
        if text == "today":
            return today
        if text == "yesterday":
            return today - dt.timedelta(days=1)
        if text.startswith("-") and text[1:].isdigit():
            return today - dt.timedelta(days=int(text[1:]))
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            name = param.opts[0] if param and param.opts else "date"
            raise UserError(
                f"{name}: {value!r} is not a date; use YYYY-MM-DD, today, yesterday or -N"
            ) from None


DATE = DateType()


def echo_json(data: Any) -> None:
    import orjson

    sys.stdout.buffer.write(orjson.dumps(data, option=orjson.OPT_INDENT_2) + b"\n")
    sys.stdout.flush()
