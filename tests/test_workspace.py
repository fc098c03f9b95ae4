"""The Qt-free application object: lifecycle, recent files, autosave, recovery and disk changes."""

from __future__ import annotations

import sqlite3

import pytest

from clusterdesk.core import edits
from clusterdesk.core.errors import FileChangedOnDiskError, NotAProjectError, ProjectFileError
from clusterdesk.core.project import Project
from clusterdesk.core.workspace import MAX_RECENT_FILES, RecentFiles, UnsavedChangesError, Workspace
from conftest import assert_valid_project


def _add(workspace: Workspace, name: str = "Textiles Imbabura") -> None:
    workspace.project.stack.push(edits.AddStakeholders([{"name": name, "lon": -78.22, "lat": 0.33}]))


@pytest.fixture
def workspace():
    ws = Workspace()
    yield ws
    ws.shutdown()


def test_new_save_reopen_round_trip(workspace, tmp_path):
    path = tmp_path / "garments.gpkg"
    opened = []
    workspace.project_changed.connect(opened.append)
    workspace.new(path, "Atuntaqui garments", country="EC")
    _add(workspace)
    assert workspace.state.dirty and workspace.state.undo_label == "Add Textiles Imbabura"
    workspace.save()
    assert not workspace.state.dirty
    workspace.close()
    assert workspace.project is None and opened[-1] is None
    workspace.open(path)
    assert len(workspace.project.stakeholder_points()) == 1
    assert workspace.recent.paths() == [path]
    assert_valid_project(path)


def test_unsaved_work_is_never_dropped_silently(workspace, tmp_path):
    workspace.new(tmp_path / "a.gpkg", "A")
    other = Project.new(tmp_path / "b.gpkg", "B")
    other.close()
    _add(workspace)
    with pytest.raises(UnsavedChangesError, match="unsaved changes"):
        workspace.open(tmp_path / "b.gpkg")
    with pytest.raises(UnsavedChangesError):
        workspace.close()
    assert workspace.project.info().cluster_name == "A"
    workspace.open(tmp_path / "b.gpkg", discard_unsaved=True)
    assert workspace.project.info().cluster_name == "B"


def test_failed_open_keeps_current_project_and_file(workspace, tmp_path):
    workspace.new(tmp_path / "a.gpkg", "A")
    not_a_project = tmp_path / "notes.gpkg"
    not_a_project.write_bytes(b"name,kind\nTextiles,enterprise\n")
    before = not_a_project.read_bytes()
    with pytest.raises(NotAProjectError, match="notes.gpkg is not a ClusterDesk project"):
        workspace.open(not_a_project)
    assert workspace.project.info().cluster_name == "A"
    assert not_a_project.read_bytes() == before
    assert not_a_project not in workspace.recent.paths(existing_only=False)


def test_missing_recent_file_is_dropped_from_the_list(workspace, tmp_path):
    path = tmp_path / "gone.gpkg"
    Project.new(path, "Gone").close()
    workspace.open(path)
    workspace.close()
    path.unlink()
    with pytest.raises(ProjectFileError, match="does not exist"):
        workspace.open(path)
    assert workspace.recent.paths(existing_only=False) == []


def test_recent_files_newest_first_limited_and_tolerant(tmp_path):
    recent = RecentFiles(tmp_path / "recent.json")
    files = []
    for index in range(MAX_RECENT_FILES + 3):
        files.append(tmp_path / f"p{index}.gpkg")
        files[-1].write_bytes(b"x")
        recent.add(files[-1])
    recent.add(files[0])
    listed = recent.paths()
    assert len(listed) == MAX_RECENT_FILES
    assert listed[0] == files[0] and listed[1] == files[-1]
    (tmp_path / "recent.json").write_text("{not json", encoding="utf-8")
    assert recent.paths() == []


def test_selection_follows_deletes_and_undo(workspace, tmp_path):
    workspace.new(tmp_path / "a.gpkg", "A")
    _add(workspace, "One")
    _add(workspace, "Two")
    workspace.select_all()
    assert len(workspace.selection) == 2
    first = min(workspace.selection.fids)
    workspace.project.stack.push(edits.DeleteStakeholders([first]))
    assert first not in workspace.selection and len(workspace.selection) == 1
    workspace.select_none()
    assert len(workspace.selection) == 0


def test_autosave_then_crash_offers_recovery(tmp_path):
    crashed = Workspace()
    crashed.new(tmp_path / "a.gpkg", "Crashed cluster")
    assert crashed.autosave_tick() is None  # nothing unsaved yet
    _add(crashed)
    copy_path = crashed.autosave_tick()
    assert copy_path is not None and copy_path.exists()
    # The process dies: the working copy is never closed, the recovery copy stays behind.
    survivor = Workspace()
    copies = survivor.pending_recovery_copies()
    assert [c.cluster_name for c in copies] == ["Crashed cluster"]
    survivor.recover(copies[0])
    assert survivor.state.dirty
    assert len(survivor.project.stakeholder_points()) == 1
    survivor.save()
    assert not copies[0].path.exists()  # saved work no longer needs its recovery copy
    survivor.shutdown()
    crashed.project.close()


def test_own_recovery_copy_is_not_offered(workspace, tmp_path):
    workspace.new(tmp_path / "a.gpkg", "A")
    _add(workspace)
    workspace.autosave_tick()
    assert workspace.pending_recovery_copies() == []


def test_disk_change_is_reported_once_and_save_asks(workspace, tmp_path):
    path = tmp_path / "a.gpkg"
    workspace.new(path, "A")
    assert not workspace.check_disk_change()
    other = sqlite3.connect(path)
    other.execute("UPDATE project_info SET region = 'Imbabura'")
    other.commit()
    other.close()
    assert workspace.check_disk_change()
    assert not workspace.check_disk_change()  # already asked about this change
    _add(workspace)
    with pytest.raises(FileChangedOnDiskError):
        workspace.save()
    workspace.save(overwrite_changed=True)
    assert not workspace.check_disk_change()


def test_reload_reads_the_file_again(workspace, tmp_path):
    path = tmp_path / "a.gpkg"
    workspace.new(path, "A")
    other = Project.open(path)
    other.stack.push(edits.AddStakeholders([{"name": "Added elsewhere", "lon": 1.0, "lat": 2.0}]))
    other.save(overwrite_changed=True)
    other.close()
    assert workspace.check_disk_change()
    workspace.reload()
    assert len(workspace.project.stakeholder_points()) == 1
    assert not workspace.check_disk_change()


def test_save_as_adds_extension_and_new_needs_a_name(workspace, tmp_path):
    workspace.new(None, "Unsaved")
    with pytest.raises(ProjectFileError, match="Save As"):
        workspace.save()
    saved = workspace.save_as(tmp_path / "named")
    assert saved.name == "named.gpkg" and saved.exists()
    assert_valid_project(saved)
    with pytest.raises(ProjectFileError, match="cluster name is empty"):
        workspace.new(None, "   ")
