"""The institutional capacity panel: a radar chart per institution with its rounds overlaid, a comparison
across institutions, and the gap table where a gap becomes a capacity-building action in one click.

Choosing an institution here selects it on the map through the shared selection.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import QDate, QLocale, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from clusterdesk.analysis import capacity_scores as scores
from clusterdesk.core.capacity import CAPACITY_TABLES, round_sort_key
from clusterdesk.core.capacity_edits import SaveAssessments, SetTarget
from clusterdesk.core.capacity_framework import SUPPORT_INSTITUTION_FRAMEWORK
from clusterdesk.core.capacity_framework_edits import AddFramework
from clusterdesk.core.errors import ClusterDeskError
from clusterdesk.core.plan_edits import TASKS
from clusterdesk.core.workspace import Workspace
from clusterdesk.gui.capacity.assessment_dialog import AssessmentDialog
from clusterdesk.gui.capacity.capacity_models import ComparisonModel, GapModel
from clusterdesk.gui.capacity.framework_dialog import FrameworkDialog
from clusterdesk.gui.capacity.labels import framework_name, part_name, round_text
from clusterdesk.gui.capacity.radar_chart import RadarChart, RadarSeries, round_colour
from clusterdesk.gui.capacity.workbook_actions import WorkbookActions
from clusterdesk.gui.form_parts import menu_button
from clusterdesk.gui.i18n import translate, translate_n
from clusterdesk.gui.workspace_listeners import follow_workspace
from clusterdesk.io.capacity_xlsx import support_institutions

WATCHED = {*CAPACITY_TABLES, "stakeholders", "plan_tasks"}
NAME_WIDTH = 300
WIDE_PANEL = 900  # pixels from which the institution row goes beside the tabs
INSTITUTION_CHARACTERS = 34


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view


def series_label(result: scores.AssessmentResult) -> str:
    """'Baseline, 01 Mar 2025 · overall 2.0': a round's line in the radar's legend."""
    assessment = result.assessment
    label = round_text(assessment.round)
    day = assessment.assessed_on
    if day:
        shown = QLocale().toString(QDate(day.year, day.month, day.day), "dd MMM yyyy")
        label = translate("CapacityPanel", "{round}, {day}").format(round=label, day=shown)
    if result.overall is not None:
        overall = QLocale().toString(result.overall, "f", 1)
        label = translate("CapacityPanel", "{round} · overall {score}").format(round=label, score=overall)
    return label


class HeaderRow(QWidget):
    """The institution and its commands. Beside the tabs it asks for no width of its own: the panel
    moves it back over the tabs before it gets too narrow for it, and a dock keeps its narrow minimum."""

    beside_tabs = False

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        return QSize(0, hint.height()) if self.beside_tabs else hint


class MessageLine(QLabel):
    """The panel's last message, hidden while there is none: an empty line would take the radar's room."""

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.setText("")


class CapacityPanel(WorkbookActions, QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.framework: scores.Framework | None = None
        self.results: dict[int, list[scores.AssessmentResult]] = {}
        self.institution = QComboBox()
        self.institution.setMinimumContentsLength(14)
        self.institution.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.institution.currentIndexChanged.connect(self._show_radar)
        self.institution.activated.connect(self._select_on_map)
        self.add_framework = QPushButton(translate("CapacityPanel", "Add default framework"))
        self.add_framework.setToolTip(
            translate("CapacityPanel", "Store the default framework for support institutions in this project")
        )
        self.add_framework.clicked.connect(self.install_default_framework)
        self.assess = QPushButton(translate("CapacityPanel", "Assess…"))
        self.assess.setToolTip(
            translate(
                "CapacityPanel", "Enter or correct the scores and evidence of one institution in one round"
            )
        )
        self.assess.clicked.connect(self._ask_assess)
        self.edit_framework = QPushButton(translate("CapacityPanel", "Framework…"))
        self.edit_framework.setToolTip(
            translate(
                "CapacityPanel",
                "Rename dimensions and indicators, rewrite the rubric, add or remove indicators",
            )
        )
        self.edit_framework.clicked.connect(self._ask_framework)
        workbook = QMenu(self)
        for text, tip, slot in (
            (
                translate("CapacityPanel", "Export…"),
                translate(
                    "CapacityPanel", "All assessments, their scores and the rubric as an Excel workbook"
                ),
                self._ask_export,
            ),
            (
                translate("CapacityPanel", "Template…"),
                translate("CapacityPanel", "A workbook for field teams to fill in and import back"),
                self._ask_template,
            ),
            (
                translate("CapacityPanel", "Import…"),
                translate("CapacityPanel", "Read a filled-in template or a corrected export"),
                self._ask_import,
            ),
        ):
            action = workbook.addAction(text)
            action.setToolTip(tip)
            action.triggered.connect(lambda _checked=False, ask=slot: ask())
        workbook.setToolTipsVisible(True)
        # the three Excel commands share one button so the row fits a dock beside the map
        self.workbook_button = menu_button(
            translate("CapacityPanel", "Excel"),
            translate("CapacityPanel", "Export the assessments, make a field template or import one"),
            workbook,
        )
        self.header = HeaderRow()  # over the tabs, or beside them where the panel is wide
        top = QHBoxLayout(self.header)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(QLabel(translate("CapacityPanel", "Institution:")))
        top.addWidget(self.institution, 1)
        for button in (self.add_framework, self.assess, self.edit_framework, self.workbook_button):
            top.addWidget(button)
        self.radar = RadarChart()
        self.comparison_model = ComparisonModel()
        self.comparison = _table(self.comparison_model)
        self.comparison.doubleClicked.connect(self._open_compared)
        self.comparison.horizontalHeader().setStretchLastSection(False)
        self.comparison.setToolTip(
            translate("CapacityPanel", "Double-click a row for the institution's radar chart")
        )
        self.compared_round = QComboBox()
        self.compared_round.setToolTip(
            translate("CapacityPanel", "Compare every institution's latest round, or all in the same round")
        )
        self.compared_round.currentIndexChanged.connect(self._fill_comparison)
        comparison_page = QWidget()
        comparison_layout = QVBoxLayout(comparison_page)
        comparison_layout.setContentsMargins(0, 0, 0, 0)
        round_row = QHBoxLayout()
        round_row.addWidget(QLabel(translate("CapacityPanel", "Round:")))
        round_row.addWidget(self.compared_round)
        round_row.addStretch(1)
        comparison_layout.addLayout(round_row)
        comparison_layout.addWidget(self.comparison)
        self.gap_model = GapModel(self._set_target)
        self.gap_table = _table(self.gap_model)
        self.gap_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.create_action = QPushButton(translate("CapacityPanel", "Create capacity-building action"))
        self.create_action.setToolTip(
            translate(
                "CapacityPanel", "Add an institutional-support action to the plan, led by the institution"
            )
        )
        self.create_action.clicked.connect(self.create_action_for_selected_gap)
        gap_page = QWidget()
        gap_layout = QVBoxLayout(gap_page)
        gap_layout.setContentsMargins(0, 0, 0, 0)
        gap_layout.addWidget(self.gap_table)
        gap_buttons = QHBoxLayout()
        explanation = QLabel(
            translate(
                "CapacityPanel",
                "Gap = target minus score, from the latest round in which the dimension was completely "
                "scored. Double-click a target to change it.",
            )
        )
        explanation.setWordWrap(True)
        gap_buttons.addWidget(explanation, 1)
        gap_buttons.addWidget(self.create_action)
        gap_layout.addLayout(gap_buttons)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.radar, translate("CapacityPanel", "Radar"))
        self.tabs.addTab(comparison_page, translate("CapacityPanel", "Comparison"))
        self.tabs.addTab(gap_page, translate("CapacityPanel", "Gaps"))
        self.message = MessageLine()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)  # like the other panels: the height goes to the chart
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self._header_beside_tabs = False
        layout.addWidget(self.message)
        follow_workspace(self, workspace, self._on_project_changed, self._on_state_changed)
        self.refresh()

    # -- layout ----------------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._place_header()

    def _place_header(self) -> None:
        """In a wide panel (docked under the map) the institution and its commands share the tabs' row,
        so the radar gets that row's height; in a narrow one they keep their own row."""
        beside = self.width() >= WIDE_PANEL
        if beside == self._header_beside_tabs:
            return
        self._header_beside_tabs = self.header.beside_tabs = beside
        if beside:
            self.institution.setMinimumContentsLength(INSTITUTION_CHARACTERS)
            self.tabs.setCornerWidget(self.header, Qt.Corner.TopRightCorner)
        else:
            self.tabs.setCornerWidget(None, Qt.Corner.TopRightCorner)
            self.institution.setMinimumContentsLength(14)
            self.layout().insertWidget(0, self.header)
        self.header.show()

    # -- data ------------------------------------------------------------------------------------
    def _on_project_changed(self, _project) -> None:
        self.message.clear()
        self.refresh()

    def _on_state_changed(self, tables: set[str]) -> None:
        if tables & WATCHED:
            self.refresh()

    def refresh(self) -> None:
        project = self.workspace.project
        self.framework = scores.load_framework(project) if project is not None else None
        self.results = scores.results_by_institution(project, self.framework) if self.framework else {}
        self.add_framework.setVisible(project is not None and self.framework is None)
        self.assess.setEnabled(self.framework is not None)
        self.edit_framework.setEnabled(self.framework is not None)
        current = self.institution.currentData()
        self.institution.blockSignals(True)
        self.institution.clear()
        ordered = sorted(
            self.results.items(), key=lambda item: item[1][0].assessment.institution_name.casefold()
        )
        for fid, results in ordered:
            self.institution.addItem(results[0].assessment.institution_name, fid)
        position = self.institution.findData(current)
        self.institution.setCurrentIndex(position if position >= 0 else 0 if ordered else -1)
        self.institution.blockSignals(False)
        self._fill_round_choice()
        self._fill_comparison()
        gaps = scores.gaps(project, self.framework) if self.framework else []
        self.gap_model.set_gaps(gaps, self._planned(gaps))
        self.gap_table.resizeColumnsToContents()
        for view in (self.comparison, self.gap_table):  # long institution names are elided, not the scores
            view.setColumnWidth(0, min(view.columnWidth(0), NAME_WIDTH))
        self.create_action.setEnabled(bool(self.gap_model.gaps))
        self._show_radar()

    def _fill_round_choice(self) -> None:
        chosen = self.compared_round.currentData()
        rounds = {
            (r.assessment.round, r.assessment.assessed_on) for rows in self.results.values() for r in rows
        }
        codes = list(dict.fromkeys(code for code, _day in sorted(rounds, key=lambda p: round_sort_key(*p))))
        self.compared_round.blockSignals(True)
        self.compared_round.clear()
        self.compared_round.addItem(translate("CapacityPanel", "Latest of each institution"), None)
        for code in codes:
            self.compared_round.addItem(round_text(code), code)
        self.compared_round.setCurrentIndex(max(self.compared_round.findData(chosen), 0))
        self.compared_round.blockSignals(False)

    def _fill_comparison(self, *_args) -> None:
        chosen = self.compared_round.currentData()
        ordered = sorted(
            self.results.values(), key=lambda rows: rows[0].assessment.institution_name.casefold()
        )
        if chosen is None:
            shown = [rows[-1] for rows in ordered]
        else:
            shown = [r for rows in ordered for r in rows if r.assessment.round == chosen]
        self.comparison_model.set_results(self.framework, shown)
        self.comparison.resizeColumnsToContents()
        self.comparison.setColumnWidth(0, min(self.comparison.columnWidth(0), NAME_WIDTH))

    def _planned(self, gaps: list[scores.Gap]) -> set[int]:
        """Rows whose action (same name, institutional support) is already in the plan."""
        if not gaps:
            return set()
        kind = TASKS.c.joint_action_type == "institutional_support"
        names = set(self.workspace.project.session.execute(select(TASKS.c.name).where(kind)).scalars())
        # named in the project's language, or in English by a version that wrote no other
        language = self.workspace.project.info().language
        return {
            row
            for row, gap in enumerate(gaps)
            if {scores.action_for_gap(gap).name, scores.action_for_gap(gap, language=language).name} & names
        }

    def _show_radar(self, *_args) -> None:
        fid = self.institution.currentData()
        framework = self.framework
        if framework is None:
            self.radar.empty_text = translate(
                "CapacityPanel",
                "No assessment framework in this project yet. Click “Add default framework” "
                "to start assessing support institutions.",
            )
            self.radar.set_chart("", [], [])
            return
        results = self.results.get(fid, [])
        if not results:
            self.radar.empty_text = translate(
                "CapacityPanel", "No institution has been assessed yet. Import a filled-in template to start."
            )
            self.radar.set_chart("", [], [])
            return
        series = []
        for position, result in enumerate(results):
            label, note = series_label(result), ""
            if not result.complete:
                note = translate_n(
                    "CapacityPanel", "incomplete: {scored} of %n indicators scored", result.total
                )
                note = note.format(scored=result.scored)
            values = tuple(d.score for d in result.dimensions)
            series.append(RadarSeries(label, values, round_colour(position), result.complete, note))
        table = scores.targets(self.workspace.project, framework)
        target = tuple(scores.target_for(table, framework, fid, d.fid) for d in framework.dimensions)
        title = f"{results[0].assessment.institution_name} — {framework_name(framework.name)}"
        axes = [part_name(d.code, d.name) for d in framework.dimensions]
        self.radar.set_chart(title, axes, series, target)

    def _select_on_map(self, *_args) -> None:
        """Only a choice the user makes moves the map's selection, never a refresh."""
        fid = self.institution.currentData()
        if fid is not None:
            self.workspace.selection.set([fid], source=self)

    def _open_compared(self, index) -> None:
        fid = self.comparison_model.rows[index.row()].assessment.institution_id
        self.institution.setCurrentIndex(self.institution.findData(fid))
        self._select_on_map()
        self.tabs.setCurrentWidget(self.radar)

    # -- edits -----------------------------------------------------------------------------------
    def _push(self, command) -> bool:
        project = self.workspace.project
        if project is None:
            return False
        try:
            project.stack.push(command)
        except ClusterDeskError as error:
            self.message.setText(str(error))
            return False
        return True

    def _set_target(self, gap: scores.Gap, target: float) -> None:
        dimension = part_name(gap.dimension.code, gap.dimension.name).lower()
        label = translate("CapacityPanel", "Set target of {institution} on {dimension}").format(
            institution=gap.institution_name, dimension=dimension
        )
        command = SetTarget(gap.dimension.fid, gap.institution_id, target, label=label)
        # after the editor has closed: the push refreshes (resets) the model the editor is writing to
        QTimer.singleShot(0, partial(self._push, command))

    def install_default_framework(self) -> None:
        if self._push(AddFramework(SUPPORT_INSTITUTION_FRAMEWORK)):
            self.message.setText(
                translate(
                    "CapacityPanel", "Default framework added. Make a template to start the baseline round."
                )
            )

    def create_action_for_selected_gap(self, start: dt.date | None = None) -> int | None:
        """Put the selected gap (else the largest) in the action plan; returns the new task's fid."""
        rows = self.gap_table.selectionModel().selectedRows()
        if not self.gap_model.gaps:
            return None
        row = rows[0].row() if rows else 0
        gap = self.gap_model.gaps[row]
        if row in self.gap_model.planned:
            dimension = part_name(gap.dimension.code, gap.dimension.name).lower()
            text = translate(
                "CapacityPanel",
                "{institution} already has an action for {dimension} in the plan; edit it in the Action plan "
                "panel.",
            )
            self.message.setText(text.format(institution=gap.institution_name, dimension=dimension))
            return None
        command = scores.action_for_gap(
            gap,
            start=start if isinstance(start, dt.date) else None,
            language=self.workspace.project.info().language,
        )
        if not self._push(command):
            return None
        text = translate("CapacityPanel", "Added to the action plan: {task} (Edit ▸ Undo removes it).")
        self.message.setText(text.format(task=command.name))
        return command.task_id

    def assessment_dialog(self) -> AssessmentDialog | None:
        project = self.workspace.project
        if project is None or self.framework is None:
            return None
        institutions = [(s.fid, s.name) for s in support_institutions(project)]
        existing = {(r.assessment.institution_id, r.assessment.round): r.assessment
                    for rows in self.results.values() for r in rows}  # fmt: skip
        return AssessmentDialog(self.framework, institutions, existing, self, self.institution.currentData())

    def framework_dialog(self) -> FrameworkDialog | None:
        project, framework = self.workspace.project, self.framework
        if project is None or framework is None:
            return None
        return FrameworkDialog(
            framework, self._push, partial(scores.load_framework, project, framework.fid), self
        )

    def _ask_framework(self) -> None:
        dialog = self.framework_dialog()
        if dialog is not None:
            dialog.exec()

    def _ask_assess(self) -> None:
        dialog = self.assessment_dialog()
        if dialog is not None and dialog.exec() == AssessmentDialog.DialogCode.Accepted:
            self._push(SaveAssessments([dialog.assessment()]))
