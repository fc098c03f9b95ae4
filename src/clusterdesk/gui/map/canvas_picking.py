"""Hit testing and selection on the map canvas: which stakeholder is under the cursor or inside a box,
from pixel positions computed once per view."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt

from clusterdesk.core.project import KIND_CODES
from clusterdesk.gui.i18n import translate
from clusterdesk.gui.map.identify import IdentifyPopup
from clusterdesk.render.points import visible_pixels

PICK_RADIUS_PX = 7.0


class CanvasPickingMixin:
    """Mixed into MapCanvas; uses its viewport, renderer, selection and project."""

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
        name = self.renderer.data.names([fid]).get(fid, "")
        return name or translate("MapCanvas", "stakeholder {number}").format(number=fid)

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
