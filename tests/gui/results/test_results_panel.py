"""The results panel on a copy of the Atuntaqui sample with a result chain: adding results and indicators
through its dialogs, entering values with validation and undo, statuses shown as words, computed
indicators marked, linked plan actions selected in the action plan, and the plan's Results column."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from panel_chain import build_atuntaqui_chain
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from clusterdesk.core.catalogue import messages_language
from clusterdesk.core.results import IndicatorValue, Result, ResultIndicator
from clusterdesk.core.vocabulary_labels import label
from clusterdesk.core.workspace import RecentFiles, Workspace
from clusterdesk.gui.plan import GanttPanel
from clusterdesk.gui.plan.plan_table_model import COLUMNS as PLAN_COLUMNS
from clusterdesk.gui.results import ResultsPanel, dialogs
from clusterdesk.gui.results.indicator_dialog import IndicatorDialog
from clusterdesk.gui.results.indicator_table import COLUMNS
from clusterdesk.gui.results.values_table import (
    ACTUAL,
    CATEGORY,
    CATEGORY_ACTUAL,
    DISAGGREGATION,
    EVIDENCE,
    TARGET,
)
from conftest import SAMPLES

ATUNTAQUI = SAMPLES / "atuntaqui_garments.gpkg"


@pytest.fixture(scope="session")
def chain_template(tmp_path_factory) -> Path:
    if not ATUNTAQUI.exists():
        pytest.skip("the Atuntaqui sample is not built")
    folder = tmp_path_factory.mktemp("results")
    path = folder / "atuntaqui.gpkg"
    shutil.copyfile(ATUNTAQUI, path)
    space = Workspace(RecentFiles(folder / "recent.json"))
    space.open(path)
    fids = build_atuntaqui_chain(space.project)
    space.project.save()
    space.close(discard=True)
    (folder / "fids.txt").write_text(repr(fids))
    return path


@pytest.fixture
def chain(chain_template, tmp_path):
    """A workspace on a fresh copy of the chain, and the fids of its results and indicators by code."""
    path = tmp_path / "atuntaqui.gpkg"
    shutil.copyfile(chain_template, path)
    space = Workspace(RecentFiles(tmp_path / "recent.json"))
    space.open(path)
    fids = eval((chain_template.parent / "fids.txt").read_text())  # noqa: S307 - written by the fixture
    yield space, fids
    space.close(discard=True)


def open_panel(qtbot, workspace, **kwargs) -> ResultsPanel:
    panel = ResultsPanel(workspace, **kwargs)
    qtbot.addWidget(panel)
    panel.resize(1300, 560)
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


def stored(workspace, indicator: int) -> dict:
    table = IndicatorValue.__table__
    query = select(table.c.period, table.c.kind, table.c.dimension, table.c.category, table.c.value).where(
        table.c.indicator_id == indicator
    )
    rows = workspace.project.session.connection().execute(query)
    return {(r.period, r.kind, r.dimension, r.category): r.value for r in rows}


def period_row(panel: ResultsPanel, period: str) -> int:
    return next(i for i, p in enumerate(panel.values.periods) if p.code == period)


def select_indicator(panel: ResultsPanel, result: int, indicator: int) -> None:
    panel.tree.select_result(result)
    row = next(
        r for r in range(panel.indicators.rowCount()) if panel.indicators.item(r, 0).data(256) == indicator
    )
    panel.indicators.setCurrentCell(row, 1)
    assert panel.selected_indicator()["fid"] == indicator


def test_add_an_output_and_an_indicator_through_the_dialogs(qtbot, monkeypatch, chain):
    workspace, fids = chain
    panel = open_panel(qtbot, workspace)
    panel.tree.select_result(fids["1.1.2"])  # an output: a new output goes under its outcome
    shown = fill_in(monkeypatch, lambda d: d.statement.setPlainText("Ruedas de negocios con compradores"))
    panel._add_result("output")
    assert shown[0].parent_choice.currentData() == fids["1.1"]
    assert shown[0].code.text() == "1.1.3"
    session = workspace.project.session
    added = session.scalars(select(Result).where(Result.code == "1.1.3")).one()
    assert (added.parent_id, added.level) == (fids["1.1"], "output")
    assert panel.tree.currentItem() is not None
    panel.tree.select_result(added.fid)
    assert panel.tree.currentItem().text(1) == "Ruedas de negocios con compradores"

    def indicator(dialog: IndicatorDialog) -> None:
        dialog.name.setText("Compradores en las ruedas")
        dialog.baseline_value.setText("3")
        dialog.disaggregations["sex"].setChecked(True)

    fill_in(monkeypatch, indicator)
    panel._add_indicator()
    made = session.scalars(select(ResultIndicator).where(ResultIndicator.result_id == added.fid)).one()
    assert (made.code, made.name, made.baseline_value, made.disaggregations) == (
        "1.1.3a",
        "Compradores en las ruedas",
        3.0,
        "sex",
    )
    assert panel.indicators.rowCount() == 1
    assert panel.indicators.item(0, COLUMNS.index("name")).text() == "Compradores en las ruedas"


def test_a_refused_dialog_stays_open_with_core_s_message(qtbot, monkeypatch, chain):
    workspace, fids = chain
    panel = open_panel(qtbot, workspace)
    panel.tree.select_result(fids["1.1"])
    shown = fill_in(monkeypatch, lambda d: d.name.setText("   "))
    before = workspace.project.stack.undo_label
    panel._add_indicator()
    assert shown[0].result() != QDialog.DialogCode.Accepted
    assert shown[0].error.text() == "An indicator needs a name"
    count = workspace.project.session.query(ResultIndicator).filter_by(result_id=fids["1.1"]).count()
    assert count == 2
    assert workspace.project.stack.undo_label == before


def test_enter_a_value_and_undo_restores_it(qtbot, chain):
    workspace, fids = chain
    panel = open_panel(qtbot, workspace)
    indicator = fids["1.1.2a"]
    select_indicator(panel, fids["1.1.2"], indicator)
    row = period_row(panel, "2025-S1")
    before = stored(workspace, indicator)
    assert ("2025-S1", "actual", "", "") not in before
    panel.values.table.item(row, ACTUAL).setText("18")
    qtbot.waitUntil(lambda: stored(workspace, indicator).get(("2025-S1", "actual", "", "")) == 18.0)
    assert panel.values.table.item(period_row(panel, "2025-S1"), ACTUAL).text() == "18"
    assert panel.chart.actuals["2025-S1"] == 18.0
    assert not panel.message.isVisible()
    workspace.undo()  # what Edit ▸ Undo runs
    assert stored(workspace, indicator) == before
    assert panel.values.table.item(period_row(panel, "2025-S1"), ACTUAL).text() == ""
    assert "2025-S1" not in panel.chart.actuals  # a gap, not a zero


def test_an_invalid_value_shows_the_message_and_changes_nothing(qtbot, chain):
    workspace, fids = chain
    panel = open_panel(qtbot, workspace)
    indicator = fids["1.1.2a"]
    select_indicator(panel, fids["1.1.2"], indicator)
    before = stored(workspace, indicator)
    label = workspace.project.stack.undo_label
    row = period_row(panel, "2024-S2")
    panel.values.table.item(row, TARGET).setText("muchos")
    qtbot.waitUntil(lambda: panel.message.isVisible())
    assert panel.message.text() == "'muchos' is not a number"
    assert stored(workspace, indicator) == before
    assert panel.values.table.item(period_row(panel, "2024-S2"), TARGET).text() == "25"
    assert workspace.project.stack.undo_label == label


def test_evidence_goes_with_an_existing_actual_and_is_refused_without_one(qtbot, chain):
    workspace, fids = chain
    panel = open_panel(qtbot, workspace)
    indicator = fids["1.1.2a"]
    select_indicator(panel, fids["1.1.2"], indicator)
    panel.values.table.item(period_row(panel, "2024-S2"), EVIDENCE).setText("acta_compra_2024.pdf")
    table = IndicatorValue.__table__
    query = select(table.c.evidence, table.c.value).where(
        table.c.indicator_id == indicator, table.c.period == "2024-S2", table.c.kind == "actual",
        table.c.dimension == "",
    )  # fmt: skip
    session = workspace.project.session
    qtbot.waitUntil(lambda: session.connection().execute(query).first() == ("acta_compra_2024.pdf", 12.0))
    panel.values.table.item(period_row(panel, "2023-S1"), EVIDENCE).setText("nada.pdf")
    qtbot.waitUntil(lambda: panel.message.isVisible())
    assert "H1\u00a02023" in panel.message.text()  # the period as people write it, not its code


def test_disaggregated_actuals_are_editable(qtbot, chain):
    workspace, fids = chain
    panel = open_panel(qtbot, workspace)
    indicator = fids["1.1.2a"]
    select_indicator(panel, fids["1.1.2"], indicator)
    panel.values.table.setCurrentCell(period_row(panel, "2024-S2"), TARGET)
    categories = panel.values.categories
    assert categories.rowCount() == 4  # the four size classes
    names = [categories.item(r, CATEGORY).data(Qt.ItemDataRole.UserRole) for r in range(4)]
    assert names[0] == ("firm_size", "micro")
    assert categories.item(0, CATEGORY_ACTUAL).text() == "8"
    assert categories.item(0, DISAGGREGATION).text() == "Firm size class"
    categories.item(2, CATEGORY_ACTUAL).setText("2")  # medium
    qtbot.waitUntil(
        lambda: stored(workspace, indicator).get(("2024-S2", "actual", "firm_size", "medium")) == 2
    )


def test_statuses_show_as_words_beside_their_light(qtbot, chain):
    workspace, fids = chain
    panel = open_panel(qtbot, workspace)
    panel.tree.select_result(fids["1"])
    column = COLUMNS.index("status")
    words = {panel.indicators.item(r, column).text() for r in range(panel.indicators.rowCount())}
    statuses = {
        label("indicator_status", code, messages_language())
        for code in ("on_track", "at_risk", "off_track", "no_data")
    }
    assert words and words <= statuses
    for row in range(panel.indicators.rowCount()):
        item = panel.indicators.item(row, column)
        assert not item.icon().isNull()
        assert item.toolTip()  # the reason
    sales = next(r for r in range(panel.indicators.rowCount()) if panel.indicators.item(r, 0).text() == "1a")
    # 20.1 against 21.5 from 18: 60 % of the way, just at risk; jobs 1495 against 1600 from 1450: off track
    assert panel.indicators.item(sales, column).text() == "At risk"
    assert panel.indicators.item(sales, COLUMNS.index("actual")).text() == "20.1 (H2\u00a02024)"
    impact = panel.tree.currentItem()
    assert impact.text(3) == "Off track: 1 of 2"  # the worst status, and how many have it
    assert impact.toolTip(3) == "At risk: 1 · Off track: 1"


def test_computed_indicators_are_marked_and_show_their_rule(qtbot, monkeypatch, chain):
    workspace, fids = chain
    panel = open_panel(qtbot, workspace)
    select_indicator(panel, fids["1.1"], fids["1.1a"])
    row = panel.indicators.currentRow()
    assert panel.indicators.item(row, COLUMNS.index("source")).text() == "computed"
    manual = next(r for r in range(panel.indicators.rowCount()) if r != row)
    assert panel.indicators.item(manual, COLUMNS.index("source")).text() == "computed"  # 1.1b is computed too
    values = panel.values.table
    assert not values.item(0, ACTUAL).flags() & Qt.ItemFlag.ItemIsEditable
    assert values.item(0, TARGET).flags() & Qt.ItemFlag.ItemIsEditable
    shown = fill_in(monkeypatch, lambda d: None)
    panel._edit_indicator()
    dialog = shown[0]
    assert dialog.computed.currentData() == "joint_actions_completed"
    assert dialog.rule.text() == label("formula_rule", "joint_actions_completed", messages_language())
    assert not dialog.unit.isEnabled()


def test_clicking_a_linked_action_selects_it_in_the_plan(make_window, qtbot, chain):
    workspace, fids = chain
    window = make_window(workspace)
    window.docks["results"].show()
    results = window.docks["results"].widget()
    results.tree.select_result(fids["1.1.2"])
    assert results.actions.count() == 1
    item = results.actions.item(0)
    assert item.text() == "Compra conjunta de tela e hilo"
    results.actions.itemClicked.emit(item)
    plan = window.docks["plan"].widget()
    assert plan.model.rows[plan.table.currentIndex().row()].name == "Compra conjunta de tela e hilo"
    task = plan.model.rows[plan.table.currentIndex().row()]
    assert workspace.selection.fids == frozenset(task.firms) and task.firms
    results.actions.itemDoubleClicked.emit(item)  # brings the plan forward
    QCoreApplication.processEvents()
    assert window.docks["plan"].isVisible()


def test_the_plan_table_lists_the_results_each_action_serves(qtbot, chain):
    workspace, fids = chain
    plan = GanttPanel(workspace)
    qtbot.addWidget(plan)
    model = plan.model
    column = PLAN_COLUMNS.index("Results")
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Results"
    shown = {model.rows[r].name: model.data(model.index(r, column)) for r in range(model.rowCount())}
    assert shown["Compra conjunta de tela e hilo"] == "1.1.2"
    assert shown["Lanzamiento de la marca «Atuntaqui Moda»"] == "1.1.1"
    assert shown["Misión comercial a Ipiales y Bogotá"] == ""
    panel = ResultsPanel(workspace)
    qtbot.addWidget(panel)
    panel.tree.select_result(fids["1.1.2"])
    shown_fid = next(r.fid for r in model.rows if r.name == "Misión comercial a Ipiales y Bogotá")
    uuid = workspace.project.session.execute(
        select(Result.uuid).where(Result.fid == fids["1.1.2"])
    ).scalar()  # the plan follows a change of links at once
    assert uuid
    from clusterdesk.core.plan import PlanTask
    from clusterdesk.core.results_edits import set_result_tasks

    task_uuid = workspace.project.session.get(PlanTask, shown_fid).uuid
    workspace.project.stack.push(set_result_tasks(workspace.project, fids["1.1.2"], [task_uuid]))
    row = next(r for r in range(model.rowCount()) if model.rows[r].fid == shown_fid)
    assert model.data(model.index(row, column)) == "1.1.2"
    workspace.undo()
    row = next(r for r in range(model.rowCount()) if model.rows[r].fid == shown_fid)
    assert model.data(model.index(row, column)) == ""


def test_monitoring_settings_change_the_thresholds(qtbot, monkeypatch, chain):
    workspace, fids = chain
    panel = open_panel(qtbot, workspace)

    def loosen(dialog):
        dialog.on_track.setValue(80)
        dialog.at_risk.setValue(40)

    fill_in(monkeypatch, loosen)
    panel._settings()
    assert panel.settings.thresholds.on_track == pytest.approx(0.8)
    assert panel.settings.thresholds.at_risk == pytest.approx(0.4)
    shown = fill_in(monkeypatch, lambda d: d.frequency.setCurrentIndex(d.frequency.findData("quarter")))
    panel._settings()  # values are reported per semester: refused, with core's words
    assert "remove them first" in shown[0].error.text()
    assert panel.settings.frequency == "semester"


def test_a_new_project_starts_its_chain_from_the_impact(qtbot, monkeypatch, new_project, tmp_path):
    new_project.close()
    workspace = Workspace(RecentFiles(tmp_path / "recent.json"))
    workspace.open(new_project.path)
    try:
        panel = open_panel(qtbot, workspace)
        assert panel.tree.topLevelItemCount() == 0
        assert panel.values.table.rowCount() == 0
        panel._add_result("outcome")  # nothing to contribute to yet
        assert panel.message.text() == "Add an impact first: outcomes contribute to it."
        fill_in(monkeypatch, lambda d: d.statement.setPlainText("More firms export"))
        panel._add_result("impact")
        assert not panel.message.isVisible()
        fill_in(monkeypatch, lambda d: d.statement.setPlainText("Firms sell jointly"))
        panel._add_result("outcome")
        codes = [(r["code"], r["level"]) for r in panel.data.results]
        assert codes == [("1", "impact"), ("1.1", "outcome")]
        assert panel.tree.topLevelItem(0).child(0).text(1) == "Firms sell jointly"
    finally:
        workspace.close(discard=True)


def test_edit_undo_in_the_window_takes_back_a_typed_value(make_window, qtbot, chain):
    workspace, fids = chain
    window = make_window(workspace)
    window.docks["results"].show()
    panel = window.docks["results"].widget()
    indicator = next(i["fid"] for i in panel.data.indicators if i["result_id"] == fids["1.2.1"])  # 1.2.1a
    select_indicator(panel, fids["1.2.1"], indicator)
    before = stored(workspace, indicator)
    panel.values.table.item(period_row(panel, "2025-S1"), ACTUAL).setText("58")
    qtbot.waitUntil(lambda: stored(workspace, indicator).get(("2025-S1", "actual", "", "")) == 58.0)
    undo = window.menu_actions["undo"]
    assert undo.isEnabled() and "1.2.1a" in undo.text()
    undo.trigger()
    assert stored(workspace, indicator) == before
    assert panel.values.table.item(period_row(panel, "2025-S1"), ACTUAL).text() == "55"
