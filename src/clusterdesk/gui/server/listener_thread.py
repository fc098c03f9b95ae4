"""Hearing others' saves on a background thread: the io.server Listener waits on its own connection and
the notices reach the GUI thread as a queued signal. When the server goes away the thread says so once,
tries again every few seconds and says when it is back."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from clusterdesk.io.server.address import ServerAddress

WAIT_SECONDS = 0.5
RETRY_SECONDS = 3.0


class ListenerThread(QObject):
    heard = Signal(object)  # list of io.server.listener.ChangeNotice
    lost = Signal(str)  # why the server cannot be heard
    back = Signal()

    def __init__(self, address: ServerAddress, schema: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.address = address
        self.schema = schema
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"listen-{schema}", daemon=True)
        self.listening = threading.Event()  # set while a LISTEN connection is open

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=WAIT_SECONDS + 2)

    def _run(self) -> None:
        from clusterdesk.io.server.listener import Listener

        listener, silent = None, False
        while not self._stop.is_set():
            if listener is None:
                try:
                    listener = Listener(self.address, self.schema)
                except Exception as error:  # noqa: BLE001 - any failure: unreachable for now
                    if not silent and not self._emit(self.lost, str(error)):
                        break
                    silent = True
                    self._stop.wait(RETRY_SECONDS)
                    continue
                self.listening.set()
                if silent and not self._emit(self.back):
                    break
                silent = False
            try:
                notices = listener.wait(WAIT_SECONDS)
            except Exception as error:  # noqa: BLE001 - the connection broke
                self.listening.clear()
                _close_quietly(listener)
                listener = None
                if not self._emit(self.lost, str(error)):
                    break
                silent = True
                continue
            if notices and not self._emit(self.heard, notices):
                break
        self.listening.clear()
        if listener is not None:
            _close_quietly(listener)

    def _emit(self, signal, *values) -> bool:
        """False when the window that listened is gone (the thread then ends)."""
        try:
            signal.emit(*values)
        except RuntimeError:  # the QObject was deleted with its window
            return False
        return True


def _close_quietly(listener) -> None:
    try:
        listener.close()
    except Exception:  # noqa: BLE001, S110 - closing a broken connection may fail too
        pass
