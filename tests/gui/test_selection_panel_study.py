"""The Selection panel on a small study worked out by hand (tests/selection_desk_study.py): the ranking in
the hand-worked order, a weight edited in the matrix re-ranks and undo restores, a hand score edited in
place, the sensitivity sentence from leader_stable_range, the decision dialog, starting a study, and the
choropleth it puts on the map."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QCoreApplication

from clusterdesk.analysis.selection_ranking import leader_stable_range
from clusterdesk.analysis.selection_study import evaluate
from clusterdesk.core.workspace import RecentFiles, Workspace
from clusterdesk.gui.selection import SelectionPanel, selection_panel
from clusterdesk.gui.selection.matrix_view import CODE_ROLE
from selection_desk_study import HAND_ORDER, HAND_SCORES, study_workspace


@pytest.fixture
def workspace(tmp_path):
    with study_workspace(tmp_path) as space:
        yield space


def open_panel(qtbot, workspace) -> SelectionPanel:
    panel = SelectionPanel(workspace)
    qtbot.addWidget(panel)
    panel.resize(1200, 320)
    panel.show()
    QCoreApplication.processEvents()
    panel.refresh()
    return panel


def fill_in(monkeypatch, fill) -> list:
    shown = []

    def run(dialog):
        shown.append(dialog)
        fill(dialog)
        dialog.try_accept()
        return dialog.command is not None

    monkeypatch.setattr(selection_panel, "run_dialog", run)
    return shown


def ranking_rows(panel) -> list[tuple[str, str, str]]:
    table = panel.ranking
    return [
        (table.item(r, 0).text(), table.item(r, 1).text(), table.item(r, 4).text())
        for r in range(table.rowCount())
    ]


def test_the_ranking_is_in_the_hand_worked_order(qtbot, workspace):
    panel = open_panel(qtbot, workspace)
    assert panel.pages.currentIndex() == 1
    assert panel.ranking.codes_in_order() == HAND_ORDER
    assert ranking_rows(panel) == [
        ("1", "Garments Imbabura", "70"),
        ("2", "Footwear Tungurahua", "60"),
        ("3", "Garments Guayas", "26.7"),
    ]
    assert panel.ranking.item(0, 3).text() == "Imbabura"
    # the matrix: LQ 2.4 normalised to 0.5 between 0.8 and 4.0
    assert panel.matrix.item(1, 0).text() == "2.4"
    assert panel.matrix.item(1, 0).data(CODE_ROLE) == "GAR-IMB"


def test_a_weight_edited_in_the_matrix_reranks_and_undo_restores(qtbot, workspace):
    panel = open_panel(qtbot, workspace)
    stack = workspace.project.stack
    joint = panel.matrix.spins[1]
    joint.setValue(0.0)  # only specialisation counts: Footwear Tungurahua (LQ 4) leads
    assert panel.ranking.codes_in_order() == ["FOO-TUN", "GAR-IMB", "GAR-GUA"]
    assert [row[2] for row in ranking_rows(panel)] == ["100", "50", "0"]
    assert "weights" in stack.undo_label
    stack.undo()
    assert panel.ranking.codes_in_order() == HAND_ORDER
    assert panel.matrix.spins[1].value() == 2.0


def test_a_hand_score_is_edited_in_place(qtbot, workspace):
    panel = open_panel(qtbot, workspace)
    row = 1 + HAND_ORDER.index("GAR-GUA")
    item = panel.matrix.item(row, 1)
    assert item.text() == "4"
    item.setText("5")  # as the cell editor does
    evaluation = evaluate(workspace.project.connection)
    assert evaluation.values[evaluation.codes.index("GAR-GUA"), 1] == 5
    # joint action now 1, 0, 1 normalised: Garments Guayas 100 * 2 / 5 = 40
    assert ranking_rows(panel)[2] == ("3", "Garments Guayas", "40")
    panel.matrix.item(row, 1).setText("many")
    assert panel.message.isVisible() and "not many" in panel.message.text()
    workspace.project.stack.undo()
    assert ranking_rows(panel)[2][2] == "26.7"


def test_the_sensitivity_sentence_follows_the_exact_stable_range(qtbot, workspace):
    panel = open_panel(qtbot, workspace)
    panel.criterion.setCurrentIndex(0)
    evaluation = panel.picture.evaluation
    stable = leader_stable_range(evaluation.ranking, evaluation.ranking_criteria(), 0)
    assert (stable.low, stable.high, stable.overtaken_above_by) == (0.0, 4.0, "FOO-TUN")
    assert panel.sentence.text() == (
        "Garments Imbabura stays first while the weight of Specialisation (LQ) is between 0 and 4; "
        "above 4, Footwear Tungurahua leads."
    )
    panel.matrix.setCurrentCell(2, 1)  # a cell of the other criterion chooses it for the chart
    assert panel.criterion.currentIndex() == 1
    assert "Potential for joint action" in panel.sentence.text()
    image = panel.chart.grab().toImage()
    assert image.width() > 100 and image.height() > 100


def test_the_decision_is_recorded_with_its_basis_and_sets_the_outcomes(qtbot, monkeypatch, workspace):
    panel = open_panel(qtbot, workspace)

    def fill(dialog):
        dialog.decided_by.setText("Steering committee")
        dialog.grounds.setPlainText("Highest score and a strong association")
        dialog.set_outcome("GAR-IMB", "selected")
        dialog.set_outcome("FOO-TUN", "reserve")
        dialog.set_outcome("GAR-GUA", "rejected")

    shown = fill_in(monkeypatch, fill)
    panel.record_decision()
    assert len(shown) == 1
    statuses = dict(workspace.project.connection.execute("SELECT code, status FROM selection_candidates"))
    assert statuses == {"GAR-IMB": "selected", "FOO-TUN": "reserve", "GAR-GUA": "rejected"}
    assert [panel.ranking.item(r, 5).text() for r in range(3)] == ["Selected", "Reserve", "Not selected"]
    basis = json.loads(
        workspace.project.connection.execute("SELECT basis FROM selection_decisions").fetchone()[0]
    )
    assert basis["weights"] == {"specialisation": 3.0, "joint_action": 2.0}
    assert [r["code"] for r in basis["ranking"]] == HAND_ORDER
    assert basis["ranking"][0]["score"] == HAND_SCORES["GAR-IMB"]
    record = panel.decisions.toPlainText()
    assert "decided by Steering committee" in record and "Garments Guayas: Not selected" in record


def test_a_decision_without_grounds_stays_open_with_the_reason(qtbot, monkeypatch, workspace):
    panel = open_panel(qtbot, workspace)
    shown = fill_in(monkeypatch, lambda d: d.decided_by.setText("Committee"))
    panel.record_decision()
    assert shown[0].command is None and "grounds" in shown[0].error.text()


def test_add_a_candidate_through_the_dialog(qtbot, monkeypatch, workspace):
    panel = open_panel(qtbot, workspace)

    def fill(dialog):
        dialog.code.setText("FOO-PIC")
        dialog.name.setText("Footwear Pichincha")
        dialog.sector.set_code("15")
        dialog.set_areas({"17"})

    fill_in(monkeypatch, fill)
    panel.add_candidate()
    assert "FOO-PIC" in panel.ranking.codes_in_order()
    workspace.project.stack.undo()
    assert "FOO-PIC" not in panel.ranking.codes_in_order()


def test_a_project_without_a_study_offers_to_start_one(qtbot, monkeypatch, tmp_path):
    from clusterdesk.core.project import Project

    path = tmp_path / "plain.gpkg"
    Project.new(path, "Plain", phase=1).close()
    space = Workspace(RecentFiles(tmp_path / "recent.json"))
    space.open(path)
    try:
        panel = open_panel(qtbot, space)
        assert panel.pages.currentIndex() == 0 and panel.start_button.isEnabled()

        def fill(dialog):
            dialog.name.setText("Provinces 2022")
            dialog.year.setValue(2022)

        fill_in(monkeypatch, fill)
        panel.start_button.click()
        assert panel.pages.currentIndex() == 1
        assert panel.title.text() == "Provinces 2022 (2022)"
        assert panel.criterion.count() == 7  # the default criteria
    finally:
        space.close(discard=True)


def test_edit_and_delete_a_candidate(qtbot, monkeypatch, workspace):
    panel = open_panel(qtbot, workspace)
    panel.ranking.selectRow(HAND_ORDER.index("GAR-GUA"))

    def fill(dialog):
        assert dialog.code.text() == "GAR-GUA" and dialog.sector.code() == "14"
        dialog.name.setText("Garments of Guayas and Pichincha")
        dialog.set_areas({"09", "17"})

    fill_in(monkeypatch, fill)
    panel.edit_candidate()
    picture = panel.picture
    assert picture.evaluation.names["GAR-GUA"] == "Garments of Guayas and Pichincha"
    assert picture.areas_text("GAR-GUA") == "Guayas, Pichincha"
    # selectRow follows the keyboard modifiers Qt last saw (a Ctrl+S sent by an earlier test toggles the
    # row off again if it is still selected): start from no selection
    panel.ranking.clearSelection()
    panel.ranking.selectRow(panel.ranking.codes_in_order().index("GAR-GUA"))
    assert panel.ranking.selected_codes() == ["GAR-GUA"]
    panel.delete_candidates()
    # two candidates left, normalised again: LQ 2.4 and 4.0 give 0 and 1, joint action 5 and 2 give 1 and 0,
    # so Footwear Tungurahua scores 100 * 3 / 5 = 60 and Garments Imbabura 100 * 2 / 5 = 40
    assert panel.ranking.codes_in_order() == ["FOO-TUN", "GAR-IMB"]
    workspace.project.stack.undo()
    assert "GAR-GUA" in panel.ranking.codes_in_order()
