"""The Surveys tab of the Diagnostic panel: firm surveys, responses, completeness and rounds compared."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from clusterdesk.gui.i18n import translate
from clusterdesk.gui.surveys.survey_tab import SurveysTab


def add_surveys_tab(panel: QWidget) -> QWidget:
    """Give the Diagnostic panel (its QTabWidget is `panel.tabs`) a Surveys tab; returns the panel."""
    panel.surveys_tab = SurveysTab(panel.workspace)
    panel.tabs.addTab(panel.surveys_tab, translate("SurveysTab", "Surveys"))
    return panel


__all__ = ["SurveysTab", "add_surveys_tab"]
