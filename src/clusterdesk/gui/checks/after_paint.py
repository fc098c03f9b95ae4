"""Holding a project's first health check back until the map has been painted.

On a large project the checks read every table on the worker thread; started at once they would share
the processor (and Python's lock) with the first map render, and the user would wait longer for the map.
`AfterFirstMapPaint` calls back once the canvas has painted a map of the project that is open now, a
moment later so that the window answers first; when the window is not on screen (nothing will paint
the map) or the map takes longer than `LONGEST_WAIT_MS`, it calls back anyway, so that the checks always run.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer

AFTER_PAINT_MS = 150  # after the first painted map: let the paint reach the screen and the window settle
LONGEST_WAIT_MS = 8000  # a map that takes longer than this must not keep the checks waiting


class AfterFirstMapPaint(QObject):
    """Calls `callback` once after the canvas next paints a rendered map of its current project."""

    def __init__(self, canvas, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self._callback: Callable[[], None] | None = None
        self._renders_before = 0
        self._fallback = QTimer(self, singleShot=True, interval=LONGEST_WAIT_MS)
        self._fallback.timeout.connect(self._fire)
        self._soon = QTimer(self, singleShot=True, interval=AFTER_PAINT_MS)
        self._soon.timeout.connect(self._fire)

    def call_after_paint(self, callback: Callable[[], None]) -> None:
        """Call `callback` after the next painted map (replacing a callback still waiting)."""
        self.cancel()
        self._callback = callback
        canvas = self.canvas
        if not shiboken6.isValid(canvas) or not canvas.window().isVisible():
            self._soon.start(0)  # no window on screen will paint the map: check at once
            return
        self._renders_before = canvas.render_count
        canvas.installEventFilter(self)
        self._fallback.start()

    def cancel(self) -> None:
        self._callback = None
        self._fallback.stop()
        self._soon.stop()
        if shiboken6.isValid(self.canvas):
            self.canvas.removeEventFilter(self)

    @property
    def waiting(self) -> bool:
        return self._callback is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            self._callback is not None
            and watched is self.canvas
            and event.type() == QEvent.Type.Paint
            and self._shows_new_map()
        ):
            watched.removeEventFilter(self)
            self._fallback.stop()
            self._soon.start()  # this paint runs after the filter: start once it and the next events ran
        return False

    def _shows_new_map(self) -> bool:
        canvas = self.canvas
        return (
            canvas.project is not None
            and canvas.render_count > self._renders_before
            and canvas._image_viewport == canvas.viewport
        )

    def _fire(self) -> None:
        callback = self._callback
        self.cancel()
        if callback is not None:
            callback()
