"""Dialogs of the governance panel. Each only collects values; the panel turns them into a command."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.core.governance import GovernanceData
from clusterdesk.core.vocabulary import STAKEHOLDER_KINDS
from clusterdesk.core.vocabulary_labels import kind_label
from clusterdesk.gui.command_dialog import run_dialog  # noqa: F401  (the panels call dialogs.run_dialog)
from clusterdesk.gui.form_parts import ok_cancel_buttons
from clusterdesk.gui.governance.labels import choices
from clusterdesk.gui.i18n import interface_language, translate

NONE = None


def _date_edit(value: dt.date | None, optional: bool) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if optional:
        edit.setMinimumDate(QDate(1900, 1, 1))
        edit.setSpecialValueText("—")  # the minimum date stands for "no date"
    edit.setDate(QDate(value) if value else (edit.minimumDate() if optional else QDate.currentDate()))
    return edit


def date_of(edit: QDateEdit) -> dt.date | None:
    if edit.specialValueText() and edit.date() == edit.minimumDate():
        return None
    return edit.date().toPython()


def _combo(choices: list[tuple[str, Any]], current: Any = None) -> QComboBox:
    combo = QComboBox()
    for text, value in choices:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


def _interest_groups(current: str | None) -> QComboBox:
    """The stakeholder kind a member speaks for, by default that of the member's stakeholder; a group
    entered as free text in an older file stays a choice as it is."""
    language = interface_language()
    choices = [(translate("MemberDialog", "(the stakeholder's kind)"), NONE)]
    choices += [(kind_label(code, language), code) for code in STAKEHOLDER_KINDS]
    if current and current not in STAKEHOLDER_KINDS:
        choices.append((current, current))
    return _combo(choices, current)


class BodyDialog(QDialog):
    def __init__(
        self, data: GovernanceData, body: dict[str, Any] | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        body = body or {}
        # a new body may come with its parent chosen: only a stored one (with a fid) is edited
        editing = body.get("fid") is not None
        self.setWindowTitle(
            translate("BodyDialog", "Edit body") if editing else translate("BodyDialog", "Add body")
        )
        none = translate("BodyDialog", "(none)")
        self.name = QLineEdit(body.get("name", ""))
        self.body_type = _combo(choices("body_type"), body.get("body_type"))
        others = [b for b in data.bodies if b["fid"] != body.get("fid")]
        self.parent_body = _combo(
            [(none, NONE)] + [(b["name"], b["fid"]) for b in others], body.get("parent_id")
        )
        registry = sorted(data.stakeholders.values(), key=lambda s: s["name"].casefold())
        self.lead = _combo(
            [(none, NONE)] + [(s["name"], s["fid"]) for s in registry], body.get("lead_stakeholder_id")
        )
        self.purpose = QPlainTextEdit(body.get("purpose") or "")
        self.purpose.setMaximumHeight(70)
        self.established = _date_edit(body.get("established_on"), optional=True)
        self.dissolved = _date_edit(body.get("dissolved_on"), optional=True)
        form = QFormLayout()
        for label, widget in (
            (translate("BodyDialog", "Name"), self.name),
            (translate("BodyDialog", "Type"), self.body_type),
            (translate("BodyDialog", "Part of"), self.parent_body),
            (translate("BodyDialog", "Lead institution"), self.lead),
            (translate("BodyDialog", "Purpose"), self.purpose),
            (translate("BodyDialog", "Established"), self.established),
            (translate("BodyDialog", "Dissolved"), self.dissolved),
        ):
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(ok_cancel_buttons(self))

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "body_type": self.body_type.currentData(),
            "parent_id": self.parent_body.currentData(),
            "lead_stakeholder_id": self.lead.currentData(),
            "purpose": self.purpose.toPlainText().strip() or None,
            "established_on": date_of(self.established),
            "dissolved_on": date_of(self.dissolved),
        }


class MemberDialog(QDialog):
    """A member from the registry (stakeholder and, where known, contact person) or a named person."""

    def __init__(
        self, data: GovernanceData, member: dict[str, Any] | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        member = member or {}
        self.data = data
        self.setWindowTitle(
            translate("MemberDialog", "Edit member") if member else translate("MemberDialog", "Add member")
        )
        registry = sorted(data.stakeholders.values(), key=lambda s: s["name"].casefold())
        self.stakeholder = _combo(
            [(translate("MemberDialog", "(not in the registry)"), NONE)]
            + [(s["name"], s["fid"]) for s in registry],
            member.get("stakeholder_id"),
        )
        self.stakeholder.setEditable(True)  # type to find among hundreds of stakeholders
        self.stakeholder.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.contact = QComboBox()
        self.person = QLineEdit(member.get("person_name") or "")
        self.person.setPlaceholderText(translate("MemberDialog", "when no contact person is on record"))
        self.role = _combo(choices("role"), member.get("role", "member"))
        self.position = _combo([("—", NONE), *choices("team_position")], member.get("team_position"))
        self.gender = _combo(
            [(translate("MemberDialog", "(from the contact person)"), NONE), *choices("gender")],
            member.get("gender"),
        )
        self.interest_group = _interest_groups(member.get("interest_group"))
        self.term_start = _date_edit(member.get("term_start"), optional=True)
        self.term_end = _date_edit(member.get("term_end"), optional=True)
        self.stakeholder.currentIndexChanged.connect(lambda _i: self._fill_contacts(None))
        self._fill_contacts(member.get("contact_id"))
        form = QFormLayout()
        for label, widget in (
            (translate("MemberDialog", "Stakeholder"), self.stakeholder),
            (translate("MemberDialog", "Contact person"), self.contact),
            (translate("MemberDialog", "Person"), self.person),
            (translate("MemberDialog", "Role"), self.role),
            (translate("MemberDialog", "Project team position"), self.position),
            (translate("MemberDialog", "Gender"), self.gender),
            (translate("MemberDialog", "Interest group"), self.interest_group),
            (translate("MemberDialog", "Term from"), self.term_start),
            (translate("MemberDialog", "Term until"), self.term_end),
        ):
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(ok_cancel_buttons(self))

    def _fill_contacts(self, current: int | None) -> None:
        fid = self.stakeholder.currentData()
        self.contact.clear()
        self.contact.addItem(translate("MemberDialog", "(none)"), NONE)
        for contact_id, contact in sorted(self.data.contacts.items()):
            if fid is not None and contact["stakeholder_id"] == fid:
                role = f" — {contact['role']}" if contact.get("role") else ""
                self.contact.addItem(contact["name"] + role, contact_id)
        self.contact.setCurrentIndex(max(self.contact.findData(current), 0))

    def values(self) -> dict[str, Any]:
        return {
            "stakeholder_id": self.stakeholder.currentData(),
            "contact_id": self.contact.currentData(),
            "person_name": self.person.text().strip() or None,
            "role": self.role.currentData(),
            "team_position": self.position.currentData(),
            "gender": self.gender.currentData(),
            "interest_group": self.interest_group.currentData(),
            "term_start": date_of(self.term_start),
            "term_end": date_of(self.term_end),
        }


class MeetingDialog(QDialog):
    """A meeting of one body: date, place, agenda, who came, guests, minutes and decisions."""

    def __init__(
        self,
        data: GovernanceData,
        body_id: int,
        meeting: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        body = next(b for b in data.bodies if b["fid"] == body_id)
        meeting = meeting or {}
        if meeting:
            title = translate("MeetingDialog", "Edit a meeting of {body}")
        else:
            title = translate("MeetingDialog", "Record a meeting of {body}")
        self.setWindowTitle(title.format(body=body["name"]))
        self.resize(560, 620)
        self.held_on = _date_edit(meeting.get("held_on") or dt.date.today(), optional=False)
        self.place = QLineEdit(meeting.get("place") or "")
        self.agenda = QPlainTextEdit(meeting.get("agenda") or "")
        self.agenda.setMaximumHeight(60)
        self.cda_present = QCheckBox(translate("MeetingDialog", "The CDA took part"))
        self.cda_present.setChecked(meeting.get("cda_present", True))
        taken = {
            a["member_id"]: a["status"] for a in data.attendance if a["meeting_id"] == meeting.get("fid")
        }
        self.members = data.members_of(body_id)
        self.attendance = QTableWidget(len(self.members), 2)
        self.attendance.setHorizontalHeaderLabels(
            [translate("MeetingDialog", "Member"), translate("MeetingDialog", "Attendance")]
        )
        self.attendance.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # the status column as wide as its longest choice in the interface language
        self.attendance.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.attendance.verticalHeader().setVisible(False)
        for row, member in enumerate(self.members):
            item = QTableWidgetItem(data.member_name(member))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.attendance.setItem(row, 0, item)
            status = taken.get(member["fid"], "absent" if meeting else "present")
            self.attendance.setCellWidget(row, 1, _combo(choices("attendance"), status))
        self.guests = QLineEdit(meeting.get("guests") or "")
        self.guests.setPlaceholderText(translate("MeetingDialog", "names separated by ;"))
        self.minutes = QPlainTextEdit(meeting.get("minutes") or "")
        self.minutes.setMaximumHeight(70)
        self.decisions = QPlainTextEdit()
        self.decisions.setPlaceholderText(
            translate("MeetingDialog", "one new decision per line")
            if meeting
            else translate("MeetingDialog", "one decision per line")
        )
        self.decisions.setMaximumHeight(80)
        form = QFormLayout()
        for label, widget in (
            (translate("MeetingDialog", "Date"), self.held_on),
            (translate("MeetingDialog", "Place"), self.place),
            (translate("MeetingDialog", "Agenda"), self.agenda),
            ("", self.cda_present),
            (translate("MeetingDialog", "Attendance"), self.attendance),
            (translate("MeetingDialog", "Guests"), self.guests),
            (translate("MeetingDialog", "Minutes"), self.minutes),
            (translate("MeetingDialog", "Decisions"), self.decisions),
        ):
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(ok_cancel_buttons(self))

    def set_status(self, row: int, status: str) -> None:
        combo: QComboBox = self.attendance.cellWidget(row, 1)
        combo.setCurrentIndex(combo.findData(status))

    def values(self) -> dict[str, Any]:
        attendance = {
            member["fid"]: self.attendance.cellWidget(row, 1).currentData()
            for row, member in enumerate(self.members)
        }
        return {
            "held_on": self.held_on.date().toPython(),
            "attendance": attendance,
            "decisions": self.decisions.toPlainText().splitlines(),
            "place": self.place.text().strip() or None,
            "agenda": self.agenda.toPlainText().strip() or None,
            "guests": self.guests.text().strip() or None,
            "minutes": self.minutes.toPlainText().strip() or None,
            "cda_present": self.cda_present.isChecked(),
        }
