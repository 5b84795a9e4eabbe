"""The house rules of the package, read from the source: who may import whom, no import cycles,
no oversized modules (docs/design.md, "The package")."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "journal"
MAX_LINES = 550  # "about 500": a module past this wants splitting


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imports(name: str, *, top_level_only: bool) -> Iterator[str]:
    """Modules ``name`` imports; with ``top_level_only``, only those run at import time."""
    tree = ast.parse(MODULES[name].read_text(encoding="utf-8"))
    package = name if MODULES[name].name == "__init__.py" else name.rpartition(".")[0]

    def visit(nodes: list[ast.stmt]) -> Iterator[str]:
        for node in nodes:
            if isinstance(node, ast.Import):
                yield from (alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                    base = f"{anchor}.{base}".rstrip(".")
                for alias in node.names:  # a submodule by name, else a name from ``base``
                    full = f"{base}.{alias.name}"
                    yield full if full in MODULES else base
            elif isinstance(node, ast.If) and _is_type_checking(node):
                continue
            elif top_level_only and isinstance(
                node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef
            ):
                if isinstance(node, ast.ClassDef):
                    yield from visit(node.body)
                continue
            else:
                for field in ("body", "orelse", "finalbody", "handlers"):
                    children = getattr(node, field, None)
                    if isinstance(children, list):
                        yield from visit([c for c in children if isinstance(c, ast.stmt)])
                for handler in getattr(node, "handlers", []):
                    yield from visit(handler.body)

    yield from visit(tree.body)


def _within(target: str, prefixes: tuple[str, ...]) -> bool:
    return any(target == p or target.startswith(p + ".") for p in prefixes)


FRONT_ENDS = ("journal.tui", "journal.commands", "journal.cli")
CONTRACTS = [
    # (who, may not import, why)
    (
        lambda m: not _within(m, FRONT_ENDS) and m != "journal.__main__",
        ("textual", "click", *FRONT_ENDS),
        "the core is free of the front ends",
    ),
    (
        lambda m: _within(m, ("journal.analysis",)),
        ("journal.store", "journal.exchange", "journal.service"),
        "the analyzer works on days it is given, never on the store",
    ),
    (
        lambda m: _within(m, ("journal.charts", "journal.report")),
        ("textual", "journal.tui"),
        "charts and the report draw without the TUI",
    ),
]


@pytest.mark.parametrize("rule", range(len(CONTRACTS)), ids=[c[2] for c in CONTRACTS])
def test_import_contract(rule: int) -> None:
    applies, forbidden, why = CONTRACTS[rule]
    broken = sorted(
        f"{name} imports {target}"
        for name in MODULES
        if applies(name)
        for target in imports(name, top_level_only=False)
        if _within(target, forbidden)
    )
    assert broken == [], why


def test_no_import_cycles() -> None:
    graph = {
        name: {
            target
            for target in imports(name, top_level_only=True)
            if target in MODULES and target != name
        }
        for name in MODULES
    }
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def connect(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                connect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for v in graph:
        if v not in index:
            connect(v)
    assert cycles == []


def test_no_module_is_oversized() -> None:
    big = {
        name: n
        for name, path in MODULES.items()
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert big == {}


def test_every_tui_worker_names_itself() -> None:
    """Textual's ``@work`` renders a worker's arguments with ``repr`` on the UI thread unless it
    is given a ``description``: History's flags worker takes every day, and at 50 years that
    repr froze the screen for most of a second after each save."""
    unnamed = []
    for name, path in MODULES.items():
        if not name.startswith("journal.tui"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for deco in node.decorator_list:
                call = deco if isinstance(deco, ast.Call) else None
                func = call.func if call else deco
                named = call is not None and "description" in {k.arg for k in call.keywords}
                if isinstance(func, ast.Name) and func.id == "work" and not named:
                    unnamed.append(f"{name}.{node.name}")
    assert unnamed == []
