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
    QGridLayout,
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
from clusterdesk.core.plan import PlanTask, PlanTaskFirm, PlanTaskResponsible
from clusterdesk.core.plan_edits import FIRMS, RESPONSIBLES, UpdateTask
from clusterdesk.core.plan_link_edits import SetTaskStakeholders
from clusterdesk.core.project import Project
from clusterdesk.core.vocabulary_labels import kind_label
from clusterdesk.gui.form_parts import ok_cancel_buttons
from clusterdesk.gui.i18n import translate
from clusterdesk.gui.permissions import PLAN_BUDGETS, ControlGate
from clusterdesk.gui.plain_text import plain_label
from clusterdesk.gui.plan.plan_labels import (
    budget_source_label,
    joint_action_choices,
    shown_language,
    status_choices,
)

FIRM_KINDS = ("enterprise", "supplier", "buyer")
BUDGET_FIELDS = {  # task field: budget source
    "budget_enterprises": "enterprises",
    "budget_public": "public",
    "budget_donor": "donor",
    "budget_other": "other",
}


def _sort_key(name: str) -> str:
    """Alphabetical whatever the accents: Cámara sorts with Camara, before Cooperativa."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _checklist(rows, checked: set[int]) -> QListWidget:
    widget = QListWidget()
    language = shown_language()
    for fid, name, kind in rows:
        item = QListWidgetItem(f"{name}  ({kind_label(kind, language)})")
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
        self.setWindowTitle(translate("TaskDialog", "Task details: {task}").format(task=self.task.name))
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
        for label, code in joint_action_choices():
            self.joint.addItem(label, code)
        self.joint.setCurrentIndex(max(0, self.joint.findData(self.task.joint_action_type)))
        self.status = QComboBox()
        for label, code in status_choices():
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
        budget_grid = QGridLayout()  # each source named above its amount
        budget_grid.setContentsMargins(0, 0, 0, 0)
        budget_grid.setVerticalSpacing(2)
        for column, (field, source) in enumerate(BUDGET_FIELDS.items()):
            box = QDoubleSpinBox()
            box.setRange(0, 1e12)
            box.setDecimals(0)
            box.setGroupSeparatorShown(True)
            box.setValue(getattr(self.task, field))
            box.setToolTip(
                translate("TaskDialog", "Amount from this source of funds: {source}").format(
                    source=budget_source_label(source)
                )
            )
            self.budget[field] = box
            budget_grid.addWidget(plain_label(budget_source_label(source)), 0, column)
            budget_grid.addWidget(box, 1, column)
        # budgets are the coordinator's in a team project: an editor sees them, disabled, with the reason
        self.budget_gate = ControlGate(self, PLAN_BUDGETS, list(self.budget.values()))
        self.notes = QPlainTextEdit(self.task.notes or "")
        form = QFormLayout()
        form.addRow(translate("TaskDialog", "Name"), self.name)
        form.addRow(translate("TaskDialog", "Joint action"), self.joint)
        form.addRow(translate("TaskDialog", "Status"), self.status)
        form.addRow(translate("TaskDialog", "Complete"), self.percent)
        form.addRow(translate("TaskDialog", "CDA in charge"), self.cda)
        if currency:
            budget_label = translate("TaskDialog", "Budget ({currency})").format(currency=currency)
        else:
            budget_label = translate("TaskDialog", "Budget")
        form.addRow(plain_label(budget_label), budget_grid)  # the currency is the project's text
        form.addRow(translate("TaskDialog", "Notes"), self.notes)
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
        people_form.addRow(translate("TaskDialog", "Lead institution"), self.lead)
        people_form.addRow(translate("TaskDialog", "Supporting institutions"), self.support)

        self.firm_filter = QLineEdit()
        self.firm_filter.setPlaceholderText(translate("TaskDialog", "Filter firms by name"))
        self.firms = _checklist([s for s in stakeholders if s.kind in FIRM_KINDS], firms)
        self.firm_filter.textChanged.connect(self._filter_firms)
        firm_page = QWidget()
        firm_layout = QVBoxLayout(firm_page)
        firm_layout.addWidget(self.firm_filter)
        firm_layout.addWidget(self.firms)

        tabs = QTabWidget()
        self.tabs = tabs
        tabs.addTab(general, translate("TaskDialog", "General"))
        tabs.addTab(people, translate("TaskDialog", "Responsible"))
        tabs.addTab(
            firm_page, translate("TaskDialog", "Participating firms ({count})").format(count=len(firms))
        )
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
            **{field: float(box.value()) for field, box in self.budget.items() if box.isEnabled()},
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
        label = translate("TaskDialog", "Edit {task}").format(task=task.name)
        return CommandGroup(commands, label=label) if commands else None
