"""The results panel: the chain on the left with the plan actions that contribute to the selected result;
on the right its indicators, a chart of target against actual and the values per reporting period. Every
button and every typed value becomes one undoable command on the project's stack."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMenu,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from clusterdesk.analysis.results_overview import (
    indicator_overviews,
    indicator_values,
    reporting_periods,
    result_summaries,
)
from clusterdesk.analysis.results_series import MonitoringSettings, monitoring_settings
from clusterdesk.analysis.results_status import Thresholds
from clusterdesk.core import results_edits as edits
from clusterdesk.core.errors import ClusterDeskError
from clusterdesk.core.model import Stakeholder
from clusterdesk.core.plan import PlanTask, PlanTaskFirm
from clusterdesk.core.results import CHILD_LEVEL, RESULTS_TABLES, ResultsData, read_results
from clusterdesk.core.results_edits import ValueEntry
from clusterdesk.core.results_formulas import survey_questions
from clusterdesk.core.workspace import Workspace
from clusterdesk.gui.command_dialog import refusal_text
from clusterdesk.gui.form_parts import ERROR_STYLE, menu_button
from clusterdesk.gui.i18n import translate
from clusterdesk.gui.plain_text import literal_text, plain_label
from clusterdesk.gui.plan.gantt_toolbar import add_command, compact_toolbar
from clusterdesk.gui.results import dialogs
from clusterdesk.gui.results.chain_tree import ChainTree
from clusterdesk.gui.results.dialogs import MonitoringDialog, ResultDialog, TaskLinksDialog
from clusterdesk.gui.results.indicator_dialog import IndicatorDialog
from clusterdesk.gui.results.indicator_table import IndicatorTable
from clusterdesk.gui.results.labels import vocabulary
from clusterdesk.gui.results.trend_chart import TrendChart
from clusterdesk.gui.results.values_table import ValuesEditor
from clusterdesk.gui.workspace_listeners import follow_workspace

# what the panel shows reads these: its own tables, the settings, and what computed indicators count
WATCHED = {
    *RESULTS_TABLES,
    "project_info",
    "plan_tasks",
    "plan_task_firms",
    "stakeholders",
    "relations",
    "capacity_assessments",
    "capacity_scores",
    "governance_maturity",
}
ShowTask = Callable[[int, bool], None]  # task fid, and whether to bring the action plan to the front


class ResultsPanel(QWidget):
    def __init__(
        self, workspace: Workspace, show_task: ShowTask | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.show_task = show_task
        self.data = ResultsData([], [], [])
        self.overviews: dict = {}
        self.settings = MonitoringSettings("quarter", Thresholds())
        self._stale = False
        self.tree = ChainTree()
        self.tree.currentItemChanged.connect(lambda _new, _old: self._show_result())
        self.tree.itemDoubleClicked.connect(lambda _item, _column: self._edit_result())
        self.actions_title = plain_label(translate("ResultsPanel", "Contributing plan actions"))
        self.actions = QListWidget()
        self.actions.setToolTip(
            translate(
                "ResultsPanel",
                "Click to show the action in the Gantt and its "
                "firms on the map; double-click to open the plan",
            )
        )
        self.actions.itemClicked.connect(lambda item: self._linked_task(item, False))
        self.actions.itemDoubleClicked.connect(lambda item: self._linked_task(item, True))
        self.indicators = IndicatorTable()
        self.indicators.currentCellChanged.connect(lambda _r, _c, _pr, _pc: self._show_indicator())
        self.indicators.cellDoubleClicked.connect(lambda _r, _c: self._edit_indicator())
        self.chart = TrendChart()
        self.values = ValuesEditor(self.submit_values)
        self.message = plain_label()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        chain_split = QSplitter(Qt.Orientation.Vertical)
        chain_split.addWidget(self.tree)
        linked = QWidget()
        linked_layout = QVBoxLayout(linked)
        linked_layout.setContentsMargins(0, 2, 0, 0)
        linked_layout.addWidget(self.actions_title)
        linked_layout.addWidget(self.actions, 1)
        chain_split.addWidget(linked)
        chain_split.setStretchFactor(0, 3)
        chain_split.setStretchFactor(1, 1)
        left_layout.addWidget(chain_split)
        details = QSplitter(Qt.Orientation.Horizontal)
        details.addWidget(self.chart)
        details.addWidget(self.values)
        details.setStretchFactor(0, 1)
        details.setStretchFactor(1, 1)
        details.setSizes([500, 500])  # halves: the values' columns need as much room as the chart
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.indicators)
        right.addWidget(details)
        right.setStretchFactor(0, 2)
        right.setStretchFactor(1, 3)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([560, 640])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self._toolbar())
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.message)
        self.setMinimumHeight(240)
        follow_workspace(self, workspace, self._on_project_changed, self._on_state_changed)
        self.reload()

    # -- toolbar ---------------------------------------------------------------------------------
    def _toolbar(self) -> QToolBar:
        bar = compact_toolbar(self)
        add = QMenu(self)
        for level, text, tip in (
            (
                "impact",
                translate("ResultsPanel", "Impact…"),
                translate("ResultsPanel", "The long-term change the initiative contributes to"),
            ),
            (
                "outcome",
                translate("ResultsPanel", "Outcome…"),
                translate("ResultsPanel", "A change in the cluster's behaviour, under an impact"),
            ),
            (
                "output",
                translate("ResultsPanel", "Output…"),
                translate("ResultsPanel", "What the actions deliver, under an outcome"),
            ),
        ):
            add_command(add, text, tip, partial(self._add_result, level))
        self.add_button = menu_button(
            translate("ResultsPanel", "Add result"),
            translate("ResultsPanel", "Add an impact, outcome or output"),
            add,
        )
        bar.addWidget(self.add_button)
        for text, tip, slot in (
            (
                translate("ResultsPanel", "Edit result…"),
                translate("ResultsPanel", "Edit the selected result"),
                self._edit_result,
            ),
            (
                translate("ResultsPanel", "Delete result"),
                translate(
                    "ResultsPanel",
                    "Delete the selected result with the results, indicators and values under it",
                ),
                self._delete_result,
            ),
        ):
            add_command(bar, text, tip, slot)
        bar.addSeparator()
        indicator = QMenu(self)
        for text, tip, slot in (
            (
                translate("ResultsPanel", "Add indicator…"),
                translate("ResultsPanel", "Add an indicator to the selected result"),
                self._add_indicator,
            ),
            (
                translate("ResultsPanel", "Edit indicator…"),
                translate("ResultsPanel", "Edit the selected indicator"),
                self._edit_indicator,
            ),
            (
                translate("ResultsPanel", "Delete indicator"),
                translate("ResultsPanel", "Delete the selected indicator with its values"),
                self._delete_indicator,
            ),
        ):
            add_command(indicator, text, tip, slot)
        self.indicator_button = menu_button(
            translate("ResultsPanel", "Indicator"),
            translate("ResultsPanel", "Add, edit or delete indicators"),
            indicator,
        )
        bar.addWidget(self.indicator_button)
        bar.addSeparator()
        add_command(
            bar,
            translate("ResultsPanel", "Link actions…"),
            translate(
                "ResultsPanel",
                "Choose the plan's objectives and actions that contribute to the selected result",
            ),
            self._link_tasks,
        )
        add_command(
            bar,
            translate("ResultsPanel", "Settings…"),
            translate("ResultsPanel", "Reporting frequency and the thresholds of the status rule"),
            self._settings,
        )
        return bar

    # -- content ---------------------------------------------------------------------------------
    def reload(self) -> None:
        self._stale = False
        project = self.workspace.project
        if project is None:
            self.data, self.overviews = ResultsData([], [], []), {}
            self.settings = MonitoringSettings("quarter", Thresholds())
            self.tree.show_chain(self.data, {})
            self._show_result()
            return
        connection = project.session.connection()
        self.data = read_results(connection, with_values=False)
        self.settings = monitoring_settings(connection)
        self.overviews = indicator_overviews(connection, self.data, self.settings)
        self.tree.show_chain(self.data, result_summaries(self.data, self.overviews))
        self._show_result()

    def _on_project_changed(self, _project) -> None:
        self._reload_when_seen()

    def _on_state_changed(self, tables: set[str]) -> None:
        if not tables or tables & WATCHED:
            self._reload_when_seen()

    def _reload_when_seen(self) -> None:
        """A hidden dock waits until it is shown: computed indicators read tables every map edit touches."""
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self._stale:
            self.reload()
        super().showEvent(event)

    def _show_result(self) -> None:
        fid = self.tree.selected_result()
        self.indicators.show_indicators(
            self.data.indicators_of(fid) if fid is not None else [], self.overviews
        )
        self.actions.clear()
        for uuid in self.data.task_links.get(fid, []) if fid is not None else []:
            task = self.data.tasks.get(uuid)
            if task is None:
                continue  # the plan deleted it; the link waits harmlessly
            item = QListWidgetItem(task["name"])
            item.setData(Qt.ItemDataRole.UserRole, task["fid"])
            item.setToolTip(literal_text(task["name"]))
            self.actions.addItem(item)
        if fid is not None and not self.actions.count():
            empty = QListWidgetItem(translate("ResultsPanel", "None yet: use Link actions…"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.actions.addItem(empty)
        self._show_indicator()

    def selected_indicator(self) -> dict[str, Any] | None:
        fid = self.indicators.selected_indicator()
        return next((i for i in self.data.indicators if i["fid"] == fid), None)

    def _show_indicator(self) -> None:
        indicator = self.selected_indicator()
        project = self.workspace.project
        if indicator is None or project is None:
            self.chart.clear(translate("ResultsPanel", "Select an indicator to see its targets and actuals"))
            self.values.set_indicator(None, [], [], [])
            return
        connection = project.session.connection()
        rows = indicator_values(connection, indicator, self.settings.frequency)
        periods = reporting_periods(connection, self.settings.frequency, rows, indicator["baseline_date"])
        overview = self.overviews.get(indicator["fid"])
        totals = [r for r in rows if not r["dimension"]]
        title = (
            f"{indicator['code']}  {indicator['name']} ({vocabulary('indicator_unit', indicator['unit'])})"
        )
        self.chart.set_series(
            title,
            [p.code for p in periods],
            {r["period"]: r["value"] for r in totals if r["kind"] == "target"},
            {r["period"]: r["value"] for r in totals if r["kind"] == "actual"},
            overview.series.baseline if overview else indicator["baseline_value"],
        )
        self.values.set_indicator(indicator, periods, rows, self._areas(connection))

    @staticmethod
    def _areas(connection) -> list[str]:
        table = Stakeholder.__table__
        query = select(table.c.admin_area).where(table.c.admin_area.is_not(None)).distinct()
        return [a for a in connection.execute(query).scalars() if str(a).strip()]

    # -- edits -----------------------------------------------------------------------------------
    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def push(self, make: Callable[[Any], object]) -> bool:
        """Build a command (which may refuse bad input) and run it; a refusal shows under the panel."""
        project = self.workspace.project
        if project is None:
            return False
        try:
            project.stack.push(make(project))
        except ClusterDeskError as error:
            self.say(refusal_text(error))
            return False
        self.say("")
        return True

    def submit_values(self, entries: list[ValueEntry], refusal: str | None = None) -> None:
        """Record typed values, after the table has finished its own edit (a reload replaces its cells)."""
        indicator = self.selected_indicator()
        if refusal is not None or indicator is None:
            self.say(refusal or "")
            return
        fid = indicator["fid"]

        def record() -> None:
            if not self.push(lambda project: edits.set_values(project, fid, entries)):
                self._show_indicator()  # the refused value goes, the stored one shows again

        QTimer.singleShot(0, self, record)

    def _run(self, dialog: dialogs.CommandDialog) -> None:
        if dialogs.run_dialog(dialog) and dialog.command is not None:
            self.push(lambda _project: dialog.command)

    def _need_result(self) -> dict[str, Any] | None:
        fid = self.tree.selected_result()
        if fid is None:
            self.say(translate("ResultsPanel", "Select a result first."))
            return None
        return next(r for r in self.data.results if r["fid"] == fid)

    def _add_result(self, level: str) -> None:
        project = self.workspace.project
        if project is None:
            return
        parent_level = next((p for p, c in CHILD_LEVEL.items() if c == level), None)
        selected = self.tree.selected_result()
        by_fid = {r["fid"]: r for r in self.data.results}
        parent_id = None
        while selected is not None and parent_level is not None:  # the selected result or one above it
            if by_fid[selected]["level"] == parent_level:
                parent_id = selected
                break
            selected = by_fid[selected]["parent_id"]
        if parent_level is not None:
            parent_id = parent_id or next(
                (r["fid"] for r in self.data.results if r["level"] == parent_level), None
            )
            if parent_id is None:
                if parent_level == "impact":
                    self.say(translate("ResultsPanel", "Add an impact first: outcomes contribute to it."))
                else:
                    self.say(translate("ResultsPanel", "Add an outcome first: outputs contribute to it."))
                return
        code = edits.next_result_code(project, parent_id)

        def build(values: dict[str, Any]):
            values = {k: v for k, v in values.items() if not (k == "code" and not v)}
            values.setdefault("parent_id", None)
            return edits.add_result(project, values)

        self._run(ResultDialog(self.data, level, build, parent_id=parent_id, code=code, parent=self))

    def _edit_result(self) -> None:
        result, project = self._need_result(), self.workspace.project
        if result is None or project is None:
            return
        dialog = ResultDialog(
            self.data,
            result["level"],
            lambda values: edits.update_result(project, result["fid"], values),
            result=result,
            parent=self,
        )
        self._run(dialog)

    def _delete_result(self) -> None:
        result = self._need_result()
        if result is not None:
            self.push(lambda project: edits.delete_result(project, result["fid"]))

    def _add_indicator(self) -> None:
        result, project = self._need_result(), self.workspace.project
        if result is None or project is None:
            return

        def build(values: dict[str, Any]):
            values = {k: v for k, v in values.items() if not (k == "code" and not v)}
            return edits.add_indicator(project, {"result_id": result["fid"], **values})

        code = edits.next_indicator_code(project, result["fid"])
        questions = survey_questions(project.session.connection())
        self._run(IndicatorDialog(build, code=code, parent=self, questions=questions))

    def _need_indicator(self) -> dict[str, Any] | None:
        indicator = self.selected_indicator()
        if indicator is None:
            self.say(translate("ResultsPanel", "Select an indicator first."))
        return indicator

    def _edit_indicator(self) -> None:
        indicator, project = self._need_indicator(), self.workspace.project
        if indicator is None or project is None:
            return
        dialog = IndicatorDialog(
            lambda values: edits.update_indicator(project, indicator["fid"], values),
            indicator=indicator,
            parent=self,
            questions=survey_questions(project.session.connection()),
        )
        self._run(dialog)

    def _delete_indicator(self) -> None:
        indicator = self._need_indicator()
        if indicator is not None:
            self.push(lambda project: edits.delete_indicator(project, indicator["fid"]))

    def _link_tasks(self) -> None:
        result, project = self._need_result(), self.workspace.project
        if result is None or project is None:
            return
        table = PlanTask.__table__
        columns = (table.c.fid, table.c.uuid, table.c.parent_id, table.c.position, table.c.name)
        tasks = [dict(r._mapping) for r in project.session.connection().execute(select(*columns))]
        if not tasks:
            self.say(translate("ResultsPanel", "The action plan has no objectives or actions yet."))
            return
        dialog = TaskLinksDialog(
            tasks,
            self.data.task_links.get(result["fid"], []),
            result["code"],
            lambda values: edits.set_result_tasks(project, result["fid"], values["task_uuids"]),
            parent=self,
        )
        self._run(dialog)

    def _settings(self) -> None:
        project = self.workspace.project
        if project is None:
            return
        thresholds = self.settings.thresholds
        dialog = MonitoringDialog(
            self.settings.frequency,
            thresholds.on_track,
            thresholds.at_risk,
            lambda values: edits.set_monitoring_settings(project, **values),
            parent=self,
        )
        self._run(dialog)

    # -- links to the plan -----------------------------------------------------------------------
    def _linked_task(self, item: QListWidgetItem, bring_forward: bool) -> None:
        fid = item.data(Qt.ItemDataRole.UserRole)
        if fid is None:
            return
        if self.show_task is not None:
            self.show_task(fid, bring_forward)
            return
        project = self.workspace.project
        if project is not None:  # no action plan panel: the firms on the map at least
            table = PlanTaskFirm.__table__
            query = select(table.c.stakeholder_id).where(table.c.task_id == fid)
            self.workspace.selection.set(project.session.connection().execute(query).scalars(), source=self)
