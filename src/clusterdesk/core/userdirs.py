"""Where ClusterDesk keeps per-user files (recovery copies, logs, tile cache), without Qt."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "ClusterDesk"


def data_dir() -> Path:
    """Per-user data folder; CLUSTERDESK_DATA_DIR overrides it (tests, portable installs)."""
    override = os.environ.get("CLUSTERDESK_DATA_DIR")
    if override:
        base = Path(override)
    elif sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local")) / APP_DIR_NAME
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support" / APP_DIR_NAME
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / APP_DIR_NAME
    base.mkdir(parents=True, exist_ok=True)
    return base


def _data_subdir(name: str) -> Path:
    # made on first use: a fresh install or a new CLUSTERDESK_DATA_DIR has none of them yet
    path = data_dir() / name
    path.mkdir(parents=True, exist_ok=True)
    return path


def recovery_dir() -> Path:
    return _data_subdir("recovery")


def log_dir() -> Path:
    return _data_subdir("logs")


def cache_dir() -> Path:
    return _data_subdir("cache")
