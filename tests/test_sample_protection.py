"""Shipped sample projects open in place but are never written over: Save has to take a new name."""

from __future__ import annotations

import shutil

import pytest

from clusterdesk.core import edits, samples
from clusterdesk.core.errors import ReadOnlyProjectError
from clusterdesk.core.project import Project
from clusterdesk.core.workspace import RecentFiles, Workspace
from conftest import assert_valid_project


@pytest.fixture
def sample_folder(tmp_path, monkeypatch):
    """A sample folder holding one small project, standing in for the bundled sample_projects/."""
    folder = tmp_path / "install" / samples.SAMPLE_FOLDER_NAME
    folder.mkdir(parents=True)
    Project.new(folder / "garments.gpkg", "Atuntaqui garments", country="EC").close()
    monkeypatch.setattr(samples, "sample_project_folders", lambda: [folder])
    return folder


def test_files_in_the_sample_folder_are_samples(sample_folder, tmp_path):
    sample = sample_folder / "garments.gpkg"
    assert samples.is_bundled_sample(sample)
    assert samples.is_bundled_sample(sample_folder / "not_yet_there.gpkg")  # Save As may not create one
    assert samples.is_bundled_sample(sample_folder / ".." / samples.SAMPLE_FOLDER_NAME / "garments.gpkg")
    copy = tmp_path / "garments.gpkg"
    shutil.copyfile(sample, copy)
    assert not samples.is_bundled_sample(copy)
    assert not samples.is_bundled_sample(sample_folder / "notes.csv")
    assert not samples.is_bundled_sample(None)
    assert samples.sample_projects() == [sample]


def test_a_link_to_a_sample_is_a_sample(sample_folder, tmp_path):
    link = tmp_path / "my_garments.gpkg"
    link.symlink_to(sample_folder / "garments.gpkg")
    assert samples.is_bundled_sample(link)


def test_checkout_samples_are_found_and_protected():
    found = samples.sample_projects()
    if not found:
        pytest.skip("sample projects are not built in this checkout")
    assert all(p.suffix == ".gpkg" and p.parent.name == samples.SAMPLE_FOLDER_NAME for p in found)
    assert all(samples.is_bundled_sample(p) for p in found)


def test_save_refuses_to_overwrite_a_sample_and_save_as_keeps_the_changes(sample_folder, tmp_path):
    sample = sample_folder / "garments.gpkg"
    shipped = sample.read_bytes()
    workspace = Workspace(RecentFiles(tmp_path / "recent.json"))
    project = workspace.open(sample)
    assert workspace.is_sample and not project.read_only  # samples stay editable
    project.stack.push(edits.AddStakeholders([{"name": "Textiles Imbabura", "kind": "enterprise"}]))
    with pytest.raises(ReadOnlyProjectError, match="garments.gpkg is a sample project.*Save As"):
        workspace.save()
    with pytest.raises(ReadOnlyProjectError, match="sample project"):
        workspace.save_as(sample_folder / "garments_changed")  # not beside the samples either
    assert sample.read_bytes() == shipped
    assert sorted(p.name for p in sample_folder.iterdir()) == ["garments.gpkg"]
    own = workspace.save_as(tmp_path / "my_garments.gpkg")
    assert not workspace.is_sample and not workspace.is_dirty
    workspace.close()
    assert_valid_project(own)
    with Project.open(own) as reopened:
        assert len(reopened.stakeholder_points()) == 1
    assert sample.read_bytes() == shipped


def test_own_projects_save_in_place(sample_folder, tmp_path):
    workspace = Workspace(RecentFiles(tmp_path / "recent.json"))
    workspace.new(tmp_path / "own.gpkg", "Own cluster")
    assert not workspace.is_sample
    workspace.project.stack.push(edits.AddStakeholders([{"name": "A", "kind": "enterprise"}]))
    assert workspace.save() == tmp_path / "own.gpkg"
    workspace.close()


def test_recovered_work_on_a_sample_still_needs_a_new_name(sample_folder, tmp_path):
    sample = sample_folder / "garments.gpkg"
    shipped = sample.read_bytes()
    crashed = Workspace(RecentFiles(tmp_path / "recent.json"))
    crashed.open(sample)
    assert crashed.state.sample
    crashed.project.stack.push(edits.AddStakeholders([{"name": "Tejidos Nuevos", "kind": "enterprise"}]))
    crashed.autosave_tick()  # then the program ends without closing: the recovery copy stays

    restarted = Workspace(RecentFiles(tmp_path / "recent.json"))
    [copy] = restarted.pending_recovery_copies()
    assert copy.original == sample
    restarted.recover(copy)
    assert restarted.is_sample and restarted.state.sample
    with pytest.raises(ReadOnlyProjectError):
        restarted.save()
    restarted.save_as(tmp_path / "recovered.gpkg")
    assert not restarted.state.sample
    restarted.close()
    crashed.project.stack.set_clean()
    crashed.close()
    assert sample.read_bytes() == shipped
    assert_valid_project(tmp_path / "recovered.gpkg")
