"""The map canvas: a custom-painted widget over the renderer.

The map is rendered into a cached image. Panning only moves that image and a fresh render follows when
the drag stops; wheel zoom shows the scaled image at once and renders after a short pause. The project is
read only through the renderer's cached data, which is refreshed when a command touches a table.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import shiboken6
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen, QWheelEvent
from PySide6.QtWidgets import QWidget

from clusterdesk.core.project import KIND_CODES, Project
from clusterdesk.core.selection import Selection
from clusterdesk.core.symbology import stakeholder_style
from clusterdesk.gui.map.boundary_tools import DrawBoundaryTool, EditBoundaryTool
from clusterdesk.gui.map.canvas_filter import CanvasFilterMixin, FilteredProjectData
from clusterdesk.gui.map.canvas_layers import CanvasLayersMixin
from clusterdesk.gui.map.canvas_picking import CanvasPickingMixin
from clusterdesk.gui.map.tools import (
    IdentifyTool,
    MapTool,
    MoveTool,
    PanTool,
    PlaceTool,
    SelectTool,
    ZoomBoxTool,
)
from clusterdesk.render.export import default_extent, export_view
from clusterdesk.render.renderer import OSM, MapRenderer
from clusterdesk.render.symbols import paint_symbol, symbol_size_px
from clusterdesk.render.viewport import Viewport

TOOLS = {
    tool.name: tool
    for tool in (
        PanTool,
        SelectTool,
        MoveTool,
        IdentifyTool,
        PlaceTool,
        ZoomBoxTool,
        DrawBoundaryTool,
        EditBoundaryTool,
    )
}
WHEEL_STEP = 2**0.5  # one wheel notch zooms by a factor of about 1.41
KEY_ZOOM = 2.0
RENDER_PAUSE_MS = 120  # after the last wheel step, before rendering properly


class MapCanvas(CanvasLayersMixin, CanvasPickingMixin, CanvasFilterMixin, QWidget):
    cursorMoved = Signal(float, float)
    scaleChanged = Signal(float)
    toolChanged = Signal(str)
    placeRequested = Signal(float, float)
    renderingChanged = Signal(bool)
    layersChanged = Signal()  # layer list, visibility, order or counts changed (for the layers panel)
    _tileArrived = Signal()  # emitted from tile download threads; queued into the GUI thread

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(200, 150)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.project: Project | None = None
        self.selection: Selection | None = None
        # Asks a name for a boundary just drawn (suggested name in, None to cancel); the window sets it
        self.ask_boundary_name: Callable[[str], str | None] | None = None
        self.renderer = MapRenderer(None)
        self._connect_online_tiles()
        self.viewport = Viewport.world(max(self.width(), 1), max(self.height(), 1))
        self._image: QImage | None = None
        self._image_viewport: Viewport | None = None
        self._pan_origin: QPointF | None = None
        self._pan_viewport: Viewport | None = None
        self._middle_panning = False
        self._move_preview: tuple[int, QPointF] | None = None
        self._popup = None  # the open identify popup
        self.tool: MapTool = SelectTool(self)
        self.setCursor(self.tool.cursor)
        self.render_count = 0
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.timeout.connect(self.render_now)
        self._tileArrived.connect(self._on_tile_arrived, Qt.ConnectionType.QueuedConnection)
        self._last_scale = 0.0
        self._pick_cache: tuple | None = None

    # -- project ---------------------------------------------------------------------------------
    def set_project(self, project: Project | None, selection: Selection | None) -> None:
        if self.project is not None:
            self.project.stack.changed.disconnect(self._on_project_changed)
        if self.selection is not None:
            self.selection.changed.disconnect(self._on_selection_changed)
        previous = self.renderer
        self.project, self.selection = project, selection
        self.renderer = MapRenderer(project)
        if project is not None:  # a new project starts unfiltered (canvas_filter)
            self.renderer.data = FilteredProjectData(project)
        for state in previous.layers:  # keep the user's layer choices across projects
            if state.source is not None and state.id != OSM:
                self.renderer.layers.insert(
                    self.renderer.layers.index(self.renderer.layer("basemap")) + 1, state
                )
                continue
            if state.id in {s.id for s in self.renderer.layers}:
                new = self.renderer.layer(state.id)
                new.visible, new.opacity = state.visible, state.opacity
        self.renderer.layer(OSM).source = previous.layer(OSM).source
        self.renderer.hidden_kinds = set(previous.hidden_kinds)
        self.renderer.size_by_employees = previous.size_by_employees
        self.renderer.colour_by_capacity = previous.colour_by_capacity
        if project is not None:
            project.stack.changed.connect(self._on_project_changed)
        if selection is not None:
            selection.changed.connect(self._on_selection_changed)
            self.renderer.selection = selection.fids
        self.tool.deactivate()
        self._pick_cache = None
        self.layersChanged.emit()
        self.schedule_render(0)

    def _on_project_changed(self, tables: set[str]) -> None:
        if not shiboken6.isValid(self):
            return  # the widget was deleted while the project lives on
        if tables and not tables & self.renderer.watched_tables():
            return  # an edit of the plan, governance, ... changes nothing on the map
        self.renderer.invalidate(tables)
        self._pick_cache = None
        if self.selection is not None and (not tables or "stakeholders" in tables) and self.renderer.data:
            self.selection.discard_missing(self.renderer.data.all_points().points.fid.tolist())
        self.layersChanged.emit()
        self.schedule_render(0)

    def set_colour_by_capacity(self, enabled: bool) -> None:
        """Fill assessed support institutions with the colour of their capacity score."""
        self.renderer.colour_by_capacity = enabled
        self.schedule_render(0)

    def set_colour_by_answer(self, choice: tuple[int, str] | None) -> None:
        """Colour firms by their answer to a survey question: (survey fid, question name), or None."""
        self.renderer.colour_by_answer = choice
        self.schedule_render(0)

    def _on_selection_changed(self, fids: frozenset[int], _source: object | None) -> None:
        if not shiboken6.isValid(self):
            return
        self.renderer.selection = frozenset(fids)
        self.schedule_render(0)

    def editable(self) -> bool:
        return self.project is not None and not self.project.read_only

    def push(self, command) -> None:
        """Run an edit through the project's undo stack."""
        if self.project is not None:
            self.project.stack.push(command)

    # -- rendering -------------------------------------------------------------------------------
    def schedule_render(self, delay_ms: int = 0) -> None:
        self._render_timer.start(delay_ms)
        self.update()

    def render_now(self) -> None:
        if self._pan_origin is not None:
            return  # the drag is still going on: keep moving the cached image
        self.renderingChanged.emit(True)
        try:
            ratio = self.devicePixelRatioF()
            if ratio != 1.0:
                # Render with as many pixels as the screen has, at a dpi that keeps symbols the same size.
                view = self.viewport
                width, height = round(view.width * ratio), round(view.height * ratio)
                resolution = view.resolution / ratio
                sharp = Viewport(view.center_x, view.center_y, resolution, width, height, view.dpi * ratio)
                self._image = self.renderer.render(sharp)
                self._image.setDevicePixelRatio(ratio)
            else:
                self._image = self.renderer.render(self.viewport)
            self._image_viewport = self.viewport
            self.render_count += 1
        finally:
            self.renderingChanged.emit(False)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#cfe0ea"))
        if self._image is not None and self._image_viewport is not None:
            if self._image_viewport == self.viewport:
                painter.drawImage(0, 0, self._image)
            else:
                # Show the last image where it now belongs until the new render is ready.
                old = self._image_viewport
                x0, y0 = self.viewport.mercator_to_pixel(*old.pixel_to_mercator(0, 0))
                x1, y1 = self.viewport.mercator_to_pixel(*old.pixel_to_mercator(old.width, old.height))
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
                painter.drawImage(QRectF(float(x0), float(y0), float(x1 - x0), float(y1 - y0)), self._image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._move_preview is not None:
            self._paint_move_preview(painter)
        self.tool.paint(painter)
        self._paint_filter_note(painter)
        painter.end()

    def _paint_move_preview(self, painter: QPainter) -> None:
        fid, position = self._move_preview
        data = self.renderer.data
        index = data.points.index_of([fid])[0]
        if index >= 0:
            ox, oy = self.viewport.mercator_to_pixel(data.points.x[index], data.points.y[index])
            painter.setPen(QPen(QColor("#555555"), 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(float(ox), float(oy)), position)

        kind = KIND_CODES[int(data.points.points.kind[index])] if index >= 0 else "enterprise"
        painter.setOpacity(0.8)
        paint_symbol(
            painter,
            stakeholder_style(kind),
            symbol_size_px(kind, self.viewport.dpi),
            position.x(),
            position.y(),
        )
        painter.setOpacity(1.0)

    def resizeEvent(self, event) -> None:
        size: QSize = event.size()
        self.viewport = self.viewport.resized(size.width(), size.height())
        self._emit_scale()
        self.schedule_render(0)

    def sizeHint(self) -> QSize:
        return QSize(800, 600)

    # -- view changes ----------------------------------------------------------------------------
    def set_viewport(self, viewport: Viewport, *, delay_ms: int = 0) -> None:
        self.viewport = viewport.resized(max(self.width(), 1), max(self.height(), 1))
        self._emit_scale()
        self.schedule_render(delay_ms)

    def _emit_scale(self) -> None:
        scale = self.viewport.scale_denominator()
        if abs(scale - self._last_scale) > 1e-6 * scale:
            self._last_scale = scale
            self.scaleChanged.emit(scale)

    def scale(self) -> float:
        return self.viewport.scale_denominator()

    def zoom_in(self, factor: float = KEY_ZOOM, anchor: QPointF | None = None) -> None:
        anchor = anchor or QPointF(self.width() / 2, self.height() / 2)
        self.set_viewport(self.viewport.zoomed(factor, anchor.x(), anchor.y()), delay_ms=RENDER_PAUSE_MS)

    def zoom_out(self, factor: float = KEY_ZOOM, anchor: QPointF | None = None) -> None:
        self.zoom_in(1 / factor, anchor)

    def zoom_to_extent(self, min_lon: float, min_lat: float, max_lon: float, max_lat: float) -> None:
        self.set_viewport(
            Viewport.from_extent(
                min_lon,
                min_lat,
                max_lon,
                max_lat,
                max(self.width(), 1),
                max(self.height(), 1),
                min_resolution=2.0,
            )  # fmt: skip
        )

    def zoom_to_project(self) -> None:
        extent = default_extent(self.renderer)
        if extent is None:
            self.set_viewport(Viewport.world(max(self.width(), 1), max(self.height(), 1)))
        else:
            self.zoom_to_extent(*extent)

    def zoom_to_selection(self) -> None:
        data = self.renderer.data
        if data is None or not self.renderer.selection:
            return
        index = data.points.index_of(sorted(self.renderer.selection))
        index = index[index >= 0]
        lon, lat = data.points.points.lon[index], data.points.points.lat[index]
        located = ~np.isnan(lon)
        if located.any():
            self.zoom_to_extent(
                lon[located].min(), lat[located].min(), lon[located].max(), lat[located].max()
            )

    def zoom_to_layer(self, layer_id: str) -> None:
        data = self.renderer.data
        if data is None:
            return
        if layer_id == "boundaries" and data.boundaries:
            bounds = np.array([b.lonlat_shape.bounds for b in data.boundaries])
            self.zoom_to_extent(
                bounds[:, 0].min(), bounds[:, 1].min(), bounds[:, 2].max(), bounds[:, 3].max()
            )
            return
        points = data.points.points
        located = points.located()
        if located.any():
            self.zoom_to_extent(points.lon[located].min(), points.lat[located].min(),
                                points.lon[located].max(), points.lat[located].max())  # fmt: skip

    def zoom_to_pixel_rect(self, rect: QRectF) -> None:
        lon0, lat0 = self.pixel_to_lonlat(rect.bottomLeft())
        lon1, lat1 = self.pixel_to_lonlat(rect.topRight())
        self.set_viewport(Viewport.from_extent(lon0, lat0, lon1, lat1, self.width(), self.height(), margin=0))

    def pan_by(self, dx: float, dy: float) -> None:
        self.set_viewport(self.viewport.panned(dx, dy))

    # -- panning (moves the cached image only) ---------------------------------------------------
    def begin_pan(self, position: QPointF) -> None:
        self._pan_origin = position
        self._pan_viewport = self.viewport
        self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def continue_pan(self, position: QPointF) -> None:
        if self._pan_origin is None:
            return
        delta = position - self._pan_origin
        self.viewport = self._pan_viewport.panned(delta.x(), delta.y())
        self.update()

    def end_pan(self, position: QPointF) -> None:
        if self._pan_origin is None:
            return
        self.continue_pan(position)
        self._pan_origin = self._pan_viewport = None
        self.setCursor(self.tool.cursor)
        self.schedule_render(0)

    # -- tools -----------------------------------------------------------------------------------
    def set_tool(self, name: str) -> None:
        if name not in TOOLS:
            raise ValueError(f"unknown map tool {name!r}; choose from {', '.join(TOOLS)}")
        if name == self.tool.name:
            return
        self.tool.deactivate()
        self.tool = TOOLS[name](self)
        self.setCursor(self.tool.cursor)
        self.toolChanged.emit(name)
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus()
        if event.button() == Qt.MouseButton.MiddleButton:
            self._middle_panning = True
            self.begin_pan(event.position())
        elif event.button() == Qt.MouseButton.LeftButton:
            self.tool.press(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        lon, lat = self.pixel_to_lonlat(event.position())
        self.cursorMoved.emit(lon, lat)
        if self._middle_panning:
            self.continue_pan(event.position())
        else:
            self.tool.move(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton and self._middle_panning:
            self._middle_panning = False
            self.end_pan(event.position())
        elif event.button() == Qt.MouseButton.LeftButton:
            self.tool.release(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.tool.double_click(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_in(WHEEL_STEP**steps, event.position())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.tool.key(event):
            return
        key = event.key()
        step_x, step_y = self.width() / 4, self.height() / 4
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out()
        elif key == Qt.Key.Key_Left:
            self.pan_by(step_x, 0)
        elif key == Qt.Key.Key_Right:
            self.pan_by(-step_x, 0)
        elif key == Qt.Key.Key_Up:
            self.pan_by(0, step_y)
        elif key == Qt.Key.Key_Down:
            self.pan_by(0, -step_y)
        elif key == Qt.Key.Key_Escape and self.selection is not None:
            self.selection.clear(source=self)
        else:
            super().keyPressEvent(event)

    # -- export ----------------------------------------------------------------------------------
    def export_view(self, path: str | Path, width: int, height: int, dpi: float = 96.0) -> Path:
        """Write what the canvas shows to PNG, SVG or PDF at the given size and resolution."""
        return export_view(self.renderer, self.viewport, path, width, height, dpi)

    def closeEvent(self, event) -> None:
        self.renderer.close()
        super().closeEvent(event)
