"""The toolbar's Panels button: every panel around the map with its shortcut, one click from the map,
and Reset layout, for a newcomer who would not look for them in a menu."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton, QWidget

from clusterdesk.gui.i18n import translate
from clusterdesk.gui.icons import icon


class PanelSwitcher(QToolButton):
    """A drop-down button listing the panels' toggles (checked while shown), then Reset layout."""

    def __init__(self, reset_layout: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel_switcher")
        self.setIcon(icon("panels"))
        self.setText(translate("MainWindow", "Panels"))
        tip = translate("MainWindow", "Show or hide the panels around the map")
        self.setToolTip(tip)
        self.setStatusTip(tip)
        self.setToolButtonStyle(self.toolButtonStyle().ToolButtonTextBesideIcon)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        self._end = menu.addSeparator()
        menu.addAction(reset_layout)
        self.setMenu(menu)

    def add_toggle(self, toggle: QAction) -> None:
        """A panel's toggle, listed after those added before it."""
        self.menu().insertAction(self._end, toggle)

    def toggles(self) -> list[QAction]:
        return [a for a in self.menu().actions() if a.isCheckable()]


def add_panel_switcher(toolbar: QToolBar, reset_layout: QAction) -> PanelSwitcher:
    """The Panels button at the end of the main toolbar."""
    switcher = PanelSwitcher(reset_layout, toolbar)
    switcher.setIconSize(toolbar.iconSize())
    toolbar.addSeparator()
    toolbar.addWidget(switcher)
    return switcher
