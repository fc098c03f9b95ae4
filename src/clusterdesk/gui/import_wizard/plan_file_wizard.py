"""Import an action plan from MS Project XML, Primavera P6 XML, GanttProject (.gan) or CSV: the file (and,
for a P6 file holding several, which project), then what will be imported and what the plan does not keep
from the file, before the tasks are added as one undoable command (or nothing at all on Cancel). The
file is read by the same function as `clusterdesk plan import`."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from clusterdesk.core.errors import ClusterDeskError
from clusterdesk.core.project import Project
from clusterdesk.gui import ask
from clusterdesk.gui.i18n import translate, translate_n
from clusterdesk.gui.import_wizard.background import BackgroundProgress
from clusterdesk.gui.import_wizard.importing_wizard import ImportingWizard, open_import_wizard
from clusterdesk.io.plan_import_readers import IMPORT_SUFFIXES, p6_project_names, read_plan_file
from clusterdesk.io.plan_records import PlanAlreadyInProjectError, PlanDocument, plan_import_command

_ERROR = "<span style='color:#b0352c'>{}</span>"


def _bullets(lines: list[str]) -> str:
    return "".join(f"<li>{html.escape(line)}</li>" for line in lines)


class PlanFilePage(QWizardPage):
    def __init__(self, wizard: PlanImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(translate("PlanImportWizard", "Choose the plan file"))
        self.setSubTitle(
            translate(
                "PlanImportWizard",
                "An action plan saved by MS Project, ProjectLibre or Primavera P6 (XML), by GanttProject "
                "(.gan) or as CSV. Nothing is written until the last page.",
            )
        )
        self.path = QLineEdit()
        browse = QPushButton(translate("PlanImportWizard", "Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.p6_project = QComboBox()
        self.p6_project.setToolTip(
            translate("PlanImportWizard", "The Primavera P6 file holds several projects; one is imported")
        )
        self.replace = QCheckBox(translate("PlanImportWizard", "Replace the current plan"))
        self.replace.setToolTip(
            translate(
                "PlanImportWizard",
                "Remove the project's tasks first; otherwise the file's are added after them",
            )
        )
        self.form = QFormLayout(self)
        self.form.addRow(translate("PlanImportWizard", "File"), row)
        self.form.addRow(translate("PlanImportWizard", "Project in the file"), self.p6_project)
        self.form.addRow("", self.replace)
        self.form.setRowVisible(self.p6_project, False)
        self.path.textChanged.connect(self._path_changed)

    def _browse(self) -> None:
        patterns = " ".join(f"*{s}" for s in IMPORT_SUFFIXES)
        filters = ";;".join(
            [
                translate("PlanImportWizard", "Action plans ({patterns})").format(patterns=patterns),
                translate("PlanImportWizard", "MS Project XML (*.xml)"),
                translate("PlanImportWizard", "Primavera P6 XML (*.xml)"),
                translate("PlanImportWizard", "GanttProject (*.gan)"),
                translate("PlanImportWizard", "CSV (*.csv)"),
            ]
        )
        chosen = ask.open_file_name(
            self, translate("PlanImportWizard", "Import action plan"), self.path.text(), filters
        )
        if chosen:
            self.path.setText(chosen)

    def chosen_path(self) -> Path:
        return Path(self.path.text().strip())

    def _path_changed(self) -> None:
        names: list[str] = []
        if self.isComplete():
            try:
                names = p6_project_names(self.chosen_path())
            except ClusterDeskError:
                names = []  # the next page says what is wrong with the file
        self.p6_project.clear()
        for name in names:
            self.p6_project.addItem(name, name)
        self.form.setRowVisible(self.p6_project, len(names) > 1)
        self.completeChanged.emit()

    def project_name(self) -> str | None:
        return self.p6_project.currentData() if self.p6_project.count() > 1 else None

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        path = self.chosen_path()
        return bool(self.path.text().strip()) and path.suffix.lower() in IMPORT_SUFFIXES and path.is_file()


class PlanSummaryPage(QWizardPage):
    """What will be imported, the warnings, and what the plan does not keep from the file."""

    def __init__(self, wizard: PlanImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(translate("PlanImportWizard", "Check before importing"))
        self.document: PlanDocument | None = None
        self.command = None
        self.progress = BackgroundProgress()
        self.progress.succeeded.connect(self._read)
        self.progress.failed.connect(self._failed)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(scroll, 1)

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        self.document = None
        self.command = None
        self.summary.setText("")
        path = self.owner.file_page.chosen_path()
        project_name = self.owner.file_page.project_name()

        def read(_progress, _cancel) -> PlanDocument:
            return read_plan_file(path, project_name)

        self.progress.start(read, translate("PlanImportWizard", "Reading {file}").format(file=path.name))
        self.completeChanged.emit()

    def _read(self, document: PlanDocument) -> None:
        path = self.owner.file_page.chosen_path()
        try:  # on the window's thread: it reads the project's stakeholders and calendar
            self.command, warnings = plan_import_command(
                self.owner.project,
                document,
                replace=self.owner.file_page.replace.isChecked(),
                source=path.name,
            )
        except PlanAlreadyInProjectError as error:
            again = translate(
                "PlanImportWizard", "Go back and tick “Replace the current plan” to load the file instead."
            )
            self._failed(f"{error} {again}")
            return
        except ClusterDeskError as error:
            self._failed(str(error))
            return
        self.document = document
        tasks = translate_n("PlanImportWizard", "%n task(s)", len(document.tasks))
        count = len(document.links)
        if count == 1:
            links = translate_n("PlanImportWizard", "%n dependency", count)
        else:
            links = translate_n("PlanImportWizard", "%n dependencies", count)
        headline = translate("PlanImportWizard", "{tasks} and {links} will be imported from {file}.").format(
            tasks=tasks, links=links, file=path.name
        )
        parts = [f"<p><b>{html.escape(headline)}</b></p>"]
        if warnings:
            parts.append(f"<ul>{_bullets(warnings)}</ul>")
        if document.not_understood:
            heading = translate("PlanImportWizard", "Not imported, because the action plan does not keep it:")
            parts.append(f"<p>{html.escape(heading)}</p><ul>{_bullets(document.not_understood)}</ul>")
        else:
            everything = translate("PlanImportWizard", "Everything in the file is imported.")
            parts.append(f"<p>{html.escape(everything)}</p>")
        self.summary.setText("".join(parts))
        self.wizard().setButtonText(
            QWizard.WizardButton.FinishButton,
            translate_n("PlanImportWizard", "Import %n task(s)", len(document.tasks)),
        )
        self.completeChanged.emit()

    def _failed(self, message: str) -> None:
        self.summary.setText(_ERROR.format(html.escape(message)))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return self.command is not None and not self.progress.running

    def cleanupPage(self) -> None:  # noqa: N802 (Qt's name)
        self.progress.cancel()
        self.wizard().setButtonText(QWizard.WizardButton.FinishButton, translate("ImportWizard", "Import"))


class PlanImportWizard(ImportingWizard):
    """After `accept()`, `command` holds the import pushed on the project's stack (or None)."""

    def __init__(self, project: Project, path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(project, translate("PlanImportWizard", "Import action plan"), parent)
        self.file_page = PlanFilePage(self)
        self.summary_page = PlanSummaryPage(self)
        self.addPage(self.file_page)
        self.addPage(self.summary_page)
        if path is not None:
            self.file_page.path.setText(str(path))
        self.resize(760, 520)

    def accept(self) -> None:
        command = self.summary_page.command
        if command is None:
            return
        self.push_import(lambda: command)

    def working_pages(self) -> tuple[QWizardPage, ...]:
        return (self.summary_page,)


def open_plan_import(parent: QWidget, project: Project, path: Path | None = None) -> PlanImportWizard:
    """Open the wizard over `parent`; the window's status bar says what was imported."""
    wizard = PlanImportWizard(project, path, parent)

    def imported() -> str:
        count = len(wizard.summary_page.document.tasks)
        message = translate_n("PlanImportWizard", "Imported %n task(s) from {file}", count)
        return message.format(file=wizard.file_page.chosen_path().name)

    open_import_wizard(wizard, parent, imported)
    return wizard
