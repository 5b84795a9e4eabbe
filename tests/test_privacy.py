"""Health data stays private: no network at all, and every file written is 0600 (folders 0700)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import REPO

# Runs the real CLI in a fresh interpreter whose socket module refuses every connection.
NO_NETWORK = """
import socket, sys
def refuse(*args, **kwargs):
    raise OSError("network access attempted")
socket.socket = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
from journal.cli import main
sys.argv = ["stridelog", *sys.argv[1:]]
main()
"""


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", NO_NETWORK, *args],
        capture_output=True, text=True, cwd=cwd, env=os.environ, timeout=60,
    )  # fmt: skip


def test_socket_refusal_is_real(tmp_path: Path) -> None:
    code = NO_NETWORK.replace("from journal.cli import main", "socket.socket()")
    probe = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path
    )
    assert "network access attempted" in probe.stderr


COMMANDS = [
    ["add", "--date", "2026-11-19", "--run", "8km 45min rpe4 easy", "--fatigue", "3"],
    ["add", "--date", "2026-11-20", "--meal", "breakfast: oatmeal 80g, 1 banana",
     "--supplement", "iron 18mg", "--sleep", "7.5"],
    ["profile", "set", "--sex", "female", "--birth-year", "1991"],
    ["show", "--from", "2026-11-01", "--json"],
    ["export", "-o", "{out}/visit.json", "--no-notes"],
    ["import", "{out}/visit.json"],
    ["trends", "--json"],
    ["chart", "mileage", "--width", "80", "--height", "20", "--no-color"],
    ["foods", "parse", "2 eggs and toast"],
    ["check"],
    ["demo", "--days", "20", "--data-dir", "{out}/demo"],
]  # fmt: skip


def test_commands_open_no_socket_and_write_only_private_files(
    tmp_path: Path, data_dir: Path
) -> None:
    out = tmp_path / "exports"
    out.mkdir(mode=0o700)
    for args in COMMANDS:
        result = cli(*[a.replace("{out}", str(out)) for a in args], cwd=tmp_path)
        assert result.returncode == 0, (args, result.stderr)
        assert "network access attempted" not in result.stderr
    written = [p for p in [*data_dir.rglob("*"), *out.rglob("*")]]
    assert any(p.name == "journal.json" for p in written)
    assert any(p.name == "visit.json" for p in written)
    for path in written:
        mode = os.stat(path).st_mode & 0o777
        assert mode == (0o700 if path.is_dir() else 0o600), (path, oct(mode))


@pytest.mark.parametrize("module", ["journal.store", "journal.model", "journal.exchange"])
def test_core_modules_do_not_import_network_or_textual(module: str) -> None:
    code = (
        f"import sys, {module}; "
        "bad = [m for m in ('textual', 'http.client', 'urllib.request', 'requests') "
        "if m in sys.modules]; print(bad)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert out.stdout.strip() == "[]", out.stderr
