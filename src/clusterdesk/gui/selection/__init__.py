"""The Selection panel: a cluster selection study's criteria matrix, ranking, sensitivity and decision,
and choropleth maps of its areas on the main map."""

from clusterdesk.gui.selection.selection_panel import SelectionPanel

__all__ = ["SelectionPanel"]
