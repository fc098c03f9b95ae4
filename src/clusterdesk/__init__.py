"""ClusterDesk: desktop GIS and planning workstation for cluster development initiatives."""

__version__ = "0.1.0"
