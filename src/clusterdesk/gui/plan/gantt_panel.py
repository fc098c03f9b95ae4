"""The action plan panel: the hierarchy as an editable table on the left, bars on the right, a toolbar to
zoom, indent, outdent, save a baseline and filter. Selecting an action highlights its participating
firms on the map through the shared selection.

A project opens at the zoom that shows its whole plan in the chart's width, until the user picks one: that
zoom is remembered for the project (by its UUID). Where the table ends and the chart begins is the user's
too, remembered for every project."""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QSizePolicy,
    QSplitter,
    QStyle,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.analysis.plan_schedule import Rescheduled
from clusterdesk.core.errors import ClusterDeskError
from clusterdesk.core.model import Stakeholder
from clusterdesk.core.plan import PlanTask, VisionStatement, load_calendar
from clusterdesk.core.plan_edits import AddTask, ChangeOutline, DeleteTasks, move_task, resize_task
from clusterdesk.core.plan_link_edits import AddVisionStatement, LinkTasks, SetBaseline, UnlinkTasks
from clusterdesk.core.workspace import Workspace
from clusterdesk.gui.elided_label import ElidedLabel
from clusterdesk.gui.form_parts import ERROR_STYLE, menu_button
from clusterdesk.gui.i18n import translate
from clusterdesk.gui.plain_text import plain_label
from clusterdesk.gui.plan.gantt_chart import ROW_HEIGHT, GanttChart
from clusterdesk.gui.plan.gantt_data import GanttData, GanttRow, date_of, day_number, load_gantt
from clusterdesk.gui.plan.gantt_toolbar import (
    add_command,
    compact_toolbar,
    filter_toolbar,
    zoom_combo,
)
from clusterdesk.gui.plan.plan_labels import joint_action_choices, status_choices
from clusterdesk.gui.plan.plan_table_model import PlanTableModel
from clusterdesk.gui.plan.task_dialog import TaskDialog
from clusterdesk.gui.settings import app_settings, project_value, set_project_value
from clusterdesk.gui.workspace_listeners import follow_workspace

PLAN_TABLES = {
    "vision_statements",
    "plan_tasks",
    "plan_links",
    "plan_task_responsibles",
    "plan_task_firms",
    "plan_baselines",
    "plan_baseline_tasks",
    "plan_calendars",
    "plan_holidays",
    "stakeholders",
    "results",  # the Results column names the results each action serves
    "result_task_links",
}
ALL = None
HEADER_HEIGHT = 2 * ROW_HEIGHT
COLUMN_WIDTHS = (52, 250, 84, 84, 44, 40)
TASK_COLUMN, SHOWN_COLUMNS = 1, 6  # WBS to %: what the table shows beside the chart by default
TASK_WIDTHS = (200, 420)  # the task column fits the longest name within these; longer ones are elided
ZOOM_SETTING = "plan/zoom"  # per project
SPLITTER_SETTING = "plan/splitter"
MAX_TABLE_SHARE = 0.6
INDENT_KEYS, OUTDENT_KEYS = "Alt+Shift+Right", "Alt+Shift+Left"


def key_text(keys: str) -> str:
    """A shortcut as the platform and the interface language name it (Alt+Maj+Droite)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


class GanttPanel(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.data = GanttData([], [])
        self.model = PlanTableModel(self.push)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        # the chart's scroll bar moves both sides
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setFixedHeight(HEADER_HEIGHT)  # as tall as the chart's timescale
        self.chart = GanttChart()
        self.chart.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("plan_splitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart)
        splitter.setStretchFactor(0, 0)  # a wider panel widens the chart; the table keeps its columns
        splitter.setStretchFactor(1, 1)
        self._auto_zoom = True  # until the user picks a zoom for this project
        self._fitting = False
        self._split_chosen = False
        self.message = plain_label()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()  # shown with a message only: an empty line would take a row of the chart
        self.setMinimumHeight(220)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        # the vision in one line beside the commands, whole in its tooltip: the rows need the height
        self.vision = ElidedLabel()
        commands = QHBoxLayout()
        commands.setContentsMargins(0, 0, 0, 0)
        toolbar = self._toolbar()
        toolbar.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        commands.addWidget(toolbar)
        commands.addSpacing(8)
        commands.addWidget(self.vision, 1)
        layout.addLayout(commands)
        layout.addWidget(self.filter_bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        self._syncing = False
        self.table.verticalScrollBar().valueChanged.connect(lambda v: self._sync_scroll(self.chart, v))
        self.chart.verticalScrollBar().valueChanged.connect(lambda v: self._sync_scroll(self.table, v))
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _old: self._select_row(current.row())
        )
        self.chart.rowClicked.connect(self.table.selectRow)
        self.table.doubleClicked.connect(self._double_clicked)
        self.chart.moveRequested.connect(self._move)
        self.chart.resizeRequested.connect(self._resize)
        self.chart.linkRequested.connect(lambda a, b: self.push(LinkTasks(a, b)))
        self.chart.viewportResized.connect(self._fit_zoom)
        follow_workspace(self, workspace, self._on_project_changed, self._on_state_changed)
        for keys, indent in ((INDENT_KEYS, True), (OUTDENT_KEYS, False)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(partial(self._outline, indent))
        self._on_project_changed(workspace.project)
        self._restore_split()
        splitter.splitterMoved.connect(self._remember_split)

    # -- toolbar ---------------------------------------------------------------------------------
    def _toolbar(self) -> QToolBar:
        bar = compact_toolbar(self)
        self.zoom = zoom_combo()
        self.zoom.currentIndexChanged.connect(self._zoom_changed)
        self.zoom.activated.connect(self._remember_zoom)  # the user's choice, not ours
        bar.addWidget(QLabel(translate("GanttPanel", "Zoom") + " "))
        bar.addWidget(self.zoom)
        for text, tip, slot in (
            (
                translate("GanttPanel", "Today"),
                translate("GanttPanel", "Scroll to today"),
                self._scroll_to_today,
            ),
            (
                translate("GanttPanel", "Add"),
                translate("GanttPanel", "Add a task at the level of the selected one (an objective if none)"),
                self._add,
            ),
            (
                translate("GanttPanel", "Delete"),
                translate("GanttPanel", "Delete the selected task with everything under it"),
                self._delete,
            ),
            (
                translate("GanttPanel", "Details…"),
                translate("GanttPanel", "Joint action, status, budget, responsible and firms of the task"),
                self._details,
            ),
            (
                translate("GanttPanel", "Indent"),
                translate("GanttPanel", "Make it part of the task above ({keys})").format(
                    keys=key_text(INDENT_KEYS)
                ),
                partial(self._outline, True),
            ),
            (
                translate("GanttPanel", "Outdent"),
                translate("GanttPanel", "Move the task one level up ({keys})").format(
                    keys=key_text(OUTDENT_KEYS)
                ),
                partial(self._outline, False),
            ),
        ):
            add_command(bar, text, tip, slot)
        more = QMenu(self)
        add_command(
            more,
            translate("GanttPanel", "Unlink"),
            translate("GanttPanel", "Remove the dependencies of the selected task"),
            self._unlink,
        )
        more.addSeparator()
        add_command(
            more,
            translate("GanttPanel", "Set baseline…"),
            translate("GanttPanel", "Save the current dates to measure slippage"),
            self._baseline,
        )
        self.show_baseline = more.addAction(translate("GanttPanel", "Show baseline"))
        self.show_baseline.setCheckable(True)
        self.show_baseline.setChecked(True)
        self.show_baseline.toggled.connect(self._toggle_baseline)
        more.addSeparator()
        add_command(
            more,
            translate("GanttPanel", "Vision…"),
            translate("GanttPanel", "Record a newly agreed version of the cluster's vision"),
            self._vision,
        )
        self.more = menu_button(
            translate("GanttPanel", "More"),
            translate("GanttPanel", "Dependencies, baselines and the vision"),
            more,
        )
        bar.addWidget(self.more)
        self.filter_bar, self.filters = filter_toolbar(self, self._show_rows)
        self.filter_bar.setVisible(False)
        self.show_filters = bar.addAction(translate("GanttPanel", "Filters"))
        self.show_filters.setCheckable(True)
        self.show_filters.setToolTip(
            translate("GanttPanel", "Show only the tasks of one objective, responsible, action or status")
        )
        self.show_filters.toggled.connect(self.filter_bar.setVisible)
        return bar

    def _fill_filters(self) -> None:
        project = self.workspace.project
        names = {}
        if project is not None:
            wanted = {fid for row in self.data.rows for fid in row.responsible}
            query = project.session.query(Stakeholder.fid, Stakeholder.name).filter(
                Stakeholder.fid.in_(wanted)
            )
            names = dict(query.all())
        choices = {
            "objective": [(r.name, r.fid) for r in self.data.rows if r.level == 0],
            "responsible": sorted(
                ((name, fid) for fid, name in names.items()), key=lambda c: c[0].casefold()
            ),
            "joint": joint_action_choices(),
            "status": status_choices(),
        }
        titles = {
            "objective": translate("GanttPanel", "All objectives"),
            "responsible": translate("GanttPanel", "All responsible"),
            "joint": translate("GanttPanel", "All joint actions"),
            "status": translate("GanttPanel", "All statuses"),
        }
        for key, combo in self.filters.items():
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(titles[key], ALL)
            combo.setMinimumContentsLength(max(10, len(titles[key])))  # "All …" says what it filters: whole
            for text, value in choices[key]:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
            combo.blockSignals(False)

    # -- content ---------------------------------------------------------------------------------
    def reload(self) -> None:
        project = self.workspace.project
        self.data = load_gantt(project) if project is not None else GanttData([], [])
        self._fill_filters()
        self._show_rows()
        self._show_vision()

    def _on_project_changed(self, project) -> None:
        self.reload()
        self._fit_task_column()
        remembered = project_value(project, ZOOM_SETTING) if project is not None else None
        position = self.zoom.findData(remembered) if remembered else -1
        if position >= 0:
            self.zoom.setCurrentIndex(position)
            self.chart.set_zoom(self.zoom.currentData())  # the same index as before signals nothing
            self._auto_zoom = False
        else:
            self._auto_zoom = True
            self._fit_zoom()

    # -- zoom and split --------------------------------------------------------------------------
    def _fit_zoom(self) -> None:
        """While the user has not chosen, the zoom that shows the whole plan at the chart's size."""
        if self._auto_zoom and self.chart.isVisible() and self.chart.viewport().width() > 50:
            position = self.zoom.findData(self.chart.fitting_zoom())
            if position != self.zoom.currentIndex():
                self._fitting = True
                try:
                    self.zoom.setCurrentIndex(position)
                finally:
                    self._fitting = False

    def _zoom_changed(self, _position: int) -> None:
        if not self._fitting:  # chosen by the user or by code: no longer fitted on resize
            self._auto_zoom = False
        self.chart.set_zoom(self.zoom.currentData())

    def _remember_zoom(self, _position: int) -> None:
        self._auto_zoom = False
        if self.workspace.project is not None:
            set_project_value(self.workspace.project, ZOOM_SETTING, self.zoom.currentData())

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._fit_zoom()

    def _restore_split(self) -> None:
        state = app_settings().value(SPLITTER_SETTING)
        self._split_chosen = state is not None and self.splitter.restoreState(state)
        self._default_split()

    def _default_split(self) -> None:
        """Until the user moves the split: the table as wide as its columns from WBS to %, at most
        MAX_TABLE_SHARE of the panel, and the chart the rest."""
        width = self.splitter.width()
        if self._split_chosen or width <= 0:
            return
        table = min(self.table_width(), round(width * MAX_TABLE_SHARE))
        self.splitter.setSizes([table, max(width - table - self.splitter.handleWidth(), 1)])

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._default_split()

    def _remember_split(self, _position: int, _index: int) -> None:
        self._split_chosen = True
        app_settings().setValue(SPLITTER_SETTING, self.splitter.saveState())

    def table_width(self) -> int:
        """Room for the columns from WBS to %, so a first start shows every task's dates and progress."""
        columns = sum(self.table.columnWidth(column) for column in range(SHOWN_COLUMNS))
        return columns + 2 * self.table.frameWidth()

    def _fit_task_column(self) -> None:
        """Column widths for a newly opened plan: the task column as wide as its longest name (bold for
        objectives and summaries, indented by level) within TASK_WIDTHS; a longer name is elided, and
        whole in its tooltip."""
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        font = self.table.font()
        bold = QFont(font)
        bold.setBold(True)
        plain_metrics, bold_metrics = QFontMetrics(font), QFontMetrics(bold)
        widest = max(
            (
                (bold_metrics if row.summary else plain_metrics).horizontalAdvance(
                    self.model.data(self.model.index(index, TASK_COLUMN))
                )
                for index, row in enumerate(self.model.rows)
            ),
            default=0,
        )
        padding = 2 * self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 8
        self.table.setColumnWidth(TASK_COLUMN, max(TASK_WIDTHS[0], min(TASK_WIDTHS[1], widest + padding)))

    def _on_state_changed(self, tables: set[str]) -> None:
        if not tables or tables & PLAN_TABLES:
            self.reload()

    def visible_rows(self) -> list[GanttRow]:
        wanted = {key: combo.currentData() for key, combo in self.filters.items()}
        if all(value is ALL for value in wanted.values()):
            return list(self.data.rows)

        def matches(row: GanttRow) -> bool:
            return (
                (wanted["objective"] is ALL or row.objective == wanted["objective"])
                and (wanted["responsible"] is ALL or wanted["responsible"] in row.responsible)
                and (wanted["joint"] is ALL or row.joint_action_type == wanted["joint"])
                and (wanted["status"] is ALL or row.status == wanted["status"])
            )

        keep: set[int] = set()
        ancestors: list[GanttRow] = []
        for row in self.data.rows:  # a match keeps its summaries, so the outline still reads
            del ancestors[row.level :]
            if matches(row):
                keep.update(a.fid for a in ancestors)
                keep.add(row.fid)
            ancestors.append(row)
        return [row for row in self.data.rows if row.fid in keep]

    def _show_rows(self) -> None:
        selected = self.selected_task()
        active = sum(combo.currentData() is not ALL for combo in self.filters.values())
        self.show_filters.setText(  # even while folded away
            translate("GanttPanel", "Filters ({count})").format(count=active)
            if active
            else translate("GanttPanel", "Filters")
        )
        rows = self.visible_rows()
        self.model.set_rows(self.workspace.project, rows)
        self.chart.header_height = HEADER_HEIGHT
        self.chart.set_rows(self.data, rows)
        self._fit_zoom()  # a plan that grew longer still fits
        if selected is not None:
            index = next((i for i, row in enumerate(rows) if row.fid == selected), None)
            if index is not None:
                self.table.selectRow(index)

    def selected_task(self) -> int | None:
        index = self.table.currentIndex()
        return (
            self.model.rows[index.row()].fid
            if index.isValid() and index.row() < len(self.model.rows)
            else None
        )

    def select_task(self, fid: int) -> None:
        """Select a task (showing it again if the filters hide it) and its participating firms on the map."""
        index = next((i for i, row in enumerate(self.model.rows) if row.fid == fid), None)
        if index is None:
            for combo in self.filters.values():
                combo.setCurrentIndex(0)  # "All …"
            index = next((i for i, row in enumerate(self.model.rows) if row.fid == fid), None)
        if index is not None:
            self.table.selectRow(index)
            self.table.scrollTo(self.model.index(index, 0))
            self._select_row(index)

    def _select_row(self, row: int) -> None:
        self.chart.selected_row = row if row >= 0 else None
        self.chart.viewport().update()
        if 0 <= row < len(self.model.rows):
            self.workspace.selection.set(self.model.rows[row].firms, source=self)

    def _sync_scroll(self, target, value: int) -> None:
        if not self._syncing:
            self._syncing = True
            target.verticalScrollBar().setValue(value)
            self._syncing = False

    # -- edits -----------------------------------------------------------------------------------
    def push(self, command) -> None:
        """Run a command on the project's stack; a refused edit is explained under the chart."""
        project = self.workspace.project
        if isinstance(command, Exception):
            self._say(str(command))
            return
        if project is None:
            return
        try:
            project.stack.push(Rescheduled(command))
        except ClusterDeskError as error:
            self._say(str(error))
        else:
            self._say("")

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _move(self, fid: int, start: dt.date) -> None:
        if self.workspace.project is not None:
            self.push(move_task(self.workspace.project, fid, start))

    def _resize(self, fid: int, finish: dt.date) -> None:
        row = next(r for r in self.data.rows if r.fid == fid)
        project = self.workspace.project
        if project is not None and row.start is not None:
            calendar = load_calendar(project.session.connection())
            first = date_of(row.start)
            self.push(resize_task(project, fid, max(1, calendar.duration_between(first, finish))))

    def _add(self) -> None:
        fid = self.selected_task()
        selected = next((r for r in self.data.rows if r.fid == fid), None)
        parent = None
        if selected is not None and selected.level > 0:
            project = self.workspace.project
            parent = project.session.get(PlanTask, fid).parent_id if project is not None else None
        start = (
            date_of(selected.start)
            if selected is not None and selected.start is not None
            else dt.date.today()
        )
        values = {
            "name": translate("GanttPanel", "New task"),
            "parent_id": parent,
            "start": start,
            "duration_days": 5,
        }
        if parent is None:
            values = {"name": translate("GanttPanel", "New objective")}
        command = AddTask(values)
        self.push(command)
        if command.fid is not None:
            index = next((i for i, row in enumerate(self.model.rows) if row.fid == command.fid), None)
            if index is not None:
                self.table.selectRow(index)
                self.table.edit(self.model.index(index, 1))

    def _delete(self) -> None:
        fid = self.selected_task()
        if fid is None:
            self._say(translate("GanttPanel", "Select a task first."))
            return
        self.push(DeleteTasks([fid]))

    def _unlink(self) -> None:
        fid = self.selected_task()
        links = [link[0] for link in self.data.links if fid in (link[1], link[2])]
        if fid is None or not links:
            self._say(translate("GanttPanel", "Select a task that has dependencies first."))
            return
        self.push(UnlinkTasks(links))

    def _show_vision(self) -> None:
        vision = self._current_vision()
        if vision is None:
            self.vision.setText(
                translate("GanttPanel", "No vision agreed yet: record it with {more} ▾ {vision}.").format(
                    more=translate("GanttPanel", "More"), vision=translate("GanttPanel", "Vision…")
                )
            )
            return
        agreed = ", ".join(filter(None, (str(vision.agreed_on or ""), vision.agreed_by)))
        if agreed:
            text = translate("GanttPanel", "Vision (version {version}, {agreed}): {text}")
        else:
            text = translate("GanttPanel", "Vision (version {version}): {text}")
        self.vision.setText(text.format(version=vision.version, agreed=agreed, text=vision.text))

    def _current_vision(self) -> VisionStatement | None:
        project = self.workspace.project
        if project is None:
            return None
        return project.session.query(VisionStatement).order_by(VisionStatement.version.desc()).first()

    def _vision(self) -> None:
        current = self._current_vision()
        title = translate("GanttPanel", "Vision")
        text, accepted = QInputDialog.getMultiLineText(
            self, title, translate("GanttPanel", "The vision as agreed:"), current.text if current else ""
        )
        if not accepted or not text.strip() or (current is not None and text.strip() == current.text):
            return
        previous_body = (current.agreed_by or "") if current else ""
        body, accepted = QInputDialog.getText(
            self, title, translate("GanttPanel", "Agreed by (the body that agreed it):"), text=previous_body
        )
        if accepted:
            self.push(AddVisionStatement(text.strip(), dt.date.today(), body.strip() or None))

    def _double_clicked(self, index) -> None:
        if not self.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            self._details()

    def _details(self) -> None:
        fid = self.selected_task()
        project = self.workspace.project
        if fid is None or project is None:
            self._say(translate("GanttPanel", "Select a task first."))
            return
        dialog = TaskDialog(project, fid, self)
        if dialog.exec() == TaskDialog.DialogCode.Accepted:
            command = dialog.command()
            if command is not None:
                self.push(command)

    def _outline(self, indent: bool) -> None:
        fid = self.selected_task()
        if fid is None:
            self._say(translate("GanttPanel", "Select a task first."))
            return
        self.push(ChangeOutline(fid, indent=indent))

    def _baseline(self) -> None:
        name, accepted = QInputDialog.getText(
            self,
            translate("GanttPanel", "Set baseline"),
            translate("GanttPanel", "Name of the baseline:"),
            text=translate("GanttPanel", "Baseline {date}").format(date=dt.date.today().isoformat()),
        )
        if accepted and name.strip():
            self.push(SetBaseline(name.strip()))

    def _toggle_baseline(self, shown: bool) -> None:
        self.chart.show_baseline = shown
        self.chart.viewport().update()

    def _scroll_to_today(self) -> None:
        self.chart.scroll_to_day(day_number(dt.date.today()))
