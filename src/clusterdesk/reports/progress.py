"""Progress reporting and cancellation for long exports, shared by the PDF pack and the web map.

Exports are plain functions: the GUI runs them on a worker thread and passes a progress callback and a
cancel flag (a `threading.Event` or any callable returning True once the user cancelled).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from clusterdesk.core.errors import ClusterDeskError

ProgressCallback = Callable[[float, str], None]


class _EventLike(Protocol):
    def is_set(self) -> bool: ...


CancelFlag = _EventLike | Callable[[], bool]


class ExportCancelled(ClusterDeskError):
    """The user cancelled an export; nothing was written."""


class Steps:
    """Reports fractions 0..1 with a message and raises ExportCancelled when the flag is set."""

    def __init__(self, progress: ProgressCallback | None, cancel: CancelFlag | None, what: str):
        self._progress = progress
        self._cancel = cancel
        self._what = what

    def cancelled(self) -> bool:
        if self._cancel is None:
            return False
        if hasattr(self._cancel, "is_set"):
            return bool(self._cancel.is_set())
        return bool(self._cancel())

    def report(self, fraction: float, message: str) -> None:
        if self.cancelled():
            raise ExportCancelled(f"{self._what} was cancelled; no file was written.")
        if self._progress is not None:
            self._progress(max(0.0, min(1.0, fraction)), message)
