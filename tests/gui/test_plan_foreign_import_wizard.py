"""The action plan import wizard: a Primavera P6 file with two projects offers the choice; the last page
shows what will be imported and the summary of what the plan does not keep, before anything is written;
Import adds the tasks as one undoable step; a file whose links form a loop is refused on that page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWizard

from clusterdesk.gui.import_wizard.plan_file_wizard import PlanImportWizard
from clusterdesk.io.plan_mspdi import write_mspdi
from clusterdesk.io.plan_records import read_plan

DATA = Path(__file__).parents[1] / "plan_foreign" / "data"
TWO_PROJECTS = """<?xml version="1.0" encoding="UTF-8"?>
<APIBusinessObjects xmlns="http://xmlns.oracle.com/Primavera/P6/V8.3/API/BusinessObjects">
  <Resource><Name>Técnico</Name></Resource>
  <Project><Id>EST-01</Id><Name>Hortalizas Estelí</Name><ObjectId>1</ObjectId>
    <Activity><Name>Capacitación en BPA</Name><ObjectId>11</ObjectId><StartDate>2025-06-02</StartDate>
      <FinishDate>2025-06-06</FinishDate></Activity></Project>
  <Project><Id>EST-02</Id><Name>Café de Jinotega</Name><ObjectId>2</ObjectId>
    <Activity><Name>Catación conjunta</Name><ObjectId>21</ObjectId><StartDate>2025-07-07</StartDate>
      <FinishDate>2025-07-08</FinishDate></Activity>
    <Activity><Name>Ronda de negocios</Name><ObjectId>22</ObjectId><StartDate>2025-07-09</StartDate>
      <FinishDate>2025-07-09</FinishDate></Activity></Project>
</APIBusinessObjects>"""


def _wizard(qtbot, project, path) -> PlanImportWizard:
    wizard = PlanImportWizard(project, path)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _summary_shown(qtbot, wizard) -> str:
    wizard.next()
    page = wizard.summary_page
    qtbot.waitUntil(lambda: not page.progress.running and bool(page.summary.text()), timeout=10000)
    return page.summary.text()


def test_the_last_page_shows_the_summary_before_the_import(qtbot, new_project):
    wizard = _wizard(qtbot, new_project, DATA / "bosawas_cacao.gan")
    assert wizard.file_page.isComplete()
    assert not wizard.file_page.p6_project.isVisibleTo(wizard)  # not a P6 file
    text = _summary_shown(qtbot, wizard)
    assert "5 tasks and 4 dependencies will be imported from bosawas_cacao.gan." in text
    assert "Not imported, because the action plan does not keep it:" in text
    assert "1 custom column of the tasks was not imported (&#x27;Fuente de fondos&#x27;)." in text
    assert read_plan(new_project).tasks == []  # nothing written yet
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "Import 5 tasks"
    wizard.accept()
    assert [t.name for t in read_plan(new_project).tasks][:2] == [
        "Fortalecer las cooperativas",
        "Capacitación en fermentación",
    ]
    new_project.stack.undo()  # one step
    assert read_plan(new_project).tasks == []


def test_a_p6_file_with_two_projects_offers_the_choice(qtbot, new_project, tmp_path):
    path = tmp_path / "nicaragua.xml"
    path.write_text(TWO_PROJECTS, encoding="utf-8")
    wizard = _wizard(qtbot, new_project, path)
    combo = wizard.file_page.p6_project
    assert combo.isVisibleTo(wizard)
    assert [combo.itemText(i) for i in range(combo.count())] == ["Hortalizas Estelí", "Café de Jinotega"]
    combo.setCurrentIndex(1)
    text = _summary_shown(qtbot, wizard)
    assert "2 tasks and 0 dependencies will be imported from nicaragua.xml." in text
    assert "only &#x27;Café de Jinotega&#x27; was imported" in text
    wizard.accept()
    assert [t.name for t in read_plan(new_project).tasks] == ["Catación conjunta", "Ronda de negocios"]


def test_a_loop_is_refused_on_the_last_page(qtbot, new_project, tmp_path):
    path = tmp_path / "loop.gan"
    path.write_text(
        '<project name="Bucle"><tasks><task id="1" name="Secado" start="2025-03-03" duration="2">'
        '<depend id="2" type="2"/></task><task id="2" name="Tostado" start="2025-03-05" duration="2">'
        '<depend id="1" type="2"/></task></tasks></project>',
        encoding="utf-8",
    )
    wizard = _wizard(qtbot, new_project, path)
    text = _summary_shown(qtbot, wizard)
    assert (
        "its dependencies form a loop (&#x27;Secado&#x27; → &#x27;Tostado&#x27; → &#x27;Secado&#x27;)" in text
    )
    assert not wizard.summary_page.isComplete()
    wizard.reject()
    assert read_plan(new_project).tasks == []


def test_a_plan_already_in_the_project_is_told_to_replace(qtbot, new_project, tmp_path):
    wizard = _wizard(qtbot, new_project, DATA / "bosawas_cacao.gan")
    _summary_shown(qtbot, wizard)
    wizard.accept()
    exported = write_mspdi(read_plan(new_project), tmp_path / "again.xml")  # carries the tasks' UUIDs
    wizard = _wizard(qtbot, new_project, exported)
    text = _summary_shown(qtbot, wizard)
    assert "are already in the project&#x27;s plan (same UUID)" in text
    assert "Go back and tick “Replace the current plan” to load the file instead." in text
    assert not wizard.summary_page.isComplete()
    wizard.back()
    wizard.file_page.replace.setChecked(True)
    assert "5 tasks and 4 dependencies will be imported from again.xml." in _summary_shown(qtbot, wizard)
    wizard.accept()
    assert len(read_plan(new_project).tasks) == 5


def test_the_file_menu_offers_the_plan_import(make_window, tmp_path, qtbot):
    window = make_window()
    action = window.menu_actions["import_plan"]
    assert not action.isEnabled()  # no project yet
    file_menu = window.menuBar().actions()[0].menu()
    assert action in file_menu.actions()
    assert action.text() == "Import action &plan…"
