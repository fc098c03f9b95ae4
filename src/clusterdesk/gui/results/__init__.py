"""The results panel: the result chain, its indicators with status, a chart of target against actual,
data entry per reporting period and the plan actions that contribute to each result."""

from clusterdesk.gui.results.results_panel import ResultsPanel

__all__ = ["ResultsPanel"]
