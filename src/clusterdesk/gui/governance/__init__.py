"""The governance structure panel and its organisation chart."""

from clusterdesk.gui.governance.governance_panel import GovernancePanel

__all__ = ["GovernancePanel"]
