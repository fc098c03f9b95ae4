"""The window-modal progress dialog of a long task run on a worker (gui.worker.Task): it follows the task's
progress (a busy bar when the fraction is unknown, the step's text as its label), cancels the task with
its button, and goes away with the task."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from clusterdesk.gui.worker import Task

PROGRESS_STEPS = 1000


def task_progress_dialog(
    task: Task, label: str, window_title: str, cancel: str, parent: QWidget
) -> QProgressDialog:
    """The dialog for `task`; `cancel` is the button's text in the caller's catalogue."""
    dialog = QProgressDialog(label, cancel, 0, PROGRESS_STEPS, parent)
    dialog.setWindowTitle(window_title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(dialog.fontMetrics().horizontalAdvance("x") * 60)
    dialog.canceled.connect(task.cancel)
    task.progressed.connect(lambda fraction, text: show_progress(dialog, fraction, text))
    task.finished.connect(dialog.close)
    task.finished.connect(dialog.deleteLater)
    return dialog


def show_progress(dialog: QProgressDialog, fraction: float | None, text: str) -> None:
    if not shiboken6.isValid(dialog):
        return
    if text:
        dialog.setLabelText(text)
    if fraction is None:
        dialog.setRange(0, 0)
    else:
        dialog.setRange(0, PROGRESS_STEPS)
        dialog.setValue(int(max(0.0, min(1.0, fraction)) * PROGRESS_STEPS))
