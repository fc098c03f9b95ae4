"""A main window opened on a project as a user opens it, for the layout tests."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

LAPTOP = (1366, 768)


def settle(rounds: int = 10) -> None:
    for _ in range(rounds):
        QCoreApplication.processEvents()


def window_on_map(make_window, path, qtbot, size: tuple[int, int] = LAPTOP):
    """A shown window of `size` with `path` opened and its map in front."""
    window = make_window(show=False)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    assert window.documents.open_path(path)
    qtbot.waitUntil(lambda: window.central.currentWidget() is window.canvas, timeout=5000)
    settle()
    return window
