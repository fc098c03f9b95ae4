"""The map of the web story: the project's layers and the offline basemap as plain data for story.js.

Stakeholders travel as columns, one layer per kind (like the web map's), drawn on a canvas so large
projects stay quick; relations one layer per kind; boundaries as GeoJSON; the basemap clipped around the
project and every slide's view. A slide's own map state (its extent, the layers it shows, its filters and
the stakeholders it picks out) is turned into what the page needs to show it: bounds, layer switches,
the kinds kept, and the places and names of the highlighted stakeholders.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from clusterdesk.core.geometry import decode_points
from clusterdesk.core.symbology import (
    BOUNDARY_FILL,
    BOUNDARY_FILL_OPACITY,
    BOUNDARY_OUTLINE,
    stakeholder_style,
)
from clusterdesk.core.vocabulary import RELATION_KINDS, STAKEHOLDER_KINDS
from clusterdesk.core.vocabulary_labels import kind_label
from clusterdesk.reports.basemap import country_extent, focus_extent, load_basemap, names_credit, padded_bbox
from clusterdesk.reports.texts import text
from clusterdesk.reports.webmap import (
    PX_PER_MM,
    _boundaries,
    _feature_collection,
    _relation_layers,
    _unit_outline,
)

# The desktop map's layer keys a slide may list (render.renderer); the online tiles are never used offline
MAP_LAYERS = ("basemap", "boundaries", "relations", "stakeholders", "labels")
# Filter fields that choose which kinds of stakeholders and of relations a slide shows (as the desktop
# writes them, gui.presentation.map_views)
KIND_FIELDS = ("kind",)
RELATION_KIND_FIELDS = ("relation_kind",)
HIGHLIGHT_NAMES_SHOWN = 12  # more highlighted stakeholders are ringed without their names


@dataclass
class StakeholderIndex:
    """Where each located stakeholder sits, by UUID, for the highlights of the slides."""

    by_uuid: dict[str, tuple[float, float, str]]


def stakeholder_layers(connection, language: str) -> tuple[list[dict], StakeholderIndex]:
    """One layer per kind with located members (symbol, names, places), and the index of places by UUID."""
    rows = connection.execute(
        "SELECT uuid, name, kind, geom FROM stakeholders WHERE geom IS NOT NULL ORDER BY fid"
    ).fetchall()
    lons, lats = decode_points([r[3] for r in rows])
    by_kind: dict[str, list[int]] = defaultdict(list)
    places: dict[str, tuple[float, float, str]] = {}
    for index, row in enumerate(rows):
        if np.isnan(lons[index]) or np.isnan(lats[index]):
            continue
        by_kind[row[2]].append(index)
        places[row[0]] = (round(float(lats[index]), 6), round(float(lons[index]), 6), row[1])
    layers = []
    for kind in STAKEHOLDER_KINDS:
        members = by_kind.get(kind)
        if not members:
            continue
        style = stakeholder_style(kind)
        outline, reach = _unit_outline(style.shape)
        layers.append(
            {
                "kind": kind,
                "label": kind_label(kind, language),
                "colour": style.colour,
                "outline": "#ffffff" if style.outline.lower() in ("#fff", "#ffffff") else style.outline,
                "shape": outline,
                "radius": round(style.size_mm * PX_PER_MM / 2 * reach * 1.25, 1),
                "lon": [round(float(lons[i]), 6) for i in members],
                "lat": [round(float(lats[i]), 6) for i in members],
                "name": [rows[i][1] for i in members],
            }
        )
    return layers, StakeholderIndex(places)


def _kinds(filters: dict, fields: tuple[str, ...], known: tuple[str, ...]) -> list[str] | None:
    for field in fields:
        values = filters.get(field)
        if isinstance(values, list):
            return [kind for kind in known if kind in values]
    return None


def slide_view(slide, index: StakeholderIndex) -> dict:
    """What the page needs to show a slide's map: its bounds ([[south, west], [north, east]] or None),
    the layers on, the stakeholder and relation kinds kept (None: all) and the highlighted stakeholders."""
    extent = (slide.min_lon, slide.min_lat, slide.max_lon, slide.max_lat)
    bounds = None if any(v is None for v in extent) else [[extent[1], extent[0]], [extent[3], extent[2]]]
    # as on the desktop: no list shows the default layers, an empty one none of them
    layers = slide.layers if isinstance(slide.layers, list) else list(MAP_LAYERS)
    filters = slide.filters if isinstance(slide.filters, dict) else {}
    highlighted = [
        index.by_uuid[u] for u in (slide.highlighted or []) if isinstance(u, str) and u in index.by_uuid
    ]
    return {
        "bounds": bounds,
        "layers": [layer for layer in MAP_LAYERS if layer in layers],
        "kinds": _kinds(filters, KIND_FIELDS, STAKEHOLDER_KINDS),
        "relationKinds": _kinds(filters, RELATION_KIND_FIELDS, RELATION_KINDS),
        "highlighted": {
            "lat": [h[0] for h in highlighted],
            "lon": [h[1] for h in highlighted],
            "name": [h[2] for h in highlighted] if len(highlighted) <= HIGHLIGHT_NAMES_SHOWN else [],
        },
    }


def map_payload(project, slides, language: str) -> dict:
    """The map of the story: layers, basemap, the project's own view, and each slide's view."""
    connection = project.connection
    stakeholders, index = stakeholder_layers(connection, language)
    info = project.info()
    focus = focus_extent(project) or country_extent(info.country)
    views = [slide_view(slide, index) for slide in slides]
    boxes = [project.extent() or focus] + [
        (v["bounds"][0][1], v["bounds"][0][0], v["bounds"][1][1], v["bounds"][1][0])
        for v in views
        if v["bounds"]
    ]
    boxes = [b for b in boxes if b is not None]
    whole = None
    if boxes:
        array = np.array(boxes, dtype=float)
        whole = (array[:, 0].min(), array[:, 1].min(), array[:, 2].max(), array[:, 3].max())
    basemap_box = padded_bbox(whole, fraction=1.5, minimum_deg=2.5)
    basemap = load_basemap(basemap_box, language=language)
    return {
        "stakeholders": stakeholders,
        "relations": _relation_layers(connection, language),
        "boundaries": _boundaries(connection),
        "boundaryStyle": {
            "color": BOUNDARY_OUTLINE,
            "weight": 3,
            "fillColor": BOUNDARY_FILL,
            "fillOpacity": max(BOUNDARY_FILL_OPACITY, 0.1),
            "dashArray": "10 4",
        },
        "basemap": {
            "land": _feature_collection(basemap.land),
            "lakes": _feature_collection(basemap.lakes),
            "rivers": _feature_collection(basemap.rivers),
            "borders": _feature_collection(basemap.borders),
            "places": [[n, round(x, 5), round(y, 5)] for n, x, y, _rank in basemap.places[:40]],
        },
        "home": None if focus is None else [[focus[1], focus[0]], [focus[3], focus[2]]],
        "limits": [[basemap_box[1], basemap_box[0]], [basemap_box[3], basemap_box[2]]],
        "views": views,
        "attribution": f"{text('web_basemap', language)}{names_credit(language)} · "
        f"{text('web_data', language)}: {info.agency_name or info.cluster_name} (ClusterDesk)",
        "controls": {"zoomIn": text("web_zoom_in", language), "zoomOut": text("web_zoom_out", language)},
        "markerCount": sum(len(layer["lon"]) for layer in stakeholders),
    }
