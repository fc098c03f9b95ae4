"""The application's settings file (window layout, preferences, interface language)."""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings

from clusterdesk.core.userdirs import data_dir

ORGANISATION = "ClusterDesk"
APPLICATION = "ClusterDesk"


def app_settings() -> QSettings:
    """Window layout and preferences. An INI file everywhere (easy to copy or reset by hand); a portable
    install or a test that sets CLUSTERDESK_DATA_DIR keeps it in that folder."""
    if os.environ.get("CLUSTERDESK_DATA_DIR"):
        return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)
