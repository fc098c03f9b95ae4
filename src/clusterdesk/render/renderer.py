"""Composes the map from layers. Each layer renders into its own cached image keyed by the viewport and
the state it depends on, so a selection change repaints only the highlight and an edit only the layers of
the tables it touched."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QLocale, QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from clusterdesk.core.capacity import CAPACITY_TABLES
from clusterdesk.core.map_layers import (
    BASEMAP,
    BOUNDARIES,
    DEFAULT_LAYERS,
    LABELS,
    LAYER_TITLES,
    OSM,
    RELATIONS,
    SELECTION,
    STAKEHOLDERS,
)
from clusterdesk.core.place_names import map_language
from clusterdesk.core.project import KIND_CODES, Project
from clusterdesk.core.surveys import SURVEY_TABLES
from clusterdesk.render.basemap import NaturalEarthBasemap, basemap_attribution
from clusterdesk.render.boundary_labels import boundary_line_mask, draw_boundary_names
from clusterdesk.render.choropleth import CHOROPLETH, Choropleth
from clusterdesk.render.decorations import (
    DecorationLayout,
    MapDecorations,
    draw_decorations,
    layout_decorations,
)
from clusterdesk.render.labels import LabelPlacer
from clusterdesk.render.overlays import draw_boundaries, draw_relations
from clusterdesk.render.painting import painting
from clusterdesk.render.points import (
    draw_labels,
    draw_selection,
    draw_stakeholders,
    draw_stakeholders_vector,
    occupy_symbols,
    visible_pixels,
)
from clusterdesk.render.project_data import ProjectData
from clusterdesk.render.street_layer import STREETS, STREETS_ATTRIBUTION, StreetLayerMixin
from clusterdesk.render.tiles import TileSource, XYZTileSource, draw_tiles
from clusterdesk.render.viewport import Viewport

VECTOR_POINT_LIMIT = 5000
# Which project tables each layer is drawn from.
LAYER_TABLES = {
    BOUNDARIES: {"cluster_boundaries"},
    RELATIONS: {"relations", "stakeholders"},
    STAKEHOLDERS: {"stakeholders"},
    LABELS: {"stakeholders", "cluster_boundaries", "relations"},  # the most connected are named first
    SELECTION: {"stakeholders"},
}
# Layers that show capacity scores while institutions are coloured by them (symbols, and labels "3.4").
SCORED_LAYERS = (STAKEHOLDERS, LABELS)


@dataclass
class LayerState:
    id: str
    title: str
    visible: bool = True
    opacity: float = 1.0
    source: TileSource | None = field(default=None, repr=False)  # tile layers only

    @property
    def is_tiles(self) -> bool:
        return self.source is not None


def application_language() -> str:
    """The language the application speaks: Qt's default locale, which the window sets to the interface
    language (`gui.i18n.install_translations`); English where ClusterDesk has no names in it."""
    return map_language(QLocale().name())


class MapRenderer(StreetLayerMixin):
    """Renders one project (or none: basemap only) into images of any viewport.

    Place and country names are drawn in `language` (en, es, fr or ru); None follows the application's
    language, as the canvas does, while printed maps pass the project's."""

    def __init__(
        self,
        project: Project | None = None,
        *,
        layers: Iterable[str] = DEFAULT_LAYERS,
        language: str | None = None,
    ) -> None:
        self.language = language
        self.basemap_labels: list[str] = []  # the place and country names of the last basemap drawn
        self.data = ProjectData(project) if project is not None else None
        shown = set(layers)
        self.layers: list[LayerState] = []
        for layer_id in (BASEMAP, OSM, BOUNDARIES, RELATIONS, STAKEHOLDERS, LABELS):
            source = XYZTileSource() if layer_id == OSM else None
            self.layers.append(LayerState(layer_id, LAYER_TITLES[layer_id], layer_id in shown, 1.0, source))
        self.hidden_kinds: set[str] = set()
        self.hidden_relation_kinds: set[str] = set()
        self.size_by_employees = False
        self._colour_by_capacity = False
        self._colour_by_answer: tuple[int, str] | None = None
        self.selection: frozenset[int] = frozenset()
        self.decorations = True  # False: the bare map, without scale bar, attribution or the rest
        self.map_decorations = MapDecorations()  # the scale bar only, as the canvas shows it
        self.label_placement: LabelPlacer | None = None  # what the last labels layer drawn placed
        self.choropleth: Choropleth | None = None  # a selection study's areas coloured by a value
        self._layout: DecorationLayout | None = None  # the decorations' places while a frame is drawn
        self._cache: dict[str, tuple[tuple, QImage]] = {}
        self._tiles_drawn: dict[str, int] = {}
        self._names_with_labels: bool | None = None

    @property
    def map_language(self) -> str:
        """The language names are drawn in now."""
        return map_language(self.language) if self.language else application_language()

    # -- layers ---------------------------------------------------------------------------------
    def layer(self, layer_id: str) -> LayerState:
        for state in self.layers:
            if state.id == layer_id:
                return state
        raise KeyError(layer_id)

    def add_tile_layer(self, source: TileSource, title: str | None = None) -> LayerState:
        """A local tile file as a basemap layer, just above the Natural Earth layer."""
        layer_id = f"tiles:{source.name}"
        existing = [s for s in self.layers if s.id == layer_id]
        if existing:
            return existing[0]
        state = LayerState(layer_id, title or source.name, True, 1.0, source)
        self.layers.insert(self.layers.index(self.layer(BASEMAP)) + 1, state)
        return state

    def remove_layer(self, layer_id: str) -> None:
        if layer_id == STREETS:
            self.set_street_basemap(None)
            return
        state = self.layer(layer_id)
        if state.source is not None and state.id != OSM:
            state.source.close()
            self.layers.remove(state)
        self._cache.pop(layer_id, None)

    def move_layer(self, layer_id: str, new_index: int) -> None:
        state = self.layer(layer_id)
        self.layers.remove(state)
        self.layers.insert(max(0, min(new_index, len(self.layers))), state)

    @property
    def colour_by_capacity(self) -> bool:
        """Whether assessed support institutions are filled with the colour of their capacity score."""
        return self._colour_by_capacity

    @colour_by_capacity.setter
    def colour_by_capacity(self, enabled: bool) -> None:
        self._colour_by_capacity = bool(enabled)
        if enabled:
            # Scores may have changed while nothing watched the capacity tables.
            self.invalidate(set(CAPACITY_TABLES))

    @property
    def colour_by_answer(self) -> tuple[int, str] | None:
        """(survey fid, question name) whose answers colour the firms, or None."""
        return self._colour_by_answer

    @colour_by_answer.setter
    def colour_by_answer(self, choice: tuple[int, str] | None) -> None:
        self._colour_by_answer = (int(choice[0]), str(choice[1])) if choice else None
        if choice:
            self.invalidate(set(SURVEY_TABLES))

    def answers(self):
        """Firms' answer classes for the stakeholder layer, or None when firms keep their kind's colour."""
        if self._colour_by_answer is None or self.data is None:
            return None
        survey_id, question = self._colour_by_answer
        return self.data.answers(survey_id, question, self.map_language)

    def layer_tables(self, layer_id: str) -> set[str]:
        """The project tables a layer is drawn from with the current options."""
        tables = set(LAYER_TABLES.get(layer_id, ()))
        if self._colour_by_capacity and layer_id in SCORED_LAYERS:
            tables |= set(CAPACITY_TABLES)
        if self._colour_by_answer is not None and layer_id == STAKEHOLDERS:
            tables |= set(SURVEY_TABLES)
        return tables

    def watched_tables(self) -> set[str]:
        """Every table whose edits change the map as it is drawn now."""
        return set().union(*(self.layer_tables(layer_id) for layer_id in LAYER_TABLES))

    def invalidate(self, tables: set[str] | None = None) -> None:
        """Forget what depends on the touched tables (all of it when `tables` is empty)."""
        if self.data is not None:
            self.data.invalidate(tables)
        for layer_id in LAYER_TABLES:
            if not tables or self.layer_tables(layer_id) & set(tables):
                self._cache.pop(layer_id, None)

    def _scores(self):
        """Capacity scores for the stakeholder layer, or None when institutions keep their kind's colour."""
        return self.data.scores if self._colour_by_capacity and self.data is not None else None

    def forget_tiles(self) -> None:
        """Re-read tile layers (a tile arrived)."""
        for state in self.layers:
            if state.is_tiles:
                self._cache.pop(state.id, None)

    def close(self) -> None:
        for state in self.layers:
            if state.source is not None:
                state.source.close()

    # -- drawing --------------------------------------------------------------------------------
    def _layer_key(self, layer_id: str, viewport: Viewport) -> tuple:
        extra: tuple = ()
        if layer_id == STAKEHOLDERS:
            extra = (
                tuple(sorted(self.hidden_kinds)),
                self.size_by_employees,
                self._colour_by_capacity,
                self._colour_by_answer,
            )
        elif layer_id == RELATIONS:
            extra = (tuple(sorted(self.hidden_relation_kinds)),)
        elif layer_id == LABELS:
            extra = (
                tuple(sorted(self.hidden_kinds)),
                self.layer(STAKEHOLDERS).visible,
                self.layer(BOUNDARIES).visible,
                self._colour_by_capacity,
                self.places_with_project_labels(),
                self.map_language,
                self.size_by_employees,
                self._colour_by_answer,
                self.decoration_layout(viewport).key(),
                self.choropleth.key() if self.choropleth is not None else None,
            )
        elif layer_id == SELECTION:
            extra = (self.selection,)
        elif layer_id == CHOROPLETH:
            extra = self.choropleth.key() if self.choropleth is not None else ()
        elif layer_id == BASEMAP:
            extra = (self.map_language, self.places_with_project_labels())
        return (viewport.cache_key(), *extra, *self.street_key(layer_id, viewport))

    def layer_image(self, layer_id: str, viewport: Viewport) -> QImage | None:
        """The layer drawn on a transparent image, or None when it has nothing to show in this view."""
        key = self._layer_key(layer_id, viewport)
        cached = self._cache.get(layer_id)
        if cached is not None and cached[0] == key:
            return cached[1]
        if not self._has_content(layer_id):
            self._cache[layer_id] = (key, None)
            return None
        image = QImage(viewport.width, viewport.height, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDotsPerMeterX(round(viewport.dpi / 0.0254))
        image.setDotsPerMeterY(round(viewport.dpi / 0.0254))
        image.fill(Qt.GlobalColor.transparent)
        drawn = True
        if layer_id == STAKEHOLDERS:
            drawn = self.data is not None and 0 < draw_stakeholders(
                image,
                viewport,
                self.data,
                hidden_kinds=self.hidden_kinds,
                size_by_employees=self.size_by_employees,
                scores=self._scores(),
                answers=self.answers(),
            )
        else:
            with painting(image) as painter:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                drawn = self._paint_layer(painter, layer_id, viewport) is not False
        self._cache[layer_id] = (key, image if drawn else None)
        return image if drawn else None

    def places_with_project_labels(self) -> bool:
        """Whether the basemap's place and country names are placed with the project's labels, in the
        labels layer and clear of its symbols and names, rather than drawn with the basemap under them.
        Under a tile layer that shows tiles (which name places themselves) they stay in the basemap it
        covers; an offline tile layer shows none, and the map stays as it is without it."""
        if self._names_with_labels is not None:  # decided once per frame, for every layer alike
            return self._names_with_labels
        if self.data is None or not (self.layer(LABELS).visible and self.layer(BASEMAP).visible):
            return False
        showing = [s for s in self.layers if s.is_tiles and s.visible and self._tiles_drawn.get(s.id, 0) > 0]
        return not showing

    def _has_content(self, layer_id: str) -> bool:
        """Cheap test before allocating an image: a layer of the project with no rows draws nothing."""
        if layer_id in (BASEMAP, OSM, STREETS) or layer_id.startswith("tiles:"):
            return True
        if layer_id == CHOROPLETH or (layer_id == LABELS and self.choropleth is not None):
            return self.choropleth is not None
        if self.data is None:
            return False
        if layer_id == LABELS and self.places_with_project_labels():
            return True
        if layer_id == SELECTION:
            return bool(self.selection)
        if layer_id == BOUNDARIES:
            return bool(self.data.boundaries)
        if layer_id == RELATIONS:
            return len(self.data.relations.fid) > 0
        return len(self.data.points.points) > 0

    def _paint_layer(
        self, painter: QPainter, layer_id: str, viewport: Viewport, *, vector: bool = False
    ) -> bool | None:
        """Paint one layer with any painter (image, SVG or PDF); False when nothing was drawn."""
        if layer_id == BASEMAP:
            own_labels = not self.places_with_project_labels() and not self.streets_name_places(viewport)
            drawn = NaturalEarthBasemap.shared().draw(
                painter, viewport, labels=own_labels, language=self.map_language
            )
            if own_labels:
                self.basemap_labels = drawn
            return
        if layer_id == STREETS:
            return self.paint_streets(painter, viewport)
        if layer_id == OSM or layer_id.startswith("tiles:"):
            state = self.layer(layer_id)
            self._tiles_drawn[layer_id] = draw_tiles(painter, viewport, state.source)
            return
        if layer_id == CHOROPLETH:
            return self.choropleth is not None and self.choropleth.draw(painter, viewport)
        if self.data is None:
            return
        if layer_id == BOUNDARIES:
            draw_boundaries(painter, viewport, self.data)
        elif layer_id == RELATIONS:
            return draw_relations(painter, viewport, self.data, hidden_kinds=self.hidden_relation_kinds) > 0
        elif layer_id == LABELS:
            return self._paint_labels(painter, viewport) > 0
        elif layer_id == SELECTION:
            draw_selection(painter, viewport, self.data, self.selection)
        elif layer_id == STAKEHOLDERS and vector:
            index, _px, _py = visible_pixels(self.data.points, viewport, 0)
            if len(index) > VECTOR_POINT_LIMIT:
                # Tens of thousands of vector symbols make files no viewer opens smoothly; embed an image.
                image = self.layer_image(STAKEHOLDERS, viewport)
                if image is not None:
                    painter.drawImage(0, 0, image)
            else:
                draw_stakeholders_vector(
                    painter,
                    viewport,
                    self.data,
                    hidden_kinds=self.hidden_kinds,
                    size_by_employees=self.size_by_employees,
                    scores=self._scores(),
                    answers=self.answers(),
                )

    def legend_kinds(self, viewport: Viewport) -> list[str]:
        """The stakeholder kinds drawn in this view, in the vocabulary's order."""
        if self.data is None or not self.layer(STAKEHOLDERS).visible or len(self.data.points.points) == 0:
            return []
        index, _px, _py = visible_pixels(self.data.points, viewport, 0)
        present = set(np.unique(self.data.points.points.kind[index]).tolist())
        return [code for i, code in enumerate(KIND_CODES) if i in present and code not in self.hidden_kinds]

    def decoration_layout(self, viewport: Viewport) -> DecorationLayout:
        """Where this view's decorations go (nothing when decorations are off)."""
        if self._layout is not None:
            return self._layout
        if not self.decorations:
            return DecorationLayout()
        legend = self.legend_kinds(viewport) if self.map_decorations.legend else []
        return layout_decorations(viewport, self.map_decorations, self.credits(), legend, self.map_language)

    def label_placer(self, viewport: Viewport) -> LabelPlacer:
        """The one placer of an image: the decorations' places, the symbols and the boundary lines are
        taken before any label is offered."""
        placer = LabelPlacer(viewport.width, viewport.height)
        for rect in self.decoration_layout(viewport).rects():
            placer.reserve(rect)
        if self.choropleth is not None:
            placer.reserve(self.choropleth.legend_rect(viewport, self.map_language))
        if self.layer(STAKEHOLDERS).visible:
            occupy_symbols(
                placer,
                viewport,
                self.data,
                self.hidden_kinds,
                size_by_employees=self.size_by_employees,
                scores=self._scores(),
                answers=self.answers(),
            )
        if self.layer(BOUNDARIES).visible:
            mask = boundary_line_mask(viewport, self.data)
            if mask is not None:
                placer.add_line_mask(mask)
        return placer

    def _paint_labels(self, painter: QPainter, viewport: Viewport) -> int:
        """Every name of the map placed by one placer, in priority order: the boundaries' names, then
        towns and countries, then the stakeholders, the most connected and largest first."""
        placer = self.label_placer(viewport)
        self.label_placement = placer
        drawn = 0
        if self.choropleth is not None:
            drawn += self.choropleth.draw_names(painter, viewport, placer)
        if self.layer(BOUNDARIES).visible:
            drawn += draw_boundary_names(painter, viewport, self.data, placer)
        drawn += self.draw_street_names(painter, viewport, placer)  # the extract's towns, where it has them
        if self.places_with_project_labels() and not self.streets_name_places(viewport):
            self.basemap_labels = NaturalEarthBasemap.shared().draw_labels(
                painter, viewport, placer, self.map_language
            )
            drawn += len(self.basemap_labels)
        if self.layer(STAKEHOLDERS).visible:
            scores = self._scores()
            drawn += draw_labels(
                painter,
                viewport,
                self.data,
                hidden_kinds=self.hidden_kinds,
                placer=placer,
                scores=scores.by_fid if scores is not None else None,
                size_by_employees=self.size_by_employees,
            )
        return drawn

    def _draw_order(self) -> list[LayerState]:
        order: list[LayerState] = []
        for state in self.layers:
            if state.id == BOUNDARIES and self.choropleth is not None:  # the areas under the project's
                order.append(LayerState(CHOROPLETH, "Choropleth", opacity=self.choropleth.opacity))
            if state.visible and state.opacity > 0:
                order.append(state)
            if state.id == STAKEHOLDERS:
                order.append(LayerState(SELECTION, "Selection"))
        return order

    def credits(self) -> list[str]:
        found = []
        for state in self.layers:
            if not state.visible:
                continue
            if state.id == BASEMAP:
                found.append(basemap_attribution(self.map_language))
            elif state.id == STREETS:
                found.append(STREETS_ATTRIBUTION)
            elif state.is_tiles and state.source.attribution and self._tiles_drawn.get(state.id, 0) > 0:
                found.append(state.source.attribution)
        return found

    def render(self, viewport: Viewport, *, background: str = "#ffffff") -> QImage:
        """The finished map: layers composed in order, then scale bar and attribution."""
        image = QImage(viewport.width, viewport.height, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDotsPerMeterX(round(viewport.dpi / 0.0254))
        image.setDotsPerMeterY(round(viewport.dpi / 0.0254))
        image.fill(background)
        self._names_with_labels = self.places_with_project_labels()
        self._layout = self.decoration_layout(viewport)
        try:
            self._compose(image, viewport)
            if self.decorations:
                with painting(image) as painter:
                    draw_decorations(painter, viewport, self._layout, self.credits(), self.map_language)
                    if self.choropleth is not None:
                        self.choropleth.draw_legend(painter, viewport, self.map_language)
        finally:
            self._names_with_labels = None
            self._layout = None
        return image

    def _compose(self, image: QImage, viewport: Viewport) -> None:
        with painting(image) as painter:
            first = True
            for state in self._draw_order():
                if state.id == SELECTION and not self.selection:
                    continue
                layer = self.layer_image(state.id, viewport)
                if layer is None:
                    continue
                # The Natural Earth layer covers the whole image: copy it instead of blending it.
                opaque_copy = state.id == BASEMAP and state.opacity >= 1 and first
                painter.setCompositionMode(
                    QPainter.CompositionMode.CompositionMode_Source
                    if opaque_copy
                    else QPainter.CompositionMode.CompositionMode_SourceOver
                )
                painter.setOpacity(state.opacity)
                painter.drawImage(0, 0, layer)
                first = False

    def paint_vector(self, painter: QPainter, viewport: Viewport) -> None:
        """Paint the whole map with shapes rather than cached images (SVG and PDF)."""
        painter.setClipRect(QRectF(0, 0, viewport.width, viewport.height))
        painter.fillRect(QRectF(0, 0, viewport.width, viewport.height), Qt.GlobalColor.white)
        self._names_with_labels = self.places_with_project_labels()
        self._layout = self.decoration_layout(viewport)
        try:
            for state in self._draw_order():
                painter.save()
                painter.setOpacity(state.opacity)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                self._paint_layer(painter, state.id, viewport, vector=True)
                painter.restore()
            if self.decorations:
                draw_decorations(painter, viewport, self._layout, self.credits(), self.map_language)
                if self.choropleth is not None:
                    self.choropleth.draw_legend(painter, viewport, self.map_language)
        finally:
            self._names_with_labels = None
            self._layout = None
