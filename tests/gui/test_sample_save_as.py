"""A sample opened from the start page can be edited, but Ctrl+S asks for a new file and leaves it alone."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from clusterdesk.core import edits, samples
from clusterdesk.gui import ask


def test_ctrl_s_on_a_sample_asks_for_a_new_name(make_window, small_project, tmp_path, monkeypatch, qtbot,
                                                 dialogs, assert_valid):  # fmt: skip
    folder = tmp_path / "install" / samples.SAMPLE_FOLDER_NAME
    folder.mkdir(parents=True)
    sample = folder / "atuntaqui_garments.gpkg"
    shutil.copyfile(small_project, sample)
    shipped = sample.read_bytes()
    monkeypatch.setattr(samples, "sample_project_folders", lambda: [folder])
    own = tmp_path / "mine" / "my_garments.gpkg"
    own.parent.mkdir()
    asked = []

    def save_file_name(_parent, title, suggested, _filters):
        asked.append((title, suggested))
        return str(own)

    monkeypatch.setattr(ask, "save_file_name", save_file_name)

    window = make_window()
    window.refresh_start_page()
    listed = window.start_page.sample_list
    assert listed.count() == 1 and listed.item(0).data(Qt.ItemDataRole.UserRole) == sample
    listed.itemActivated.emit(listed.item(0))
    qtbot.waitUntil(lambda: window.central.currentWidget() is window.canvas, timeout=5000)
    assert window.statusBar().currentMessage() == "Sample project: Save As to keep your changes"
    assert window.windowTitle() == "atuntaqui_garments[*] (sample) — ClusterDesk"
    assert window.canvas.editable()  # a sample is for trying things out

    project = window.workspace.project
    project.stack.push(edits.AddStakeholders([{"name": "Tejidos Nuevos", "lon": -78.22, "lat": 0.33}]))
    assert window.isWindowModified()
    assert window.menu_actions["save"].shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    window.activateWindow()
    window.canvas.setFocus()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    QTest.keyClick(window.canvas, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(asked), timeout=3000)

    title, suggested = asked[0]
    assert title == "Save project as"
    assert not samples.is_bundled_sample(suggested), "the suggestion must lead away from the samples"
    assert sample.read_bytes() == shipped
    assert sorted(p.name for p in folder.iterdir()) == ["atuntaqui_garments.gpkg"]  # no .bak, no temp
    assert window.workspace.project.path == own and not window.isWindowModified()
    assert window.windowTitle() == "my_garments[*] — ClusterDesk"
    assert not dialogs.errors
    assert_valid(own)
    names = [r[0] for r in window.workspace.project.connection.execute("SELECT name FROM stakeholders")]
    assert "Tejidos Nuevos" in names

    # Later saves go to the user's own file without asking again
    window.workspace.project.stack.push(edits.AddStakeholders([{"name": "Otra", "lon": -78.2, "lat": 0.3}]))
    QTest.keyClick(window.canvas, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isWindowModified(), timeout=3000)
    assert len(asked) == 1 and sample.read_bytes() == shipped


def test_choosing_the_sample_itself_in_save_as_is_refused(make_window, small_project, tmp_path, monkeypatch,
                                                          qtbot, dialogs):  # fmt: skip
    folder = tmp_path / samples.SAMPLE_FOLDER_NAME
    folder.mkdir()
    sample = folder / "garments.gpkg"
    shutil.copyfile(small_project, sample)
    shipped = sample.read_bytes()
    monkeypatch.setattr(samples, "sample_project_folders", lambda: [folder])
    monkeypatch.setattr(ask, "save_file_name", lambda *_args: str(sample))
    window = make_window()
    assert window.documents.open_path(sample)
    window.workspace.project.stack.push(edits.AddStakeholders([{"name": "X", "lon": -78.2, "lat": 0.3}]))
    assert not window.documents.save()
    assert dialogs.errors and "sample project" in dialogs.errors[0][0]
    assert sample.read_bytes() == shipped and window.isWindowModified()
