"""A progress bar that runs one plain function `fn(progress, cancel)` on the worker pool and reports the
result; the wizard pages use it to read the file and to check the rows without freezing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget

from clusterdesk.core.errors import ClusterDeskError
from clusterdesk.gui.errors import describe_exception
from clusterdesk.gui.i18n import translate
from clusterdesk.gui.plain_text import plain_label
from clusterdesk.gui.worker import Task


class BackgroundProgress(QWidget):
    succeeded = Signal(object)
    failed = Signal(str)  # a message for the user

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.text = plain_label()
        self.cancel_button = QPushButton(translate("BackgroundProgress", "Stop"))
        self.task: Task | None = None
        self.error: BaseException | None = None  # of the last failure, for callers that report it themselves
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.text)
        self.cancel_button.clicked.connect(self.cancel)
        self.hide()

    @property
    def running(self) -> bool:
        return self.task is not None

    def start(self, fn: Callable[[Any, Any], Any], title: str) -> None:
        self.cancel()
        task = Task(fn, title, self)
        task.progressed.connect(self._progress)
        task.succeeded.connect(lambda value, task=task: self._done(task, value))
        task.failed.connect(lambda error, _details, task=task: self._failed(task, error))
        task.cancelled.connect(lambda task=task: self._failed(task, None))
        self.task = task
        self.bar.setValue(0)
        self.text.setText(title)
        self.show()
        task.finished.connect(task.deleteLater)  # results are not kept: free them
        task.start()

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.task = None  # its late answers are ignored
            self.hide()

    def _progress(self, fraction: float | None, message: str) -> None:
        if fraction is None:
            self.bar.setRange(0, 0)
        else:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(fraction * 1000))
        if message:
            self.text.setText(message)

    def _done(self, task: Task, value: Any) -> None:
        if task is self.task:
            self.task = None
            self.hide()
            self.succeeded.emit(value)

    def _failed(self, task: Task, error: BaseException | None) -> None:
        if task is not self.task:
            return
        self.task = None
        self.error = error
        self.hide()
        if error is None:
            self.failed.emit(translate("BackgroundProgress", "Stopped; nothing was written."))
        elif isinstance(error, ClusterDeskError):
            self.failed.emit(str(error))
        else:
            self.failed.emit(describe_exception(error)[0])
