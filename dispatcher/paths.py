"""Where the user's data lives: one folder with the database, user rule files and backups."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def data_dir() -> Path:
    """The per-user data folder; ``DISPATCHER_HOME`` moves it (tests, portable installs)."""
    override = os.environ.get("DISPATCHER_HOME")
    if override:
        return Path(override)
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming")) / "dispatcher"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "dispatcher"
    xdg = os.environ.get("XDG_DATA_HOME")
    return (Path(xdg) if xdg else Path.home() / ".local" / "share") / "dispatcher"


def default_db() -> Path:
    return data_dir() / "dispatcher.sqlite"


def user_rules_dir() -> Path:
    return data_dir() / "rules"
