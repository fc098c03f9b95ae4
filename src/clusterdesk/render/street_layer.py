"""The offline street basemap as a layer of the map renderer, just above the Natural Earth layer.

Mixed into `render.renderer.MapRenderer`. Where the extract covers the view closely enough to name its
places (`StreetBasemap.names_places`), it names them instead of Natural Earth: with the project's labels,
through the same placer, when a project's labels are shown, else in its own layer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPainter

from clusterdesk.render.labels import LabelPlacer, reserve_decorations
from clusterdesk.render.osm_basemap import ATTRIBUTION, StreetBasemap
from clusterdesk.render.viewport import Viewport

STREETS = "streets"
STREETS_TITLE = "Streets (OpenStreetMap)"
STREETS_ATTRIBUTION = ATTRIBUTION


class StreetLayerMixin:
    """Uses the renderer's layers, layer(), _cache, map_language and places_with_project_labels()."""

    street_basemap: StreetBasemap | None = None
    street_labels: list[str] = []  # the place names the last street layer or labels layer drew from it

    def set_street_basemap(self, basemap: StreetBasemap | None, title: str | None = None) -> None:
        """Show `basemap` as the street layer (None removes it); an earlier one is replaced."""
        from clusterdesk.render.renderer import BASEMAP, LayerState

        self.layers = [state for state in self.layers if state.id != STREETS]
        self.street_basemap = basemap
        if basemap is not None:
            state = LayerState(STREETS, title or STREETS_TITLE)
            self.layers.insert(self.layers.index(self.layer(BASEMAP)) + 1, state)
        self._cache.clear()  # the basemap's and the labels' names depend on it

    def open_street_basemap(self, cache: str | Path, title: str | None = None) -> StreetBasemap:
        basemap = StreetBasemap(cache)
        self.set_street_basemap(basemap, title)
        return basemap

    def streets_shown(self) -> bool:
        if self.street_basemap is None:
            return False
        return any(state.id == STREETS and state.visible and state.opacity > 0 for state in self.layers)

    def streets_name_places(self, viewport: Viewport) -> bool:
        """Whether the street layer names the places in view rather than Natural Earth."""
        return self.streets_shown() and self.street_basemap.names_places(viewport)

    def street_key(self, layer_id: str, viewport: Viewport) -> tuple:
        """What the cached image of a layer depends on from the street layer."""
        from clusterdesk.render.renderer import BASEMAP, LABELS

        if layer_id not in (BASEMAP, LABELS, STREETS):
            return ()
        return (id(self.street_basemap), self.streets_shown(), self.streets_name_places(viewport))

    def paint_streets(self, painter: QPainter, viewport: Viewport) -> bool:
        """Draw the street layer; its place names too unless the labels layer places them."""
        if self.street_basemap is None:
            return False
        drawn = self.street_basemap.draw(painter, viewport) > 0
        if self.streets_name_places(viewport) and not self.places_with_project_labels():
            placer = LabelPlacer(viewport.width, viewport.height)
            reserve_decorations(placer, viewport.pixels_per_mm())
            self.street_labels = self.street_basemap.draw_labels(painter, viewport, placer, self.map_language)
            drawn = drawn or bool(self.street_labels)
        return drawn

    def draw_street_names(self, painter: QPainter, viewport: Viewport, placer: LabelPlacer) -> int:
        """The extract's place names with the project's labels, in the labels layer's placer."""
        if not (self.streets_name_places(viewport) and self.places_with_project_labels()):
            return 0
        self.street_labels = self.street_basemap.draw_labels(painter, viewport, placer, self.map_language)
        return len(self.street_labels)


def street_basemap_for(project, extract: str | Path | None = None) -> StreetBasemap | None:
    """The street basemap of a printed or exported map: from `extract` when given (converted once, its
    cache beside the project), else the extract the project remembers, or None.

    An explicit extract that cannot be read raises `io.osm_extract.OsmExtractError`; a remembered one
    that is gone or unreadable leaves the map without streets, as the window would show it."""
    from clusterdesk.core.errors import ClusterDeskError
    from clusterdesk.io.osm_extract import cache_is_current, cache_path_for, ensure_cache
    from clusterdesk.io.osm_extract_choice import remembered_extract

    if extract is not None:
        cache = cache_path_for(project.path if project is not None else None, extract)
        return StreetBasemap(ensure_cache(extract, cache))
    choice = remembered_extract(project) if project is not None else None
    if choice is None:
        return None
    try:
        if cache_is_current(choice.cache, choice.extract) or (
            not choice.extract.exists() and choice.cache.exists()
        ):
            return StreetBasemap(choice.cache)
        if choice.extract.exists():
            return StreetBasemap(ensure_cache(choice.extract, choice.cache))
    except ClusterDeskError:
        return None
    return None
