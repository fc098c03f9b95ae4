"""The first two pages of the import wizard: choose the file (and its sheet or layer), then see how it
was read, with the first rows as a preview."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from clusterdesk.core.vocabulary import STAKEHOLDER_KINDS
from clusterdesk.core.vocabulary_labels import kind_label
from clusterdesk.gui import ask
from clusterdesk.gui.form_parts import ERROR_STYLE
from clusterdesk.gui.i18n import interface_language, translate, translate_n
from clusterdesk.gui.import_wizard.background import BackgroundProgress
from clusterdesk.gui.plain_text import plain_label
from clusterdesk.io.readers import EXCEL_EXTENSIONS, IMPORT_EXTENSIONS, read_table
from clusterdesk.io.source_table import SourceTable
from clusterdesk.io.task import TaskState

if TYPE_CHECKING:
    from clusterdesk.gui.import_wizard.wizard import ImportWizard

PREVIEW_ROWS = 50
# The reader names the delimiter it found (io.text_decoding.DELIMITERS); English, shown translated
DELIMITER_TEXTS = {
    "comma": QT_TRANSLATE_NOOP("PreviewPage", "comma-separated"),
    "semicolon": QT_TRANSLATE_NOOP("PreviewPage", "semicolon-separated"),
    "tab": QT_TRANSLATE_NOOP("PreviewPage", "tab-separated"),
    "pipe": QT_TRANSLATE_NOOP("PreviewPage", "pipe-separated"),
}


def sheets_of(path: Path) -> list[str]:
    """Worksheets of a workbook or layers of a GeoPackage; empty for files with one table."""
    suffix = path.suffix.lower()
    try:
        if suffix in EXCEL_EXTENSIONS:
            from clusterdesk.io.xlsx_reader import sheet_names

            return sheet_names(path)
        if suffix == ".gpkg":
            from clusterdesk.io.vector_reader import layer_names

            return layer_names(path)
    except Exception:  # noqa: BLE001 - an unreadable file is reported when it is read on the next page
        return []
    return []


def _delimiter_text(name: str | None) -> str:
    """'semicolon-separated' in the interface language."""
    known = DELIMITER_TEXTS.get(name or "")
    return translate("PreviewPage", known) if known else translate("PreviewPage", "{delimiter}-separated")


class SourcePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(translate("SourcePage", "Choose the file"))
        self.setSubTitle(
            translate(
                "SourcePage",
                "A spreadsheet (CSV, XLSX) or GIS layer (GeoJSON, Shapefile, GeoPackage) of stakeholders, "
                "one row each. Nothing is written until the last page.",
            )
        )
        self.path = QLineEdit()
        self.path.setPlaceholderText(translate("SourcePage", "File to import"))
        browse = QPushButton(translate("SourcePage", "Browse…"))
        browse.clicked.connect(self._browse)
        self.sheet = QComboBox()
        self.header_row = QSpinBox()
        self.header_row.setRange(0, 1000)
        self.header_row.setSpecialValueText(translate("SourcePage", "find it"))
        self.default_kind = QComboBox()
        language = interface_language()
        for code in STAKEHOLDER_KINDS:
            self.default_kind.addItem(kind_label(code, language), code)
        self.message = plain_label()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(translate("SourcePage", "File"), row)
        form.addRow(translate("SourcePage", "Sheet or layer"), self.sheet)
        form.addRow(translate("SourcePage", "Header row"), self.header_row)
        form.addRow(translate("SourcePage", "Kind when the file has none"), self.default_kind)
        form.addRow(self.message)
        self.path.textChanged.connect(self._path_changed)

    def _browse(self) -> None:
        patterns = " ".join(f"*{s}" for s in sorted(set(IMPORT_EXTENSIONS)))
        chosen = ask.open_file_name(
            self,
            translate("SourcePage", "Import stakeholders"),
            self.path.text(),
            translate("SourcePage", "Stakeholder tables ({patterns})").format(patterns=patterns),
        )
        if chosen:
            self.path.setText(chosen)

    def _path_changed(self, text: str) -> None:
        path = Path(text.strip()) if text.strip() else None
        self.sheet.clear()
        names = sheets_of(path) if path is not None and path.is_file() else []
        self.sheet.addItems(names)
        self.sheet.setEnabled(bool(names))
        self.message.setText(self._problem() or "")
        self.completeChanged.emit()

    def chosen_path(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    def _problem(self) -> str | None:
        text = self.path.text().strip()
        if not text:
            return None
        path = self.chosen_path()
        if not path.is_file():
            return translate("SourcePage", "{path} is not a file. Check the name and the folder.").format(
                path=path
            )
        if path.suffix.lower() not in IMPORT_EXTENSIONS:
            accepted = ", ".join(IMPORT_EXTENSIONS)
            ending = path.suffix or translate("SourcePage", "(nothing)")
            return translate(
                "SourcePage", "Files ending in {ending} cannot be imported. Use one of: {accepted}."
            ).format(ending=ending, accepted=accepted)
        return None

    def isComplete(self) -> bool:
        return bool(self.path.text().strip()) and self._problem() is None

    def choices(self) -> tuple[Path, str | None, int | None]:
        return self.chosen_path(), self.sheet.currentText() or None, self.header_row.value() or None


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(translate("PreviewPage", "Preview"))
        self.table: SourceTable | None = None
        self.facts = QLabel()
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setWordWrap(True)
        self.preview = QTableWidget()
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.progress = BackgroundProgress()
        self.progress.succeeded.connect(self._read)
        self.progress.failed.connect(self._failed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.facts)
        layout.addWidget(self.preview, 1)
        self._read_for: tuple | None = None

    def initializePage(self) -> None:
        choices = self.owner.source_page.choices()
        if choices == self._read_for and self.table is not None:
            return  # back and forth without changes: no second read
        self._read_for = choices
        self.table = None
        self.preview.clear()
        self.preview.setRowCount(0)
        self.facts.setText("")
        path, sheet, header_row = choices

        def read(progress, cancel):
            return read_table(path, TaskState(progress, cancel), sheet=sheet, header_row=header_row)

        self.progress.start(read, translate("PreviewPage", "Reading {file}").format(file=path.name))
        self.completeChanged.emit()

    def _read(self, table: SourceTable) -> None:
        self.table = table
        facts = [table.format]
        described = (
            (table.encoding, translate("PreviewPage", "encoding {encoding}")),
            (table.delimiter, _delimiter_text(table.delimiter)),
            (table.sheet, translate("PreviewPage", "sheet or layer '{sheet}'")),
            (table.header_row, translate("PreviewPage", "header in row {row}")),
        )
        for fact, text in described:
            if fact:
                facts.append(
                    text.format(
                        encoding=table.encoding,
                        delimiter=table.delimiter,
                        sheet=table.sheet,
                        row=table.header_row,
                    )
                )
        # Rich text: the sheet's name, the notes and messages quote the file, so they are escaped
        read_as = html.escape(", ".join(facts))
        rows = translate_n("PreviewPage", "%Ln rows", len(table))
        columns = translate_n("PreviewPage", "%Ln columns", len(table.columns))
        lines = [
            translate("PreviewPage", "<b>{rows}</b> and {columns} ({read_as}).").format(
                rows=rows, columns=columns, read_as=read_as
            )
        ]
        lines += [f"• {html.escape(note)}" for note in table.notes]
        if len(table) > PREVIEW_ROWS:
            lines.append(translate_n("PreviewPage", "The first %Ln rows are shown.", PREVIEW_ROWS))
        self.facts.setText("<br>".join(lines))
        shown = table.frame.iloc[:PREVIEW_ROWS]
        self.preview.setColumnCount(len(table.columns))
        self.preview.setRowCount(len(shown))
        self.preview.setHorizontalHeaderLabels(table.columns)
        self.preview.setVerticalHeaderLabels([str(n) for n in table.row_numbers[:PREVIEW_ROWS]])
        for r, values in enumerate(shown.itertuples(index=False, name=None)):
            for c, value in enumerate(values):
                self.preview.setItem(r, c, QTableWidgetItem(str(value)))
        self.preview.resizeColumnsToContents()
        self.completeChanged.emit()

    def _failed(self, message: str) -> None:
        self._read_for = None
        self.facts.setText(f"<span style='color:#b0352c'>{html.escape(message)}</span>")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.table is not None and not self.progress.running

    def cleanupPage(self) -> None:
        self.progress.cancel()
