"""The relations panel: the ties of the selected stakeholders, filters, add from two selected
stakeholders, edit and delete with undo, and the map drawing the change at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel

from clusterdesk.gui import ask
from clusterdesk.gui.relations import RelationsPanel


def _fid(project, name: str) -> int:
    return project.connection.execute("SELECT fid FROM stakeholders WHERE name = ?", (name,)).fetchone()[0]


@pytest.fixture
def panel(window) -> RelationsPanel:
    dock = window.docks["relations"]
    dock.show()
    return dock.widget()


def _map_relations(window) -> int:
    return len(window.canvas.renderer.data.relations.fid)


def test_lists_the_relations_of_the_selected_stakeholders_and_filters_them(panel, window):
    project = window.workspace.project
    assert panel.model.rowCount() == 0 and "Select stakeholders" in panel.status.text()
    window.workspace.selection.set([_fid(project, "Textiles Imbabura")], source=window.canvas)
    assert [(r.source, r.target, r.kind) for r in panel.model.rows] == [
        ("Hilados del Norte", "Textiles Imbabura", "supplies")
    ]
    window.workspace.selection.set([_fid(project, "Cámara de Comercio")], source=window.canvas)
    assert panel.model.rowCount() == 0
    panel.selected_only.setChecked(False)
    assert panel.model.rowCount() == 1
    panel.kind.setCurrentIndex(panel.kind.findData("advises"))
    assert panel.model.rowCount() == 0
    panel.kind.setCurrentIndex(0)
    panel.round.setCurrentIndex(panel.round.findData("baseline"))
    assert panel.model.rowCount() == 1


def test_add_edit_and_delete_with_undo_show_on_the_map_at_once(panel, window, monkeypatch):
    project = window.workspace.project
    chamber, firm = _fid(project, "Cámara de Comercio"), _fid(project, "Textiles Imbabura")
    window.workspace.selection.set([chamber, firm], source=window.canvas)  # two picked on the map
    before = _map_relations(window)
    dialog = panel.relation_dialog()
    assert {dialog.source.fid, dialog.target.fid} == {chamber, firm}
    dialog.kind.setCurrentIndex(dialog.kind.findData("advises"))
    dialog.since.setText("2023-13-01")
    assert "YYYY-MM-DD" in dialog.message.text() and dialog.check() is not None
    dialog.since.setText("2023-05-01")
    dialog.survey_round.setCurrentText("follow-up 2024")
    dialog.accept()
    assert _map_relations(window) == before + 1
    assert panel.model.rowCount() == 2
    assert panel.round.findData("follow-up 2024") > 0
    added = next(r for r in panel.model.rows if r.kind == "advises")
    assert added.since == "2023-05-01"

    row = panel.model.rows.index(added)
    panel.table.selectionModel().select(
        panel.model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    edit = panel.relation_dialog(panel.selected_rows()[0])
    edit.strength.setValue(5)
    edit.accept()
    assert project.connection.execute(
        "SELECT strength FROM relations WHERE fid = ?", (added.fid,)
    ).fetchone() == (5,)
    assert window.workspace.state.undo_label.startswith("Edit relation")
    window.workspace.undo()
    assert project.connection.execute(
        "SELECT strength FROM relations WHERE fid = ?", (added.fid,)
    ).fetchone() == (3,)

    row = next(i for i, r in enumerate(panel.model.rows) if r.fid == added.fid)
    panel.table.selectionModel().select(
        panel.model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    monkeypatch.setattr(ask, "confirm", lambda *_args: True)
    panel.delete_selected()
    assert _map_relations(window) == before
    window.workspace.undo()
    assert _map_relations(window) == before + 1
    window.workspace.undo()  # the add
    assert _map_relations(window) == before and panel.model.rowCount() == 1


def test_a_relation_needs_two_different_stakeholders(panel, window):
    project = window.workspace.project
    firm = _fid(project, "Textiles Imbabura")
    window.workspace.selection.set([firm], source=window.canvas)
    dialog = panel.relation_dialog()
    assert "goes to" in dialog.message.text()
    dialog.target.set_fid(firm)
    assert "two different stakeholders" in dialog.message.text()
    dialog.target.setText("Hilados del Norte")
    assert dialog.check() is None
    dialog.reject()
