"""The surveys in the main window: the Diagnostic dock carries the Surveys tab, and File ▸ Import survey
responses… opens the survey import wizard on the latest survey (disabled without a project)."""

from __future__ import annotations

import pytest
from surveys_fixture import FOLLOW_UP, build_survey_project

from clusterdesk.gui.import_wizard.survey_wizard import SurveyImportWizard


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_survey_project(tmp_path_factory.mktemp("surveys_window") / "surveys.gpkg")


def test_diagnostic_dock_has_the_surveys_tab_and_the_file_menu_imports(
    make_window, template, qtbot, tmp_path
):
    import shutil

    window = make_window()
    action = window.menu_actions["import_survey"]
    assert not action.isEnabled()  # no project yet
    path = tmp_path / "surveys.gpkg"
    shutil.copy(template, path)
    assert window.documents.open_path(path)
    qtbot.waitUntil(lambda: window.central.currentWidget() is window.canvas, timeout=5000)
    assert action.isEnabled()
    file_menu = window.menuBar().actions()[0].menu()
    assert action in file_menu.actions()
    panel = window.docks["diagnostic"].widget()
    titles = [panel.tabs.tabText(i) for i in range(panel.tabs.count())]
    assert titles[-1] == "Surveys" and panel.tabs.widget(panel.tabs.count() - 1) is panel.surveys_tab
    window.docks["diagnostic"].show()
    panel.tabs.setCurrentWidget(panel.surveys_tab)
    qtbot.waitUntil(lambda: panel.surveys_tab.picker.topLevelItemCount() == 2, timeout=5000)
    action.trigger()
    wizards = [w for w in window.findChildren(SurveyImportWizard) if w.isVisible()]
    assert len(wizards) == 1 and wizards[0].survey_name() == FOLLOW_UP
    wizards[0].reject()
