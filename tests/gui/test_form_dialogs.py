"""The small form dialogs say what is wrong only once the user has typed or pressed OK."""

from __future__ import annotations

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from clusterdesk.gui.dialogs import NewProjectDialog


def _ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_new_project_dialog_opens_without_a_complaint(qtbot, tmp_path):
    dialog = NewProjectDialog(folder=tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.problem() == "Enter the cluster's name."
    assert dialog.hint.text() == ""  # nothing typed yet: no red message
    _ok(dialog)  # OK on the empty form explains instead of closing
    assert dialog.result() != NewProjectDialog.DialogCode.Accepted
    assert dialog.hint.text() == "Enter the cluster's name."


def test_new_project_dialog_complains_after_typing_and_accepts_when_valid(qtbot, tmp_path):
    dialog = NewProjectDialog(folder=tmp_path)
    qtbot.addWidget(dialog)
    QTest.keyClicks(dialog.cluster_name, "Ambato footwear")
    assert dialog.hint.text() == ""
    QTest.keyClicks(dialog.country.lineEdit(), "E1")
    assert "Choose the country from the list" in dialog.hint.text()
    dialog.country.setEditText("")
    QTest.keyClicks(dialog.country.lineEdit(), "EC")
    assert dialog.hint.text() == ""
    _ok(dialog)
    assert dialog.result() == NewProjectDialog.DialogCode.Accepted
    assert dialog.values()["path"] == tmp_path / "ambato_footwear.gpkg"
    assert dialog.values()["country"] == "EC"
