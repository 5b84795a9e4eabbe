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
``inspect``, ``uuid`` and ``platform`` cannot be deferred: click calls ``inspect.cleandoc`` and
subclasses with ``uuid.UUID`` at import, and ``uuid`` calls ``platform.system()`` at import.

``import_msgspec`` loads msgspec without typing_extensions (see there): msgspec only prefers
it, and it costs ``inspect`` (with ``ast`` and ``dis``), which ``add`` no longer imports.

Only ``journal.__main__.run`` calls ``defer`` and ``import_msgspec``, before the CLI loads;
``load_all`` runs what is still deferred (the CLI calls it for every command but ``show`` and
``add``, the app's threads included), so nothing else ever meets a placeholder.
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
    require it): the same on Python 3.11 and later, and ~20 M instructions cheaper (~40 M
    where nothing else imports ``inspect``).

    msgspec takes three names from typing_extensions when it can, else from ``typing``:
    ``Required`` and ``NotRequired`` are typing's own objects there from 3.11 on, and its
    ``get_type_hints(obj, include_extras=True)``, the only call msgspec makes, returns
    ``typing.get_type_hints(obj, include_extras=True)`` (or is that function, from 3.13).
    Importing typing_extensions costs ``inspect`` (with ``ast``, ``dis``, ``tokenize``), which
    it calls at import. typing_extensions is hidden only while msgspec loads; anything that
    imports it later (the app's Textual) gets the real module."""
    if "msgspec" in sys.modules or "typing_extensions" in sys.modules:
        return  # too late, or nothing to save
    sys.modules["typing_extensions"] = None  # type: ignore[assignment]  # import says: absent
    try:
        import msgspec  # noqa: F401
    except ImportError:  # a msgspec that needs it after all: it loads as usual when imported
        for name in [n for n in sys.modules if n == "msgspec" or n.startswith("msgspec.")]:
            if type(sys.modules[name]) is not _Deferred:
                del sys.modules[name]
    finally:
        if sys.modules.get("typing_extensions", 0) is None:
            del sys.modules["typing_extensions"]


def load_all() -> None:
    """Run every module still deferred (before threads start, or where they will be used)."""
    for module in list(_pending.values()):
        _load(module)
