"""File ▸ Project Details: the project's name, phase, agency, dates, place, sector, language and currency.

OK applies every change as one command (`core.edits.update_project_info`), so a single Undo restores
all of them; the window, the pack and the QGIS styles read the new values from the project."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QDate, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.core import currencies, edits, isic
from clusterdesk.core.errors import ClusterDeskError
from clusterdesk.core.vocabulary import LANGUAGES, PHASES
from clusterdesk.core.vocabulary_labels import phase_label
from clusterdesk.gui.country_picker import CountryPicker
from clusterdesk.gui.errors import report_exception
from clusterdesk.gui.form_parts import ERROR_STYLE, ok_cancel_buttons
from clusterdesk.gui.i18n import interface_language, translate
from clusterdesk.gui.plain_text import plain_label
from clusterdesk.gui.sector_picker import SectorPicker

if TYPE_CHECKING:
    from clusterdesk.core.project import Project

# The columns of project_info this dialog edits (reporting frequency and status thresholds belong to
# the Results panel's settings)
EDITED = (
    "cluster_name", "description", "phase", "agency_name", "agency_logo", "agency_logo_mime", "start_date",
    "end_date", "country", "region", "sector_code", "sector_label", "language", "currency",
)  # fmt: skip
_LOGO_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}
_LOGO_HEIGHT = 48


class OptionalDate(QWidget):
    """A date that may be left unset: a tick box before a date field with a calendar."""

    def __init__(self, tip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.is_set = QCheckBox()
        self.is_set.setToolTip(tip)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setDate(QDate.currentDate())
        self.is_set.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.is_set)
        layout.addWidget(self.edit, 1)
        self.set_value(None)

    def value(self) -> dt.date | None:
        return self.edit.date().toPython() if self.is_set.isChecked() else None

    def set_value(self, value: dt.date | None) -> None:
        self.is_set.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))


class CurrencyPicker(QComboBox):
    """Currencies in use as "USD — US Dollar", in the window's language; typing filters it."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", None)
        for code in currencies.codes():
            self.addItem(currencies.display(code, language), code)
        self.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer().setCompletionMode(self.completer().CompletionMode.PopupCompletion)
        self.lineEdit().setPlaceholderText(translate("ProjectDetailsDialog", "e.g. USD"))

    def code(self) -> str | None:
        text = self.currentText().strip()
        if not text:
            return None
        if text == self.itemText(self.currentIndex()):
            return self.currentData()
        typed = text.split()[0].upper()
        return typed if typed in currencies.codes() else None

    def is_unclear(self) -> bool:
        return bool(self.currentText().strip()) and self.code() is None

    def set_code(self, code: str | None) -> None:
        index = self.findData(code) if code else 0
        self.setCurrentIndex(max(index, 0))
        if index < 0:
            self.setEditText(code or "")


class ProjectDetailsDialog(QDialog):
    def __init__(self, values: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ProjectDetailsDialog", "Project details"))
        self.original = dict(values)
        language = interface_language()
        self.cluster_name = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.phase = QComboBox()
        for phase in PHASES:
            self.phase.addItem(f"{phase}. {phase_label(phase, language)}", phase)
        self.agency = QLineEdit()
        self.logo_preview = QLabel()
        self.logo_preview.setFixedHeight(_LOGO_HEIGHT)
        self.logo_preview.setMinimumWidth(_LOGO_HEIGHT * 2)
        choose_logo = QPushButton(translate("ProjectDetailsDialog", "C&hoose…"))
        choose_logo.clicked.connect(self._choose_logo)
        self.remove_logo = QPushButton(translate("ProjectDetailsDialog", "Remo&ve"))
        self.remove_logo.clicked.connect(lambda: self.set_logo(None, None))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview, 1)
        logo_row.addWidget(choose_logo)
        logo_row.addWidget(self.remove_logo)
        self.start_date = OptionalDate(translate("ProjectDetailsDialog", "The project has a start date"))
        self.end_date = OptionalDate(translate("ProjectDetailsDialog", "The project has a planned end date"))
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.currency = CurrencyPicker(language)
        self.country = CountryPicker(language=language)
        self.region = QLineEdit()
        self.region.setPlaceholderText(translate("ProjectDetailsDialog", "e.g. Imbabura"))
        self.sector = SectorPicker(language=language)
        self.sector_label = QLineEdit()
        self.sector_label.setPlaceholderText(translate("ProjectDetailsDialog", "as printed, e.g. Knitwear"))

        project_box = QGroupBox(translate("ProjectDetailsDialog", "Project"))
        project_form = QFormLayout(project_box)
        project_form.addRow(translate("ProjectDetailsDialog", "Cluster &name"), self.cluster_name)
        project_form.addRow(_buddy(translate("ProjectDetailsDialog", "&Description"), self.description))
        project_form.addRow(self.description)
        project_form.addRow(translate("ProjectDetailsDialog", "&Phase"), self.phase)
        project_form.addRow(translate("ProjectDetailsDialog", "&Agency"), self.agency)
        project_form.addRow(translate("ProjectDetailsDialog", "Agency logo"), logo_row)
        project_form.addRow(_buddy(translate("ProjectDetailsDialog", "&Start date"), self.start_date.edit),
                            self.start_date)  # fmt: skip
        project_form.addRow(_buddy(translate("ProjectDetailsDialog", "&End date"), self.end_date.edit),
                            self.end_date)  # fmt: skip
        project_form.addRow(translate("ProjectDetailsDialog", "&Language"), self.language)
        language_note = plain_label(
            translate("ProjectDetailsDialog", "The pack, the web map and the QGIS styles are printed in it.")
        )
        language_note.setWordWrap(True)
        project_form.addRow(language_note)
        project_form.addRow(translate("ProjectDetailsDialog", "C&urrency"), self.currency)
        place_box = QGroupBox(translate("ProjectDetailsDialog", "Place and sector"))
        place_form = QFormLayout(place_box)
        place_form.addRow(translate("ProjectDetailsDialog", "&Country"), self.country)
        place_form.addRow(translate("ProjectDetailsDialog", "&Region"), self.region)
        sector_title = translate("ProjectDetailsDialog", "Sec&tor (ISIC Rev.4)")
        place_form.addRow(_buddy(sector_title, self.sector.search))
        place_form.addRow(self.sector)
        place_form.addRow(translate("ProjectDetailsDialog", "Sector na&me"), self.sector_label)

        columns = QHBoxLayout()
        columns.addWidget(project_box, 2)
        columns.addWidget(place_box, 3)  # the classification's titles are long
        self.hint = plain_label()
        self.hint.setStyleSheet(ERROR_STYLE)
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.hint)
        layout.addWidget(ok_cancel_buttons(self, self._try_accept))
        self._logo: tuple[bytes | None, str | None] = (None, None)
        self._set_values(values)
        self.sector.code_changed.connect(self._follow_sector)
        self.country.code_changed.connect(self._follow_country)
        self.setMinimumWidth(min(1000, self.screen().availableGeometry().width() - 40))

    # -- values -----------------------------------------------------------------------------------
    def _set_values(self, values: dict[str, Any]) -> None:
        self.cluster_name.setText(values.get("cluster_name") or "")
        self.description.setPlainText(values.get("description") or "")
        self.phase.setCurrentIndex(max(0, self.phase.findData(values.get("phase") or 1)))
        self.agency.setText(values.get("agency_name") or "")
        self.set_logo(values.get("agency_logo"), values.get("agency_logo_mime"))
        self.start_date.set_value(values.get("start_date"))
        self.end_date.set_value(values.get("end_date"))
        self.language.setCurrentIndex(max(0, self.language.findData(values.get("language") or "en")))
        self.currency.set_code(values.get("currency"))
        self.country.set_code(values.get("country"))
        self.region.setText(values.get("region") or "")
        self.sector.set_code(values.get("sector_code"))
        self.sector_label.setText(values.get("sector_label") or "")

    def values(self) -> dict[str, Any]:
        logo, mime = self._logo
        return {
            "cluster_name": self.cluster_name.text().strip(),
            "description": self.description.toPlainText().strip() or None,
            "phase": self.phase.currentData(),
            "agency_name": self.agency.text().strip() or None,
            "agency_logo": logo,
            "agency_logo_mime": mime,
            "start_date": self.start_date.value(),
            "end_date": self.end_date.value(),
            "country": self.country.code(),
            "region": self.region.text().strip() or None,
            "sector_code": self.sector.code(),
            "sector_label": self.sector_label.text().strip() or None,
            "language": self.language.currentData(),
            "currency": self.currency.code(),
        }

    def changes(self) -> dict[str, Any]:
        """The values that differ from the project's, column by column."""
        return {name: value for name, value in self.values().items() if value != self.original.get(name)}

    def problem(self) -> str | None:
        if not self.cluster_name.text().strip():
            return translate("ProjectDetailsDialog", "Enter the cluster's name.")
        start, end = self.start_date.value(), self.end_date.value()
        if start is not None and end is not None and end <= start:
            return translate(
                "ProjectDetailsDialog", "The end date must come after the start date ({start})."
            ).format(start=start.isoformat())
        if self.country.is_unclear():
            return translate(
                "ProjectDetailsDialog", "Choose the country from the list, or leave the field empty."
            )
        if self.currency.is_unclear():
            return translate(
                "ProjectDetailsDialog", "Choose the currency from the list (a code such as USD), or none."
            )
        return None

    def _try_accept(self) -> None:
        problem = self.problem()
        self.hint.setText(problem or "")
        if problem is None:
            self.accept()

    # -- helpers ----------------------------------------------------------------------------------
    def set_logo(self, data: bytes | None, mime: str | None) -> None:
        self._logo = (data, mime) if data else (None, None)
        pixmap = QPixmap()
        if data:
            pixmap.loadFromData(QByteArray(data))
        if pixmap.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(translate("ProjectDetailsDialog", "No logo"))
        else:
            self.logo_preview.setPixmap(
                pixmap.scaledToHeight(_LOGO_HEIGHT, Qt.TransformationMode.SmoothTransformation)
            )
        self.remove_logo.setEnabled(bool(data))

    def load_logo(self, path: Path) -> str | None:
        """Take the image at `path` as the agency's logo; the reason when it cannot be used."""
        mime = _LOGO_TYPES.get(path.suffix.lower())
        data = path.read_bytes() if mime and path.is_file() else b""
        if not data or not QPixmap().loadFromData(QByteArray(data)):
            refusal = translate("ProjectDetailsDialog", "{file} is not a PNG or JPEG image.")
            return refusal.format(file=path.name)
        self.set_logo(data, mime)
        return None

    def _choose_logo(self) -> None:
        images = translate("ProjectDetailsDialog", "Images ({patterns})")
        images = images.format(patterns="*.png *.jpg *.jpeg")
        chosen, _ = QFileDialog.getOpenFileName(
            self, translate("ProjectDetailsDialog", "Agency logo"), str(Path.home()), images
        )
        if chosen:
            self.hint.setText(self.load_logo(Path(chosen)) or "")

    def _follow_sector(self, code: str | None) -> None:
        """A sector name that was empty or the title of the previous sector follows the new sector."""
        name = self.sector_label.text().strip()
        previous = self._shown_sector
        titles = set(isic.entry(previous).titles.values()) if previous and isic.entry(previous) else set()
        if code and (not name or name in titles):
            self.sector_label.setText(isic.title(code, self.language.currentData()) or "")
        self._shown_sector = code

    def _follow_country(self, code: str | None) -> None:
        """An empty currency takes the new country's."""
        if code and not self.currency.currentText().strip():
            self.currency.set_code(currencies.country_currency(code))

    _shown_sector: str | None = None

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._shown_sector = self.sector.code()
        super().showEvent(event)


def _buddy(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def project_values(project: Project) -> dict[str, Any]:
    info = project.info()
    return {name: getattr(info, name) for name in EDITED}


def apply_details(project: Project, dialog: ProjectDetailsDialog) -> bool:
    """Push the dialog's changes as one undoable command; False when nothing changed."""
    changes = dialog.changes()
    if not changes:
        return False
    project.stack.push(edits.update_project_info(project, changes))
    return True


def edit_project_details(window) -> None:
    """File ▸ Project Details…"""
    project = window.workspace.project
    if project is None:
        return
    dialog = ProjectDetailsDialog(project_values(project), window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    try:
        apply_details(project, dialog)
    except ClusterDeskError as error:
        report_exception(window, error)
