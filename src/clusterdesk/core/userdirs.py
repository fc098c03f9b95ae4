"""Where ClusterDesk keeps per-user files (recovery copies, logs, tile cache), without Qt."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from clusterdesk.core.errors import ClusterDeskError

APP_DIR_NAME = "ClusterDesk"
PRIVATE_MODE = 0o700


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


def private_dir(name: str) -> Path:
    """A per-user folder that only its owner can enter (mode 0700 on POSIX), for files that another
    program runs, such as the start-up script of Open in QGIS. A link, a file or another user's folder
    in its place is refused, never used."""
    path = data_dir() / name
    try:
        path.mkdir(mode=PRIVATE_MODE)
    except FileExistsError:
        pass
    info = os.lstat(path)
    if not stat.S_ISDIR(info.st_mode):
        raise ClusterDeskError(f"{path} should be a folder but is a link or a file. Remove it and try again.")
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        raise ClusterDeskError(f"{path} belongs to another user. Remove it and try again.")
    if os.name == "posix" and stat.S_IMODE(info.st_mode) != PRIVATE_MODE:
        os.chmod(path, PRIVATE_MODE)  # made before, or by a umask that let others in
    return path
