"""The Meetings tab of the governance panel: a body's meetings, newest first, and the decisions of the
selected one with their follow-up in the action plan."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.analysis.governance_checks import decision_follow_up
from clusterdesk.core import governance_edits as edits
from clusterdesk.gui.form_parts import push_button
from clusterdesk.gui.governance import dialogs
from clusterdesk.gui.governance.dialogs import MeetingDialog
from clusterdesk.gui.governance.labels import follow_up_status
from clusterdesk.gui.i18n import translate
from clusterdesk.gui.plain_text import literal_text

if TYPE_CHECKING:
    from clusterdesk.gui.governance.governance_panel import GovernancePanel


class MeetingsTab(QWidget):
    def __init__(self, panel: GovernancePanel) -> None:
        super().__init__()
        self.panel = panel
        self.shown_meetings: list[dict] = []
        self.shown_decisions: list[dict] = []
        self.body_choice = QComboBox()
        self.body_choice.currentIndexChanged.connect(lambda _i: self._show_meetings())
        self.meetings = QTableWidget(0, 6)
        self.meetings.setHorizontalHeaderLabels([
            translate("MeetingsTab", "Date"),
            translate("MeetingsTab", "Place"),
            translate("MeetingsTab", "Present"),
            translate("MeetingsTab", "Apologies"),
            translate("MeetingsTab", "CDA"),
            translate("MeetingsTab", "Decisions"),
        ])  # fmt: skip
        for column, tip in (
            (2, translate("MeetingsTab", "Members present")),
            (3, translate("MeetingsTab", "Members who sent apologies")),
            (4, translate("MeetingsTab", "Whether the Cluster Development Agent took part")),
        ):
            self.meetings.horizontalHeaderItem(column).setToolTip(tip)
        self.meetings.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.decisions = QTableWidget(0, 3)
        self.decisions.setHorizontalHeaderLabels([
            translate("MeetingsTab", "Decision"),
            translate("MeetingsTab", "Task in the plan"),
            translate("MeetingsTab", "Follow-up"),
        ])  # fmt: skip
        self.decisions.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.decisions.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.decisions.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.decisions.setWordWrap(False)
        for table in (self.meetings, self.decisions):
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().setVisible(False)
        self.meetings.itemSelectionChanged.connect(self._show_decisions)
        self.meetings.itemDoubleClicked.connect(lambda _item: self._edit_meeting())
        # the body on a line of its own and short button texts (the tab says they are about meetings):
        # in one row they were wider than a dock beside the map and squeezed the body's name away
        choice = QHBoxLayout()
        choice.addWidget(QLabel(translate("MeetingsTab", "Body")))
        choice.addWidget(self.body_choice, 1)
        bar = QHBoxLayout()
        for text, tip, slot in (
            (
                translate("MeetingsTab", "Record…"),
                translate("MeetingsTab", "Record a meeting: date, attendance, minutes and decisions"),
                self._record_meeting,
            ),
            (
                translate("MeetingsTab", "Edit…"),
                translate(
                    "MeetingsTab", "Correct the selected meeting's date, attendance or minutes; add decisions"
                ),
                self._edit_meeting,
            ),
            (
                translate("MeetingsTab", "Delete"),
                translate("MeetingsTab", "Delete the selected meeting"),
                self._delete_meeting,
            ),
            (
                translate("MeetingsTab", "Create task"),
                translate("MeetingsTab", "Turn the selected decision into an action-plan task"),
                self._task,
            ),
        ):
            bar.addWidget(push_button(text, tip, slot))
        bar.addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.meetings)
        split.addWidget(self.decisions)
        split.setSizes([400, 200])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(choice)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

    def show_data(self) -> None:
        """Refill the body list and the tables from the panel's data, keeping the choices."""
        current = self.body_choice.currentData()
        self.body_choice.blockSignals(True)
        self.body_choice.clear()
        for body in self.panel.data.bodies:
            self.body_choice.addItem(body["name"], body["fid"])
        self.body_choice.setCurrentIndex(max(self.body_choice.findData(current), 0))
        self.body_choice.blockSignals(False)
        self._show_meetings()

    def _show_meetings(self) -> None:
        body_id = self.body_choice.currentData()
        selected = self.selected_meeting()
        taken: dict[int, list[str]] = {}
        for row in self.panel.data.attendance:
            taken.setdefault(row["meeting_id"], []).append(row["status"])
        counts: dict[int, int] = {}
        for decision in self.panel.data.decisions:
            counts[decision["meeting_id"]] = counts.get(decision["meeting_id"], 0) + 1
        self.shown_meetings = [m for m in reversed(self.panel.data.meetings) if m["body_id"] == body_id]
        self.meetings.setRowCount(len(self.shown_meetings))
        for row, meeting in enumerate(self.shown_meetings):
            statuses = taken.get(meeting["fid"], [])
            cells = (
                str(meeting["held_on"]),
                meeting["place"] or "",
                str(statuses.count("present")),
                str(statuses.count("apologies")),
                translate("MeetingsTab", "yes") if meeting["cda_present"] else translate("MeetingsTab", "no"),
                str(counts.get(meeting["fid"], 0)),
            )
            for column, text in enumerate(cells):
                self.meetings.setItem(row, column, QTableWidgetItem(text))
            # the place column is the one squeezed in a narrow dock: its whole text on hover
            self.meetings.item(row, 1).setToolTip(literal_text(cells[1]))
        self.meetings.resizeColumnsToContents()
        self.meetings.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if self.shown_meetings:
            fids = [m["fid"] for m in self.shown_meetings]
            self.meetings.selectRow(fids.index(selected) if selected in fids else 0)
        self._show_decisions()

    def _show_decisions(self) -> None:
        meeting = self.selected_meeting()
        follow_ups = [
            f for f in decision_follow_up(self.panel.data) if meeting and f.meeting["fid"] == meeting
        ]
        self.shown_decisions = [f.decision for f in follow_ups]
        self.decisions.setRowCount(len(follow_ups))
        for row, item in enumerate(follow_ups):
            status = follow_up_status(self.panel.data, item.decision)
            if item.percent_complete is not None:
                done = QLocale().toString(round(item.percent_complete))
                status = translate("MeetingsTab", "{status} — {percent}%").format(status=status, percent=done)
            for column, text in enumerate((item.decision["text"], item.task_name or "", status)):
                self.decisions.setItem(row, column, QTableWidgetItem(text))

    def selected_meeting(self) -> int | None:
        row = self.meetings.currentRow()
        return self.shown_meetings[row]["fid"] if 0 <= row < len(self.shown_meetings) else None

    def _record_meeting(self) -> None:
        body = self.body_choice.currentData()
        if body is None:
            self.panel.message.setText(translate("MeetingsTab", "Add a body first."))
            return
        dialog = MeetingDialog(self.panel.data, body, None, self)
        if dialogs.run_dialog(dialog):
            values = dialog.values()
            self.panel.push(lambda project: edits.record_meeting(project, body, **values))

    def _edit_meeting(self) -> None:
        meeting_id = self.selected_meeting()
        if meeting_id is None:
            self.panel.message.setText(translate("MeetingsTab", "Select a meeting first."))
            return
        meeting = next(m for m in self.panel.data.meetings if m["fid"] == meeting_id)
        dialog = MeetingDialog(self.panel.data, meeting["body_id"], meeting, self)
        if dialogs.run_dialog(dialog):
            values = dialog.values()
            self.panel.push(lambda project: edits.edit_meeting(project, meeting_id, **values))

    def _delete_meeting(self) -> None:
        meeting = self.selected_meeting()
        if meeting is None:
            self.panel.message.setText(translate("MeetingsTab", "Select a meeting first."))
            return
        self.panel.push(lambda project: edits.delete_meeting(project, meeting))

    def _task(self) -> None:
        row = self.decisions.currentRow()
        if not 0 <= row < len(self.shown_decisions):
            self.panel.message.setText(translate("MeetingsTab", "Select a decision first."))
            return
        decision = self.shown_decisions[row]["fid"]
        self.panel.push(lambda _project: edits.CreateTaskFromDecision(decision))
