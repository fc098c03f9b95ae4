"""The import wizard on a file with bad rows: every problem listed before anything is written, the
mapping guesses editable, the valid rows imported as one undoable command, Cancel writing nothing."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard

from clusterdesk.gui.import_wizard import ImportWizard

CSV = """Encuesta de empresas 2024
Razón social;Tipo;Empleados;Mujeres;Latitud;Longitud;Certificación
Confecciones Andinas;empresa;25;12;0,331;-78,215;ISO 9001
Hilos Cotacachi;proveedor;abc;;0,30;-78,26;
;empresa;4;;0,31;-78,21;
Bordados Otavalo;empresa;10;15;0,23;-78,26;
Tejidos San Roque;empresa;8;3;95;-78,2;
Modas Imbabura;empresa;40;22;0,35;-78,13;BPM
"""


@pytest.fixture
def survey(tmp_path):
    path = tmp_path / "encuesta.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


@pytest.fixture
def wizard(new_project, survey, qtbot):
    wizard = ImportWizard(new_project, survey)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _preview(wizard, qtbot) -> None:
    """A wizard given a file starts on its preview."""
    assert wizard.currentPage() is wizard.preview_page
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10000)


def _next(wizard, qtbot, page) -> None:
    wizard.next()
    assert wizard.currentPage() is page
    qtbot.waitUntil(page.isComplete, timeout=10000)


def test_wizard_lists_every_bad_row_then_imports_only_the_valid_ones(wizard, new_project, qtbot):
    assert wizard.source_page.isComplete()  # filled in, and Back leads there
    _preview(wizard, qtbot)
    assert wizard.preview_page.preview.rowCount() == 6
    assert "header found in row 2" in wizard.preview_page.facts.text()
    wizard.next()
    mapping = wizard.mapping_page.mapping()
    assert (
        mapping["Razón social"] == "name"
        and mapping["Latitud"] == "lat"
        and mapping["Mujeres"] == "women_employees"
    )
    assert mapping["Certificación"] == "custom:certificacion"
    wizard.mapping_page.set_target("Certificación", "ignore")  # the guesses can be changed
    _next(wizard, qtbot, wizard.review_page)
    plan = wizard.review_page.plan
    listed = {(wizard.review_page.problems.item(r, 0).text(), wizard.review_page.problems.item(r, 1).text())
              for r in range(wizard.review_page.problems.rowCount())}  # fmt: skip
    assert listed == {("4", "Empleados"), ("5", "Razón social"), ("6", "Mujeres"), ("7", "Latitud")}
    assert plan.valid_count == 2
    assert "2 rows will be imported" in wizard.review_page.summary.text()
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "Import 2 rows"
    # nothing is written before Finish
    assert new_project.connection.execute("SELECT count(*) FROM stakeholders").fetchone()[0] == 0
    wizard.button(QWizard.WizardButton.FinishButton).click()
    names = [r[0] for r in new_project.connection.execute("SELECT name FROM stakeholders ORDER BY name")]
    assert names == ["Confecciones Andinas", "Modas Imbabura"]
    assert new_project.connection.execute("SELECT custom_fields FROM stakeholders").fetchall() == [
        (None,),
        (None,),
    ]
    assert new_project.stack.undo_label == "Import 2 stakeholders from encuesta.csv"
    new_project.stack.undo()
    assert new_project.connection.execute("SELECT count(*) FROM stakeholders").fetchone()[0] == 0
    new_project.stack.redo()
    assert new_project.connection.execute("SELECT count(*) FROM stakeholders").fetchone()[0] == 2


def test_cancel_on_the_last_page_writes_nothing(wizard, new_project, qtbot):
    _preview(wizard, qtbot)
    wizard.next()
    _next(wizard, qtbot, wizard.review_page)
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert new_project.connection.execute("SELECT count(*) FROM stakeholders").fetchone()[0] == 0
    assert not new_project.stack.can_undo


def test_without_a_name_column_the_wizard_does_not_go_on(wizard, qtbot):
    _preview(wizard, qtbot)
    wizard.next()
    wizard.mapping_page.set_target("Razón social", "ignore")
    assert not wizard.mapping_page.isComplete()
    wizard.mapping_page.set_target("Razón social", "name")
    assert wizard.mapping_page.isComplete()


def test_a_file_that_cannot_be_read_is_named_with_what_to_do(new_project, tmp_path, qtbot):
    broken = tmp_path / "empresas.xlsx"
    broken.write_bytes(b"not a workbook")
    wizard = ImportWizard(new_project, broken)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: not wizard.preview_page.progress.running, timeout=10000)
    assert "empresas.xlsx" in wizard.preview_page.facts.text()
    assert not wizard.preview_page.isComplete()


def test_the_sheet_of_a_workbook_is_chosen_on_the_first_page(new_project, tmp_path, qtbot):
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Notas"
    book.active.append(["Encuesta 2024, ver hoja Empresas"])
    firms = book.create_sheet("Empresas")
    firms.append(["Nombre", "Empleados"])
    firms.append(["Calzado Ambato", 30])
    path = tmp_path / "encuesta.xlsx"
    book.save(path)
    wizard = ImportWizard(new_project)
    qtbot.addWidget(wizard)
    wizard.show()
    assert not wizard.source_page.isComplete()
    wizard.source_page.path.setText(str(path))
    assert [wizard.source_page.sheet.itemText(i) for i in range(wizard.source_page.sheet.count())] == [
        "Notas",
        "Empresas",
    ]
    wizard.source_page.sheet.setCurrentText("Empresas")
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10000)
    assert wizard.preview_page.preview.item(0, 0).text() == "Calzado Ambato"
