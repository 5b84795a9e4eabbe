"""Remembered settings (the chosen theme, ...) in ``settings.json`` of the config folder.

The folder is :func:`journal.paths.config_dir` (env override ``STRIDELOG_CONFIG_DIR``). The file
is small JSON written atomically and readable by its owner only (0600). A missing or damaged
file means "defaults": a broken settings file must never stop the journal from opening.
Unknown keys are kept on save, so newer versions can add settings without older ones dropping
them.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from journal import paths
from journal.files import write_private_atomic

SETTINGS_FILE = "settings.json"
DEFAULT_THEME = "stridelog-dark"


@dataclass
class Settings:
    """The settings Stridelog remembers between runs."""

    theme: str = DEFAULT_THEME
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {**self.extra, "theme": self.theme}


def settings_path(config_dir: str | os.PathLike[str] | None = None) -> Path:
    return paths.config_dir(config_dir) / SETTINGS_FILE


def load_settings(config_dir: str | os.PathLike[str] | None = None) -> Settings:
    """Read the settings; defaults when the file is missing or unreadable."""
    try:
        raw = json.loads(settings_path(config_dir).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    theme = raw.get("theme")
    extra = {k: v for k, v in raw.items() if k != "theme"}
    return Settings(theme=theme if isinstance(theme, str) and theme else DEFAULT_THEME, extra=extra)


def save_settings(settings: Settings, config_dir: str | os.PathLike[str] | None = None) -> Path:
    """Write the settings atomically, 0600, in a 0700 folder."""
    path = settings_path(config_dir)
    data = json.dumps(settings.to_json(), indent=2, sort_keys=True).encode() + b"\n"
    write_private_atomic(path, data)
    return path


def update_settings(config_dir: str | os.PathLike[str] | None = None, **changes: Any) -> Settings:
    """Load, change the given keys, save; returns the new settings."""
    current = load_settings(config_dir)
    for key, value in changes.items():
        if key == "theme":
            current.theme = str(value)
        else:
            current.extra[key] = value
    save_settings(current, config_dir)
    return current
