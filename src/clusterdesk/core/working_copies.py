"""Private temporary folders holding the working copies of open projects.

Each folder is named after the process that made it, so that folders left by killed sessions (which can
hold a copy of a large project each) are recognised and removed at the next start, even when their process
id now belongs to another, younger process.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

from clusterdesk.core.processes import written_by_running_process

PREFIX = "clusterdesk-"
UNMARKED_AGE_SECONDS = 24 * 3600  # folders of older versions carry no process id: removed after a day

_cleaned = False


def new_working_path() -> Path:
    """A fresh private folder for one working copy; the first call also removes stale folders."""
    global _cleaned
    if not _cleaned:
        _cleaned = True
        remove_stale_working_copies()
    return Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-")) / "working.gpkg"


def remove_stale_working_copies(folder: Path | None = None) -> list[Path]:
    """Remove working-copy folders whose session is gone; returns what was removed."""
    folder = Path(folder or tempfile.gettempdir())
    removed = []
    for candidate in folder.glob(f"{PREFIX}*"):
        if not candidate.is_dir() or candidate.is_symlink():
            continue
        owner = candidate.name[len(PREFIX) :].split("-", 1)[0]
        if owner.isdigit():
            stale = not written_by_running_process(candidate, int(owner))
        else:
            try:
                stale = time.time() - candidate.stat().st_mtime > UNMARKED_AGE_SECONDS
            except OSError:
                continue
        if stale:
            shutil.rmtree(candidate, ignore_errors=True)
            removed.append(candidate)
    return removed
