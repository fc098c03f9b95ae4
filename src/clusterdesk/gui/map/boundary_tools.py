"""Drawing a new cluster boundary and editing the vertices of an existing one, as undoable commands."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shapely
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPen, QPolygonF
from shapely.geometry import MultiPolygon, Polygon

from clusterdesk.core.edits import BOUNDARIES, AddBoundary, UpdateRow
from clusterdesk.core.symbology import BOUNDARY_OUTLINE
from clusterdesk.gui.i18n import translate
from clusterdesk.gui.map.tools import MapTool

if TYPE_CHECKING:
    from clusterdesk.gui.map.canvas import MapCanvas

HANDLE_PX = 4.5
GRAB_PX = 8.0


class DrawBoundaryTool(MapTool):
    """Click to add vertices, double-click to finish; Backspace removes the last vertex, Escape cancels."""

    name = "draw_boundary"
    cursor = Qt.CursorShape.CrossCursor

    def __init__(self, canvas: MapCanvas) -> None:
        super().__init__(canvas)
        self.vertices: list[tuple[float, float]] = []  # lon, lat
        self._hover: QPointF | None = None

    def release(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.canvas.editable():
            self.vertices.append(self.canvas.pixel_to_lonlat(event.position()))
            self.canvas.update()

    def move(self, event: QMouseEvent) -> None:
        self._hover = event.position()
        if self.vertices:
            self.canvas.update()

    def double_click(self, event: QMouseEvent) -> None:
        # The double-click's first press already added its vertex through release().
        self.finish()

    def finish(self, name: str | None = None) -> AddBoundary | None:
        vertices = list(dict.fromkeys(self.vertices))
        self.vertices = []
        self.canvas.update()
        if len(vertices) < 3 or self.canvas.project is None:
            return None
        polygon = Polygon(vertices)
        if not polygon.is_valid:
            polygon = shapely.make_valid(polygon)
            polygons = [g for g in shapely.get_parts(polygon) if g.geom_type == "Polygon"]
            if not polygons:
                return None
            polygon = MultiPolygon(polygons)
        if polygon.area == 0:
            return None
        count = len(self.canvas.renderer.data.boundaries) if self.canvas.renderer.data else 0
        suggested = translate("DrawBoundaryTool", "Cluster boundary {number}").format(number=count + 1)
        if name is None and self.canvas.ask_boundary_name is not None:
            name = self.canvas.ask_boundary_name(suggested)
            if name is None:
                return None  # the user cancelled: nothing is added
        command = AddBoundary(name.strip() if name and name.strip() else suggested, polygon)
        self.canvas.push(command)
        return command

    def key(self, event: QKeyEvent) -> bool:
        if event.key() == Qt.Key.Key_Escape and self.vertices:
            self.vertices = []
        elif event.key() == Qt.Key.Key_Backspace and self.vertices:
            self.vertices.pop()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.vertices:
            self.finish()
        else:
            return False
        self.canvas.update()
        return True

    def paint(self, painter: QPainter) -> None:
        if not self.vertices:
            return
        points = [self.canvas.lonlat_to_pixel(lon, lat) for lon, lat in self.vertices]
        if self._hover is not None:
            points.append(self._hover)
        fill = QColor(BOUNDARY_OUTLINE)
        fill.setAlpha(35)
        painter.setPen(QPen(QColor(BOUNDARY_OUTLINE), 2, Qt.PenStyle.DashLine))
        painter.setBrush(fill)
        painter.drawPolygon(QPolygonF(points))
        _paint_handles(painter, points[: len(self.vertices)])

    def deactivate(self) -> None:
        self.vertices = []


def _paint_handles(painter: QPainter, points: list[QPointF]) -> None:
    painter.setPen(QPen(QColor(BOUNDARY_OUTLINE), 1.5))
    painter.setBrush(QColor("#ffffff"))
    for point in points:
        painter.drawRect(QRectF(point.x() - HANDLE_PX, point.y() - HANDLE_PX, 2 * HANDLE_PX, 2 * HANDLE_PX))


class EditBoundaryTool(MapTool):
    """Drag a vertex of a boundary to move it; the change is one UpdateRow of the boundary's geometry."""

    name = "edit_boundary"
    cursor = Qt.CursorShape.PointingHandCursor

    def __init__(self, canvas: MapCanvas) -> None:
        super().__init__(canvas)
        self._grab: tuple[int, int, int, int] | None = None  # boundary fid, polygon, ring, vertex
        self._position: QPointF | None = None

    def _rings(self):
        """(fid, polygon index, ring index, lon/lat coordinates) of every ring of every boundary."""
        data = self.canvas.renderer.data
        if data is None:
            return
        for boundary in data.boundaries:
            for p, polygon in enumerate(shapely.get_parts(boundary.lonlat_shape)):
                for r, ring in enumerate([polygon.exterior, *polygon.interiors]):
                    yield boundary.fid, p, r, list(ring.coords)[:-1]

    def vertex_at(self, position: QPointF) -> tuple[int, int, int, int] | None:
        best, best_distance = None, GRAB_PX
        for fid, p, r, coords in self._rings():
            for v, (lon, lat) in enumerate(coords):
                point = self.canvas.lonlat_to_pixel(lon, lat)
                distance = (point - position).manhattanLength()
                if distance <= best_distance:
                    best, best_distance = (fid, p, r, v), distance
        return best

    def press(self, event: QMouseEvent) -> None:
        if self.canvas.editable():
            self._grab = self.vertex_at(event.position())
            self._position = event.position()
        if self._grab is None:
            self.canvas.begin_pan(event.position())

    def move(self, event: QMouseEvent) -> None:
        if self._grab is not None:
            self._position = event.position()
            self.canvas.update()
        else:
            self.canvas.continue_pan(event.position())

    def release(self, event: QMouseEvent) -> None:
        if self._grab is None:
            self.canvas.end_pan(event.position())
            return
        grab, self._grab = self._grab, None
        lon, lat = self.canvas.pixel_to_lonlat(event.position())
        self.move_vertex(*grab, lon, lat)

    def move_vertex(
        self, fid: int, polygon_index: int, ring_index: int, vertex: int, lon: float, lat: float
    ) -> bool:
        data = self.canvas.renderer.data
        boundary = next((b for b in data.boundaries if b.fid == fid), None)
        if boundary is None:
            return False
        polygons = []
        for p, polygon in enumerate(shapely.get_parts(boundary.lonlat_shape)):
            rings = [list(polygon.exterior.coords)[:-1], *(list(i.coords)[:-1] for i in polygon.interiors)]
            if p == polygon_index:
                rings[ring_index][vertex] = (lon, lat)
            polygons.append(Polygon(rings[0], rings[1:]))
        shape = MultiPolygon(polygons)
        if not shape.is_valid:
            self.canvas.update()
            return False  # a self-crossing outline is refused; the vertex snaps back
        label = translate("EditBoundaryTool", "Edit boundary {name}").format(name=boundary.name)
        self.canvas.push(UpdateRow(BOUNDARIES, fid, {"geom": shape}, label))
        return True

    def paint(self, painter: QPainter) -> None:
        handles = []
        for fid, p, r, coords in self._rings():
            for v, (lon, lat) in enumerate(coords):
                if self._grab == (fid, p, r, v) and self._position is not None:
                    handles.append(self._position)
                else:
                    handles.append(self.canvas.lonlat_to_pixel(lon, lat))
        _paint_handles(painter, handles)

    def deactivate(self) -> None:
        self._grab = None
