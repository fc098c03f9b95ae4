"""Map tools: each turns mouse gestures on the canvas into navigation, selection or an undoable command.

A tool receives the canvas's mouse events (positions in widget pixels) and may paint feedback such as a
rubber band over the map. Middle-button drags pan whatever tool is active (handled by the canvas).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPen

from clusterdesk.core.edits import move_stakeholder
from clusterdesk.core.symbology import SELECTION_COLOUR

if TYPE_CHECKING:
    from clusterdesk.gui.map.canvas import MapCanvas

CLICK_TOLERANCE_PX = 4  # a press and release closer than this is a click, not a drag


class MapTool:
    name = ""
    cursor = Qt.CursorShape.ArrowCursor

    def __init__(self, canvas: MapCanvas) -> None:
        self.canvas = canvas

    def press(self, event: QMouseEvent) -> None: ...

    def move(self, event: QMouseEvent) -> None: ...

    def release(self, event: QMouseEvent) -> None: ...

    def double_click(self, event: QMouseEvent) -> None: ...

    def key(self, event: QKeyEvent) -> bool:
        """Handle a key; True when used."""
        return False

    def paint(self, painter: QPainter) -> None: ...

    def deactivate(self) -> None: ...


def _rubber_band(painter: QPainter, rect: QRectF) -> None:
    fill = QColor(SELECTION_COLOUR)
    fill.setAlpha(40)
    painter.setPen(QPen(QColor(SELECTION_COLOUR), 1, Qt.PenStyle.DashLine))
    painter.setBrush(fill)
    painter.drawRect(rect)


class PanTool(MapTool):
    """Drag to pan; Shift+drag zooms to a box."""

    name = "pan"
    cursor = Qt.CursorShape.OpenHandCursor

    def __init__(self, canvas: MapCanvas) -> None:
        super().__init__(canvas)
        self._box: ZoomBoxTool | None = None

    def press(self, event: QMouseEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self._box = ZoomBoxTool(self.canvas)
            self._box.press(event)
        else:
            self.canvas.begin_pan(event.position())

    def move(self, event: QMouseEvent) -> None:
        if self._box is not None:
            self._box.move(event)
        else:
            self.canvas.continue_pan(event.position())

    def release(self, event: QMouseEvent) -> None:
        if self._box is not None:
            self._box.release(event)
            self._box = None
        else:
            self.canvas.end_pan(event.position())

    def paint(self, painter: QPainter) -> None:
        if self._box is not None:
            self._box.paint(painter)


class ZoomBoxTool(MapTool):
    name = "zoom_box"
    cursor = Qt.CursorShape.CrossCursor

    def __init__(self, canvas: MapCanvas) -> None:
        super().__init__(canvas)
        self._start: QPointF | None = None
        self._end: QPointF | None = None

    def press(self, event: QMouseEvent) -> None:
        self._start = self._end = event.position()

    def move(self, event: QMouseEvent) -> None:
        if self._start is not None:
            self._end = event.position()
            self.canvas.update()

    def release(self, event: QMouseEvent) -> None:
        if self._start is None:
            return
        rect = QRectF(self._start, event.position()).normalized()
        self._start = self._end = None
        if rect.width() > CLICK_TOLERANCE_PX and rect.height() > CLICK_TOLERANCE_PX:
            self.canvas.zoom_to_pixel_rect(rect)
        else:
            self.canvas.zoom_in(anchor=event.position())
        self.canvas.update()

    def paint(self, painter: QPainter) -> None:
        if self._start is not None and self._end is not None:
            _rubber_band(painter, QRectF(self._start, self._end).normalized())


class SelectTool(MapTool):
    """Click or drag a box to select (Shift adds, Ctrl toggles); drag a selected stakeholder to move it."""

    name = "select"
    cursor = Qt.CursorShape.ArrowCursor

    def __init__(self, canvas: MapCanvas) -> None:
        super().__init__(canvas)
        self._start: QPointF | None = None
        self._end: QPointF | None = None
        self._moving: int | None = None  # fid being dragged
        self._modifiers = Qt.KeyboardModifier.NoModifier

    def press(self, event: QMouseEvent) -> None:
        self._start = self._end = event.position()
        self._modifiers = event.modifiers()
        fid = self.canvas.stakeholder_at(event.position())
        no_modifier = not (
            self._modifiers & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier)
        )
        if fid is not None and fid in self.canvas.selected_fids() and no_modifier and self.canvas.editable():
            self._moving = fid

    def move(self, event: QMouseEvent) -> None:
        if self._start is None:
            fid = self.canvas.stakeholder_at(event.position())
            over_selected = fid is not None and fid in self.canvas.selected_fids() and self.canvas.editable()
            self.canvas.setCursor(Qt.CursorShape.SizeAllCursor if over_selected else self.cursor)
            return
        self._end = event.position()
        if self._moving is not None:
            self.canvas.show_move_preview(self._moving, self._end)
        self.canvas.update()

    def release(self, event: QMouseEvent) -> None:
        if self._start is None:
            return
        start, end = self._start, event.position()
        self._start = self._end = None
        dragged = (end - start).manhattanLength() > CLICK_TOLERANCE_PX
        if self._moving is not None:
            fid, self._moving = self._moving, None
            self.canvas.show_move_preview(None, None)
            if dragged:
                lon, lat = self.canvas.pixel_to_lonlat(end)
                self.canvas.push(move_stakeholder(fid, lon, lat, self.canvas.stakeholder_name(fid)))
            return
        if dragged:
            fids = self.canvas.stakeholders_in(QRectF(start, end).normalized())
        else:
            fid = self.canvas.stakeholder_at(end)
            fids = [] if fid is None else [fid]
        self.canvas.apply_selection(fids, self._modifiers)
        self.canvas.update()

    def paint(self, painter: QPainter) -> None:
        if self._start is not None and self._end is not None and self._moving is None:
            if (self._end - self._start).manhattanLength() > CLICK_TOLERANCE_PX:
                _rubber_band(painter, QRectF(self._start, self._end).normalized())

    def deactivate(self) -> None:
        self._start = self._end = None
        self._moving = None
        self.canvas.show_move_preview(None, None)


class MoveTool(SelectTool):
    """Like select, named for menus that offer moving on its own."""

    name = "move"


class IdentifyTool(MapTool):
    name = "identify"
    cursor = Qt.CursorShape.WhatsThisCursor

    def release(self, event: QMouseEvent) -> None:
        fid = self.canvas.stakeholder_at(event.position())
        if fid is not None:
            self.canvas.identify(fid, event.globalPosition().toPoint())


class PlaceTool(MapTool):
    """A click asks the window (placeRequested) to create a stakeholder there."""

    name = "place"
    cursor = Qt.CursorShape.CrossCursor

    def release(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.canvas.editable():
            lon, lat = self.canvas.pixel_to_lonlat(event.position())
            self.canvas.placeRequested.emit(lon, lat)
