"""A dock whose panel is built when it is first needed: when the dock is first shown, or when code asks
for its widget. A window with ten panels then starts with only the panels it shows, without importing
(or filling from the project) the ones the user has not opened yet."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDockWidget, QFrame, QScrollArea, QWidget

# A panel in a scrolling dock may be this low before its contents scroll (the dock's own minimum)
SCROLLING_MINIMUM_HEIGHT = 120


class _VerticalScroll(QScrollArea):
    """Holds a panel that may be lower than its contents need: they scroll up and down, never sideways, so
    the dock keeps the panel's minimum width and a laptop screen keeps its map."""

    def __init__(self, panel: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(panel)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # the panel's own minimum width (the dock is as narrow as before); only the height gives way
        hint = self.widget().minimumSizeHint()
        return QSize(hint.width(), min(hint.height(), SCROLLING_MINIMUM_HEIGHT))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.widget().sizeHint()


class LazyDock(QDockWidget):
    def __init__(
        self,
        title: str,
        build: Callable[[], QWidget],
        parent: QWidget | None = None,
        *,
        scrolling: bool = False,
    ) -> None:
        """`scrolling`: the panel's contents scroll when the dock is lower than they need (bottom panels,
        which would otherwise take the map's height)."""
        super().__init__(title, parent)
        self._build: Callable[[], QWidget] | None = build
        self._scrolling = scrolling
        self._panel: QWidget | None = None
        super().setWidget(QWidget(self))  # an empty stand-in keeps the dock's frame and title

    @property
    def built(self) -> bool:
        return self._build is None

    def build(self) -> QWidget:
        """The panel, built now if it was not yet."""
        if self._build is not None:
            build, self._build = self._build, None
            stand_in = super().widget()
            self._place(build())
            stand_in.deleteLater()
        return self._panel if self._panel is not None else super().widget()

    def _place(self, panel: QWidget) -> None:
        self._panel = panel
        super().setWidget(_VerticalScroll(panel, self) if self._scrolling else panel)

    def widget(self) -> QWidget:
        return self.build()

    def setWidget(self, widget: QWidget) -> None:  # noqa: N802 - Qt's name
        self._build = None  # a panel given directly replaces the one that would have been built
        self._place(widget)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        self.build()
        super().showEvent(event)
