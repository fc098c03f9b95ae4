"""Importing stakeholders from a dropped or chosen file: the plan is built on a worker thread behind a
progress dialog, every problem row is listed, and only then are the valid rows imported (one undoable
command) or the import cancelled. The full wizard with column mapping replaces the review step later."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.core.errors import ClusterDeskError
from clusterdesk.gui import ask
from clusterdesk.gui.errors import report_exception
from clusterdesk.gui.worker import Task
from clusterdesk.io.readers import IMPORT_EXTENSIONS
from clusterdesk.io.stakeholder_import import ImportPlan, build_import_plan

if TYPE_CHECKING:
    from clusterdesk.gui.main_window import MainWindow

IMPORTABLE_SUFFIXES = frozenset(IMPORT_EXTENSIONS)
MAX_LISTED = 2000  # the rejected-rows CSV holds them all; a table of more helps nobody


def summary(plan: ImportPlan) -> str:
    rejected = len(plan.rejected_rows)
    lines = [
        f"<b>{plan.source.name}</b> ({plan.describe_source()})",
        f"{plan.total_rows:,} rows read: <b>{plan.valid_count:,} valid</b>, {rejected:,} with problems"
        " (not imported).",
    ]
    if plan.duplicates:
        count = len(plan.duplicates)
        noun = "possible duplicate" if count == 1 else "possible duplicates"
        lines.append(f"{count:,} {noun} (imported too; review them afterwards).")
    lines.extend(plan.notes)
    return "<br>".join(lines)


class ImportReviewDialog(QDialog):
    """The plan's problems and duplicates; Import writes the valid rows, Cancel writes nothing."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(f"Import stakeholders — {plan.source.name}")
        self.resize(760, 480)
        layout = QVBoxLayout(self)
        text = QLabel(summary(plan))
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(text)
        rows = [(str(p.row), p.column, p.value, p.reason) for p in plan.problems]
        for twin in plan.duplicates:
            rows.append((str(twin.row), "name", twin.name, f"Possible duplicate: {twin.describe()}"))
        self.table = QTableWidget(min(len(rows), MAX_LISTED), 4)
        self.table.setHorizontalHeaderLabels(["Row", "Column", "Value", "Problem"])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        for index, cells in enumerate(rows[:MAX_LISTED]):
            for column, value in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table, 1)
        if len(rows) > MAX_LISTED:
            note = f"The first {MAX_LISTED:,} of {len(rows):,} are listed; save them all below."
            layout.addWidget(QLabel(note))
        self.table.setVisible(bool(rows))

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            f"Import {plan.valid_count:,} valid rows", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(plan.valid_count > 0)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        if plan.has_problems:
            save = QPushButton("Save problem rows as CSV…")
            save.clicked.connect(self._save_rejected)
            self.buttons.addButton(save, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _save_rejected(self) -> None:
        chosen = ask.save_file_name(self, "Save problem rows", str(self.plan.rejected_path()), "CSV (*.csv)")
        if not chosen:
            return
        try:
            written = self.plan.write_rejected(Path(chosen))
        except OSError as error:
            report_exception(self, error)
            return
        ask.show_info(self, f"The problem rows were saved to {written}.")


def review_import(parent: QWidget | None, plan: ImportPlan) -> bool:
    """True when the user chose to import the valid rows."""
    return ImportReviewDialog(plan, parent).exec() == QDialog.DialogCode.Accepted


def run_import(window: MainWindow, path: Path) -> Task | None:
    """Start planning the import of `path`; the rest happens when the worker reports back."""
    project = window.workspace.project
    if project is None:
        return None

    def plan_import(progress, cancel) -> ImportPlan:
        # Reads the project (duplicates) from the worker; the modal progress dialog keeps edits away meanwhile
        return build_import_plan(path, project, progress=progress, cancel=cancel)

    task = Task(plan_import, f"Reading {path.name}", window)
    dialog = QProgressDialog(f"Reading {path.name}…", "Cancel", 0, 1000, window)
    dialog.setWindowTitle("Import stakeholders")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)  # a quick import flashes no dialog
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(task.cancel)

    def on_progress(fraction: float | None, message: str) -> None:
        if message:
            dialog.setLabelText(message)
        if fraction is not None:
            dialog.setValue(int(fraction * 1000))

    def on_finished() -> None:
        dialog.hide()
        dialog.deleteLater()

    def on_failed(error: BaseException, _details: str) -> None:
        report_exception(window, error)

    def on_succeeded(plan: ImportPlan) -> None:
        if window.workspace.project is not project:
            return  # the project was closed meanwhile
        if not review_import(window, plan):
            window.statusBar().showMessage("Import cancelled; nothing was written.", 5000)
            return
        try:
            command = plan.command()
            project.stack.push(command)
        except ClusterDeskError as error:
            report_exception(window, error)
            return
        window.workspace.selection.set(command.added_fids, source=window)
        window.canvas.zoom_to_project()
        window.statusBar().showMessage(f"Imported {plan.valid_count:,} stakeholders from {path.name}", 8000)

    task.progressed.connect(on_progress)
    task.finished.connect(on_finished)
    task.failed.connect(on_failed)
    task.succeeded.connect(on_succeeded)
    cancelled_text = "Import cancelled; nothing was written."
    task.cancelled.connect(lambda: window.statusBar().showMessage(cancelled_text, 5000))
    window.status.track(task)
    task.start()
    return task
