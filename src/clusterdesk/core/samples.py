"""The sample projects shipped with ClusterDesk: where they are, and whether a file is one of them.

Samples are opened in place (copying them first would leave stray copies wherever users click), so saving
must never write over them: the next user, or the next lesson, expects the sample as it was shipped.
"""

from __future__ import annotations

import sys
from pathlib import Path

from clusterdesk.core.catalogue import messages_language, tr

SAMPLE_FOLDER_NAME = "sample_projects"
SAMPLE_NOTE = "Sample project: Save As to keep your changes"

_PACKAGE = Path(__file__).resolve().parents[1]


def sample_project_folders() -> list[Path]:
    """Where the sample projects may be: a source checkout, or beside an installed ClusterDesk."""
    candidates = [
        _PACKAGE.parents[1] / SAMPLE_FOLDER_NAME,
        _PACKAGE / SAMPLE_FOLDER_NAME,
        Path(sys.prefix) / "share" / "clusterdesk" / SAMPLE_FOLDER_NAME,
        Path(sys.executable).resolve().parent / SAMPLE_FOLDER_NAME,
    ]
    return [c for c in candidates if c.is_dir()]


def sample_projects() -> list[Path]:
    """The bundled sample project files, from the first folder that has any."""
    for folder in sample_project_folders():
        found = sorted(folder.glob("*.gpkg"))
        if found:
            return found
    return []


def is_bundled_sample(path: str | Path | None) -> bool:
    """True when `path` is a project file inside one of the sample folders, directly or through a link.

    Every sample folder counts, not only the one listed on the start page, so a checkout's samples stay
    protected even when an installed copy also ships some.
    """
    if path is None:
        return False
    target = Path(path).expanduser()
    if target.suffix.lower() != ".gpkg":
        return False
    try:
        folder = target.resolve().parent  # a link to a sample is still the sample
    except OSError:  # an unreadable or looping path cannot be a sample either
        return False
    return any(folder == candidate.resolve() for candidate in sample_project_folders())


def refuse_overwrite_message(path: Path) -> str:
    """What to tell a user who tries to save over a sample."""
    return tr(
        "save:sample",
        "{file} is a sample project shipped with ClusterDesk and is kept as it was shipped. Use Save As "
        "to keep your changes in a file of your own, outside the {folder} folder.",
        messages_language(),
        file=path.name,
        folder=SAMPLE_FOLDER_NAME,
    )
