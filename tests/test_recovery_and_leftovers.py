"""Recovery copies and leftovers of sessions that ended badly: recovered work does not overwrite what was
saved after the crash, copies are found whatever became of their process id or sidecar, and killed
sessions' working copies and half-written autosaves are cleaned at the next start. Saving keeps the
file's symbolic links, permissions, owner and group."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from clusterdesk.core import edits, working_copies
from clusterdesk.core.errors import FileChangedOnDiskError
from clusterdesk.core.project import Project
from clusterdesk.core.recovery import recovery_copies
from clusterdesk.core.safe_write import backup_path
from clusterdesk.core.userdirs import recovery_dir
from conftest import assert_valid_project

needs_proc = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="process start times need /proc")


def _add(project: Project, name: str) -> None:
    project.stack.push(edits.AddStakeholders([{"name": name, "lon": -78.2, "lat": 0.33}]))


def _names(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {row[0] for row in connection.execute("SELECT name FROM stakeholders")}
    finally:
        connection.close()


def _crash(project: Project) -> Path:
    """Autosave, then leave the recovery copy behind as a killed session does."""
    copy = project.autosave()
    project._remove_recovery_copy = lambda: None  # a killed process removes nothing
    project.close()
    return copy


def test_recovered_work_does_not_silently_overwrite_a_save_made_after_the_crash(new_project):
    path = new_project.path
    _add(new_project, "Unsaved before the crash")
    _crash(new_project)
    with Project.open(path) as other:  # after the crash, someone saves the file
        _add(other, "Saved after the crash")
        other.save()
    (copy,) = recovery_copies()
    recovered = Project.recover(copy)
    try:
        assert recovered.changed_on_disk()
        with pytest.raises(FileChangedOnDiskError):
            recovered.save()
        assert _names(path) == {"Saved after the crash"}
        recovered.save(overwrite_changed=True)  # the user chose to replace it; the .bak keeps it
        assert _names(backup_path(path)) == {"Saved after the crash"}
    finally:
        recovered.close()


def test_recovered_work_saves_without_a_question_when_the_file_is_as_it_was(new_project):
    path = new_project.path
    _add(new_project, "Unsaved before the crash")
    _crash(new_project)
    (copy,) = recovery_copies()
    with Project.recover(copy) as recovered:
        assert not recovered.changed_on_disk()
        recovered.save()
    assert _names(path) == {"Unsaved before the crash"}


@needs_proc
def test_recovery_copy_is_offered_when_its_process_id_belongs_to_a_younger_process(new_project):
    _add(new_project, "Work")
    copy = _crash(new_project)
    sidecar = copy.with_suffix(".json")
    an_hour_ago = time.time() - 3600
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
        sidecar.write_text(json.dumps({**data, "pid": other.pid}), encoding="utf-8")
        os.utime(sidecar, (an_hour_ago, an_hour_ago))  # written before that process started
        assert [c.path for c in recovery_copies()] == [copy]
    finally:
        other.kill()
        other.wait()


def test_recovery_copy_with_a_truncated_sidecar_is_still_offered(new_project):
    _add(new_project, "Work")
    copy = _crash(new_project)
    sidecar = copy.with_suffix(".json")
    sidecar.write_bytes(sidecar.read_bytes()[:17])
    (found,) = recovery_copies()
    assert found.path == copy
    assert found.cluster_name == "Test cluster"  # read from the copy itself
    with Project.recover(found) as recovered:
        assert len(recovered.stakeholder_points()) == 1


def test_half_written_autosave_of_a_killed_session_is_removed(new_project):
    _add(new_project, "Work")
    new_project.autosave()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True)
    pid = int(dead.stdout)
    leftover = recovery_dir() / f".{new_project.recovery_path.name}.saving-{pid}"
    leftover.write_bytes(b"half a database")
    recovery_copies()
    assert not leftover.exists()
    assert new_project.recovery_path.exists()  # the live session's own copy stays


@needs_proc
def test_working_copies_of_killed_sessions_are_removed_at_the_next_start(tmp_path):
    environment = {**os.environ, "TMPDIR": str(tmp_path)}
    script = (
        "import os, sys; from clusterdesk.core.project import Project;"
        "p = Project.new(None, 'Killed'); print(p.working_path, flush=True); os.kill(os.getpid(), 9)"
    )
    killed = subprocess.run([sys.executable, "-c", script], env=environment, capture_output=True, text=True)
    left = Path(killed.stdout.strip()).parent
    assert left.exists() and left.parent == tmp_path
    live = subprocess.Popen(
        [sys.executable, "-c", "from clusterdesk.core.project import Project; import time;"
         "p = Project.new(None, 'Live'); print(p.working_path, flush=True); time.sleep(60)"],
        env=environment, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        live_folder = Path(live.stdout.readline().strip()).parent
        assert not left.exists()  # the live session's start removed the killed one's folder
        removed = working_copies.remove_stale_working_copies(tmp_path)
        assert removed == [] and live_folder.exists()  # a running session's copy is never touched
    finally:
        live.kill()
        live.wait()


def test_saving_through_a_symbolic_link_keeps_the_link(new_project, tmp_path):
    real = new_project.path
    new_project.close()
    link = tmp_path / "shortcut.gpkg"
    link.symlink_to(real)
    with Project.open(link) as project:
        _add(project, "Through the link")
        project.save()
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert _names(real) == {"Through the link"}
    assert_valid_project(real)


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_saving_keeps_permissions_owner_and_group_of_file_and_backup(new_project):
    path = new_project.path
    path.chmod(0o600)
    group = os.getgid()
    if os.geteuid() == 0:
        group = next((g for g in (100, 50, 1) if g != os.stat(path).st_gid), group)
        os.chown(path, -1, group)
    _add(new_project, "Personal data")
    new_project.save()
    for item in (path, backup_path(path)):
        status = item.stat()
        assert stat.S_IMODE(status.st_mode) == 0o600, item
        assert status.st_gid == group, item
