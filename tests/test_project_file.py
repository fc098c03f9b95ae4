from __future__ import annotations

import sqlite3
import subprocess

import pytest

from clusterdesk.core import edits
from clusterdesk.core.errors import (
    CorruptProjectError,
    FileChangedOnDiskError,
    NewerVersionError,
    NotAProjectError,
    ReadOnlyProjectError,
)
from clusterdesk.core.project import Project
from clusterdesk.core.recovery import recovery_copies
from clusterdesk.core.safe_write import backup_path
from conftest import assert_valid_project


def _add_two(project: Project) -> None:
    project.stack.push(
        edits.AddStakeholders(
            [
                {"name": "Textiles Imbabura", "lon": -78.22, "lat": 0.33, "employees": 40,
                 "women_employees": 31},
                {"name": "Hilados del Norte", "kind": "supplier", "lon": -78.13, "lat": 0.35},
            ]
        )
    )


def test_new_project_is_valid_geopackage(new_project):
    assert_valid_project(new_project.path)
    assert new_project.info().cluster_name == "Test cluster"
    assert not new_project.is_dirty


def test_edit_save_reopen_keeps_data_and_backup(new_project):
    path = new_project.path
    _add_two(new_project)
    assert new_project.is_dirty
    new_project.save()
    assert not new_project.is_dirty
    assert backup_path(path).exists()
    assert_valid_project(path)
    reopened = Project.open(path)
    try:
        points = reopened.stakeholder_points()
        assert len(points) == 2
        assert points.lon[0] == pytest.approx(-78.22)
        assert not list(path.parent.glob(f".{path.name}.*"))  # no temporaries left
    finally:
        reopened.close()


def test_undo_back_to_saved_state_is_clean(new_project):
    _add_two(new_project)
    new_project.stack.undo()
    assert not new_project.is_dirty
    new_project.stack.redo()
    assert new_project.is_dirty
    assert new_project.stack.undo_label == "Add 2 stakeholders"


def test_not_a_project_is_refused_and_unchanged(tmp_path):
    text = tmp_path / "notes.gpkg"
    text.write_text("hello")
    with pytest.raises(NotAProjectError, match="not a GeoPackage"):
        Project.open(text)
    assert text.read_text() == "hello"
    plain = tmp_path / "plain.sqlite"
    sqlite3.connect(plain).execute("CREATE TABLE t (a)").connection.commit()
    before = plain.read_bytes()
    with pytest.raises(NotAProjectError, match="not a ClusterDesk project"):
        Project.open(plain)
    assert plain.read_bytes() == before


def test_newer_version_is_refused(new_project):
    path = new_project.path
    connection = sqlite3.connect(path)
    connection.execute("UPDATE clusterdesk_meta SET value = '999' WHERE key = 'schema_version'")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(NewerVersionError, match="newer ClusterDesk"):
        Project.open(path)
    assert path.read_bytes() == before


def test_corrupt_file_is_refused(new_project):
    _add_two(new_project)
    new_project.save()
    data = bytearray(new_project.path.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # wipe a page
    broken = new_project.path.with_name("broken.gpkg")
    broken.write_bytes(bytes(data))
    with pytest.raises(CorruptProjectError, match="damaged"):
        Project.open(broken)
    assert broken.read_bytes() == bytes(data)


def test_read_only_file_cannot_be_saved_in_place(new_project):
    path = new_project.path
    new_project.close()
    path.chmod(0o444)
    try:
        project = Project.open(path)
        assert project.read_only
        _add_two(project)
        with pytest.raises(ReadOnlyProjectError, match="under another name"):
            project.save()
        project.close()
    finally:
        path.chmod(0o644)


def test_change_on_disk_is_detected(new_project):
    other = sqlite3.connect(new_project.path)
    other.execute("UPDATE project_info SET region = 'Imbabura'")
    other.commit()
    other.close()
    assert new_project.changed_on_disk()
    _add_two(new_project)
    with pytest.raises(FileChangedOnDiskError):
        new_project.save()
    new_project.save(overwrite_changed=True)
    assert not new_project.changed_on_disk()


def test_autosave_and_recovery(new_project):
    _add_two(new_project)
    recovery = new_project.autosave()
    assert recovery is not None and recovery.exists()
    copies = recovery_copies()
    assert [c.original for c in copies] == [new_project.path]
    recovered = Project.recover(copies[0])
    try:
        assert recovered.is_dirty
        assert len(recovered.stakeholder_points()) == 2
        assert recovered.path == new_project.path
    finally:
        recovered.close()
    assert recovery_copies() == []


def test_rtree_follows_moves_and_deletes(new_project):
    from clusterdesk.core import gpkg

    _add_two(new_project)
    new_project.stack.push(edits.move_stakeholder(1, -78.5, 0.5, "Textiles Imbabura"))
    new_project.stack.push(edits.DeleteStakeholders([2]))
    assert gpkg.rtree_mismatches(new_project.connection, "stakeholders") == 0
    new_project.stack.undo()
    new_project.stack.undo()
    assert gpkg.rtree_mismatches(new_project.connection, "stakeholders") == 0
    new_project.save()
    assert_valid_project(new_project.path)


def test_recovery_copy_of_a_running_instance_is_not_offered(new_project):
    import json
    import subprocess
    import sys

    _add_two(new_project)
    recovery = new_project.autosave()
    sidecar = recovery.with_suffix(".json")
    data = json.loads(sidecar.read_text(encoding="utf-8"))
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        data["pid"] = other.pid
        sidecar.write_text(json.dumps(data), encoding="utf-8")
        assert recovery_copies() == []  # still in use by a live process
    finally:
        other.kill()
        other.wait()
    assert [c.path for c in recovery_copies()] == [recovery]  # its owner is gone: a crash


def test_stale_save_temporary_is_removed_even_when_its_process_id_is_reused(new_project):
    import os
    import sys
    import time

    from clusterdesk.core.safe_write import remove_stale_temporaries

    if not os.path.exists(f"/proc/{os.getpid()}/stat"):
        pytest.skip("process start times come from /proc (Linux)")
    path = new_project.path
    # A temporary left by a killed save whose process id now belongs to a younger, live process
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        leftover = path.with_name(f".{path.name}.saving-{other.pid}")
        leftover.write_bytes(b"half a database")
        an_hour_ago = time.time() - 3600
        os.utime(leftover, (an_hour_ago, an_hour_ago))
        fresh = path.with_name(f".{path.name}.backup-{other.pid}")
        fresh.write_bytes(b"being written now")  # written after the live process started: still in use
        remove_stale_temporaries(path)
        assert not leftover.exists()
        assert fresh.exists()
    finally:
        other.kill()
        other.wait()
    remove_stale_temporaries(path)
    assert not fresh.exists()  # its process is gone now
