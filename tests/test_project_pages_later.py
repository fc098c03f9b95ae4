"""Opening with the page check left running (the window shows the map first): a sound file opens and saves
as before; a file whose pages are damaged where opening does not read (an index) opens, and every
save is refused in the words opening would have used, the file unchanged."""

from __future__ import annotations

import sqlite3

import pytest

from clusterdesk.core import edits
from clusterdesk.core.errors import CorruptProjectError
from clusterdesk.core.project import Project

PAGE = 4096


def _saved_project(path):
    project = Project.new(path, "Pages", country="EC")
    rows = [{"name": f"Firm {i} " + "x" * 200, "lon": -78.2, "lat": 0.3} for i in range(600)]
    project.stack.push(edits.AddStakeholders(rows))
    project.save()
    project.close()
    return path


def _index_damaged(path):
    """Wipe the first page of the stakeholders' UUID index, which opening does not read (the copy takes
    pages as they are) but the page check walks."""
    connection = sqlite3.connect(path)
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    (root,) = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = 'stakeholders'"
        " AND sql IS NULL"  # the unique index SQLite makes for the uuid column
    ).fetchone()
    connection.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * page_size : root * page_size] = b"\xff" * page_size
    path.write_bytes(bytes(data))
    return path


def test_a_sound_file_opens_without_waiting_and_saves(tmp_path):
    path = _saved_project(tmp_path / "sound.gpkg")
    project = Project.open(path, check_pages_later=True)
    project.wait_for_page_check()
    assert project.pages_checked()
    project.stack.push(edits.AddStakeholders([{"name": "Late firm", "lon": -78.1, "lat": 0.2}]))
    project.save()
    project.close()
    with Project.open(path) as again:
        assert len(again.stakeholder_points()) == 601


def test_damaged_pages_refuse_every_save_in_the_opening_words(tmp_path):
    path = _index_damaged(_saved_project(tmp_path / "damaged.gpkg"))
    before = path.read_bytes()
    with pytest.raises(CorruptProjectError, match="is damaged") as at_open:
        Project.open(path)
    project = Project.open(path, check_pages_later=True)  # the map can be shown
    assert len(project.stakeholder_points()) == 600
    with pytest.raises(CorruptProjectError) as waited:
        project.wait_for_page_check()
    assert str(waited.value) == str(at_open.value)
    with pytest.raises(CorruptProjectError) as saving:
        project.save()
    assert str(saving.value) == str(at_open.value)
    with pytest.raises(CorruptProjectError):
        project.save(tmp_path / "elsewhere.gpkg")
    assert not (tmp_path / "elsewhere.gpkg").exists()
    project.close()
    assert path.read_bytes() == before
