"""Quit ▸ Save that cannot save (a full disk) keeps the window open with the work in it."""

from __future__ import annotations

import shutil

from clusterdesk.core import edits
from clusterdesk.gui import ask
from clusterdesk.gui.ask import Answer


def test_quit_with_save_on_a_full_disk_keeps_the_window_and_the_work(
    make_window, small_project, small_disk, dialogs, monkeypatch, qtbot
):
    disk = small_disk(small_project.stat().st_size + 16 * 1024)  # room for the file, not for its .bak
    path = disk / small_project.name
    shutil.copyfile(small_project, path)
    window = make_window()
    assert window.documents.open_path(path)
    project = window.workspace.project
    rows = [{"name": f"Taller {i}", "lon": -78.2, "lat": 0.33} for i in range(2000)]
    project.stack.push(edits.AddStakeholders(rows))
    monkeypatch.setattr(ask, "save_discard_cancel", lambda *_args: Answer.SAVE)

    assert not window.close()  # the close was refused
    assert window.isVisible()
    assert window.workspace.project is project and project.is_dirty
    assert len(dialogs.errors) == 1 and "disk is full" in dialogs.errors[0][0]
    assert dialogs.errors[0][1] is None or "Traceback" not in dialogs.errors[0][0]
