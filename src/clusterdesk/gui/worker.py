"""Running a long plain function `fn(progress, cancel)` on a worker thread.

The function reports with `progress(fraction, message)` (fraction in 0..1, or None when unknown) and
calls `cancel()` now and then, stopping (raising clusterdesk.io.errors.Cancelled) when it returns True, the
same contract as `clusterdesk.io.task.TaskState`. It never sees a widget: results and progress come back
to the GUI thread as queued signals, so widgets are only touched there.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from clusterdesk.io.errors import Cancelled

ProgressFn = Callable[[float | None, str], None]
CancelFn = Callable[[], bool]
WorkFn = Callable[[ProgressFn, CancelFn], Any]


_pool: QThreadPool | None = None


def thread_pool() -> QThreadPool:
    """ClusterDesk's own pool, so quitting can wait for exactly our work and nothing else's."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(2)  # long jobs are few; more threads only contend for the project
    return _pool


class Task(QObject):
    """One piece of background work. Lives in the GUI thread; its signals arrive there."""

    progressed = Signal(object, str)  # fraction (float or None), message
    succeeded = Signal(object)  # the function's return value
    failed = Signal(object, str)  # the exception, its traceback text
    cancelled = Signal()
    finished = Signal()  # after any of the three outcomes

    def __init__(self, fn: WorkFn, title: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fn = fn
        self.title = title
        self.cancel_event = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None
        self.done = False
        self.succeeded.connect(self._store_result)
        self.failed.connect(self._store_error)
        self.finished.connect(self._mark_done)

    def start(self) -> None:
        """Start on the global thread pool; connect to the signals before, so no outcome is missed."""
        thread_pool().start(_Runner(self))

    def cancel(self) -> None:
        self.cancel_event.set()

    @Slot(object)
    def _store_result(self, value: Any) -> None:
        self.result = value

    @Slot(object, str)
    def _store_error(self, error: BaseException, _details: str) -> None:
        self.error = error

    @Slot()
    def _mark_done(self) -> None:
        self.done = True


class _Runner(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task
        self.setAutoDelete(True)

    def run(self) -> None:
        task = self.task

        def progress(fraction: float | None, message: str = "") -> None:
            task.progressed.emit(fraction, message)

        try:
            value = task.fn(progress, task.cancel_event.is_set)
        except Cancelled:
            task.cancelled.emit()
        except BaseException as error:  # noqa: BLE001 - every failure must reach the GUI thread
            details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
            task.failed.emit(error, details)
        else:
            if task.cancel_event.is_set():
                task.cancelled.emit()
            else:
                task.succeeded.emit(value)
        task.finished.emit()
