"""Layer controls of the map canvas (visibility, order, opacity, tile layers, kinds), kept apart from
the drawing and the mouse handling in canvas.py."""

from __future__ import annotations

from pathlib import Path

from clusterdesk.render.renderer import OSM
from clusterdesk.render.tiles import XYZTileSource, open_tile_file


class CanvasLayersMixin:
    """Mixed into MapCanvas; uses its renderer, layersChanged, _tileArrived and schedule_render."""

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

    def set_relation_kind_visible(self, kind: str, visible: bool) -> None:
        kinds = self.renderer.hidden_relation_kinds
        (kinds.discard if visible else kinds.add)(kind)
        self.layersChanged.emit()
        self.schedule_render(0)

    def set_size_by_employees(self, enabled: bool) -> None:
        self.renderer.size_by_employees = enabled
        self.schedule_render(0)

    def _on_tile_arrived(self) -> None:
        self.renderer.forget_tiles()
        if not self._render_timer.isActive():
            self._render_timer.start(150)  # several tiles usually arrive together
