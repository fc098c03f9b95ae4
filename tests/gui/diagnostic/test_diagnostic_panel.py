"""The Diagnostic panel on a small project: adding an item through its dialog, dragging it between SWOT
quadrants (through the model API a view's drop uses), undo, a refusal shown with core's words, the report
header, and a linked plan action selected in the action plan panel."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QDialog

from clusterdesk.core import diagnostic_edits as edits
from clusterdesk.core.plan_edits import AddTask
from clusterdesk.core.plan_link_edits import FIRMS, SetTaskStakeholders
from clusterdesk.core.workspace import RecentFiles, Workspace
from clusterdesk.gui.diagnostic import DiagnosticPanel, dialogs
from clusterdesk.gui.diagnostic.dialogs import ItemDialog


@pytest.fixture
def workspace(small_project, tmp_path):
    space = Workspace(RecentFiles(tmp_path / "recent.json"))
    space.open(small_project)
    project = space.project
    for name in ("Compra conjunta de hilo", "Feria de Ipiales"):
        project.stack.push(AddTask({"name": name, "start": dt.date(2025, 3, 3), "duration_days": 10}))
    yield space
    space.close(discard=True)


def open_panel(qtbot, workspace, **kwargs) -> DiagnosticPanel:
    panel = DiagnosticPanel(workspace, **kwargs)
    qtbot.addWidget(panel)
    panel.resize(1200, 560)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def fill_in(monkeypatch, fill) -> list[QDialog]:
    """Dialogs are filled in by `fill(dialog)` and confirmed with OK instead of being shown."""
    shown = []

    def run(dialog):
        shown.append(dialog)
        fill(dialog)
        dialog.try_accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "run_dialog", run)
    return shown


def texts(panel: DiagnosticPanel, category: str) -> list[str]:
    model = panel.models[category]
    return [model.data(model.index(row)) for row in range(model.rowCount())]


def drop(panel: DiagnosticPanel, source: str, row: int, target: str, before: int) -> bool:
    """What a view does on a drop: the source model's mime data handed to the target model's drop."""
    model = panel.models[source]
    data = model.mimeData([model.index(row)])
    destination = panel.models[target]
    assert destination.canDropMimeData(data, Qt.DropAction.MoveAction, before, 0, QModelIndex())
    return destination.dropMimeData(data, Qt.DropAction.MoveAction, before, 0, QModelIndex())


def add(panel, monkeypatch, category: str, text: str, tick_first: bool = False) -> None:
    def fill(dialog: ItemDialog):
        dialog.text.setPlainText(text)
        dialog.evidence.setPlainText("Taller del 12 de marzo")
        if tick_first:
            dialog.stakeholders.search.setText("hilados")
            visible = [
                dialog.stakeholders.list.item(r)
                for r in range(dialog.stakeholders.list.count())
                if not dialog.stakeholders.list.item(r).isHidden()
            ]
            assert [i.text() for i in visible] == ["Hilados del Norte"]
            visible[0].setCheckState(Qt.CheckState.Checked)
            tasks = dialog.tasks.findItems("Feria", Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive)
            tasks[0].setCheckState(0, Qt.CheckState.Checked)

    fill_in(monkeypatch, fill)
    panel.add_item(category)


def test_add_items_drag_between_quadrants_and_undo(qtbot, monkeypatch, workspace):
    panel = open_panel(qtbot, workspace)
    assert panel.tabs.count() == 2 and panel.tabs.widget(0) is panel.swot_tab
    add(panel, monkeypatch, "strength", "Mano de obra con experiencia", tick_first=True)
    add(panel, monkeypatch, "strength", "Marca local conocida")
    add(panel, monkeypatch, "weakness", "Poca compra conjunta")
    assert texts(panel, "strength") == ["Mano de obra con experiencia", "Marca local conocida"]
    assert panel.selected_item()["text"] == "Poca compra conjunta"
    # drag the first strength into the weaknesses, before the only weakness
    assert drop(panel, "strength", 0, "weakness", 0) is False  # the view must not remove the row itself
    assert texts(panel, "strength") == ["Marca local conocida"]
    assert texts(panel, "weakness") == ["Mano de obra con experiencia", "Poca compra conjunta"]
    assert panel.selected_item()["text"] == "Mano de obra con experiencia"
    assert "Hilados del Norte" in panel.swot_details.raised_by.text()
    assert workspace.project.stack.undo_label.startswith("Move")
    workspace.undo()
    assert texts(panel, "strength") == ["Mano de obra con experiencia", "Marca local conocida"]
    assert texts(panel, "weakness") == ["Poca compra conjunta"]
    workspace.redo()
    assert texts(panel, "weakness")[0] == "Mano de obra con experiencia"
    # reorder within a quadrant: the weakness below goes to the top; then onto the end of an empty one
    drop(panel, "weakness", 1, "weakness", 0)
    assert texts(panel, "weakness") == ["Poca compra conjunta", "Mano de obra con experiencia"]
    drop(panel, "weakness", 0, "weakness", 2)
    assert texts(panel, "weakness") == ["Mano de obra con experiencia", "Poca compra conjunta"]
    drop(panel, "weakness", 1, "threat", 0)
    assert texts(panel, "threat") == ["Poca compra conjunta"]
    positions = workspace.project.connection.execute(
        "SELECT category, position FROM diagnostic_items ORDER BY category, position"
    ).fetchall()
    assert positions == [("strength", 0), ("threat", 0), ("weakness", 0)]


def test_edit_and_delete_with_a_refusal_in_the_dialog(qtbot, monkeypatch, workspace):
    panel = open_panel(qtbot, workspace)
    add(panel, monkeypatch, "finding", "Las firmas no comparten información")
    assert panel.tabs.currentWidget() is panel.findings_tab
    shown = fill_in(monkeypatch, lambda dialog: dialog.text.setPlainText("   "))
    panel.edit_item()
    assert shown[0].result() != QDialog.DialogCode.Accepted
    assert "text" in shown[0].error.text()
    before = workspace.project.stack.undo_label

    def to_leverage(dialog: ItemDialog):
        dialog.category.setCurrentIndex(dialog.category.findData("leverage_point"))
        dialog.text.setPlainText("Una mesa de compras conjunta")

    fill_in(monkeypatch, to_leverage)
    panel.edit_item()
    assert texts(panel, "finding") == [] and texts(panel, "leverage_point") == [
        "Una mesa de compras conjunta"
    ]
    assert workspace.project.stack.undo_label != before
    panel.delete_item()
    assert texts(panel, "leverage_point") == []
    workspace.undo()
    assert texts(panel, "leverage_point") == ["Una mesa de compras conjunta"]


def test_report_header_is_editable(qtbot, monkeypatch, workspace):
    panel = open_panel(qtbot, workspace)
    assert panel.report() is None

    def fill(dialog):
        dialog.title.setText("Diagnóstico participativo 2025")
        dialog.date.setDate(dialog.date.date().fromString("2025-02-14", "yyyy-MM-dd"))
        dialog.authors.setText("Ana Pérez; Luis Mora")

    fill_in(monkeypatch, fill)
    panel.edit_report()  # with no report yet, this starts one
    assert panel.report_title.text() == "Diagnóstico participativo 2025"
    assert "14 February 2025" in panel.report_facts.text().replace("\xa0", " ")
    assert "Ana Pérez, Luis Mora" in panel.report_facts.text()
    fill_in(monkeypatch, lambda dialog: dialog.title.setText("<b>x</b>"))
    panel.edit_report()
    assert panel.report_title.text() == "<b>x</b>"
    assert panel.report_title.textFormat() == Qt.TextFormat.PlainText
    add(panel, monkeypatch, "threat", "Importaciones baratas")
    item = panel.data.items_of("threat")[0]
    assert item["report_id"] == panel.report_id


def test_a_linked_action_selects_it_in_the_plan(make_window, qtbot, workspace):
    project = workspace.project
    task = project.connection.execute("SELECT fid, uuid FROM plan_tasks WHERE name LIKE 'Feria%'").fetchone()
    firm = project.connection.execute(
        "SELECT fid FROM stakeholders WHERE name = 'Textiles Imbabura'"
    ).fetchone()[0]
    project.stack.push(SetTaskStakeholders(task[0], {firm: ""}, table=FIRMS))
    command = edits.add_item(
        project, {"category": "leverage_point", "text": "Ferias", "task_uuids": [task[1]]}
    )
    project.stack.push(command)
    window = make_window(workspace)
    window.docks["diagnostic"].show()
    panel = window.docks["diagnostic"].widget()
    assert isinstance(panel, DiagnosticPanel)
    panel.select_item(command.rows["diagnostic_items"][0]["fid"])
    entry = panel.findings_details.tasks.item(0)
    assert entry.text() == "Feria de Ipiales"
    panel.findings_details.tasks.itemClicked.emit(entry)
    plan = window.docks["plan"].widget()
    assert plan.model.rows[plan.table.currentIndex().row()].name == "Feria de Ipiales"
    assert workspace.selection.fids == frozenset({firm})
    panel.findings_details.tasks.itemDoubleClicked.emit(entry)
    QCoreApplication.processEvents()
    assert window.docks["plan"].isVisible()
