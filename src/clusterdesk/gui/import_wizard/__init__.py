"""The stakeholder import wizard."""

from clusterdesk.gui.import_wizard.wizard import IMPORTABLE_SUFFIXES, ImportWizard, run_import_wizard

__all__ = ["IMPORTABLE_SUFFIXES", "ImportWizard", "run_import_wizard"]
