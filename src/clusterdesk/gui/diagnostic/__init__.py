"""The diagnostic panel: the SWOT as four quadrants with drag and drop, the key findings and leverage
points with the plan actions that answer them, and the report's header."""

from clusterdesk.gui.diagnostic.diagnostic_panel import DiagnosticPanel

__all__ = ["DiagnosticPanel"]
