"""The governance panel: the bodies and their members, meetings with attendance and decisions, the checks,
and the organisation chart. Every button turns into one undoable command on the project's stack."""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.analysis.governance_checks import attendance_by_member
from clusterdesk.core import governance_edits as edits
from clusterdesk.core.errors import ClusterDeskError
from clusterdesk.core.governance import (
    GOVERNANCE_TABLES,
    MANUAL_PHASE_OUT_ITEMS,
    GovernanceData,
    load_governance,
)
from clusterdesk.core.workspace import Workspace
from clusterdesk.gui import ask
from clusterdesk.gui.fitted_columns import FittedColumns
from clusterdesk.gui.form_parts import ERROR_STYLE, push_button
from clusterdesk.gui.governance import dialogs
from clusterdesk.gui.governance.checks_report import checks_html
from clusterdesk.gui.governance.dialogs import BodyDialog, MemberDialog, _date_edit, date_of
from clusterdesk.gui.governance.labels import choices, label, member_role
from clusterdesk.gui.governance.meetings_tab import MeetingsTab
from clusterdesk.gui.governance.org_chart import OrgChartWidget, export_png, export_svg
from clusterdesk.gui.i18n import translate
from clusterdesk.gui.permissions import GOVERNANCE, ControlGate, editable
from clusterdesk.gui.plain_text import literal_text, plain_label
from clusterdesk.gui.workspace_listeners import follow_workspace

WATCHED = {*GOVERNANCE_TABLES, "stakeholders", "contact_persons", "plan_tasks"}
BODY, MEMBER = 1, 2  # kinds of tree item (UserRole holds (kind, fid))
NAME_COLUMN, ROLE_COLUMN, GENDER_COLUMN, TERM_COLUMN, ATTENDANCE_COLUMN = range(5)
LEAST_NEEDED_FIRST = (GENDER_COLUMN, TERM_COLUMN, ATTENDANCE_COLUMN, ROLE_COLUMN)  # hidden in this order
STALE_DAYS = 365


def reference_day(data: GovernanceData) -> dt.date:
    """Today, unless the last meeting is over a year old (a finished or archived initiative): then the
    checks speak of the day of that meeting, when the record was last kept."""
    today = dt.date.today()
    last = max((m["held_on"] for m in data.meetings), default=None)
    return last if last is not None and (today - last).days > STALE_DAYS else today


def _scrolled(page: QWidget) -> QScrollArea:
    """A tab whose rows are wider than a dock beside the map scrolls instead of widening the window."""
    scroll = QScrollArea()
    scroll.setWidget(page)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    return scroll


def attendance_text(rate: float, meetings: int) -> str:
    """'75% of 8': the share of the recorded meetings a member attended."""
    percent = QLocale().toString(round(rate * 100))
    return translate("GovernancePanel", "{percent}% of {meetings}").format(percent=percent, meetings=meetings)


class GovernancePanel(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.data = GovernanceData()
        self.today = dt.date.today()
        self._stale = False
        self.tabs = QTabWidget()
        self.tabs.addTab(self._structure_tab(), translate("GovernancePanel", "Structure"))
        self.meetings_tab = MeetingsTab(self)
        self.tabs.addTab(_scrolled(self.meetings_tab), translate("GovernancePanel", "Meetings"))
        self.tabs.addTab(_scrolled(self._checks_tab()), translate("GovernancePanel", "Checks"))
        self.tabs.addTab(self._chart_tab(), translate("GovernancePanel", "Chart"))
        self.message = plain_label()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        follow_workspace(self, workspace, self._on_project_changed, self._on_state_changed)
        self.reload()
        # governance is the coordinator's in a team project: an editor sees these controls disabled
        self.edit_gate = ControlGate(self, GOVERNANCE, self._edit_controls)

    # -- tabs ------------------------------------------------------------------------------------
    def _structure_tab(self) -> QWidget:
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([
            translate("GovernancePanel", "Body / member"),
            translate("GovernancePanel", "Type / role"),
            translate("GovernancePanel", "Gender"),
            translate("GovernancePanel", "Term"),
            translate("GovernancePanel", "Attendance"),
        ])  # fmt: skip
        # names take what the other columns leave, without a sideways scroll bar; a cut name shows whole
        # in its tooltip, with the columns a narrow dock hides
        self.columns = FittedColumns(
            self.tree, (NAME_COLUMN,), LEAST_NEEDED_FIRST, readable=200, detail_share=0.3
        )
        self.tree.itemDoubleClicked.connect(lambda _item, _column: self._edit())
        bar = QHBoxLayout()
        for text, tip, slot in (
            (
                translate("GovernancePanel", "Add body…"),
                translate("GovernancePanel", "Add a body (under the selected one)"),
                self._add_body,
            ),
            (
                translate("GovernancePanel", "Add member…"),
                translate("GovernancePanel", "Add a member to the selected body"),
                self._add_member,
            ),
            (
                translate("GovernancePanel", "Edit…"),
                translate("GovernancePanel", "Edit the selected body or member"),
                self._edit,
            ),
            (
                translate("GovernancePanel", "Remove"),
                translate(
                    "GovernancePanel",
                    "Remove the selected member, or delete the selected body with its meetings",
                ),
                self._remove,
            ),
        ):
            bar.addWidget(push_button(text, tip, slot))
        bar.addStretch(1)
        return self._page(bar, self.tree)

    def _checks_tab(self) -> QWidget:
        self.report = QTextBrowser()
        self.maturity_start = _date_edit(dt.date.today().replace(day=1), optional=False)
        self.maturity_level = QComboBox()
        for text, code in choices("leadership"):
            self.maturity_level.addItem(text, code)
        self.maturity_level.setToolTip(
            translate("GovernancePanel", "Who leads the cluster's joint actions from the date on the left")
        )
        self.maturity_level.setMinimumContentsLength(9)
        self.maturity_level.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        bar = QHBoxLayout()
        bar.addWidget(QLabel(translate("GovernancePanel", "Led from")))
        bar.addWidget(self.maturity_start)
        bar.addWidget(self.maturity_level, 1)
        bar.addWidget(
            push_button(
                translate("GovernancePanel", "Record"),
                translate("GovernancePanel", "Record who leads joint actions from this date"),
                self._record_maturity,
            )
        )
        self.manual_items: dict[str, QCheckBox] = {}
        self._tick_labels: dict[QLabel, QCheckBox] = {}
        ticks = QVBoxLayout()
        for code in MANUAL_PHASE_OUT_ITEMS:
            # the item's text wraps beside its box: a checkbox's own text cannot, and the longer
            # translations would widen the dock or be cut
            text = label("readiness", code)
            box = QCheckBox()
            box.setAccessibleName(text)
            box.clicked.connect(lambda checked, code=code: self._tick(code, checked))
            words = plain_label(text)
            words.setWordWrap(True)
            words.installEventFilter(self)  # a click on the text ticks the box, as on a checkbox's own text
            self._tick_labels[words] = box
            self.manual_items[code] = box
            row = QHBoxLayout()
            row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(words, 1)
            ticks.addLayout(row)
        page = self._page(bar, self.report)
        page.layout().addLayout(ticks)
        return page

    def _chart_tab(self) -> QWidget:
        self.chart = OrgChartWidget()
        self.chart_scroll = QScrollArea()
        self.chart_scroll.setWidget(self.chart)
        self.chart_scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.chart_scroll.viewport().installEventFilter(self)  # to follow the dock's width
        self.fit_chart = QCheckBox(translate("GovernancePanel", "Fit to the panel"))
        self.fit_chart.setChecked(True)
        self.fit_chart.toggled.connect(self.chart.set_fit)
        bar = QHBoxLayout()
        bar.addWidget(self.fit_chart)
        bar.addWidget(
            push_button(
                translate("GovernancePanel", "Export PNG…"),
                translate("GovernancePanel", "Save the chart as an image"),
                partial(self._export, "png"),
            )
        )
        bar.addWidget(
            push_button(
                translate("GovernancePanel", "Export SVG…"),
                translate("GovernancePanel", "Save the chart as a vector drawing"),
                partial(self._export, "svg"),
            )
        )
        bar.addStretch(1)
        return self._page(bar, self.chart_scroll)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize and watched is self.chart_scroll.viewport():
            self.chart.fit_to(watched.width() - 2)
        elif event.type() == QEvent.Type.MouseButtonRelease and watched in self._tick_labels:
            self._tick_labels[watched].click()
            return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _page(bar: QHBoxLayout, main: QWidget) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(bar)
        layout.addWidget(main, 1)
        return page

    # -- content ---------------------------------------------------------------------------------
    def reload(self) -> None:
        self._stale = False
        project = self.workspace.project
        self.data = load_governance(project.session) if project is not None else GovernanceData()
        self.today = reference_day(self.data)
        self._show_tree()
        self.meetings_tab.show_data()
        self.report.setHtml(checks_html(self.data, self.today))
        ticked = {row["item"]: bool(row["done"]) for row in self.data.phase_out_items}
        for code, box in self.manual_items.items():
            box.setChecked(ticked.get(code, False))
        self.chart.set_data(self.data, self.today)

    def _on_project_changed(self, _project) -> None:
        self._reload_when_seen()

    def _on_state_changed(self, tables: set[str]) -> None:
        if not tables or tables & WATCHED:
            self._reload_when_seen()

    def _reload_when_seen(self) -> None:
        """A hidden dock waits until it is shown: every map edit touches the stakeholders it reads."""
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self._stale:
            self.reload()
        super().showEvent(event)

    def _show_tree(self) -> None:
        selected = self.selected()
        self.tree.clear()
        rates = attendance_by_member(self.data)
        items: dict[int, QTreeWidgetItem] = {}
        for body in self.data.bodies:
            dates = f"{body['established_on'] or ''} – {body['dissolved_on'] or ''}".strip(" –")
            item = QTreeWidgetItem([body["name"], label("body_type", body["body_type"]), "", dates, ""])
            item.setData(0, Qt.ItemDataRole.UserRole, (BODY, body["fid"]))
            font = QFont(item.font(0))
            font.setBold(True)
            item.setFont(0, font)
            items[body["fid"]] = item
            for member in self.data.members_of(body["fid"]):
                role = member_role(member)
                term = f"{member['term_start'] or ''} – {member['term_end'] or ''}".strip(" –")
                rate = rates[member["fid"]]
                shown = "" if rate.rate is None else attendance_text(rate.rate, rate.meetings)
                gender = label("gender", member["gender"])
                child = QTreeWidgetItem([self.data.member_name(member), role, gender, term, shown])
                child.setData(0, Qt.ItemDataRole.UserRole, (MEMBER, member["fid"]))
                item.addChild(child)
        for item in items.values():
            self._explain(item)
            for index in range(item.childCount()):
                self._explain(item.child(index))
        for body in self.data.bodies:
            parent = items.get(body["parent_id"])
            (parent.addChild(items[body["fid"]]) if parent else self.tree.addTopLevelItem(items[body["fid"]]))
        self.tree.expandToDepth(0)
        if selected is not None:
            self.select(*selected)

    def _explain(self, item: QTreeWidgetItem) -> None:
        """Tooltips with the whole row: the name may be cut and some columns hidden in a narrow dock."""
        header = self.tree.headerItem()
        details = [
            f"{header.text(column)}: {item.text(column)}"
            for column in range(ROLE_COLUMN, self.tree.columnCount())
            if item.text(column)
        ]
        whole = "\n".join([item.text(NAME_COLUMN), *details])
        item.setToolTip(NAME_COLUMN, literal_text(whole))
        for column in range(ROLE_COLUMN, self.tree.columnCount()):
            item.setToolTip(column, literal_text(item.text(column)))

    # -- selection -------------------------------------------------------------------------------
    def selected(self) -> tuple[int, int] | None:
        item = self.tree.currentItem()
        return None if item is None else item.data(0, Qt.ItemDataRole.UserRole)

    def select(self, kind: int, fid: int) -> None:
        for item in self.tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive):
            if item.data(0, Qt.ItemDataRole.UserRole) == (kind, fid):
                self.tree.setCurrentItem(item)
                return

    def selected_body(self) -> int | None:
        chosen = self.selected()
        if chosen is None:
            return None
        kind, fid = chosen
        return fid if kind == BODY else next(m["body_id"] for m in self.data.members if m["fid"] == fid)

    # -- edits -----------------------------------------------------------------------------------
    def _edit_controls(self) -> list[QWidget]:
        """Every control that changes governance rows (the chart's exports only read them)."""
        structure, checks = self.tabs.widget(0), self.tabs.widget(2)
        return [
            *structure.findChildren(QPushButton),
            *checks.findChildren(QPushButton),
            self.maturity_start,
            self.maturity_level,
            *self.manual_items.values(),
            *self.meetings_tab.findChildren(QPushButton),
        ]

    def push(self, make) -> bool:
        """Build a command (which may refuse bad input) and run it; the refusal shows under the tabs."""
        project = self.workspace.project
        if project is None:
            self.message.setText(translate("GovernancePanel", "Open a project first."))
            return False
        allowed, reason = editable(self, GOVERNANCE)
        if not allowed:  # a double-click still opens a dialog; what it would change is not sent
            self.message.setText(reason)
            self.reload()
            return False
        try:
            project.stack.push(make(project))
        except ClusterDeskError as error:
            self.message.setText(str(error))
            return False
        self.message.clear()
        return True

    def _add_body(self) -> None:
        dialog = BodyDialog(
            self.data, {"parent_id": self.selected_body()} if self.selected_body() else None, self
        )
        if dialogs.run_dialog(dialog):
            self.push(lambda project: edits.add_body(project, dialog.values()))

    def _add_member(self) -> None:
        body = self.selected_body()
        if body is None:
            self.message.setText(translate("GovernancePanel", "Select the body the member joins first."))
            return
        dialog = MemberDialog(self.data, None, self)
        if dialogs.run_dialog(dialog):
            self.push(lambda project: edits.add_member(project, body, dialog.values()))

    def _edit(self) -> None:
        chosen = self.selected()
        if chosen is None:
            self.message.setText(translate("GovernancePanel", "Select a body or a member first."))
            return
        kind, fid = chosen
        if kind == BODY:
            body = next(b for b in self.data.bodies if b["fid"] == fid)
            dialog = BodyDialog(self.data, body, self)
            if dialogs.run_dialog(dialog):
                self.push(lambda project: edits.update_body(project, fid, dialog.values()))
        else:
            member = next(m for m in self.data.members if m["fid"] == fid)
            dialog = MemberDialog(self.data, member, self)
            if dialogs.run_dialog(dialog):
                self.push(lambda project: edits.update_member(project, fid, dialog.values()))

    def _remove(self) -> None:
        chosen = self.selected()
        if chosen is None:
            self.message.setText(translate("GovernancePanel", "Select a body or a member first."))
            return
        kind, fid = chosen
        self.push(lambda project: (edits.delete_body if kind == BODY else edits.remove_member)(project, fid))

    def _record_maturity(self) -> None:
        start, level = date_of(self.maturity_start), self.maturity_level.currentData()
        self.push(lambda project: edits.record_maturity(project, start, level))

    def _tick(self, code: str, done: bool) -> None:
        day = dt.date.today() if done else None
        if not self.push(lambda project: edits.set_phase_out_item(project, code, done, day)):
            self.manual_items[code].setChecked(not done)

    def _export(self, kind: str) -> None:
        project = self.workspace.project
        stem = Path(project.path).stem if project is not None and project.path else "governance"
        if kind == "png":
            filters = translate("GovernancePanel", "PNG image (*.png)")
        else:
            filters = translate("GovernancePanel", "SVG drawing (*.svg)")
        title = translate("GovernancePanel", "Export organisation chart")
        chosen = ask.save_file_name(self, title, f"{stem}_governance.{kind}", filters)
        if not chosen:
            return
        path = Path(chosen).with_suffix(f".{kind}")
        try:
            if kind == "png":
                export_png(self.chart.boxes, self.chart.font(), path)
            else:
                title = translate("GovernancePanel", "Governance structure")
                export_svg(self.chart.boxes, self.chart.font(), path, title)
        except OSError as error:
            self.message.setText(str(error))
        else:
            self.message.setText("")
