"""The map canvas: a custom-painted widget over the renderer.

The map is rendered into a cached image. Panning only moves that image and a fresh render follows when
the drag stops; wheel zoom shows the scaled image at once and renders after a short pause. The project is
read only through the renderer's cached data, which is refreshed when a command touches a table.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import numpy as np
import shiboken6
from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen, QWheelEvent
from PySide6.QtWidgets import QWidget

from clusterdesk.core.project import KIND_CODES, Project
from clusterdesk.core.selection import Selection
from clusterdesk.gui.map.boundary_tools import DrawBoundaryTool, EditBoundaryTool
from clusterdesk.gui.map.identify import IdentifyPopup
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
from clusterdesk.render.points import visible_pixels
from clusterdesk.render.renderer import OSM, MapRenderer
from clusterdesk.render.tiles import XYZTileSource
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
PICK_RADIUS_PX = 7.0
RENDER_PAUSE_MS = 120  # after the last wheel step, before rendering properly


class MapCanvas(QWidget):
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
        self.renderer = MapRenderer(None)
        self._connect_online_tiles()
        self.viewport = Viewport.world(max(self.width(), 1), max(self.height(), 1))
        self._image: QImage | None = None
        self._image_viewport: Viewport | None = None
        self._pan_origin: QPointF | None = None
        self._pan_viewport: Viewport | None = None
        self._middle_panning = False
        self._move_preview: tuple[int, QPointF] | None = None
        self._popup: IdentifyPopup | None = None
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
        self.renderer.invalidate(tables)
        self._pick_cache = None
        if self.selection is not None and (not tables or "stakeholders" in tables) and self.renderer.data:
            self.selection.discard_missing(self.renderer.data.points.points.fid.tolist())
        self.layersChanged.emit()
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

    # -- online and local tiles ------------------------------------------------------------------
    def _connect_online_tiles(self) -> None:
        source = self.renderer.layer(OSM).source
        source.on_tile = self._tileArrived.emit

    def set_online_tiles(
        self, url_template: str, *, name: str = "osm", attribution: str | None = None
    ) -> None:
        """Use another XYZ server for the online layer (a local mirror, or a test server)."""
        state = self.renderer.layer(OSM)
        if state.source is not None:
            state.source.close()
        kwargs = {} if attribution is None else {"attribution": attribution}
        state.source = XYZTileSource(url_template, name=name, on_tile=self._tileArrived.emit, **kwargs)
        self.renderer.forget_tiles()
        self.schedule_render(0)

    def set_layer_visible(self, layer_id: str, visible: bool) -> None:
        self.renderer.layer(layer_id).visible = visible
        self.layersChanged.emit()
        self.schedule_render(0)

    def set_layer_opacity(self, layer_id: str, opacity: float) -> None:
        self.renderer.layer(layer_id).opacity = max(0.0, min(1.0, opacity))
        self.schedule_render(0)

    def move_layer(self, layer_id: str, index: int) -> None:
        self.renderer.move_layer(layer_id, index)
        self.layersChanged.emit()
        self.schedule_render(0)

    def add_tile_file(self, path: str | Path) -> str:
        """Add a local MBTiles or GeoPackage tile file as a basemap layer; returns the layer id."""
        from clusterdesk.render.tiles import open_tile_file

        state = self.renderer.add_tile_layer(open_tile_file(path), Path(path).name)
        self.layersChanged.emit()
        self.schedule_render(0)
        return state.id

    def remove_layer(self, layer_id: str) -> None:
        self.renderer.remove_layer(layer_id)
        self.layersChanged.emit()
        self.schedule_render(0)

    def set_kind_visible(self, kind: str, visible: bool) -> None:
        (self.renderer.hidden_kinds.discard if visible else self.renderer.hidden_kinds.add)(kind)
        self.layersChanged.emit()
        self.schedule_render(0)

    def set_size_by_employees(self, enabled: bool) -> None:
        self.renderer.size_by_employees = enabled
        self.schedule_render(0)

    def _on_tile_arrived(self) -> None:
        self.renderer.forget_tiles()
        if not self._render_timer.isActive():
            self._render_timer.start(150)  # several tiles usually arrive together

    # -- rendering -------------------------------------------------------------------------------
    def schedule_render(self, delay_ms: int = 0) -> None:
        self._render_timer.start(delay_ms)
        self.update()

    def render_now(self) -> None:
        if self._pan_origin is not None:
            return  # the drag is still going on: keep moving the cached image
        self.renderingChanged.emit(True)
        try:
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
        painter.end()

    def _paint_move_preview(self, painter: QPainter) -> None:
        fid, position = self._move_preview
        data = self.renderer.data
        index = data.points.index_of([fid])[0]
        if index >= 0:
            ox, oy = self.viewport.mercator_to_pixel(data.points.x[index], data.points.y[index])
            painter.setPen(QPen(QColor("#555555"), 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(float(ox), float(oy)), position)
        from clusterdesk.core.symbology import stakeholder_style
        from clusterdesk.render.symbols import paint_symbol, symbol_size_px

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

    def leaveEvent(self, event) -> None:
        super().leaveEvent(event)

    # -- hit testing and selection ---------------------------------------------------------------
    def pixel_to_lonlat(self, position: QPointF | QPoint) -> tuple[float, float]:
        lon, lat = self.viewport.pixel_to_lonlat(position.x(), position.y())
        return float(lon), float(lat)

    def lonlat_to_pixel(self, lon: float, lat: float) -> QPointF:
        x, y = self.viewport.lonlat_to_pixel(lon, lat)
        return QPointF(float(x), float(y))

    def _pickable(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Indices and pixel positions of the stakeholders drawn in the current view, computed once per
        view so hovering over a million points stays smooth."""
        data = self.renderer.data
        points = data.points
        key = (self.viewport.cache_key(), id(points), tuple(sorted(self.renderer.hidden_kinds)),
               self.renderer.layer("stakeholders").visible)  # fmt: skip
        if self._pick_cache is not None and self._pick_cache[0] == key:
            return self._pick_cache[1]
        if not self.renderer.layer("stakeholders").visible:
            found = (np.zeros(0, np.int64), np.zeros(0), np.zeros(0))
        else:
            index, px, py = visible_pixels(points, self.viewport, PICK_RADIUS_PX)
            hidden = [KIND_CODES.index(k) for k in self.renderer.hidden_kinds if k in KIND_CODES]
            if hidden:
                keep = ~np.isin(points.points.kind[index], hidden)
                index, px, py = index[keep], px[keep], py[keep]
            found = (index, px, py)
        self._pick_cache = (key, found)
        return found

    def stakeholder_at(self, position: QPointF, radius: float = PICK_RADIUS_PX) -> int | None:
        """The stakeholder drawn nearest to a pixel, within `radius` pixels."""
        data = self.renderer.data
        if data is None or len(data.points.points) == 0:
            return None
        index, px, py = self._pickable()
        distance = np.hypot(px - position.x(), py - position.y())
        near = np.flatnonzero(distance <= radius)
        if len(near) == 0:
            return None
        return int(data.points.points.fid[index[near[np.argmin(distance[near])]]])

    def stakeholders_in(self, rect: QRectF) -> list[int]:
        data = self.renderer.data
        if data is None or len(data.points.points) == 0:
            return []
        index, px, py = self._pickable()
        inside = (px >= rect.left()) & (px <= rect.right()) & (py >= rect.top()) & (py <= rect.bottom())
        return data.points.points.fid[index[inside]].tolist()

    def selected_fids(self) -> frozenset[int]:
        return self.selection.fids if self.selection is not None else frozenset()

    def apply_selection(self, fids: Iterable[int], modifiers) -> None:
        if self.selection is None:
            return
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            self.selection.toggle(fids, source=self)
        elif modifiers & Qt.KeyboardModifier.ShiftModifier:
            self.selection.add(fids, source=self)
        else:
            self.selection.set(fids, source=self)

    def stakeholder_name(self, fid: int) -> str:
        if self.renderer.data is None:
            return ""
        return self.renderer.data.names([fid]).get(fid, "") or f"stakeholder {fid}"

    def show_move_preview(self, fid: int | None, position: QPointF | None) -> None:
        self._move_preview = None if fid is None or position is None else (fid, QPointF(position))
        self.update()

    def identify(self, fid: int, global_position: QPoint) -> None:
        if self.project is None:
            return
        if self._popup is not None:
            self._popup.close()
        self._popup = IdentifyPopup(self.project, fid, self)
        self._popup.show_at(global_position)

    # -- export ----------------------------------------------------------------------------------
    def export_view(self, path: str | Path, width: int, height: int, dpi: float = 96.0) -> Path:
        """Write what the canvas shows to PNG, SVG or PDF at the given size and resolution."""
        return export_view(self.renderer, self.viewport, path, width, height, dpi)

    def closeEvent(self, event) -> None:
        self.renderer.close()
        super().closeEvent(event)
