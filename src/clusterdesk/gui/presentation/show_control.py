"""Starting a show: the audience's window full screen on the chosen screen, and the presenter's view on
the other one when there are two (screens.plan_screens decides which is which)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from clusterdesk.core.project import Project
from clusterdesk.gui.presentation.presenter_view import PresenterView
from clusterdesk.gui.presentation.screens import SCREEN_SETTING, ScreenLike, plan_screens
from clusterdesk.gui.presentation.show_window import ShowWindow
from clusterdesk.gui.presentation.slides import Slide
from clusterdesk.gui.settings import app_settings


class ShowSession(QObject):
    """One running show; it ends with the audience's window (Esc)."""

    def __init__(
        self,
        project: Project,
        slides: list[Slide],
        start: int,
        *,
        language: str | None,
        screens: list[ScreenLike] | None = None,
        window_screen: int = 0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.screens = screens if screens is not None else list(QGuiApplication.screens())
        remembered = app_settings().value(SCREEN_SETTING, "", type=str) or None
        self.plan = plan_screens(self.screens, window_screen, remembered)
        self.show_window = ShowWindow(project, slides, start, language=language)
        self.presenter: PresenterView | None = None
        self.show_window.left.connect(self._ended)
        self.show_window.go_to(start, animate=False)

    def start(self) -> None:
        audience = self.screens[self.plan.audience]
        _place(self.show_window, audience)
        self.show_window.showFullScreen()
        self.show_window.activateWindow()
        self.show_window.setFocus()
        if self.plan.presenter is not None:
            self.presenter = PresenterView(self.show_window)
            _place(self.presenter, self.screens[self.plan.presenter])
            self.presenter.showMaximized()
            self.show_window.activateWindow()

    def choose_screen(self, name: str) -> None:
        app_settings().setValue(SCREEN_SETTING, name)

    def _ended(self) -> None:
        if self.presenter is not None:
            self.presenter.close()
        self.deleteLater()


def _place(window: QWidget, screen: ScreenLike) -> None:
    if isinstance(screen, QScreen):
        window.setScreen(screen)
    rect: QRect = screen.geometry()
    window.setGeometry(rect)
