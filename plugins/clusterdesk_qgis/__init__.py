"""ClusterDesk for QGIS: opens a ClusterDesk project (one GeoPackage file) as a group of styled layers
and tables. Written against qgis.PyQt only, so it runs on whatever Qt the host QGIS uses."""

from __future__ import annotations

from .loader import load_project
from .project_file import NotAClusterDeskProject

__all__ = ["NotAClusterDeskProject", "classFactory", "load_project"]


def classFactory(iface):  # noqa: N802 - the name QGIS looks for
    from .plugin import ClusterDeskPlugin

    return ClusterDeskPlugin(iface)
