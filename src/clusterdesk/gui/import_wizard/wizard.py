"""The stakeholder import wizard over the same importer as the command line: file and sheet, preview,
columns to fields, every problem row with its reason, then the valid rows imported as one undoable
command (or nothing at all on Cancel)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget, QWizard, QWizardPage

from clusterdesk.core.project import Project
from clusterdesk.gui.errors import report_exception
from clusterdesk.gui.i18n import translate, translate_n
from clusterdesk.gui.import_wizard.importing_wizard import ImportingWizard, open_import_wizard
from clusterdesk.gui.import_wizard.plan_pages import MappingPage, ReviewPage
from clusterdesk.gui.import_wizard.source_pages import PreviewPage, SourcePage
from clusterdesk.io.readers import IMPORT_EXTENSIONS

if TYPE_CHECKING:
    from clusterdesk.gui.main_window import MainWindow

IMPORTABLE_SUFFIXES = frozenset(IMPORT_EXTENSIONS)


class ImportWizard(ImportingWizard):
    """After `exec()` or `accept()`, `command` holds the import pushed on the project's stack (or None)."""

    def __init__(self, project: Project, path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(project, translate("ImportWizard", "Import stakeholders"), parent)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.source_page = SourcePage(self)
        self.preview_page = PreviewPage(self)
        self.mapping_page = MappingPage(self)
        self.review_page = ReviewPage(self)
        for page in (self.source_page, self.preview_page, self.mapping_page, self.review_page):
            self.addPage(page)
        self.pages = (self.source_page, self.preview_page, self.mapping_page, self.review_page)
        if path is not None:
            self.source_page.path.setText(str(path))
            self.setStartId(self.pageIds()[1])  # a dropped or chosen file goes straight to its preview
        self.resize(860, 600)

    def accept(self) -> None:
        plan = self.review_page.plan
        if plan is None or plan.valid_count == 0:
            return
        # The write runs where every command runs, on the project's thread; a large import takes a second
        # or two, so say so and show the busy cursor rather than look frozen
        importing = translate_n("ImportWizard", "Importing %Ln rows…", plan.valid_count)
        self.review_page.summary.setText(f"<b>{importing}</b>")
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.push_import(plan.command, show_busy=True, refused=self.review_page.initializePage)

    def working_pages(self) -> tuple[QWizardPage, ...]:
        return (self.preview_page, self.review_page)


def run_import_wizard(window: MainWindow, path: Path | None = None) -> ImportWizard | None:
    """Open the wizard over the window; on import, select the new stakeholders and show them on the map."""
    project = window.workspace.project
    if project is None:
        return None
    wizard = ImportWizard(project, path, window)
    if path is not None:
        # the file was chosen outside the wizard: when it cannot be read, say why and close the wizard
        preview = wizard.preview_page

        def unreadable(_message: str) -> None:
            if preview.progress.error is not None:
                wizard.reject()
                report_exception(window, preview.progress.error)

        preview.progress.failed.connect(unreadable)

    def imported() -> str:
        window.workspace.selection.set(list(wizard.command.added_fids), source=window)
        window.canvas.zoom_to_project()
        count = len(wizard.command.added_fids)
        message = translate_n("ImportWizard", "Imported %Ln stakeholders from {file}", count)
        return message.format(file=wizard.review_page.plan.source.name)

    open_import_wizard(wizard, window, imported)
    return wizard
