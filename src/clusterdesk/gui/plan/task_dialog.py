"""The details of one task: joint-action type, status and progress, CDA in charge, budget by source,
the lead and supporting institutions, the participating firms, notes. OK makes one undoable edit."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from clusterdesk.core.commands import CommandGroup
from clusterdesk.core.model import Stakeholder
from clusterdesk.core.plan import (
    JOINT_ACTION_TYPES,
    TASK_STATUSES,
    PlanTask,
    PlanTaskFirm,
    PlanTaskResponsible,
)
from clusterdesk.core.plan_edits import FIRMS, RESPONSIBLES, UpdateTask
from clusterdesk.core.plan_link_edits import SetTaskStakeholders
from clusterdesk.core.project import Project
from clusterdesk.core.vocabulary import STAKEHOLDER_KINDS
from clusterdesk.gui.form_parts import ok_cancel_buttons
from clusterdesk.gui.plain_text import plain_label

FIRM_KINDS = ("enterprise", "supplier", "buyer")
BUDGET_FIELDS = {
    "budget_enterprises": "Enterprises",
    "budget_public": "Public",
    "budget_donor": "Donor",
    "budget_other": "Other",
}


def _sort_key(name: str) -> str:
    """Alphabetical whatever the accents: Cámara sorts with Camara, before Cooperativa."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _checklist(rows, checked: set[int]) -> QListWidget:
    widget = QListWidget()
    for fid, name, kind in rows:
        item = QListWidgetItem(f"{name}  ({STAKEHOLDER_KINDS.get(kind, kind)})")
        item.setData(Qt.ItemDataRole.UserRole, fid)
        item.setCheckState(Qt.CheckState.Checked if fid in checked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    return widget


def _checked(widget: QListWidget) -> list[int]:
    return [
        widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


class TaskDialog(QDialog):
    def __init__(self, project: Project, task_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        session = project.session
        self.task = session.get(PlanTask, task_id)
        self.setWindowTitle(f"Task details: {self.task.name}")
        self.resize(620, 560)
        stakeholders = sorted(
            session.execute(select(Stakeholder.fid, Stakeholder.name, Stakeholder.kind)).all(),
            key=lambda s: _sort_key(s.name),
        )
        roles = dict(
            session.execute(
                select(PlanTaskResponsible.stakeholder_id, PlanTaskResponsible.role).where(
                    PlanTaskResponsible.task_id == task_id
                )
            ).all()
        )
        firms = set(
            session.scalars(select(PlanTaskFirm.stakeholder_id).where(PlanTaskFirm.task_id == task_id))
        )
        self.before_roles, self.before_firms = roles, firms

        self.name = QLineEdit(self.task.name)
        self.joint = QComboBox()
        self.joint.addItem("—", None)
        for code, label in JOINT_ACTION_TYPES.items():
            self.joint.addItem(label, code)
        self.joint.setCurrentIndex(max(0, self.joint.findData(self.task.joint_action_type)))
        self.status = QComboBox()
        for code, label in TASK_STATUSES.items():
            self.status.addItem(label, code)
        self.status.setCurrentIndex(self.status.findData(self.task.status))
        self.percent = QDoubleSpinBox()
        self.percent.setRange(0, 100)
        self.percent.setDecimals(0)
        self.percent.setSuffix(" %")
        self.percent.setValue(self.task.percent_complete)
        self.cda = QLineEdit(self.task.cda_in_charge or "")
        currency = project.info().currency or ""
        self.budget: dict[str, QDoubleSpinBox] = {}
        budget_row = QHBoxLayout()
        for field, label in BUDGET_FIELDS.items():
            box = QDoubleSpinBox()
            box.setRange(0, 1e12)
            box.setDecimals(0)
            box.setGroupSeparatorShown(True)
            box.setValue(getattr(self.task, field))
            box.setToolTip(f"{label} share of the budget {currency}".strip())
            self.budget[field] = box
            budget_row.addWidget(box)
        self.notes = QPlainTextEdit(self.task.notes or "")
        form = QFormLayout()
        form.addRow("Name", self.name)
        form.addRow("Joint action", self.joint)
        form.addRow("Status", self.status)
        form.addRow("Complete", self.percent)
        form.addRow("CDA in charge", self.cda)
        budget_label = f"Budget {currency} (enterprises, public, donor, other)".replace("  ", " ")
        form.addRow(plain_label(budget_label), budget_row)  # the currency is the project's text
        form.addRow("Notes", self.notes)
        general = QWidget()
        general.setLayout(form)

        institutions = [s for s in stakeholders if s.kind not in FIRM_KINDS]
        self.lead = QComboBox()
        self.lead.addItem("—", None)
        for fid, name, _kind in institutions:
            self.lead.addItem(name, fid)
        lead = next((fid for fid, role in roles.items() if role == "lead"), None)
        self.lead.setCurrentIndex(max(0, self.lead.findData(lead)))
        self.support = _checklist(institutions, {fid for fid, role in roles.items() if role == "support"})
        people = QWidget()
        people_form = QFormLayout(people)
        people_form.addRow("Lead", self.lead)
        people_form.addRow("Support", self.support)

        self.firm_filter = QLineEdit()
        self.firm_filter.setPlaceholderText("Filter firms by name")
        self.firms = _checklist([s for s in stakeholders if s.kind in FIRM_KINDS], firms)
        self.firm_filter.textChanged.connect(self._filter_firms)
        firm_page = QWidget()
        firm_layout = QVBoxLayout(firm_page)
        firm_layout.addWidget(self.firm_filter)
        firm_layout.addWidget(self.firms)

        tabs = QTabWidget()
        tabs.addTab(general, "General")
        tabs.addTab(people, "Responsible")
        tabs.addTab(firm_page, f"Participating firms ({len(firms)})")
        buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)

    def _filter_firms(self, text: str) -> None:
        needle = text.strip().casefold()
        for i in range(self.firms.count()):
            item = self.firms.item(i)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def command(self) -> CommandGroup | None:
        """The edit the dialog describes, or None when nothing changed."""
        task = self.task
        wanted = {
            "name": self.name.text().strip() or task.name,
            "joint_action_type": self.joint.currentData(),
            "status": self.status.currentData(),
            "percent_complete": float(self.percent.value()),
            "cda_in_charge": self.cda.text().strip() or None,
            "notes": self.notes.toPlainText().strip() or None,
            **{field: float(box.value()) for field, box in self.budget.items()},
        }
        changes = {k: v for k, v in wanted.items() if getattr(task, k) != v}
        commands: list = [UpdateTask(task.fid, changes)] if changes else []
        roles = {fid: "support" for fid in _checked(self.support)}
        if self.lead.currentData() is not None:
            roles[self.lead.currentData()] = "lead"
        if roles != self.before_roles:
            commands.append(SetTaskStakeholders(task.fid, roles, table=RESPONSIBLES))
        firms = set(_checked(self.firms))
        if firms != self.before_firms:
            commands.append(SetTaskStakeholders(task.fid, dict.fromkeys(sorted(firms), ""), table=FIRMS))
        return CommandGroup(commands, label=f"Edit {task.name}") if commands else None
