"""Taking one point from the map canvas for a form that asks for a location."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget


class MapPointPicker(QObject):
    """Takes the next left click on the map canvas as a point; Escape gives up."""

    picked = Signal(float, float)
    cancelled = Signal()

    def __init__(self, canvas: QWidget) -> None:
        super().__init__(canvas)
        self.canvas = canvas
        canvas.installEventFilter(self)
        canvas.setCursor(Qt.CursorShape.CrossCursor)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton:
            lon, lat = self.canvas.pixel_to_lonlat(event.position())
            self._finish()
            self.picked.emit(lon, lat)
            return True
        if event.type() == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            return True  # the click belongs to the picker, not to the active map tool
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            self._finish()
            self.cancelled.emit()
            return True
        return False

    def _finish(self) -> None:
        self.canvas.removeEventFilter(self)
        self.canvas.unsetCursor()
        self.deleteLater()
