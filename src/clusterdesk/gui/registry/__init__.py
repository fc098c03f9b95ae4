"""The stakeholder registry: table panel, detail form, bulk edit, merge and delete."""

from clusterdesk.gui.registry.panel import RegistryPanel

__all__ = ["RegistryPanel"]
