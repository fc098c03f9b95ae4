"""A dock whose panel is built when it is first needed: when the dock is first shown, or when code asks
for its widget. A window with ten panels then starts with only the panels it shows, without importing
(or filling from the project) the ones the user has not opened yet."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDockWidget, QWidget


class LazyDock(QDockWidget):
    def __init__(self, title: str, build: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._build: Callable[[], QWidget] | None = build
        super().setWidget(QWidget(self))  # an empty stand-in keeps the dock's frame and title

    @property
    def built(self) -> bool:
        return self._build is None

    def build(self) -> QWidget:
        """The panel, built now if it was not yet."""
        if self._build is not None:
            build, self._build = self._build, None
            stand_in = super().widget()
            super().setWidget(build())
            stand_in.deleteLater()
        return super().widget()

    def widget(self) -> QWidget:
        return self.build()

    def setWidget(self, widget: QWidget) -> None:  # noqa: N802 - Qt's name
        self._build = None  # a panel given directly replaces the one that would have been built
        super().setWidget(widget)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        self.build()
        super().showEvent(event)
