"""The action plan panel (Gantt) and its parts."""

from clusterdesk.gui.plan.gantt_panel import GanttPanel

__all__ = ["GanttPanel"]
