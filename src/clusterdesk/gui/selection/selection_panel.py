"""The Selection panel: a project's cluster selection study. Without a study it offers one action, to
start one; with a study it shows the ranking, the criteria matrix (weights and hand scores edited in
place, each edit one undoable command), the decisions, and beside them how the ranking answers the weight
of the chosen criterion. Its map row colours the study's areas on the main map."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.core import formatting
from clusterdesk.core import selection_edits as edits
from clusterdesk.core.cluster_selection import SELECTION_TABLES
from clusterdesk.core.errors import ClusterDeskError
from clusterdesk.core.workspace import Workspace
from clusterdesk.gui import ask
from clusterdesk.gui.command_dialog import refusal_text, run_dialog
from clusterdesk.gui.errors import report_exception
from clusterdesk.gui.form_parts import ERROR_STYLE
from clusterdesk.gui.i18n import interface_language, translate
from clusterdesk.gui.plain_text import plain_label
from clusterdesk.gui.plan.gantt_toolbar import add_command, compact_toolbar
from clusterdesk.gui.selection import dialogs
from clusterdesk.gui.selection.decisions_view import decisions_text
from clusterdesk.gui.selection.labels import criterion_label
from clusterdesk.gui.selection.map_layer import CLASSINGS, LQ, MODES, OFF, SCORE, SelectionMap, sector_text
from clusterdesk.gui.selection.matrix_view import CriteriaMatrix
from clusterdesk.gui.selection.ranking_view import RankingTable
from clusterdesk.gui.selection.sensitivity import SensitivityChart, stability_sentence
from clusterdesk.gui.selection.study_data import (
    LARGE_STUDY,
    StudyPicture,
    figure_count,
    prepared_statistics,
    read_picture,
    read_statistics,
)
from clusterdesk.gui.worker import Task
from clusterdesk.gui.workspace_listeners import follow_workspace

WATCHED = set(SELECTION_TABLES) | {"stakeholders"}  # registry firms count for a criterion
STATISTICS_TABLES = {"selection_statistics", "selection_studies"}  # the figures, or the measure read
OpenProject = Callable[[Path], object]


class SelectionPanel(QWidget):
    def __init__(
        self,
        workspace: Workspace,
        canvas=None,
        open_project: OpenProject | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.open_project = open_project
        self.map = SelectionMap(canvas)
        self.picture: StudyPicture | None = None
        self.stats = None  # the study's statistics, indexed once and kept between evaluations
        self._stats_measure: str | None = None
        self._loading: Task | None = None

        # -- without a study: one action
        self.start_button = QPushButton(translate("SelectionPanel", "Start a selection study…"))
        self.start_button.setToolTip(
            translate(
                "SelectionPanel",
                "Compare regions and sectors on weighted criteria to choose the clusters to support",
            )
        )
        self.start_button.clicked.connect(self.start_study)
        start_page = QWidget()
        start_layout = QVBoxLayout(start_page)
        start_layout.addStretch(1)
        start_row = QHBoxLayout()
        start_row.addStretch(1)
        start_row.addWidget(self.start_button)
        start_row.addStretch(1)
        start_layout.addLayout(start_row)
        start_layout.addStretch(1)

        # -- with a study
        self.title = plain_label()
        self.title.setStyleSheet("font-weight: bold")
        bar = compact_toolbar(self)
        bar.addWidget(self.title)
        bar.addSeparator()
        self.add_action = add_command(
            bar,
            translate("SelectionPanel", "Add…"),
            translate("SelectionPanel", "Add a candidate cluster"),
            self.add_candidate,
        )
        self.edit_action = add_command(
            bar,
            translate("SelectionPanel", "Edit…"),
            translate("SelectionPanel", "Edit the selected candidate cluster"),
            self.edit_candidate,
        )
        self.delete_action = add_command(
            bar,
            translate("SelectionPanel", "Delete"),
            translate("SelectionPanel", "Delete the selected candidate clusters"),
            self.delete_candidates,
        )
        bar.addSeparator()
        self.decide_action = add_command(
            bar,
            translate("SelectionPanel", "Decision…"),
            translate("SelectionPanel", "Record the selection decision"),
            self.record_decision,
        )
        self.start_project_action = add_command(
            bar,
            translate("SelectionPanel", "Start cluster project…"),
            translate("SelectionPanel", "Start a cluster project from this candidate"),
            self.start_cluster_project,
        )
        self.study_action = add_command(
            bar,
            translate("SelectionPanel", "Study…"),
            translate("SelectionPanel", "Edit the name, measure and years of the study"),
            self.edit_study,
        )

        self.map_mode = QComboBox()
        for mode, text in MODES.items():
            self.map_mode.addItem(translate("SelectionMap", text), mode)
        self.map_mode.setToolTip(translate("SelectionPanel", "Colour the study's areas on the map"))
        self.sector = QComboBox()
        self.sector.setToolTip(
            translate("SelectionPanel", "The sector whose location quotient colours the areas")
        )
        self.sector.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sector.setMinimumContentsLength(14)
        self.classing = QComboBox()
        for method, text in CLASSINGS.items():
            self.classing.addItem(translate("SelectionMap", text), method)
        self.classing.setToolTip(translate("SelectionPanel", "How the five classes of the map are drawn"))
        map_row = QHBoxLayout()
        map_row.setContentsMargins(4, 0, 4, 0)
        map_row.addWidget(plain_label(translate("SelectionPanel", "Map")))
        map_row.addWidget(self.map_mode)
        map_row.addWidget(self.sector, 1)
        map_row.addWidget(self.classing)
        map_row.addStretch(1)

        self.ranking = RankingTable()
        self.ranking.itemSelectionChanged.connect(self._update_actions)
        self.ranking.itemDoubleClicked.connect(lambda _item: self.edit_candidate())
        self.matrix = CriteriaMatrix()
        self.matrix.weightChanged.connect(self.set_weight)
        self.matrix.scoreEdited.connect(self.set_score)
        self.matrix.currentCellChanged.connect(
            lambda _r, column, _pr, _pc: self._criterion_from_matrix(column)
        )
        self.decisions = QPlainTextEdit()
        self.decisions.setReadOnly(True)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.ranking, translate("SelectionPanel", "Ranking"))
        self.tabs.addTab(self.matrix, translate("SelectionPanel", "Criteria"))
        self.tabs.addTab(self.decisions, translate("SelectionPanel", "Decisions"))

        self.criterion = QComboBox()
        self.criterion.setToolTip(translate("SelectionPanel", "The criterion whose weight moves"))
        self.criterion.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.criterion.setMinimumContentsLength(12)
        self.criterion.currentIndexChanged.connect(lambda _i: self._show_sensitivity())
        self.chart = SensitivityChart()
        self.sentence = plain_label()
        self.sentence.setWordWrap(True)
        sensitivity = QWidget()
        sensitivity_layout = QVBoxLayout(sensitivity)
        sensitivity_layout.setContentsMargins(4, 0, 0, 0)
        criterion_row = QHBoxLayout()
        criterion_row.addWidget(plain_label(translate("SelectionPanel", "Sensitivity to")))
        criterion_row.addWidget(self.criterion, 1)
        sensitivity_layout.addLayout(criterion_row)
        sensitivity_layout.addWidget(self.chart, 1)
        sensitivity_layout.addWidget(self.sentence)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(sensitivity)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        study_page = QWidget()
        study_layout = QVBoxLayout(study_page)
        study_layout.setContentsMargins(0, 0, 0, 0)
        study_layout.setSpacing(2)
        study_layout.addWidget(bar)
        study_layout.addLayout(map_row)
        study_layout.addWidget(self.splitter, 1)

        self.message = plain_label()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.busy = plain_label()
        self.busy.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.busy.setWordWrap(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(start_page)
        self.pages.addWidget(study_page)
        self.pages.addWidget(self.busy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        self.setMinimumHeight(240)

        self.map_mode.currentIndexChanged.connect(lambda _i: self._show_map())
        self.sector.currentIndexChanged.connect(lambda _i: self._show_map())
        self.classing.currentIndexChanged.connect(lambda _i: self._show_map())
        follow_workspace(self, workspace, self._on_project_changed, self._on_state_changed)
        self._on_project_changed(workspace.project)

    # -- reading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        project = self.workspace.project
        if project is not None and not self._statistics_ready(project):
            return  # read on the worker; the panel refreshes when they arrive
        self.picture = read_picture(project.connection, self.stats) if project is not None else None
        self.pages.setCurrentIndex(1 if self.picture is not None else 0)
        self.start_button.setEnabled(project is not None and not project.read_only)
        if self.picture is None:
            self.ranking.show_picture(None)
            self.matrix.show_picture(None)
            self.chart.show_criterion(None, 0)
            self.sentence.setText("")
            self.map.show(project, None, OFF, None, "quantiles")
            return
        picture = self.picture
        settings = picture.evaluation.settings
        year = picture.evaluation.year
        self.title.setText(f"{settings.name} ({year})" if year else settings.name)
        self.title.setToolTip(settings.name)
        self.ranking.show_picture(picture)
        self.matrix.show_picture(picture)
        self.decisions.setPlainText(decisions_text(picture))
        self._fill_criteria()
        self._fill_sectors()
        self._show_sensitivity()
        self._update_actions()
        self._show_map()

    def _statistics_ready(self, project) -> bool:
        """Whether the study's statistics are at hand for an evaluation: read here for a small study,
        else started on the worker (False) with the panel saying it is computing."""
        row = project.connection.execute(
            "SELECT measure FROM selection_studies ORDER BY fid LIMIT 1"
        ).fetchone()
        if row is None or (self.stats is not None and self._stats_measure == row[0]):
            return True
        if self._loading is not None:
            return False
        measure = row[0]
        count = figure_count(project.connection)
        if count < LARGE_STUDY or project.working_path is None:
            self._keep_statistics(prepared_statistics(project.connection, measure), measure)
            return True
        task = Task(
            lambda progress, cancel: read_statistics(project.working_path, measure, progress, cancel),
            translate("SelectionPanel", "Computing the selection study"),
            self,
        )
        task.succeeded.connect(lambda stats, t=task: self._statistics_read(t, stats, measure))
        task.failed.connect(lambda error, _details, t=task: self._statistics_failed(t, error))
        self._loading = task
        self.busy.setText(
            translate("SelectionPanel", "Computing the study: reading and indexing {count} figures…").format(
                count=formatting.integer(count, interface_language())
            )
        )
        self.pages.setCurrentIndex(2)
        task.start()
        return False

    def _keep_statistics(self, stats, measure: str | None) -> None:
        self.stats, self._stats_measure = stats, measure

    def _statistics_read(self, task: Task, stats, measure: str) -> None:
        if task is not self._loading:
            return  # another project, or new figures, since
        self._loading = None
        self._keep_statistics(stats, measure)
        self.refresh()

    def _statistics_failed(self, task: Task, error: BaseException) -> None:
        if task is not self._loading:
            return
        self._loading = None
        self.pages.setCurrentIndex(0)
        report_exception(self, error)

    def _forget_statistics(self) -> None:
        self._keep_statistics(None, None)
        if self._loading is not None:
            self._loading.cancel()
            self._loading = None

    def _fill_criteria(self) -> None:
        current = self.criterion.currentData()
        self.criterion.blockSignals(True)
        self.criterion.clear()
        for criterion in self.picture.evaluation.criteria:
            self.criterion.addItem(criterion_label(criterion), criterion.fid)
        index = self.criterion.findData(current)
        self.criterion.setCurrentIndex(index if index >= 0 else 0)
        self.criterion.blockSignals(False)

    def _fill_sectors(self) -> None:
        current = self.sector.currentData()
        candidates = sorted({c.sector_code for c in self.picture.evaluation.candidates.values()})
        others = [s for s in self.picture.sectors if s not in candidates]
        self.sector.blockSignals(True)
        self.sector.clear()
        for code in [*candidates, *others]:
            self.sector.addItem(sector_text(code), code)
            self.sector.setItemData(self.sector.count() - 1, sector_text(code), Qt.ItemDataRole.ToolTipRole)
        index = self.sector.findData(current)
        self.sector.setCurrentIndex(index if index >= 0 else 0)
        self.sector.blockSignals(False)

    def _show_sensitivity(self) -> None:
        if self.picture is None or self.criterion.currentIndex() < 0:
            return
        index = self.criterion.currentIndex()
        self.chart.show_criterion(self.picture.evaluation, index)
        self.sentence.setText(stability_sentence(self.picture.evaluation, index))

    def _criterion_from_matrix(self, column: int) -> None:
        if column >= 0 and column != self.criterion.currentIndex():
            self.criterion.setCurrentIndex(column)

    def _show_map(self) -> None:
        mode = self.map_mode.currentData()
        self.sector.setVisible(mode == LQ)
        self.classing.setEnabled(mode != OFF)
        fixed = self.classing.model().item(0)
        fixed.setEnabled(mode == LQ)
        if mode == SCORE and self.classing.currentData() == "fixed_lq":
            self.classing.setCurrentIndex(1)  # shows the map through its own signal
            return
        try:
            self.map.show(
                self.workspace.project,
                self.picture,
                mode,
                self.sector.currentData(),
                self.classing.currentData(),
                self.stats,
            )
        except Exception as error:  # noqa: BLE001 - a map that cannot be drawn leaves the panel working
            report_exception(self, error)

    def _update_actions(self) -> None:
        project = self.workspace.project
        editable = project is not None and not project.read_only
        chosen = self.ranking.selected_codes()
        for action in (self.add_action, self.study_action):
            action.setEnabled(editable)
        self.edit_action.setEnabled(editable and len(chosen) == 1)
        self.delete_action.setEnabled(editable and bool(chosen))
        self.decide_action.setEnabled(
            editable and self.picture is not None and bool(self.picture.evaluation.codes)
        )
        self.start_project_action.setEnabled(project is not None and len(chosen) == 1)

    # -- edits -----------------------------------------------------------------------------------
    def push(self, command) -> bool:
        try:
            self.workspace.require_project().stack.push(command)
        except ClusterDeskError as error:
            self.say(refusal_text(error))
            return False
        except Exception as error:  # noqa: BLE001 - the stack rolled back; the user is told why
            report_exception(self, error)
            return False
        self.say("")
        return True

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _run(self, dialog) -> None:
        if run_dialog(dialog) and dialog.command is not None:
            self.push(dialog.command)

    def start_study(self) -> None:
        project = self.workspace.require_project()
        self._run(dialogs.StudyDialog(lambda v: edits.create_study(project, **v), parent=self))

    def edit_study(self) -> None:
        project = self.workspace.require_project()
        row = project.connection.execute(
            "SELECT name, measure, year, base_year, area_level FROM selection_studies ORDER BY fid LIMIT 1"
        ).fetchone()
        current = dict(zip(("name", "measure", "year", "base_year", "area_level"), row, strict=True))
        self._run(dialogs.StudyDialog(lambda v: edits.update_study(project, v), current, self))

    def add_candidate(self) -> None:
        project = self.workspace.require_project()
        names = self.picture.area_names if self.picture else {}

        def build(v):
            return edits.add_candidate(
                project, v["code"], v["name"], v["sector_code"], v["area_codes"], v["notes"]
            )

        self._run(dialogs.CandidateDialog(build, names, parent=self))

    def edit_candidate(self) -> None:
        chosen = self.ranking.selected_codes()
        if len(chosen) != 1 or self.picture is None:
            return
        project = self.workspace.require_project()
        code = chosen[0]
        fid = self.picture.candidate_fids[code]
        notes = project.connection.execute(
            "SELECT notes FROM selection_candidates WHERE fid = ?", (fid,)
        ).fetchone()
        ev = self.picture.evaluation
        current = {
            "code": code,
            "name": ev.names[code],
            "sector_code": ev.candidates[code].sector_code,
            "area_codes": ev.candidates[code].area_codes,
            "notes": notes[0] if notes else None,
        }

        def build(v):
            areas = v.pop("area_codes")
            return edits.update_candidate(project, fid, v, areas)

        self._run(dialogs.CandidateDialog(build, self.picture.area_names, current, self))

    def delete_candidates(self) -> None:
        chosen = self.ranking.selected_codes()
        if not chosen or self.picture is None:
            return
        project = self.workspace.require_project()
        self.push(edits.delete_candidates(project, [self.picture.candidate_fids[c] for c in chosen]))

    def set_weight(self, criterion_fid: int, weight: float) -> None:
        project = self.workspace.require_project()
        if not self.push(edits.set_weights(project, {criterion_fid: weight})):
            self.refresh()

    def set_score(self, code: str, criterion_fid: int, text: str) -> None:
        project = self.workspace.require_project()
        fid = self.picture.candidate_fids[code]
        try:
            command = edits.set_score(project, fid, criterion_fid, text)
        except ClusterDeskError as error:
            self.say(refusal_text(error))
            QTimer.singleShot(0, self, self.refresh)  # the cell shows the stored value again
            return
        self.push(command)

    def record_decision(self) -> None:
        if self.picture is None:
            return
        project = self.workspace.require_project()

        def build(v):
            return edits.record_decision(
                project, v["decided_on"], v["decided_by"], v["grounds"], v["outcomes"], v["basis"]
            )

        self._run(dialogs.DecisionDialog(build, self.picture, self))
        self.tabs.setCurrentWidget(self.tabs.widget(0))

    def start_cluster_project(self) -> None:
        from clusterdesk.core.selection_project import start_project

        chosen = self.ranking.selected_codes()
        if len(chosen) != 1 or self.picture is None:
            self.say(translate("SelectionPanel", "Select one candidate cluster in the ranking first."))
            return
        project = self.workspace.require_project()
        code = chosen[0]
        name = self.picture.evaluation.names[code]
        folder = project.path.parent if project.path is not None else Path.home()
        suggested = str(folder / f"{_file_stem(name)}.gpkg")
        target = ask.save_file_name(
            self,
            translate("SelectionPanel", "Start a cluster project from {name}").format(name=name),
            suggested,
            translate("SelectionPanel", "ClusterDesk projects (*.gpkg)"),
        )
        if not target:
            return
        if not target.lower().endswith(".gpkg"):
            target += ".gpkg"
        try:
            started = start_project(project, code, target)
        except ClusterDeskError as error:
            self.say(refusal_text(error))
            return
        self.push(started.record)
        question = translate(
            "SelectionPanel", "The cluster project {name} was written with {count} stakeholders."
        )
        if (
            ask.confirm(
                self,
                question.format(name=name, count=started.stakeholders),
                translate("SelectionPanel", "Open it now? The selection study stays in its own file."),
                translate("SelectionPanel", "Open the new project"),
            )
            and self.open_project is not None
        ):
            self.open_project(started.path)

    # -- workspace events ------------------------------------------------------------------------
    def _on_project_changed(self, _project) -> None:
        self.map.reset()
        self._forget_statistics()
        QTimer.singleShot(0, self, self.refresh)  # after the map canvas has taken the new project
        self.picture = None
        self.pages.setCurrentIndex(0)

    def _on_state_changed(self, tables: set[str]) -> None:
        if not tables or tables & WATCHED:
            if not tables or "selection_areas" in tables:
                self.map.forget_areas()
            if not tables or tables & STATISTICS_TABLES:
                self._forget_statistics()
            self.refresh()


def _file_stem(name: str) -> str:
    kept = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in name)
    return "_".join(kept.split()).lower() or "cluster"
