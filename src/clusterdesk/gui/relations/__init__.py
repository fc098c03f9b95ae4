"""The relations panel: ties between stakeholders, listed, filtered and edited."""

from clusterdesk.gui.relations.panel import RelationsPanel

__all__ = ["RelationsPanel"]
