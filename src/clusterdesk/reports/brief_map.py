"""The brief's small map of the cluster: the shared renderer's image (reports.pack_map's printed map, at
print resolution) of the presentation's first map view, else of the cluster's core, with its caption
(the slide's, else a count of the stakeholders shown). Online tiles are never fetched for paper."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import KeepTogether, Paragraph

from clusterdesk.core.catalogue import tr
from clusterdesk.core.formatting import integer
from clusterdesk.render.renderer import DEFAULT_LAYERS, LAYER_TITLES, OSM
from clusterdesk.reports.pack_map import MapFacts, MapImage, map_facts, render_printed_map
from clusterdesk.reports.pack_style import styles

MAP_HEIGHT_SHARE = 0.36  # of the frame's width: a band that leaves the first page room for results
PRINTED_LAYERS = tuple(key for key in LAYER_TITLES if key != OSM)


def _layers(slide: dict | None) -> tuple[str, ...]:
    wanted = (slide or {}).get("layers")
    if not wanted:
        return DEFAULT_LAYERS
    return tuple(key for key in wanted if key in PRINTED_LAYERS) or DEFAULT_LAYERS


def _extent(slide: dict | None) -> tuple[float, float, float, float] | None:
    if not slide or slide.get("min_lon") is None:
        return None
    return (slide["min_lon"], slide["min_lat"], slide["max_lon"], slide["max_lat"])


def map_block(project, slide: dict | None, language: str, width: float) -> list:
    """The map and its caption; nothing when nothing of the project has a location."""
    if project.extent() is None:
        return []
    from clusterdesk.render.export import render_map_png

    height = width * MAP_HEIGHT_SHARE
    facts = map_facts(project, width, height)
    extent = _extent(slide)
    if extent is None:
        png = render_printed_map(project, facts, language)
    else:
        facts = MapFacts(extent, *(facts.width_px, facts.height_px, facts.dpi), facts.located, facts.shown,
                         facts.dots, facts.relations_shown, facts.relation_lines)  # fmt: skip
        png = render_map_png(
            project,
            facts.width_px,
            facts.height_px,
            extent,
            dpi=facts.dpi,
            layers=_layers(slide),
            language=language,
        )
    caption = (slide or {}).get("caption") or tr(
        "brief:map_caption",
        "The cluster: {located} stakeholders located on the map, firms and institutions by kind, with their "
        "relations.",
        language,
        located=integer(facts.located, language),
    )
    return [KeepTogether([MapImage(png, width, height), Paragraph(escape(caption), styles().caption)])]
