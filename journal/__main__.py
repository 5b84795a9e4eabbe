"""The ``stridelog`` script and ``python -m journal``: the CLI, started as cheaply as it is short.

Loading the CLI allocates tens of thousands of objects that live until the process ends
(modules, classes, functions), so no collection can free any of them: the collector is held
off while they load (it would otherwise scan them some forty times, ~8 ms of a ~70 ms
``stridelog add``) and they are frozen afterwards, so later collections, and the full ones the
interpreter runs at exit, skip them (~6 ms more). Nothing else changes: a command that
allocates much (trends, import) is collected as usual. Modules that click, msgspec and pathlib
import but ``show`` and ``add`` never use are loaded on first use (``journal.deferred``), and
msgspec without typing_extensions. A plain ``add``, ``export`` or ``trends --json`` runs
without click (``journal.commands.quick``).
"""

import gc


def run() -> None:
    import sys

    from journal import early_keys

    held = None
    if early_keys.launches_app(sys.argv[1:]):  # before anything loads (journal.early_keys)
        held = early_keys.hold_flow_control(sys.stdin)
    enabled = gc.isenabled()
    gc.disable()
    try:
        from journal import deferred

        deferred.defer()
        deferred.import_msgspec()
        main = None
        if {"add", "export", "trends"}.intersection(sys.argv[1:]):
            from journal.commands import quick

            main = quick.prepare(sys.argv[1:])  # a plain `add`, `export`, `trends --json`
        if main is None:
            from journal.cli import main
    finally:
        if enabled:
            gc.enable()
    gc.freeze()
    try:
        main()
    finally:
        gc.freeze()  # what is still alive at exit: the final collections need not scan it
        _flush_or_quiet()
        if held is not None:
            held.restore()


def _flush_or_quiet() -> None:
    """Output buffered until exit can meet a reader that left (``| head -1``): end quietly.
    Started with no stdout at all (``>&-``), Python has none to flush (click writes nothing)."""
    import sys

    if sys.stdout is None:
        return
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        from journal.commands._common import quiet_after_closed_pipe

        quiet_after_closed_pipe()


if __name__ == "__main__":
    run()
