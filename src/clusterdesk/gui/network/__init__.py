"""The Network panel: the cluster's network per survey round, its measures, brokers and isolates, and
relations entered as a roster."""

from clusterdesk.gui.network.network_panel import NetworkPanel

__all__ = ["NetworkPanel"]
