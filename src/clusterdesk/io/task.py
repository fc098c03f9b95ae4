"""Progress and cancellation for long io work. Import and export are plain functions that the GUI runs on a
worker thread; they report progress through a callback and poll a cancel flag between steps."""

from __future__ import annotations

from collections.abc import Callable

from clusterdesk.io.errors import Cancelled

ProgressCallback = Callable[[float, str], None]
CancelCallback = Callable[[], bool]


class TaskState:
    """Maps the progress of one stage onto a slice of the overall 0..1 range."""

    def __init__(
        self, progress: ProgressCallback | None = None, cancel: CancelCallback | None = None
    ) -> None:
        self._progress = progress
        self._cancel = cancel
        self._start = 0.0
        self._end = 1.0

    def stage(self, start: float, end: float, text: str) -> None:
        """Enter a stage covering `start`..`end` of the whole task."""
        self._start, self._end = start, end
        self.report(0.0, text)

    def report(self, fraction: float, text: str) -> None:
        """Report progress within the current stage and stop if the user cancelled."""
        self.check()
        if self._progress is not None:
            overall = self._start + (self._end - self._start) * min(max(fraction, 0.0), 1.0)
            self._progress(overall, text)

    def check(self) -> None:
        if self._cancel is not None and self._cancel():
            raise Cancelled()
