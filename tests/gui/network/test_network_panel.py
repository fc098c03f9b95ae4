"""The Network panel on a small project of two rounds: compare mode counts and draws new, kept and ended
ties; the measures table sorts by each measure; selection is shared with the map and the registry both
ways; the roster adds, ends and deletes ties in one undoable step; the relation dialog's ended round."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from network_panel_project import NAMES, build_rounds_project, fids_by_name, open_copy
from PySide6.QtCore import QPointF, Qt

from clusterdesk.gui.network import NetworkPanel
from clusterdesk.gui.network.measures_model import SORT_ROLE
from clusterdesk.gui.network.network_data import ENDED, KEPT, NEW, TIE
from clusterdesk.gui.network.roster_dialog import RosterDialog


@pytest.fixture(scope="session")
def rounds_template(tmp_path_factory) -> Path:
    return build_rounds_project(tmp_path_factory.mktemp("network") / "rounds.gpkg")


@pytest.fixture
def workspace(rounds_template, tmp_path):
    space = open_copy(rounds_template, tmp_path)
    yield space
    space.close(discard=True)


def open_panel(qtbot, workspace) -> NetworkPanel:
    panel = NetworkPanel(workspace)
    qtbot.addWidget(panel)
    panel.resize(1100, 600)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.wait()
    return panel


def choose_kinds(panel: NetworkPanel, kinds: set[str]) -> None:
    for action in panel.kind_menu.actions():
        action.setChecked(action.data() in kinds)
    assert panel.wait()


def relations(workspace) -> list[tuple]:
    query = (
        "SELECT s.name, t.name, r.kind, r.survey_round, r.last_observed_round, r.ended_round FROM relations r"
        " JOIN stakeholders s ON s.fid = r.source_id JOIN stakeholders t ON t.fid = r.target_id"
        " ORDER BY r.fid"
    )
    return workspace.project.connection.execute(query).fetchall()


def test_the_latest_round_is_shown_with_every_stakeholder(qtbot, workspace):
    panel = open_panel(qtbot, workspace)
    picture = panel.picture
    assert panel.round.currentData() == "follow_up_1"
    assert len(picture.fids) == len(NAMES)  # the one without coordinates too
    assert picture.counts[TIE] == 2  # the kept supply tie and the new one; the ended one is gone
    assert panel.measures.whole_labels["ties"].text() == "2"
    assert (
        panel.measures.whole_labels["isolates"].text() == "1"
    )  # the association: a business tie is what counts
    assert not panel.legend.isVisible()


def test_compare_mode_shows_new_kept_and_ended_ties(qtbot, workspace):
    panel = open_panel(qtbot, workspace)
    before = panel.picture.positions()
    panel.compare.setChecked(True)
    assert panel.wait()
    picture = panel.picture
    assert picture.request.compare_with == "baseline"
    assert (picture.counts[NEW], picture.counts[KEPT], picture.counts[ENDED]) == (1, 1, 1)
    assert panel.legend.isVisible()
    texts = [label.text() for label in panel.legend.labels.values()]
    assert texts == ["1 new tie (green, solid)", "1 kept tie (grey)", "1 ended tie (red, dashed)"]
    assert picture.positions() == before  # comparing does not move a node
    names = dict(zip(picture.names, range(len(picture.names)), strict=True))
    ended = picture.status == ENDED
    assert {picture.names[picture.source[ended][0]], picture.names[picture.target[ended][0]]} == {
        NAMES[1],
        NAMES[2],
    }
    # the change of each measure is shown beside it: the dyer gained a tie, the spinner lost one
    rows = {row.name: row for row in panel.measures.model.rows}
    assert rows[NAMES[3]].changes["degree"] == 1 and rows[NAMES[1]].changes["degree"] == -1
    assert "▲" in panel.measures.whole_labels["ties"].text() or picture.counts[NEW] == picture.counts[ENDED]
    assert names  # every stakeholder has its name


def test_the_round_changes_without_moving_the_nodes(qtbot, workspace):
    panel = open_panel(qtbot, workspace)
    positions = panel.picture.positions()
    panel.round.setCurrentIndex(panel.round.findData("baseline"))
    assert panel.wait()
    assert panel.picture.request.round == "baseline"
    assert panel.picture.counts[TIE] == 2  # the kept tie and the one that ends later
    assert panel.picture.positions() == positions
    panel.rearrange.click()
    assert panel.wait()
    assert panel.picture.positions() != positions or len(panel.picture.fids) < 2


def test_the_measures_table_sorts_by_each_measure(qtbot, workspace):
    panel = open_panel(qtbot, workspace)
    choose_kinds(panel, {"supplies", "member_of"})
    table, proxy = panel.measures.table, panel.measures.proxy
    for column in range(proxy.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            table.sortByColumn(column, order)
            values = [proxy.index(row, column).data(SORT_ROLE) for row in range(proxy.rowCount())]
            assert values == sorted(values, reverse=order == Qt.SortOrder.DescendingOrder), column
    table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    top = proxy.index(0, 0).data()
    assert top in (NAMES[0], NAMES[2])  # degree 2 each, the others 1 or none
    panel.measures.search.setText("hilados")
    assert proxy.rowCount() == 1 and proxy.index(0, 0).data() == NAMES[1]


def test_selection_is_shared_with_the_map_and_the_registry(qtbot, workspace):
    panel = open_panel(qtbot, workspace)
    fid = fids_by_name(workspace)[NAMES[1]]
    index = int(np.flatnonzero(panel.picture.fids == fid)[0])
    sx, sy = panel.view.screen_positions()
    qtbot.mouseClick(panel.view, Qt.MouseButton.LeftButton, pos=QPointF(sx[index], sy[index]).toPoint())
    assert workspace.selection.fids == {fid}  # the map and the registry follow the shared selection
    other = fids_by_name(workspace)[NAMES[4]]
    workspace.selection.set([other], source="map")
    assert panel.view.selected == {other}
    qtbot.mouseClick(panel.view, Qt.MouseButton.LeftButton, pos=QPointF(3, 3).toPoint())
    assert not workspace.selection.fids
    panel.measures.tabBar().setCurrentIndex(1)
    item = panel.measures.isolates.item(0)
    assert item.data(Qt.ItemDataRole.UserRole) == other  # the association has no business tie
    assert panel.measures.brokers.item(0).flags() == Qt.ItemFlag.NoItemFlags  # "no stakeholder brokers"
    panel.measures.isolates.itemClicked.emit(item)
    assert workspace.selection.fids == {other}


def test_a_node_clicked_is_selected_on_the_map_and_in_the_registry(qtbot, make_window, workspace):
    window = make_window(workspace)
    for name in ("network", "registry"):
        window.docks[name].show()
    panel = window.docks["network"].widget()
    assert panel.wait()
    registry = window.docks["registry"].widget()
    qtbot.waitUntil(lambda: len(registry.model.fids) == len(NAMES))
    fid = fids_by_name(workspace)[NAMES[1]]
    index = int(np.flatnonzero(panel.picture.fids == fid)[0])
    sx, sy = panel.view.screen_positions()
    qtbot.mouseClick(panel.view, Qt.MouseButton.LeftButton, pos=QPointF(sx[index], sy[index]).toPoint())
    assert window.canvas.selection.fids == {fid}
    assert registry.selected_fids() == [fid]
    assert window.status.selection_label.text() == "1 selected"


def test_the_window_lists_the_panel(make_window, workspace):
    window = make_window(workspace)
    toggle = window.docks["network"].toggleViewAction()
    assert toggle in window.menus["panels"].actions()
    assert "Ctrl+Shift+N" in [s.toString() for s in toggle.shortcuts()]
    shortcuts = [s.toString() for d in window.docks.values() for s in d.toggleViewAction().shortcuts()]
    assert shortcuts.count("Ctrl+Shift+N") == 1


def test_the_roster_adds_ends_and_deletes_ties_in_one_undoable_step(qtbot, workspace):
    panel = open_panel(qtbot, workspace)
    fid = fids_by_name(workspace)
    before = relations(workspace)
    workspace.selection.set([fid[NAMES[2]]])  # Confecciones Andrade, in the follow-up
    dialog = panel.open_roster()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == f"Relations of {NAMES[2]} in Follow-up 1"
    ticked = {
        item
        for item in range(dialog.list.count())
        if dialog.list.item(item).checkState() == Qt.CheckState.Checked
    }
    shown = {dialog.list.item(i).data(Qt.ItemDataRole.UserRole) for i in ticked}
    assert shown == {fid[NAMES[3]]}  # the new supply tie; the one that ended is not in the round
    dialog.search.setText("textil")
    assert [dialog.list.item(i).isHidden() for i in range(dialog.list.count())].count(False) == 1
    # untick the tie first observed in this round, tick the spinner (ended here: the end is taken back)
    # and the weaver (a new tie)
    dialog.set_ticked({fid[NAMES[1]], fid[NAMES[0]]})
    dialog.accept()
    after = relations(workspace)
    assert (NAMES[3], NAMES[2], "supplies", "follow_up_1", None, None) not in after  # deleted
    assert (NAMES[1], NAMES[2], "supplies", "baseline", "follow_up_1", None) in after  # no longer ended
    assert (NAMES[2], NAMES[0], "supplies", "follow_up_1", None, None) in after  # added
    assert workspace.project.stack.undo_label == f"Relations of {NAMES[2]} in Follow-up 1"
    workspace.project.stack.undo()
    assert relations(workspace) == before


def test_unticking_a_carried_tie_ends_it_and_keeping_it_observes_it_again(qtbot, workspace):
    fid = fids_by_name(workspace)
    dialog = RosterDialog(workspace.project, fid[NAMES[0]], "follow_up_1", "supplies")
    qtbot.addWidget(dialog)
    dialog.accept()  # the kept tie is confirmed by the follow-up's survey
    workspace.project.stack.push(dialog.command())
    assert (NAMES[1], NAMES[0], "supplies", "baseline", "follow_up_1", None) in relations(workspace)
    dialog = RosterDialog(workspace.project, fid[NAMES[0]], "follow_up_1", "supplies")
    qtbot.addWidget(dialog)
    dialog.set_ticked(set())
    workspace.project.stack.push(dialog.command())
    assert (NAMES[1], NAMES[0], "supplies", "baseline", "follow_up_1", "follow_up_1") in relations(workspace)
    assert dialog.command() is None  # read anew, the project already says what the ticks say


def test_the_relation_dialog_sets_and_checks_the_ended_round(qtbot, workspace):
    from clusterdesk.gui.relations.relation_dialog import RelationDialog
    from clusterdesk.gui.relations.relation_model import read_relations

    rows, _total = read_relations(workspace.project.connection)
    kept = next(r for r in rows if r.kind == "supplies" and r.target == NAMES[0])
    dialog = RelationDialog(workspace.project, kept)
    qtbot.addWidget(dialog)
    assert dialog.ended_round.currentData() is None
    dialog.ended_round.setCurrentIndex(dialog.ended_round.findData("baseline"))
    assert dialog.check() is not None  # it cannot end in the round that first observed it
    dialog.ended_round.setCurrentIndex(dialog.ended_round.findData("follow_up_1"))
    assert dialog.check() is None
    workspace.project.stack.push(dialog.command())
    ended = workspace.project.connection.execute(
        "SELECT ended_round FROM relations WHERE fid = ?", (kept.fid,)
    )
    assert ended.fetchone()[0] == "follow_up_1"
    again = RelationDialog(workspace.project, kept)
    qtbot.addWidget(again)
    assert again.ended_round.currentData() == "follow_up_1"  # an ended tie opens as ended
    workspace.project.stack.undo()
    ended = workspace.project.connection.execute(
        "SELECT ended_round FROM relations WHERE fid = ?", (kept.fid,)
    )
    assert ended.fetchone()[0] is None
