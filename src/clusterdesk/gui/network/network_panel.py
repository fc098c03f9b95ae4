"""The Network panel: the cluster's network of one survey round (or two rounds compared) drawn beside its
measures, the brokers and the isolates. Reading, layout and measures run on a worker thread; the picture
keeps its nodes where they were when the round changes, so rounds can be compared by eye. Selection is
the shared one: a node clicked here is selected on the map and in the registry, and back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.core.survey_rounds import SURVEY_ROUND_TABLES, round_order
from clusterdesk.core.vocabulary import RELATION_KINDS
from clusterdesk.core.vocabulary_labels import relation_label, survey_round_label
from clusterdesk.core.workspace import Workspace
from clusterdesk.gui.errors import report_exception
from clusterdesk.gui.form_parts import menu_button
from clusterdesk.gui.i18n import interface_language, translate
from clusterdesk.gui.network.graph_view import GraphView
from clusterdesk.gui.network.labels import measure_names
from clusterdesk.gui.network.legend import CompareLegend, size_hint_text
from clusterdesk.gui.network.measures_view import MeasuresView
from clusterdesk.gui.network.network_data import (
    BUSINESS_KINDS,
    NetworkPicture,
    NetworkRequest,
    compute_picture,
)
from clusterdesk.gui.network.roster_dialog import RosterDialog
from clusterdesk.gui.plain_text import plain_label
from clusterdesk.gui.worker import Task
from clusterdesk.gui.workspace_listeners import follow_workspace

WATCHED = {"relations", "stakeholders", *SURVEY_ROUND_TABLES}


class NetworkPanel(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.language = interface_language()
        self.picture: NetworkPicture | None = None
        self.task: Task | None = None
        self._stale = False
        self._keep_positions = True
        self.kinds: set[str] = set(BUSINESS_KINDS)

        self.round = QComboBox()
        self.round.setToolTip(translate("NetworkPanel", "The survey round whose network is shown"))
        self.compare = QCheckBox(translate("NetworkPanel", "Compare with"))
        self.compare.setToolTip(
            translate("NetworkPanel", "Show the ties that are new, kept and ended since an earlier round")
        )
        self.earlier = QComboBox()
        self.earlier.setToolTip(translate("NetworkPanel", "The earlier round to compare with"))
        self.kind_menu = QMenu(self)
        for code in RELATION_KINDS:
            action = self.kind_menu.addAction(relation_label(code, self.language))
            action.setCheckable(True)
            action.setChecked(code in self.kinds)
            action.setData(code)
            action.toggled.connect(self._kinds_changed)
        self.kind_button = menu_button(
            translate("NetworkPanel", "Relations"),
            translate("NetworkPanel", "The relation kinds the network is made of"),
            self.kind_menu,
        )
        self.size_by = QComboBox()
        for key, name in measure_names().items():
            self.size_by.addItem(name, key)
        self.size_by.setCurrentIndex(self.size_by.findData("betweenness"))
        self.size_by.setToolTip(translate("NetworkPanel", "The measure that sizes the nodes"))
        for combo in (self.round, self.earlier, self.size_by):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # names shown whole
        self.rearrange = QPushButton(translate("NetworkPanel", "Re-arrange"))
        self.rearrange.setToolTip(
            translate("NetworkPanel", "Lay the network out afresh for the ties shown now")
        )
        self.roster = QPushButton(translate("NetworkPanel", "Roster…"))
        self.roster.setToolTip(
            translate("NetworkPanel", "Tick the stakeholders the selected one has ties with in this round")
        )
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(110)
        self.progress.setTextVisible(False)
        self.cancel = QPushButton(translate("NetworkPanel", "Stop"))
        self.cancel.setToolTip(translate("NetworkPanel", "Stop laying out the network"))
        self.cancel.clicked.connect(self._cancel)

        self.view = GraphView()
        self.legend = CompareLegend()
        self.hint = plain_label()
        self.hint.setWordWrap(True)
        self.message = plain_label()
        self.message.setWordWrap(True)
        self.measures = MeasuresView(workspace)

        # two rows, so the panel also fits beside the map (half a laptop screen) in every language
        rounds, view_bar = QHBoxLayout(), QHBoxLayout()
        rounds.addWidget(plain_label(translate("NetworkPanel", "Round")))
        for widget in (self.round, self.compare, self.earlier):
            rounds.addWidget(widget)
        rounds.addStretch(1)
        rounds.addWidget(self.progress)
        rounds.addWidget(self.cancel)
        view_bar.addWidget(self.kind_button)
        view_bar.addWidget(plain_label(translate("NetworkPanel", "Size by")))
        for widget in (self.size_by, self.rearrange, self.roster):
            view_bar.addWidget(widget)
        view_bar.addStretch(1)
        bar = QVBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(2)
        bar.addLayout(rounds)
        bar.addLayout(view_bar)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.legend)
        left_layout.addWidget(self.hint)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.measures)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.message)
        self.setMinimumHeight(260)

        self.round.currentIndexChanged.connect(lambda _i: self.recompute())
        self.earlier.currentIndexChanged.connect(
            lambda _i: self.recompute() if self.compare.isChecked() else None
        )
        self.compare.toggled.connect(self._compare_toggled)
        self.size_by.currentIndexChanged.connect(lambda _i: self._show_sizes())
        self.rearrange.clicked.connect(lambda: self.recompute(keep_positions=False))
        self.roster.clicked.connect(self.open_roster)
        self.view.nodeClicked.connect(self._node_clicked)
        self.view.emptyClicked.connect(lambda: self.workspace.selection.clear(source=self))
        follow_workspace(
            self, workspace, self._on_project_changed, self._on_state_changed, self._on_selection
        )
        self._busy(False)
        self._on_project_changed(workspace.project)

    # -- what to show ----------------------------------------------------------------------------
    def _fill_rounds(self) -> None:
        project = self.workspace.project
        order = round_order(project.session.connection()) if project is not None else []
        for combo, default in ((self.round, -1), (self.earlier, 0)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for code in order:
                combo.addItem(survey_round_label(code, self.language), code)
            index = combo.findData(current) if current is not None else -1
            combo.setCurrentIndex(index if index >= 0 else (len(order) + default if default < 0 else 0))
            combo.blockSignals(False)
        self.compare.setEnabled(len(order) >= 2)
        self.earlier.setEnabled(self.compare.isChecked() and len(order) >= 2)

    def request(self) -> NetworkRequest | None:
        code = self.round.currentData()
        if code is None:
            return None
        kinds = tuple(k for k in RELATION_KINDS if k in self.kinds)
        earlier = self.earlier.currentData() if self.compare.isChecked() else None
        return NetworkRequest(code, kinds, earlier if earlier != code else None)

    def _kinds_changed(self, _on: bool) -> None:
        self.kinds = {a.data() for a in self.kind_menu.actions() if a.isChecked()}
        self.recompute(keep_positions=False)  # another network: a picture of its own

    def _compare_toggled(self, on: bool) -> None:
        self.earlier.setEnabled(on)
        if on and self.earlier.currentData() == self.round.currentData() and self.round.currentIndex() > 0:
            self.earlier.setCurrentIndex(0)
        self.recompute()

    # -- the worker ------------------------------------------------------------------------------
    def recompute(self, keep_positions: bool = True) -> None:
        project = self.workspace.project
        self._keep_positions = self._keep_positions and keep_positions
        if project is None:
            self.picture = None
            self.view.set_picture(None)
            self.view.set_placeholder("")
            self.measures.show_picture(None)
            return
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        request = self.request()
        if request is None:
            self.view.set_picture(None)
            self.view.set_placeholder(
                translate(
                    "NetworkPanel", "No relations yet: add relations or import a survey to see the network."
                )
            )
            self.measures.show_picture(None)
            self._show_legend()
            return
        if not self.kinds:
            self.message.setText(translate("NetworkPanel", "Choose at least one kind of relation."))
            return
        self.message.setText("")
        fixed = self.picture.positions() if self.picture is not None and self._keep_positions else None
        self._keep_positions = True
        if self.task is not None:
            self.task.cancel()
        path = project.working_path
        task = Task(
            lambda progress, cancel: compute_picture(path, request, fixed, progress, cancel),
            translate("NetworkPanel", "Laying out the network"),
            self,
        )
        task.progressed.connect(self._progressed)
        task.succeeded.connect(lambda picture, t=task: self._show(t, picture))
        task.failed.connect(lambda error, _details, t=task: self._failed(t, error))
        task.finished.connect(lambda t=task: self._finished(t))
        self.task = task
        self._busy(True)
        task.start()

    def _progressed(self, fraction, _message) -> None:
        if fraction is None:
            self.progress.setRange(0, 0)
        else:
            self.progress.setRange(0, 100)
            self.progress.setValue(int(fraction * 100))

    def _show(self, task: Task, picture: NetworkPicture) -> None:
        if task is not self.task:
            return  # an answer to a question nobody asks any more
        self.picture = picture
        self.view.set_picture(picture, self._sizes())
        self.view.set_selected(self.workspace.selection.fids)
        self.measures.show_picture(picture)
        self._show_legend()

    def _failed(self, task: Task, error: BaseException) -> None:
        if task is self.task:
            report_exception(self, error)

    def _finished(self, task: Task) -> None:
        if task is self.task:
            self.task = None
            self._busy(False)
        task.deleteLater()

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel.setVisible(busy)
        if busy:
            self.progress.setRange(0, 100)
            self.progress.setValue(0)

    def wait(self, timeout_ms: int = 30000) -> bool:
        """Wait for the layout under way (tests and screenshots)."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QThread

        deadline = QDeadlineTimer(timeout_ms)
        while self.task is not None and not deadline.hasExpired():
            QCoreApplication.processEvents()
            QThread.msleep(5)
        return self.task is None

    # -- showing ---------------------------------------------------------------------------------
    def _sizes(self):
        picture = self.picture
        if picture is None or picture.measures is None:
            return None
        frame = picture.measures.per_stakeholder
        return frame[self.size_by.currentData()].reindex(picture.fids).to_numpy(dtype=float)

    def _show_sizes(self) -> None:
        self.view.set_sizes(self._sizes())
        self._show_legend()

    def _show_legend(self) -> None:
        picture = self.picture
        comparing = picture is not None and picture.request.compare_with is not None
        self.legend.setVisible(comparing)
        if comparing:
            self.legend.set_counts(picture.counts)
        ties = 0 if picture is None else len(picture.tie_fids)
        self.hint.setText(size_hint_text(self.size_by.currentText(), ties) if picture is not None else "")

    # -- selection -------------------------------------------------------------------------------
    def _node_clicked(self, fid: int, add: bool) -> None:
        if add:
            self.workspace.selection.toggle([fid], source=self)
        else:
            self.workspace.selection.set([fid], source=self)

    def _on_selection(self, fids, _source) -> None:
        self.view.set_selected(fids)
        self.roster.setEnabled(self._roster_ready())

    def _roster_ready(self) -> bool:
        project = self.workspace.project
        return (
            project is not None and not project.read_only and len(self.workspace.selection) == 1
            and self.round.currentData() is not None
        )  # fmt: skip

    def open_roster(self) -> RosterDialog | None:
        if not self._roster_ready():
            self.message.setText(
                translate("NetworkPanel", "Select one stakeholder first, here or on the map.")
            )
            return None
        (fid,) = self.workspace.selection.fids
        kind = next((k for k in RELATION_KINDS if k in self.kinds), "supplies")
        dialog = RosterDialog(self.workspace.require_project(), fid, self.round.currentData(), kind, self)
        dialog.accepted.connect(lambda: self._push(dialog.command()))
        dialog.open()
        return dialog

    def _push(self, command) -> None:
        if command is None:
            return
        try:
            self.workspace.require_project().stack.push(command)
        except Exception as error:  # noqa: BLE001 - the stack rolled back; the user is told why
            report_exception(self, error)

    # -- workspace events ------------------------------------------------------------------------
    def _on_project_changed(self, _project) -> None:
        self.picture = None
        self._keep_positions = False
        self._fill_rounds()
        self.roster.setEnabled(self._roster_ready())
        self.recompute(keep_positions=False)

    def _on_state_changed(self, tables: set[str]) -> None:
        if tables & WATCHED:
            self._fill_rounds()
            self.recompute()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.recompute()
