"""A project's first health check waits for the window's first painted map of it, so that on a large
project the checks do not compete with the map; with no map on screen they run at once."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from clusterdesk.gui.checks.after_paint import AfterFirstMapPaint


def test_the_first_check_starts_after_the_map_is_painted(make_window, small_project, qtbot):
    path = small_project
    window = make_window()
    panel = window.docks["checks"].widget()
    canvas = window.canvas
    started_with: list[tuple[int, bool]] = []
    original_run = panel.run

    def run() -> None:
        started_with.append((canvas.render_count, canvas._image_viewport == canvas.viewport))
        original_run()

    panel.run = run
    renders_before = canvas.render_count
    assert window.documents.open_path(path)
    qtbot.waitUntil(lambda: panel.report is not None, timeout=10000)
    assert started_with, "the checks never started"
    count, current = started_with[0]
    assert count > renders_before and current  # a map of this project was on the canvas first
    assert panel.summary.text() == "No problems found."


def test_with_no_map_on_screen_the_callback_comes_at_once(qtbot):
    class HiddenCanvas(QWidget):
        project = None
        render_count = 0

    canvas = HiddenCanvas()
    qtbot.addWidget(canvas)
    called = []
    waiter = AfterFirstMapPaint(canvas)
    waiter.call_after_paint(lambda: called.append(True))
    assert waiter.waiting
    qtbot.waitUntil(lambda: called == [True], timeout=1000)
    assert not waiter.waiting


def test_a_newer_wait_replaces_the_older_one(qtbot):
    canvas = QWidget()
    qtbot.addWidget(canvas)
    called = []
    waiter = AfterFirstMapPaint(canvas)
    waiter.call_after_paint(lambda: called.append("first"))
    waiter.call_after_paint(lambda: called.append("second"))
    qtbot.waitUntil(lambda: called == ["second"], timeout=1000)
    qtbot.wait(50)
    assert called == ["second"]


def test_a_damaged_file_shows_its_map_then_the_damage_and_refuses_to_save(make_window, small_project, qtbot):
    import sqlite3

    import pytest

    from clusterdesk.core.errors import CorruptProjectError

    connection = sqlite3.connect(small_project)
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    (root,) = connection.execute(
        "SELECT rootpage FROM sqlite_master"
        " WHERE type = 'index' AND tbl_name = 'stakeholders' AND sql IS NULL"
    ).fetchone()  # the uuid column's index: opening does not read it, the page check does
    connection.close()
    data = bytearray(small_project.read_bytes())
    data[(root - 1) * page_size : root * page_size] = b"\xff" * page_size
    small_project.write_bytes(bytes(data))
    window = make_window()
    assert window.documents.open_path(small_project)
    qtbot.waitUntil(lambda: window.canvas.render_count > 0, timeout=10000)
    panel = window.docks["checks"].widget()
    qtbot.waitUntil(panel.notice.isVisible, timeout=10000)
    assert panel.notice.text() == '<a href="checks">atuntaqui.gpkg is damaged.</a>'
    assert "Open its backup" in panel.notice.toolTip() and "Open its backup" in panel.summary.text()
    with pytest.raises(CorruptProjectError, match="is damaged"):
        window.workspace.save()
    assert small_project.read_bytes() == bytes(data)
