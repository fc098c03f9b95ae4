"""Background work reports to the GUI thread; errors end in the dialog and the log, with details."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import QThread

from clusterdesk.core.errors import NotAProjectError
from clusterdesk.gui import errors
from clusterdesk.gui.status_bar import MainStatusBar, format_latitude, format_longitude, format_scale
from clusterdesk.gui.worker import Task
from clusterdesk.io.task import TaskState


def test_task_reports_progress_and_result_in_the_gui_thread(qtbot):
    seen_threads = []
    progress = []

    def work(report, cancel):
        seen_threads.append(threading.get_ident())
        for step in range(4):
            report(step / 4, f"step {step}")
        return "done"

    task = Task(work, "Counting")
    task.progressed.connect(lambda fraction, text: progress.append((fraction, text, QThread.currentThread())))
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
    assert task.result == "done" and task.error is None
    assert [p[1] for p in progress] == ["step 0", "step 1", "step 2", "step 3"]
    gui_thread = QThread.currentThread()
    assert all(p[2] is gui_thread for p in progress)
    assert seen_threads and seen_threads[0] != threading.get_ident()


def test_task_cancel_through_task_state(qtbot):
    started = threading.Event()

    def work(report, cancel):
        state = TaskState(report, cancel)
        started.set()
        while True:
            state.report(0.5, "waiting for cancel")

    task = Task(work, "Endless")
    outcomes = []
    task.cancelled.connect(lambda: outcomes.append("cancelled"))
    task.succeeded.connect(lambda _v: outcomes.append("succeeded"))
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
        assert started.wait(5)
        task.cancel()
    assert outcomes == ["cancelled"]


def test_task_failure_carries_traceback(qtbot):
    def work(report, cancel):
        raise ValueError("row 7: employees is 'many'")

    task = Task(work, "Failing")
    failures = []
    task.failed.connect(lambda error, details: failures.append((error, details)))
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
    assert isinstance(task.error, ValueError)
    assert "Traceback" in failures[0][1] and "row 7" in failures[0][1]


def test_status_bar_tracks_progress_until_done(qtbot):
    bar = MainStatusBar()
    qtbot.addWidget(bar)
    release = threading.Event()

    def work(report, cancel):
        report(0.25, "Reading rows")
        release.wait(5)
        return None

    task = Task(work, "Importing")
    bar.track(task)
    task.start()
    qtbot.waitUntil(lambda: bar.progress_label.text() == "Reading rows", timeout=5000)
    assert not bar.progress_bar.isHidden() and bar.progress_bar.value() == 250
    with qtbot.waitSignal(task.finished, timeout=5000):
        release.set()
    assert bar.progress_bar.isHidden()


def test_formats():
    assert format_latitude(-0.2345) == "0.23450° S"
    assert format_longitude(-78.5) == "78.50000° W"
    assert format_scale(24_871.3) == "1:24,900"
    assert format_scale(1_234_567) == "1:1,230,000"


def test_user_error_shows_plain_message_without_traceback(dialogs):
    errors.report_exception(None, NotAProjectError("notes.csv is not a ClusterDesk project."))
    assert dialogs.errors == [("notes.csv is not a ClusterDesk project.", None)]


def test_unexpected_error_is_logged_with_traceback_and_detailed(dialogs, qtbot):
    log_path = errors.configure_logging()
    try:
        raise KeyError("kind")
    except KeyError as error:
        errors.report_exception(None, error)
    for handler in logging.getLogger("clusterdesk").handlers:
        handler.flush()
    message, details = dialogs.errors[0]
    assert "Something unexpected went wrong" in message and str(log_path) in message
    assert "Traceback" in details and "KeyError" in details
    assert "KeyError: 'kind'" in log_path.read_text(encoding="utf-8")


def test_excepthook_shows_the_dialog_from_any_thread(dialogs, qtbot, monkeypatch):
    errors.configure_logging()
    monkeypatch.setattr(errors, "_relay", errors._ErrorRelay())

    def fail_in_thread():
        try:
            raise RuntimeError("worker exploded")
        except RuntimeError as error:
            errors._excepthook(type(error), error, error.__traceback__)

    thread = threading.Thread(target=fail_in_thread)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(dialogs.errors), timeout=5000)
    assert "worker exploded" in dialogs.errors[0][0]


@pytest.fixture(autouse=True)
def _detach_log_handlers():
    yield
    logger = logging.getLogger("clusterdesk")
    for handler in list(logger.handlers):
        handler.close()
        logger.removeHandler(handler)
