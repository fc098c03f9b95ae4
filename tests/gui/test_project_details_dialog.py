"""File ▸ Project Details: every field edited in one dialog becomes one command, one Undo restores them
all, wrong input is refused with a reason, and the dialog speaks the window's language."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from clusterdesk.core import isic
from clusterdesk.core.project import Project
from clusterdesk.core.workspace import Workspace
from clusterdesk.gui.project_details_dialog import (
    EDITED,
    ProjectDetailsDialog,
    apply_details,
    project_values,
)
from conftest import english_words


def _logo(path) -> bytes:
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f5f8b"))
    image.save(str(path))
    return path.read_bytes()


def _fill(dialog: ProjectDetailsDialog, logo_path) -> None:
    dialog.cluster_name.setText("Textiles de Imbabura")
    dialog.description.setPlainText("Tejido de punto y confección")
    dialog.phase.setCurrentIndex(dialog.phase.findData(4))
    dialog.agency.setText("Agencia de Desarrollo de Imbabura")
    assert dialog.load_logo(logo_path) is None
    dialog.start_date.set_value(dt.date(2025, 2, 3))
    dialog.end_date.set_value(dt.date(2027, 12, 31))
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.currency.set_code("EUR")
    dialog.country.set_code("PE")
    dialog.region.setText("Cusco")
    dialog.sector.search.setText("1430")
    dialog.sector_label.setText("Prendas de punto")


def test_every_field_is_one_command_and_one_undo_restores_them_all(qtbot, small_project, tmp_path):
    project = Project.open(small_project)
    try:
        before = project_values(project)
        dialog = ProjectDetailsDialog(before)
        qtbot.addWidget(dialog)
        assert dialog.changes() == {}  # opened on the project's values, nothing changed yet
        logo = _logo(tmp_path / "logo.png")
        _fill(dialog, tmp_path / "logo.png")
        assert dialog.problem() is None
        assert set(dialog.changes()) == set(EDITED)
        assert apply_details(project, dialog)
        after = project_values(project)
        assert after == {
            "cluster_name": "Textiles de Imbabura", "description": "Tejido de punto y confección", "phase": 4,
            "agency_name": "Agencia de Desarrollo de Imbabura", "agency_logo": logo,
            "agency_logo_mime": "image/png", "start_date": dt.date(2025, 2, 3),
            "end_date": dt.date(2027, 12, 31), "country": "PE",
            "region": "Cusco", "sector_code": "1430", "sector_label": "Prendas de punto", "language": "es",
            "currency": "EUR",
        }  # fmt: skip
        assert project.stack.undo_label == "Edit project details"
        project.stack.undo()
        assert project_values(project) == before
        assert not project.stack.can_undo  # it was one step
        project.stack.redo()
        assert project_values(project) == after
        project.save()
    finally:
        project.close()
    reopened = Project.open(small_project)
    try:
        assert project_values(reopened) == after  # written to the file as the dialog left it
    finally:
        reopened.close()


def test_nothing_changed_pushes_nothing(qtbot, new_project):
    dialog = ProjectDetailsDialog(project_values(new_project))
    qtbot.addWidget(dialog)
    assert not apply_details(new_project, dialog)
    assert not new_project.stack.can_undo


def test_wrong_input_is_refused_with_a_reason(qtbot, new_project, tmp_path):
    dialog = ProjectDetailsDialog(project_values(new_project))
    qtbot.addWidget(dialog)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    dialog.cluster_name.setText("  ")
    ok.click()
    assert dialog.hint.text() == "Enter the cluster's name." and dialog.result() == 0
    dialog.cluster_name.setText("Cluster")
    dialog.start_date.set_value(dt.date(2025, 6, 1))
    dialog.end_date.set_value(dt.date(2025, 5, 31))
    ok.click()
    assert dialog.hint.text() == "The end date must come after the start date (2025-06-01)."
    dialog.end_date.set_value(dt.date(2025, 6, 1))
    ok.click()
    assert dialog.result() == 0 and "must come after the start date" in dialog.hint.text()
    dialog.end_date.set_value(dt.date(2028, 6, 1))
    dialog.country.setEditText("gui")  # Guinea, Guinea-Bissau, Equatorial Guinea, ...
    ok.click()
    assert dialog.hint.text() == "Choose the country from the list, or leave the field empty."
    dialog.country.setEditText("Ecuador")
    dialog.currency.setEditText("dollars")
    ok.click()
    assert "Choose the currency from the list" in dialog.hint.text()
    dialog.currency.setEditText("usd")
    (tmp_path / "not-an-image.png").write_text("hello")
    assert dialog.load_logo(tmp_path / "not-an-image.png") == "not-an-image.png is not a PNG or JPEG image."
    ok.click()
    assert dialog.hint.text() == "" and dialog.result() == dialog.DialogCode.Accepted
    assert dialog.values()["country"] == "EC" and dialog.values()["currency"] == "USD"
    assert (dialog.values()["start_date"], dialog.values()["end_date"]) == (
        dt.date(2025, 6, 1),
        dt.date(2028, 6, 1),
    )


def test_a_new_sector_renames_a_sector_name_that_followed_the_old_one(qtbot, new_project):
    follows = isic.title("1410", "en")  # a name that is the old sector's title, in any language
    values = project_values(new_project) | {"sector_code": "1410", "sector_label": follows, "language": "es"}
    dialog = ProjectDetailsDialog(values)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.sector.search.setText("1430")
    assert dialog.sector_label.text() == "Fabricación de artículos de punto y ganchillo"
    dialog.sector_label.setText("Tejidos de Atuntaqui")  # the user's own name stays
    dialog.sector.search.setText("1410")
    assert dialog.sector_label.text() == "Tejidos de Atuntaqui"
    dialog.country.set_code(None)
    dialog.currency.set_code(None)
    dialog.country.set_code("RU")  # an empty currency takes the country's
    assert dialog.currency.code() == "RUB"


def test_the_file_menu_opens_the_dialog_and_the_window_follows(qtbot, make_window, small_project):
    workspace = Workspace()
    workspace.open(small_project)
    window = make_window(workspace)
    action = window.menu_actions["project_details"]
    assert action.isEnabled() and action in window.menus["file"].actions()

    def edit_and_accept():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ProjectDetailsDialog)
        dialog.cluster_name.setText("Textiles de Imbabura")
        dialog.phase.setCurrentIndex(dialog.phase.findData(5))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, edit_and_accept)
    action.trigger()
    assert workspace.project.info().cluster_name == "Textiles de Imbabura"
    assert workspace.project.info().phase == 5
    assert "Textiles de Imbabura" in window.status.summary_label.text()
    assert window.menu_actions["undo"].text() == "&Undo Edit project details"
    window.menu_actions["undo"].trigger()
    assert workspace.project.info().cluster_name == "Atuntaqui garments"
    assert "Atuntaqui garments" in window.status.summary_label.text()


def test_the_dialog_speaks_russian(qtbot, interface_language, new_project):
    interface_language("ru")
    dialog = ProjectDetailsDialog(project_values(new_project) | {"sector_code": "1430", "currency": "RUB"})
    qtbot.addWidget(dialog)
    dialog._try_accept()
    assert dialog.windowTitle() == "Сведения о проекте"
    shown = [dialog.windowTitle(), dialog.hint.text(), dialog.sector.chosen.text()]
    shown += [child.text() for child in dialog.findChildren(type(dialog.hint))]
    shown += [dialog.phase.itemText(i) for i in range(dialog.phase.count())]
    shown += [dialog.country.itemText(i) for i in range(dialog.country.count())]
    shown += [dialog.currency.itemText(i).split(" — ", 1)[-1] for i in range(dialog.currency.count())]
    shown += [w.placeholderText() for w in (dialog.region, dialog.sector_label, dialog.sector.search)]
    shown += [item.text(0) for item in dialog.sector._items.values()]
    # abbreviations such as BEAC in "франк КФА BEAC" are names, not English
    left = {text: [w for w in english_words(text) if not w.isupper()] for text in shown}
    assert {text: words for text, words in left.items() if words} == {}
