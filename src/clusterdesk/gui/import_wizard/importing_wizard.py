"""What the import wizards (stakeholders, action plan, survey responses) share: the wizard whose Finish
pushes one undoable import on the project's stack, and opening it over a window whose status bar then
says what was imported or that nothing was written."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget, QWizard, QWizardPage

from clusterdesk.core.project import Project
from clusterdesk.gui.errors import report_exception
from clusterdesk.gui.i18n import translate


class ImportingWizard(QWizard):
    """After `accept()`, `command` holds the import pushed on the project's stack (or None)."""

    def __init__(self, project: Project, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.command = None
        self.setWindowTitle(title)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setButtonText(QWizard.WizardButton.FinishButton, translate("ImportWizard", "Import"))

    def working_pages(self) -> tuple[QWizardPage, ...]:
        """The pages whose `progress` may be reading or checking the file on a worker thread."""
        return ()

    def push_import(
        self,
        make_command: Callable[[], Any],
        *,
        show_busy: bool = False,
        refused: Callable[[], None] | None = None,
    ) -> None:
        """Push `make_command()` on the stack under the busy cursor and close the wizard; when the stack
        rolls back, the user is told (never a traceback), `refused` runs and the wizard stays open.
        `show_busy` lets the window paint the busy cursor and the page's last words before a long write."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        if show_busy:
            QApplication.processEvents()
        try:
            command = make_command()
            self.project.stack.push(command)
        except Exception as error:  # noqa: BLE001 - the stack rolled back; the user is told, never a traceback
            report_exception(self, error)
            if refused is not None:
                refused()
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.command = command
        QWizard.accept(self)

    def reject(self) -> None:
        for page in self.working_pages():
            page.progress.cancel()
        super().reject()


def open_import_wizard(wizard: ImportingWizard, parent: QWidget, imported: Callable[[], str]) -> None:
    """Open `wizard` over `parent`; when it closes, the window's status bar shows `imported()` after an
    import, or says that nothing was written."""
    window = parent.window()

    def finished(result: int) -> None:
        wizard.deleteLater()
        status = getattr(window, "statusBar", None)
        if status is None:
            return
        if not result or wizard.command is None:
            status().showMessage(translate("ImportWizard", "Import cancelled; nothing was written."), 5000)
            return
        status().showMessage(imported(), 8000)

    wizard.finished.connect(finished)
    wizard.open()
