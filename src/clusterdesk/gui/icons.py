"""Icons drawn for ClusterDesk (resources/icons/*.svg), loaded once."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from clusterdesk.resources_path import resource


@cache
def icon(name: str) -> QIcon:
    """The icon `resources/icons/<name>.svg`; a missing file is a packaging bug, so it raises."""
    path = resource("icons", f"{name}.svg")
    if not path.is_file():
        raise FileNotFoundError(f"Icon {path} is missing; reinstall ClusterDesk.")
    return QIcon(str(path))
