"""The application's settings file (window layout, preferences, interface language)."""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings

from clusterdesk.core.errors import ClusterDeskError
from clusterdesk.core.userdirs import data_dir

ORGANISATION = "ClusterDesk"
APPLICATION = "ClusterDesk"


def app_settings() -> QSettings:
    """Window layout and preferences. An INI file everywhere (easy to copy or reset by hand); a portable
    install or a test that sets CLUSTERDESK_DATA_DIR keeps it in that folder."""
    if os.environ.get("CLUSTERDESK_DATA_DIR"):
        return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


def project_key(project) -> str:
    """The settings group of one project: its UUID, so that a moved or renamed file keeps its view
    settings; its absolute path for a project without one."""
    try:
        uuid = project.info().uuid
    except ClusterDeskError:  # a project without its info row still has a file
        uuid = None
    if uuid:
        return f"projects/{uuid}"
    path = str(project.path.absolute()) if project.path else "untitled"
    return "projects/" + path.replace("/", "|").replace("\\", "|")


def project_value(project, name: str, default=None):
    """A view setting of one project (a chart's zoom), or `default` when the user never chose one."""
    return app_settings().value(f"{project_key(project)}/{name}", default)


def set_project_value(project, name: str, value) -> None:
    app_settings().setValue(f"{project_key(project)}/{name}", value)
