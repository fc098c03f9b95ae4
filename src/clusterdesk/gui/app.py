"""Starting the desktop application: QApplication, style, error handling, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from clusterdesk import __version__
from clusterdesk.gui.errors import install_error_handlers
from clusterdesk.gui.i18n import install_translations
from clusterdesk.gui.icons import icon
from clusterdesk.gui.main_window import MainWindow
from clusterdesk.gui.settings import APPLICATION, ORGANISATION
from clusterdesk.gui.startup_timing import watch_first_map_paint


def make_application(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    """The QApplication with ClusterDesk's names (QSettings uses them), the interface language (the
    Preferences' choice unless `language` overrides it) and a calm Fusion palette."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    install_translations(app, language)
    app.setWindowIcon(icon("clusterdesk"))
    app.setStyle("Fusion")
    palette = app.style().standardPalette()
    # Fusion's defaults are grey on grey; a light neutral base with a teal accent reads better on maps
    palette.setColor(QPalette.ColorRole.Window, QColor("#eef1f4"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f5f7f9"))
    palette.setColor(QPalette.ColorRole.Button, QColor("#f4f6f8"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#1f7a8c"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Link, QColor("#1f7a8c"))
    app.setPalette(palette)
    return app


def open_main_window(path: Path | None = None) -> MainWindow:
    """Show the window; open `path`, or offer recovery copies, or reopen the last project."""
    window = MainWindow()
    watch_first_map_paint(window)
    window.show()

    def after_show() -> None:
        if window.documents.offer_recovery():
            return
        if path is not None:
            window.documents.open_path(path)
        elif window.reopen_last:
            recent = window.workspace.recent.paths()
            if recent:
                window.documents.open_path(recent[0])

    # Questions and opening wait until the window is on screen, so the user sees where they belong
    QTimer.singleShot(0, window, after_show)
    return window


def run(path: Path | None = None, language: str | None = None) -> int:
    app = make_application(language=language)
    install_error_handlers()
    window = open_main_window(path)
    code = app.exec()
    del window
    return code
