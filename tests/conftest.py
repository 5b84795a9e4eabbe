"""Every test runs with its own data and config folders: never the runner's real journal."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FIXED_TODAY = dt.date(2026, 11, 20)


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "data"
    monkeypatch.setenv("STRIDELOG_DATA_DIR", str(data))
    monkeypatch.setenv("STRIDELOG_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("NO_COLOR", "1")
    return data


@pytest.fixture
def data_dir(isolated_dirs: Path) -> Path:
    return isolated_dirs


@pytest.fixture
def stridelog_exe() -> str:
    """The installed console script next to this interpreter."""
    exe = Path(sys.executable).parent / "stridelog"
    if not exe.exists():  # pragma: no cover - every supported install has it
        pytest.skip("the stridelog console script is not installed")
    return str(exe)


def private(path: Path) -> bool:
    return (os.stat(path).st_mode & 0o077) == 0
