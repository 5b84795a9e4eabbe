"""Standard-library modules loaded on first use instead of at start-up (the CLI's entry only).

click, msgspec and pathlib import modules that ``stridelog show`` and ``add`` never use:
``inspect``'s ``linecache`` and ``tokenize`` (tracebacks), ``textwrap`` (help, JSON Schema),
``ipaddress`` and ``fnmatch`` (pathlib), ``msgspec.inspect`` (the model's error messages).
``defer`` puts a placeholder in ``sys.modules`` for
each, so ``import textwrap`` binds the placeholder; the real module runs on the first access of
any of its attributes, or when ``from textwrap import x`` asks for one, and from then on it is
the ordinary module, the same object. As Mercurial's demandimport and
``importlib.util.LazyLoader`` do, for a short, explicit list, thread-safe (a second thread
waits while the module runs); an error while it runs reaches the user as an import's would.
``inspect`` and ``uuid`` cannot be deferred: click calls ``inspect.cleandoc`` and subclasses
with ``uuid.UUID`` at import, and msgspec reads ``uuid.UUID`` at import.

``import_msgspec`` loads msgspec without typing_extensions, which msgspec only prefers and
which costs ``inspect`` (with ``ast`` and ``dis``), and ``uuid`` without ``platform`` (see
there).

Only ``journal.__main__.run`` calls ``defer`` and ``import_msgspec``, before the CLI loads;
``load_all`` runs what is still deferred (the CLI calls it for every command but ``show``,
``add`` and a plain ``export``, which run no threads, before the app's threads start), so
only those meet a placeholder.
"""

from __future__ import annotations

import sys
import types
from _thread import RLock
from typing import Any

# Imported at start-up, used only by other commands or on error paths; each a source module
# (not frozen) whose loading changes nothing but itself. A submodule only where its package
# binds it by name when it runs (msgspec's ``from . import inspect``): the import system sets
# no attribute on the package for a module it finds in ``sys.modules`` already.
MODULES = ("linecache", "tokenize", "token", "textwrap", "ipaddress", "fnmatch", "msgspec.inspect")

_lock = RLock()
_loading: set[str] = set()
_pending: dict[str, types.ModuleType] = {}
_IMPORT_SYSTEM = frozenset({"__spec__", "__name__"})  # read by `import x`: must not load it


class _Deferred(types.ModuleType):
    """A module not run yet: runs on first attribute access, then is a plain module."""

    def __getattribute__(self, attr: str) -> Any:
        if attr not in _IMPORT_SYSTEM:
            _load(self)
        return types.ModuleType.__getattribute__(self, attr)

    def __setattr__(self, attr: str, value: Any) -> None:
        _load(self)
        types.ModuleType.__setattr__(self, attr, value)

    def __delattr__(self, attr: str) -> None:
        _load(self)
        types.ModuleType.__delattr__(self, attr)


def _load(module: types.ModuleType) -> None:
    with _lock:
        if type(module) is not _Deferred:
            return  # run meanwhile by another thread
        spec = types.ModuleType.__getattribute__(module, "__spec__")
        if spec.name in _loading:
            return  # the module's own code, while it runs, sees its namespace as it is
        _loading.add(spec.name)
        try:
            spec.loader.exec_module(module)
            object.__setattr__(module, "__class__", types.ModuleType)
            _pending.pop(spec.name, None)
        finally:
            _loading.discard(spec.name)


def defer(names: tuple[str, ...] = MODULES) -> None:
    """Placeholders for the modules ``names`` not imported yet (others are left as they are)."""
    for name in names:
        if name in sys.modules:
            continue
        parent, _, _ = name.rpartition(".")
        if parent and parent in sys.modules:
            continue  # the package ran already: it bound the real submodule, or never will
        spec = _find_spec(name)
        if (
            spec is None
            or spec.submodule_search_locations is not None
            or not (spec.has_location and spec.origin.endswith(".py"))
        ):
            continue  # only plain source modules: their attributes are the ones set below
        module = _Deferred(name)
        attrs = {"__spec__": spec, "__loader__": spec.loader, "__package__": parent,
                 "__file__": spec.origin, "__cached__": spec.cached}  # fmt: skip
        for attr, value in attrs.items():
            types.ModuleType.__setattr__(module, attr, value)
        sys.modules[name] = _pending[name] = module


def _find_spec(name: str) -> Any:
    """As the import system finds ``name``, without running it or its package (importlib.util's
    find_spec would import the package, and itself cost an import)."""
    parent, _, _ = name.rpartition(".")
    path = None
    if parent:
        package = _find_spec(parent)
        path = package.submodule_search_locations if package else None
        if path is None:
            return None
    for finder in sys.meta_path:
        find = getattr(finder, "find_spec", None)
        spec = find(name, path) if find else None
        if spec is not None:
            return spec
    return None


def import_msgspec() -> None:
    """Import msgspec as it runs where typing_extensions is not installed (msgspec does not
    require it), and with it ``uuid`` without ``platform``: the same modules for every use on
    Python 3.11 and later, ~30 M instructions cheaper (~50 M where nothing imports ``inspect``).

    msgspec takes three names from typing_extensions when it can, else from ``typing``:
    ``Required`` and ``NotRequired`` are typing's own objects there from 3.11 on, and its
    ``get_type_hints(obj, include_extras=True)``, the only call msgspec makes, returns
    ``typing.get_type_hints(obj, include_extras=True)`` (or is that function, from 3.13).
    Importing typing_extensions costs ``inspect`` (with ``ast``, ``dis``, ``tokenize``), which
    it calls at import. msgspec imports ``uuid``, which on POSIX imports ``platform`` (nine
    regular expressions compiled) only to read ``platform.system()`` once, to know AIX and
    Linux: :func:`_platform_for_uuid` answers that. Both are hidden only while msgspec loads;
    what imports them later (the app's Textual) gets the real modules. Should a msgspec or
    ``uuid`` ever fail so, they are imported again as usual."""
    if "msgspec" in sys.modules or "typing_extensions" in sys.modules:
        return  # too late, or nothing to save
    hidden: dict[str, types.ModuleType | None] = {"typing_extensions": None}  # None: absent
    if not {"platform", "uuid"} & set(sys.modules) and sys.platform not in ("win32", "darwin"):
        hidden["platform"] = _platform_for_uuid()
    sys.modules.update(hidden)  # type: ignore[arg-type]
    try:
        import msgspec  # noqa: F401
    except Exception:
        for name in [n for n in sys.modules if n.partition(".")[0] in ("msgspec", "uuid")]:
            if type(sys.modules[name]) is not _Deferred:
                del sys.modules[name]
    finally:
        for name, stand_in in hidden.items():
            if name in sys.modules and sys.modules[name] is stand_in:
                del sys.modules[name]


def _platform_for_uuid() -> types.ModuleType:
    """What ``uuid`` reads of ``platform`` at import: ``system()``, which on POSIX is
    ``os.uname().sysname`` (platform renames only Windows' and OpenVMS's names)."""
    import os

    stand_in = types.ModuleType("platform", "os.uname's system name, for uuid's import only")
    stand_in.system = lambda: os.uname().sysname  # type: ignore[attr-defined]
    return stand_in


def load_all() -> None:
    """Run every module still deferred (before threads start, or where they will be used)."""
    for module in list(_pending.values()):
        _load(module)
