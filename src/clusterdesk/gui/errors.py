"""Unexpected errors end in a dialog and in the log file, never only in a terminal the user cannot see.

`install_error_handlers` replaces sys.excepthook (exceptions escaping Qt slots and event handlers land
there), threading.excepthook, and Qt's message handler (Qt's own warnings go to the log).
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QObject, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

from clusterdesk.core.errors import ClusterDeskError
from clusterdesk.core.userdirs import log_dir
from clusterdesk.gui import ask
from clusterdesk.gui.i18n import translate

LOG_FILE_NAME = "clusterdesk.log"
log = logging.getLogger("clusterdesk")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def log_file() -> Path:
    return log_dir() / LOG_FILE_NAME


def configure_logging() -> Path:
    """Log to a rotating file (five files of 1 MB) in the user's log folder; returns its path."""
    path = log_file()
    for handler in log.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def describe_exception(error: BaseException) -> tuple[str, str]:
    """(plain message, technical details) for the error dialog."""
    details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    if isinstance(error, ClusterDeskError):
        return str(error), details
    if isinstance(error, MemoryError):
        message = translate(
            "Errors", "ClusterDesk ran out of memory. Save your work, close other programs and try again."
        )
    elif isinstance(error, OSError):
        message = translate(
            "Errors", "A file operation failed: {reason}. Check the disk space and permissions."
        ).format(reason=error.strerror or error)
    else:
        message = translate(
            "Errors",
            "Something unexpected went wrong ({error}). Your project is unchanged unless you saved; "
            "save under a new name if in doubt.",
        ).format(error=f"{type(error).__name__}: {error}")
    where = translate("Errors", "The details were written to {path}.").format(path=log_file())
    return f"{message}\n\n{where}", details


def report_exception(parent: QWidget | None, error: BaseException) -> None:
    """Log an exception with its traceback and show it in the error dialog."""
    message, details = describe_exception(error)
    if isinstance(error, ClusterDeskError):
        log.info("user error: %s", error)
        ask.show_error(parent, message)
    else:
        log.error("unexpected error\n%s", details)
        ask.show_error(parent, message, details)


class _ErrorRelay(QObject):
    """Shows errors in the GUI thread, whatever thread raised them; re-entry only logs."""

    def __init__(self) -> None:
        super().__init__()
        self._showing = False

    def show(self, error: BaseException) -> None:
        if self._showing:  # an error inside the error dialog must not stack dialogs forever
            log.error("further error while reporting\n%s", describe_exception(error)[1])
            return
        self._showing = True
        try:
            report_exception(QApplication.activeWindow(), error)
        finally:
            self._showing = False


_relay: _ErrorRelay | None = None


def _excepthook(kind, error, trace) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    error.__traceback__ = trace
    if _relay is None:
        log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, error, trace)))
        return
    # A slot running on a worker thread must not open a dialog there: queue it to the GUI thread.
    QTimer.singleShot(0, _relay, lambda: _relay.show(error))


def _thread_excepthook(arguments: threading.ExceptHookArgs) -> None:
    if arguments.exc_value is not None:
        _excepthook(arguments.exc_type, arguments.exc_value, arguments.exc_traceback)


def _qt_message_handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    logging.getLogger("clusterdesk.qt").log(_QT_LEVELS.get(mode, logging.WARNING), message)


def install_error_handlers() -> None:
    """Route uncaught exceptions to the error dialog and the log; call once QApplication exists."""
    global _relay
    configure_logging()
    _relay = _ErrorRelay()
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    qInstallMessageHandler(_qt_message_handler)
