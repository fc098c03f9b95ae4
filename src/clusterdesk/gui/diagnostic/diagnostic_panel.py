"""The Diagnostic panel: the report's header (title, date, authors) above a QTabWidget with the SWOT as
four quadrants and the key findings and leverage points with the plan actions that answer them.

Every gesture is one undoable command on the project's stack: adding, editing and deleting items through
a dialog, and dragging an item within or between lists (`core.diagnostic_edits.move_item`).

Adding a tab: the panel's QTabWidget is `self.tabs`. Another part of the window adds a tab with
`panel.tabs.addTab(widget, title)` after the panel is made (the panel factory in gui/panels.py is the
place); the panel's own tabs are `self.swot_tab` and `self.findings_tab`, and the header and the
Add/Edit/Delete commands stay above the tabs whatever tab shows.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from clusterdesk.core import diagnostic_edits as edits
from clusterdesk.core.catalogue import messages_language
from clusterdesk.core.diagnostic import DIAGNOSTIC_TABLES, ITEM_CATEGORIES, SWOT_CATEGORIES
from clusterdesk.core.diagnostic_data import DiagnosticData, read_diagnostic, split_authors
from clusterdesk.core.errors import ClusterDeskError
from clusterdesk.core.formatting import long_date
from clusterdesk.core.model import Stakeholder
from clusterdesk.core.plan import PlanTask, PlanTaskFirm
from clusterdesk.core.workspace import Workspace
from clusterdesk.gui.command_dialog import refusal_text
from clusterdesk.gui.diagnostic import dialogs
from clusterdesk.gui.diagnostic.dialogs import ItemDialog, ReportDialog
from clusterdesk.gui.diagnostic.item_lists import ItemListModel, ItemListView
from clusterdesk.gui.diagnostic.labels import (
    CATEGORY_COLOURS,
    category_hint,
    category_name,
    category_title,
)
from clusterdesk.gui.form_parts import ERROR_STYLE, menu_button
from clusterdesk.gui.i18n import translate
from clusterdesk.gui.plain_text import literal_text, plain_label
from clusterdesk.gui.plan.gantt_toolbar import add_command, compact_toolbar
from clusterdesk.gui.workspace_listeners import follow_workspace

WATCHED = {*DIAGNOSTIC_TABLES, "stakeholders", "plan_tasks"}
FINDING_CATEGORIES = ("finding", "leverage_point")
ShowTask = Callable[[int, bool], None]  # task fid, and whether to bring the action plan to the front


class ItemDetails(QWidget):
    """Who raised the selected item and the plan actions answering it (click one to see it in the plan)."""

    def __init__(
        self, on_task: Callable[[QListWidgetItem, bool], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.raised_by = plain_label()
        self.raised_by.setWordWrap(True)
        self.tasks_title = plain_label(
            translate("DiagnosticPanel", "Plan actions answering the selected item")
        )
        self.tasks_title.setWordWrap(True)
        self.tasks = QListWidget()
        self.tasks.setToolTip(
            translate(
                "DiagnosticPanel",
                "Click to show the action in the plan; double-click to bring the plan forward",
            )
        )
        self.tasks.itemClicked.connect(lambda item: on_task(item, False))
        self.tasks.itemDoubleClicked.connect(lambda item: on_task(item, True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.addWidget(self.raised_by)
        layout.addWidget(self.tasks_title)
        layout.addWidget(self.tasks, 1)

    def show_item(self, item: dict[str, Any] | None, data: DiagnosticData) -> None:
        self.tasks.clear()
        if item is None:
            self.raised_by.setText(
                translate(
                    "DiagnosticPanel",
                    "Select an item to see who raised it and the plan actions answering it.",
                )
            )
            return
        people = data.stakeholders.get(item["fid"], [])
        if people:
            names = ", ".join(p["name"] for p in people)
            self.raised_by.setText(translate("DiagnosticPanel", "Raised by: {names}").format(names=names))
        else:
            self.raised_by.setText(translate("DiagnosticPanel", "Raised by: nobody recorded"))
        for task in data.tasks.get(item["fid"], []):
            entry = QListWidgetItem(task["name"])
            entry.setData(Qt.ItemDataRole.UserRole, task["fid"])
            entry.setToolTip(literal_text(task["name"]))
            self.tasks.addItem(entry)
        if not self.tasks.count():
            empty = QListWidgetItem(
                translate("DiagnosticPanel", "None yet: edit the item to link plan actions")
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.tasks.addItem(empty)


class DiagnosticPanel(QWidget):
    def __init__(
        self, workspace: Workspace, show_task: ShowTask | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.show_task = show_task
        self.data = DiagnosticData()
        self.report_id: int | None = None
        self._stale = False
        self.models: dict[str, ItemListModel] = {}
        self.views: dict[str, ItemListView] = {}
        for category in ITEM_CATEGORIES:
            model = ItemListModel(category, self.drop_item, self)
            view = ItemListView(model)
            view.setToolTip(category_hint(category))
            view.clicked.connect(partial(self._picked, category))
            view.doubleClicked.connect(lambda _index: self.edit_item())
            view.selectionModel().currentChanged.connect(partial(self._current_changed, category))
            self.models[category], self.views[category] = model, view
        self.message = plain_label()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.tabs = QTabWidget()
        self.swot_details = ItemDetails(self._linked_task)
        self.findings_details = ItemDetails(self._linked_task)
        self.swot_tab = self._swot_tab()
        self.findings_tab = self._findings_tab()
        self.tabs.addTab(self.swot_tab, "SWOT")
        self.tabs.addTab(self.findings_tab, translate("DiagnosticPanel", "Findings and leverage points"))
        self.tabs.currentChanged.connect(lambda _index: self._show_details())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(self._header())
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        self.setMinimumHeight(240)
        follow_workspace(self, workspace, self._on_project_changed, self._on_state_changed)
        self.reload()

    # -- layout ----------------------------------------------------------------------------------
    def _header(self) -> QHBoxLayout:
        self.report_title = plain_label()
        font = self.report_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.report_title.setFont(font)
        self.report_title.setWordWrap(True)
        self.report_facts = plain_label()
        self.report_facts.setWordWrap(True)
        self.report_choice = QComboBox()
        self.report_choice.setToolTip(translate("DiagnosticPanel", "The diagnostic report shown"))
        self.report_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.report_choice.setMinimumContentsLength(18)
        self.report_choice.activated.connect(lambda _index: self._choose_report())
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(self.report_title)
        text.addWidget(self.report_facts)
        header = QHBoxLayout()
        header.addLayout(text, 1)
        # the commands sit beside the report's title, not on a row of their own: a bottom panel on a
        # 1366x768 screen has no height to spare
        header.addWidget(self._toolbar(), 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.report_choice, 0, Qt.AlignmentFlag.AlignTop)
        return header

    def _toolbar(self) -> QToolBar:
        bar = compact_toolbar(self)
        add = QMenu(self)
        for category in ITEM_CATEGORIES:
            add_command(
                add, category_name(category) + "…", category_hint(category), partial(self.add_item, category)
            )
        self.add_button = menu_button(
            translate("DiagnosticPanel", "Add"),
            translate(
                "DiagnosticPanel", "Add a strength, weakness, opportunity, threat, finding or leverage point"
            ),
            add,
        )
        bar.addWidget(self.add_button)
        add_command(
            bar,
            translate("DiagnosticPanel", "Edit…"),
            translate(
                "DiagnosticPanel", "Edit the selected item, who raised it and the plan actions answering it"
            ),
            self.edit_item,
        )
        add_command(
            bar,
            translate("DiagnosticPanel", "Delete"),
            translate("DiagnosticPanel", "Delete the selected item"),
            self.delete_item,
        )
        bar.addSeparator()
        report = QMenu(self)
        add_command(
            report,
            translate("DiagnosticPanel", "Edit report…"),
            translate("DiagnosticPanel", "Title, date, authors and summary of the report shown"),
            self.edit_report,
        )
        add_command(
            report,
            translate("DiagnosticPanel", "New report…"),
            translate("DiagnosticPanel", "Start another diagnostic report, such as a later update"),
            self.new_report,
        )
        add_command(
            report,
            translate("DiagnosticPanel", "Delete report"),
            translate("DiagnosticPanel", "Delete the report shown with its items"),
            self.delete_report,
        )
        self.report_button = menu_button(
            translate("DiagnosticPanel", "Report"),
            translate("DiagnosticPanel", "Edit, add or delete diagnostic reports"),
            report,
        )
        bar.addWidget(self.report_button)
        return bar

    def _box(self, category: str) -> QWidget:
        box = QWidget()
        title = QLabel(category_title(category))
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setToolTip(category_hint(category))
        title.setStyleSheet(
            f"QLabel {{ color: white; background: {CATEGORY_COLOURS[category]}; padding: 2px 6px;"
            " font-weight: bold; }"
        )
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(title)
        layout.addWidget(self.views[category], 1)
        return box

    def _swot_tab(self) -> QWidget:
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(4)
        for n, category in enumerate(SWOT_CATEGORIES):
            grid.addWidget(self._box(category), n // 2, n % 2)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(grid_widget)
        splitter.addWidget(self.swot_details)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 260])
        return splitter

    def _findings_tab(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        for category in FINDING_CATEGORIES:
            splitter.addWidget(self._box(category))
        splitter.addWidget(self.findings_details)
        splitter.setSizes([450, 450, 260])
        return splitter

    # -- content ---------------------------------------------------------------------------------
    def reload(self) -> None:
        self._stale = False
        selected = self.selected_item()
        project = self.workspace.project
        self.data = read_diagnostic(project.session.connection()) if project is not None else DiagnosticData()
        reports = self.data.reports
        if self.report_id not in {r["fid"] for r in reports}:
            self.report_id = reports[-1]["fid"] if reports else None  # the latest report
        self.report_choice.clear()
        for report in reports:
            self.report_choice.addItem(report["title"], report["fid"])
        self.report_choice.setCurrentIndex(max(0, self.report_choice.findData(self.report_id)))
        self.report_choice.setVisible(len(reports) > 1)
        self._show_header()
        for category, model in self.models.items():
            items = [i for i in self.data.items_of(category) if i["report_id"] in (self.report_id, None)]
            model.set_items(items, self.data.stakeholders, self.data.tasks)
        if selected is not None:
            self.select_item(selected["fid"])
        self._show_details()

    def _show_header(self) -> None:
        report = self.report()
        if report is None:
            self.report_title.setText(translate("DiagnosticPanel", "No diagnostic report yet"))
            self.report_facts.setText(
                translate(
                    "DiagnosticPanel",
                    "Add items directly, or use Report ▸ New report… to record its date and authors.",
                )
            )
            return
        self.report_title.setText(report["title"])
        facts = []
        if report["report_date"] is not None:
            facts.append(long_date(report["report_date"], messages_language()))
        authors = split_authors(report["authors"])
        if authors:
            facts.append(translate("DiagnosticPanel", "Authors: {names}").format(names=", ".join(authors)))
        self.report_facts.setText(
            " · ".join(facts) or translate("DiagnosticPanel", "No date or authors recorded")
        )

    def report(self) -> dict[str, Any] | None:
        return next((r for r in self.data.reports if r["fid"] == self.report_id), None)

    def _choose_report(self) -> None:
        self.report_id = self.report_choice.currentData()
        self.reload()

    def _on_project_changed(self, _project) -> None:
        self.report_id = None
        self._reload_when_seen()

    def _on_state_changed(self, tables: set[str]) -> None:
        if not tables or tables & WATCHED:
            self._reload_when_seen()

    def _reload_when_seen(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self._stale:
            self.reload()
        super().showEvent(event)

    # -- selection -------------------------------------------------------------------------------
    def _picked(self, category: str, _index) -> None:
        for other, view in self.views.items():
            if other != category:
                view.clearSelection()
        self._show_details()

    def _current_changed(self, category: str, current, _previous) -> None:
        if current.isValid():
            self._picked(category, current)

    def selected_item(self) -> dict[str, Any] | None:
        """The selected item of the tab shown (none while another panel's tab, such as surveys, shows)."""
        tab = self.tabs.currentWidget()
        categories = {self.swot_tab: SWOT_CATEGORIES, self.findings_tab: FINDING_CATEGORIES}.get(tab, ())
        for category in categories:
            fid = self.views[category].selected_fid()
            if fid is not None:
                return self.data.item(fid)
        return None

    def select_item(self, fid: int) -> None:
        item = self.data.item(fid)
        if item is None:
            return
        self.tabs.setCurrentWidget(
            self.swot_tab if item["category"] in SWOT_CATEGORIES else self.findings_tab
        )
        self.views[item["category"]].select_fid(fid)
        self._picked(item["category"], None)

    def _show_details(self) -> None:
        item = self.selected_item()
        self.swot_details.show_item(item if item and item["category"] in SWOT_CATEGORIES else None, self.data)
        self.findings_details.show_item(
            item if item and item["category"] in FINDING_CATEGORIES else None, self.data
        )

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

    def _run(self, dialog: dialogs.CommandDialog) -> bool:
        if dialogs.run_dialog(dialog) and dialog.command is not None:
            return self.push(lambda _project: dialog.command)
        return False

    def drop_item(self, fid: int, category: str, row: int) -> bool:
        """An item dropped before `row` of a list: one command that moves it there."""
        item = self.data.item(fid)
        if item is None:
            return False
        position = row
        if item["category"] == category:
            current = self.models[category].row_of(fid)
            if current is not None and current < row:
                position -= 1  # the rows below move up once the item leaves its place
            if current == position:
                return False
        if self.push(lambda project: edits.move_item(project, fid, category, position)):
            self.select_item(fid)
            return True
        return False

    def _choices(self) -> tuple[list[tuple[int, str]], list[dict[str, Any]]]:
        connection = self.workspace.project.session.connection()
        people = Stakeholder.__table__
        stakeholders = [
            tuple(r) for r in connection.execute(select(people.c.fid, people.c.name).order_by(people.c.name))
        ]
        table = PlanTask.__table__
        columns = (table.c.fid, table.c.uuid, table.c.parent_id, table.c.position, table.c.name)
        tasks = [dict(r._mapping) for r in connection.execute(select(*columns))]
        return stakeholders, tasks

    def add_item(self, category: str) -> None:
        project = self.workspace.project
        if project is None:
            return
        stakeholders, tasks = self._choices()
        report_id = self.report_id

        def build(values: dict[str, Any]):
            return edits.add_item(project, {"report_id": report_id, **values})

        dialog = ItemDialog(build, category, stakeholders, tasks, parent=self)
        if self._run(dialog):
            fid = dialog.command.rows[edits.ITEMS.name][0]["fid"]
            self.select_item(fid)

    def edit_item(self) -> None:
        item, project = self._need_item(), self.workspace.project
        if item is None or project is None:
            return
        stakeholders, tasks = self._choices()
        raised_by = [p["fid"] for p in self.data.stakeholders.get(item["fid"], [])]
        answered_by = [t["uuid"] for t in self.data.tasks.get(item["fid"], [])]

        def build(values: dict[str, Any]):
            # links change only when ticked otherwise, so that an edit of the text alone is one field's change
            if set(values["stakeholder_ids"]) == set(raised_by):
                values.pop("stakeholder_ids")
            if set(values["task_uuids"]) == set(answered_by):
                values.pop("task_uuids")
            return edits.update_item(project, item["fid"], values)

        dialog = ItemDialog(
            build,
            item["category"],
            stakeholders,
            tasks,
            item=item,
            raised_by=raised_by,
            answered_by=answered_by,
            parent=self,
        )
        if self._run(dialog):
            self.select_item(item["fid"])

    def _need_item(self) -> dict[str, Any] | None:
        item = self.selected_item()
        if item is None:
            self.say(translate("DiagnosticPanel", "Select an item first."))
        return item

    def delete_item(self) -> None:
        item = self._need_item()
        if item is not None:
            self.push(lambda project: edits.delete_item(project, item["fid"]))

    def edit_report(self) -> None:
        project = self.workspace.project
        report = self.report()
        if project is None:
            return
        if report is None:
            self.new_report()
            return
        self._run(
            ReportDialog(lambda values: edits.update_report(project, report["fid"], values), report, self)
        )

    def new_report(self) -> None:
        project = self.workspace.project
        if project is None:
            return
        dialog = ReportDialog(lambda values: edits.add_report(project, values), parent=self)
        if self._run(dialog):
            self.report_id = dialog.command.rows[edits.REPORTS.name][0]["fid"]
            self.reload()

    def delete_report(self) -> None:
        report = self.report()
        if report is None:
            self.say(translate("DiagnosticPanel", "There is no diagnostic report to delete."))
            return
        self.push(lambda project: edits.delete_report(project, report["fid"]))

    # -- links to the plan -----------------------------------------------------------------------
    def _linked_task(self, entry: QListWidgetItem, bring_forward: bool) -> None:
        fid = entry.data(Qt.ItemDataRole.UserRole)
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
