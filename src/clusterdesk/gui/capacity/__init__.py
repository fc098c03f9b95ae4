"""The institutional capacity panel (radar, comparison, gaps) and its chart widget."""

from clusterdesk.gui.capacity.capacity_panel import CapacityPanel
from clusterdesk.gui.capacity.radar_chart import RadarChart, RadarSeries

__all__ = ["CapacityPanel", "RadarChart", "RadarSeries"]
