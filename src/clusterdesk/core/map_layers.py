"""The map's layers by name, as presentation slides store them, the command line chooses them and the
renderer draws them. Plain names without Qt, so that naming a layer does not load the renderer."""

from __future__ import annotations

BASEMAP = "basemap"
OSM = "osm"
BOUNDARIES = "boundaries"
RELATIONS = "relations"
STAKEHOLDERS = "stakeholders"
LABELS = "labels"
SELECTION = "selection"  # always drawn over the stakeholders, not a user layer

DEFAULT_LAYERS = (BASEMAP, BOUNDARIES, RELATIONS, STAKEHOLDERS, LABELS)
LAYER_TITLES = {
    BASEMAP: "Natural Earth basemap",
    OSM: "OpenStreetMap (online)",
    BOUNDARIES: "Cluster boundaries",
    RELATIONS: "Relations",
    STAKEHOLDERS: "Stakeholders",
    LABELS: "Labels",
}
