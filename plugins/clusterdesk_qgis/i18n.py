"""The plugin's own words in the languages ClusterDesk speaks (English, Spanish, French, Russian).

A handful of strings, so they live here rather than in compiled Qt translation files; the language is
the one the user chose for QGIS (Settings > Options > General), else the system's.
"""

from __future__ import annotations

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QLocale

_TRANSLATIONS: dict[str, dict[str, str]] = {
    "es": {
        "Open ClusterDesk project…": "Abrir proyecto de ClusterDesk…",
        "Open ClusterDesk project": "Abrir proyecto de ClusterDesk",
        "Add a ClusterDesk project as styled layers and tables": (
            "Añadir un proyecto de ClusterDesk como capas con estilo y tablas"
        ),
        "ClusterDesk projects (*.gpkg)": "Proyectos de ClusterDesk (*.gpkg)",
        "Added {count} stakeholders from {name}.": "Se añadieron {count} actores de {name}.",
        "Tables": "Tablas",
        "Stakeholders": "Actores",
        "Relations": "Relaciones",
        "Cluster boundaries": "Límites del clúster",
    },
    "fr": {
        "Open ClusterDesk project…": "Ouvrir un projet ClusterDesk…",
        "Open ClusterDesk project": "Ouvrir un projet ClusterDesk",
        "Add a ClusterDesk project as styled layers and tables": (
            "Ajouter un projet ClusterDesk sous forme de couches symbolisées et de tables"
        ),
        "ClusterDesk projects (*.gpkg)": "Projets ClusterDesk (*.gpkg)",
        "Added {count} stakeholders from {name}.": "{count} acteurs ajoutés depuis {name}.",
        "Tables": "Tables",
        "Stakeholders": "Acteurs",
        "Relations": "Relations",
        "Cluster boundaries": "Limites du cluster",
    },
    "ru": {
        "Open ClusterDesk project…": "Открыть проект ClusterDesk…",
        "Open ClusterDesk project": "Открыть проект ClusterDesk",
        "Add a ClusterDesk project as styled layers and tables": (
            "Добавить проект ClusterDesk в виде оформленных слоёв и таблиц"
        ),
        "ClusterDesk projects (*.gpkg)": "Проекты ClusterDesk (*.gpkg)",
        "Added {count} stakeholders from {name}.": "Добавлено участников из {name}: {count}.",
        "Tables": "Таблицы",
        "Stakeholders": "Участники",
        "Relations": "Связи",
        "Cluster boundaries": "Границы кластера",
    },
}


def language() -> str:
    """Two-letter code of the QGIS interface language."""
    settings = QgsSettings()
    chosen = (
        settings.value("locale/userLocale", "") if settings.value("locale/overrideFlag", False, bool) else ""
    )
    return (chosen or QLocale().name())[:2].lower()


def tr(text: str, in_language: str | None = None) -> str:
    """`text` in `in_language` (a project's) or else the user's language when the plugin has it, else as
    written."""
    return _TRANSLATIONS.get((in_language or language())[:2].lower(), {}).get(text, text)
