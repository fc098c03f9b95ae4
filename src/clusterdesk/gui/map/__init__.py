"""The map canvas, its tools and the layers panel."""

from clusterdesk.gui.map.canvas import MapCanvas
from clusterdesk.gui.map.layers_panel import LayersPanel

__all__ = ["LayersPanel", "MapCanvas"]
