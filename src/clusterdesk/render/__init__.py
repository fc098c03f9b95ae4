"""Map rendering to images (QtGui only, no widgets), shared by the canvas, the command line and reports."""

from clusterdesk.render.export import export_view, render_map, render_map_png
from clusterdesk.render.renderer import MapRenderer
from clusterdesk.render.viewport import Viewport

__all__ = ["MapRenderer", "Viewport", "export_view", "render_map", "render_map_png"]
