"""Create or edit one stakeholder: every field checked as the user types (core.stakeholder_rules), the
message shown under the field, and Save refused while any remains. Saving is one undoable command."""

from __future__ import annotations

import json

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shapely.geometry import Point

from clusterdesk.core import edits
from clusterdesk.core.model import ContactPerson, CustomFieldDefinition, Stakeholder
from clusterdesk.core.project import Project
from clusterdesk.core.registry_edits import CONTACT_FIELDS, EditStakeholderDetails
from clusterdesk.core.stakeholder_rules import parse_integer, parse_number, stakeholder_problems
from clusterdesk.core.vocabulary import STAKEHOLDER_KINDS
from clusterdesk.core.vocabulary_labels import kind_label
from clusterdesk.gui.form_parts import ERROR_STYLE
from clusterdesk.gui.i18n import interface_language, translate, translate_n
from clusterdesk.gui.plain_text import plain_label
from clusterdesk.gui.registry.map_point_picker import MapPointPicker

TEXT_FIELDS = ("name", "address", "admin_area", "sector_code", "products", "legal_form", "phone", "email",
               "website", "tags")  # fmt: skip
INTEGER_FIELDS = ("employees", "women_employees", "year_founded")
# English, marked for the catalogue; shown through translate("StakeholderForm", ...)
FIELD_TITLES = {
    "name": QT_TRANSLATE_NOOP("StakeholderForm", "Name *"),
    "kind": QT_TRANSLATE_NOOP("StakeholderForm", "Kind *"),
    "address": QT_TRANSLATE_NOOP("StakeholderForm", "Address"),
    "admin_area": QT_TRANSLATE_NOOP("StakeholderForm", "Admin area"),
    "sector_code": QT_TRANSLATE_NOOP("StakeholderForm", "Sector (ISIC)"),
    "products": QT_TRANSLATE_NOOP("StakeholderForm", "Products"),
    "employees": QT_TRANSLATE_NOOP("StakeholderForm", "Employees"),
    "women_employees": QT_TRANSLATE_NOOP("StakeholderForm", "Women employees"),
    "year_founded": QT_TRANSLATE_NOOP("StakeholderForm", "Year founded"),
    "legal_form": QT_TRANSLATE_NOOP("StakeholderForm", "Legal form"),
    "phone": QT_TRANSLATE_NOOP("StakeholderForm", "Phone"),
    "email": QT_TRANSLATE_NOOP("StakeholderForm", "E-mail"),
    "website": QT_TRANSLATE_NOOP("StakeholderForm", "Website"),
    "tags": QT_TRANSLATE_NOOP("StakeholderForm", "Tags (separate with ;)"),
    "lon": QT_TRANSLATE_NOOP("StakeholderForm", "Longitude"),
    "lat": QT_TRANSLATE_NOOP("StakeholderForm", "Latitude"),
}
CONTACT_TITLES = (
    QT_TRANSLATE_NOOP("StakeholderForm", "Name"),
    QT_TRANSLATE_NOOP("StakeholderForm", "Role"),
    QT_TRANSLATE_NOOP("StakeholderForm", "Gender"),
    QT_TRANSLATE_NOOP("StakeholderForm", "Phone"),
    QT_TRANSLATE_NOOP("StakeholderForm", "E-mail"),
)


class StakeholderForm(QDialog):
    """`fid=None` creates a stakeholder. `command()` gives the command to push once accepted."""

    def __init__(
        self,
        project: Project,
        fid: int | None = None,
        canvas: QWidget | None = None,
        parent: QWidget | None = None,
        lonlat: tuple[float, float] | None = None,
    ) -> None:
        super().__init__(parent)
        self.project, self.fid, self.canvas = project, fid, canvas
        self.stakeholder = project.session.get(Stakeholder, fid) if fid is not None else None
        self.setWindowTitle(
            translate("StakeholderForm", "Stakeholder — {name}").format(name=self.stakeholder.name)
            if self.stakeholder
            else translate("StakeholderForm", "New stakeholder")
        )
        self.editors: dict[str, QLineEdit | QComboBox] = {}
        self.errors: dict[str, QLabel] = {}
        self._error_rows: dict[str, tuple[QFormLayout, int]] = {}
        self.custom_editors: dict[str, QLineEdit | QComboBox] = {}
        self.definitions = list(project.session.query(CustomFieldDefinition).order_by(
            CustomFieldDefinition.position, CustomFieldDefinition.fid))  # fmt: skip
        tabs = QTabWidget()
        details = QScrollArea()  # every field wrong at once is taller than a laptop screen
        details.setWidget(self._details_page())
        details.setWidgetResizable(True)
        details.setFrameShape(QScrollArea.Shape.NoFrame)
        tabs.addTab(details, translate("StakeholderForm", "Details"))
        tabs.addTab(self._contacts_page(), translate("StakeholderForm", "Contact persons"))
        tabs.addTab(self._notes_page(), translate("StakeholderForm", "Notes and custom fields"))
        self.summary = plain_label()
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self._load(lonlat)
        self._loaded_contacts = self.contact_rows()
        self.check()
        self.resize(560, 620)

    # -- building ---------------------------------------------------------------------------------
    def _field(self, form: QFormLayout, name: str, editor: QWidget) -> None:
        form.addRow(translate("StakeholderForm", FIELD_TITLES[name]), editor)
        self._error_row(form, name)

    def _error_row(self, form: QFormLayout, name: str) -> None:
        """The field's message in a row of its own under it: the form gives a row of its own the
        height its wrapped lines need, where a message stacked under the editor was cut off."""
        error = plain_label()
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)  # close to its field
        form.addRow("", error)
        form.setRowVisible(form.rowCount() - 1, False)
        self.errors[name] = error
        self._error_rows[name] = (form, form.rowCount() - 1)

    def _details_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        for name in ("name", "kind", *TEXT_FIELDS[1:5], *INTEGER_FIELDS, *TEXT_FIELDS[5:]):
            if name == "kind":
                editor = QComboBox()
                language = interface_language()
                for code in STAKEHOLDER_KINDS:
                    editor.addItem(kind_label(code, language), code)
                editor.currentIndexChanged.connect(self.check)
            else:
                editor = QLineEdit()
                editor.textChanged.connect(self.check)
            editor.setObjectName(name)
            self.editors[name] = editor
            self._field(form, name, editor)
        for name in ("lon", "lat"):
            editor = QLineEdit()
            editor.setObjectName(name)
            editor.setPlaceholderText(translate("StakeholderForm", "decimal degrees"))
            editor.textChanged.connect(self.check)
            self.editors[name] = editor
            self._field(form, name, editor)
        self.pick_button = QPushButton(translate("StakeholderForm", "Pick the location on the map"))
        self.pick_button.setEnabled(self.canvas is not None)
        self.pick_button.clicked.connect(self.pick_on_map)
        form.addRow("", self.pick_button)
        return page

    def _contacts_page(self) -> QWidget:
        page = QWidget()
        self.contacts = QTableWidget(0, len(CONTACT_TITLES))
        self.contacts.setHorizontalHeaderLabels([translate("StakeholderForm", t) for t in CONTACT_TITLES])
        self.contacts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.contacts.verticalHeader().setVisible(False)
        add, remove = (
            QPushButton(translate("StakeholderForm", "Add contact")),
            QPushButton(translate("StakeholderForm", "Remove contact")),
        )
        add.clicked.connect(lambda: self.add_contact({}))
        remove.clicked.connect(self._remove_contact)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.contacts, 1)
        layout.addLayout(buttons)
        return page

    def _notes_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.notes = QPlainTextEdit()
        form.addRow(translate("StakeholderForm", "Notes"), self.notes)
        for definition in self.definitions:
            if definition.value_type == "choice":
                editor = QComboBox()
                editor.addItem("", None)
                for choice in [c.strip() for c in (definition.choices or "").split(";") if c.strip()]:
                    editor.addItem(choice, choice)
                editor.currentIndexChanged.connect(self.check)
            else:
                editor = QLineEdit()
                hints = {
                    "date": translate("StakeholderForm", "YYYY-MM-DD"),
                    "integer": translate("StakeholderForm", "whole number"),
                    "number": translate("StakeholderForm", "number"),
                }
                editor.setPlaceholderText(hints.get(definition.value_type, ""))
                editor.textChanged.connect(self.check)
            self.custom_editors[definition.key] = editor
            form.addRow(plain_label(definition.label), editor)  # the project's own words
            self._error_row(form, f"custom:{definition.key}")
        if not self.definitions:
            form.addRow(QLabel(translate("StakeholderForm", "This project defines no custom fields.")))
        return page

    def add_contact(self, contact: dict) -> None:
        row = self.contacts.rowCount()
        self.contacts.insertRow(row)
        for column, name in enumerate(CONTACT_FIELDS):
            item = QTableWidgetItem(contact.get(name) or "")
            if column == 0:
                item.setData(Qt.ItemDataRole.UserRole, contact.get("fid"))
            self.contacts.setItem(row, column, item)

    def _remove_contact(self) -> None:
        for row in sorted({i.row() for i in self.contacts.selectedIndexes()}, reverse=True):
            self.contacts.removeRow(row)

    def _load(self, lonlat: tuple[float, float] | None) -> None:
        s = self.stakeholder
        kind = self.editors["kind"]
        kind.setCurrentIndex(max(kind.findData(s.kind if s else "enterprise"), 0))
        for name in (*TEXT_FIELDS, *INTEGER_FIELDS):
            value = getattr(s, name) if s else None
            self.editors[name].setText("" if value is None else str(value))
        if s is not None and s.geom is not None:
            lonlat = (s.geom.x, s.geom.y)
        if lonlat is not None:
            self.set_location(*lonlat)
        if s is not None:
            self.notes.setPlainText(s.notes or "")
            for contact in self.project.session.query(ContactPerson).filter_by(stakeholder_id=s.fid).order_by(
                    ContactPerson.fid):  # fmt: skip
                self.add_contact({"fid": contact.fid, **{n: getattr(contact, n) for n in CONTACT_FIELDS}})
            for key, value in s.custom_values.items():
                editor = self.custom_editors.get(key)
                if isinstance(editor, QComboBox):
                    editor.setCurrentIndex(max(editor.findData(value), 0))
                elif editor is not None:
                    editor.setText("" if value is None else str(value))

    # -- checking and saving -----------------------------------------------------------------------
    def set_location(self, lon: float, lat: float) -> None:
        self.editors["lon"].setText(f"{lon:.6f}")
        self.editors["lat"].setText(f"{lat:.6f}")

    def pick_on_map(self) -> None:
        if self.canvas is None:
            return
        picker = MapPointPicker(self.canvas)
        picker.picked.connect(self._picked)
        picker.cancelled.connect(self.show)
        self.hide()
        self.canvas.window().statusBar().showMessage(
            translate("StakeholderForm", "Click the stakeholder's location on the map (Esc to cancel)")
        )

    def _picked(self, lon: float, lat: float) -> None:
        self.set_location(lon, lat)
        self.show()
        self.raise_()

    def form_values(self) -> dict:
        values = {
            name: editor.text() for name, editor in self.editors.items() if isinstance(editor, QLineEdit)
        }
        values["kind"] = self.editors["kind"].currentData()
        return values

    def problems(self) -> dict[str, str]:
        problems = stakeholder_problems(self.form_values())
        for definition in self.definitions:
            message = _custom_problem(definition, self._custom_text(definition.key))
            if message:
                problems[f"custom:{definition.key}"] = message
        return problems

    def _custom_text(self, key: str) -> str:
        editor = self.custom_editors[key]
        if isinstance(editor, QComboBox):
            return editor.currentData() or ""
        return editor.text().strip()

    def check(self) -> dict[str, str]:
        """Show every problem under its field; Save is enabled only without any."""
        if not hasattr(self, "buttons"):
            return {}
        problems = self.problems()
        for name, label in self.errors.items():
            label.setText(problems.get(name, ""))
            form, row = self._error_rows[name]
            form.setRowVisible(row, name in problems)
        count = len(problems)
        if count == 1:
            summary = translate_n("StakeholderForm", "%Ln field to correct before saving.", count)
        else:
            summary = translate_n("StakeholderForm", "%Ln fields to correct before saving.", count)
        self.summary.setText(summary if count else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problems)
        return problems

    def _save(self) -> None:
        if not self.check():
            self.accept()

    def row(self) -> dict:
        """The stakeholder's fields as the table stores them."""
        values = self.form_values()
        row: dict = {"kind": values["kind"]}
        for name in TEXT_FIELDS:
            row[name] = values[name].strip() or None
        if row["tags"]:
            row["tags"] = "; ".join(t.strip() for t in row["tags"].split(";") if t.strip()) or None
        for name in INTEGER_FIELDS:
            row[name] = parse_integer(values[name])
        lon, lat = parse_number(values["lon"]), parse_number(values["lat"])
        row["geom"] = Point(lon, lat) if lon is not None and lat is not None else None
        row["notes"] = self.notes.toPlainText().strip() or None
        custom = dict(self.stakeholder.custom_values) if self.stakeholder else {}
        for definition in self.definitions:
            text = self._custom_text(definition.key)
            if text:
                custom[definition.key] = _custom_value(definition, text)
            else:
                custom.pop(definition.key, None)
        row["custom_fields"] = json.dumps(custom, ensure_ascii=False) if custom else None
        return row

    def contact_rows(self) -> list[dict]:
        rows = []
        for r in range(self.contacts.rowCount()):
            cells = [(self.contacts.item(r, c).text().strip() if self.contacts.item(r, c) else "")
                     for c in range(len(CONTACT_FIELDS))]  # fmt: skip
            if not cells[0]:
                continue  # a contact without a name is an empty line, not a person
            contact = {name: (cell or None) for name, cell in zip(CONTACT_FIELDS, cells, strict=True)}
            fid = self.contacts.item(r, 0).data(Qt.ItemDataRole.UserRole)
            if fid:
                contact["fid"] = fid
            rows.append(contact)
        return rows

    def command(self):
        """AddStakeholders for a new stakeholder, EditStakeholderDetails for what changed, or None."""
        row = self.row()
        if self.stakeholder is None:
            command = edits.AddStakeholders([row])
            contacts = self.contact_rows()
            return _AddWithContacts(command, contacts) if contacts else command
        current = self.stakeholder
        changes = {}
        for name, value in row.items():
            old = getattr(current, name)
            if name == "geom":
                same = (old is None and value is None) or (
                    old is not None and value is not None and old.equals(value)
                )
                if not same:
                    changes[name] = value
            elif old != value:
                changes[name] = value
        contacts = self.contact_rows()
        contacts = None if contacts == self._loaded_contacts else contacts
        if not changes and contacts is None:
            return None  # saved without changing anything: nothing to undo either
        return EditStakeholderDetails(
            current.fid,
            changes,
            contacts,
            label=translate("StakeholderForm", "Edit {name}").format(name=row["name"]),
        )


class _AddWithContacts:
    """A new stakeholder and its contact persons, added and undone together."""

    def __init__(self, add: edits.AddStakeholders, contacts: list[dict]) -> None:
        self.add, self.contacts = add, contacts
        self.label = add.label
        self.tables = frozenset({"stakeholders", "contact_persons", "relations", "plan_tasks"})
        self.details: EditStakeholderDetails | None = None

    @property
    def added_fids(self) -> list[int]:
        return self.add.added_fids

    def do(self, project: Project) -> None:
        self.add.do(project)
        if self.details is None:
            self.details = EditStakeholderDetails(self.add.added_fids[0], {}, self.contacts, label=self.label)
        self.details.do(project)

    def undo(self, project: Project) -> None:
        self.details.undo(project)
        self.add.undo(project)


def _custom_problem(definition: CustomFieldDefinition, text: str) -> str | None:
    if not text:
        return None
    try:
        _custom_value(definition, text)
    except ValueError:
        messages = {
            "integer": translate("StakeholderForm", "{field} must be a whole number."),
            "number": translate("StakeholderForm", "{field} must be a number."),
            "date": translate("StakeholderForm", "{field} must be a date as YYYY-MM-DD."),
        }
        message = messages.get(definition.value_type) or translate("StakeholderForm", "{field} must be text.")
        return message.format(field=definition.label)
    return None


def _custom_value(definition: CustomFieldDefinition, text: str):
    import datetime as dt

    if definition.value_type == "integer":
        return parse_integer(text)
    if definition.value_type == "number":
        return parse_number(text)
    if definition.value_type == "date":
        return dt.date.fromisoformat(text).isoformat()
    return text
