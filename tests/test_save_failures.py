"""A save that cannot finish (full disk, unwritable folder) says what to do, keeps the work open and the
previous file intact, and leaves no temporary behind."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from clusterdesk.core import edits
from clusterdesk.core.errors import ProjectFileError
from clusterdesk.core.project import Project
from clusterdesk.core.safe_write import backup_path

STARTING = 3_000


def _rows(count: int, prefix: str) -> list[dict]:
    return [{"name": f"{prefix} {i:06d}", "lon": -78.2 + i * 1e-6, "lat": 0.33} for i in range(count)]


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "atuntaqui.gpkg"
    with Project.new(path, "Atuntaqui garments", country="EC") as project:
        project.stack.push(edits.AddStakeholders(_rows(STARTING, "Taller")))
        project.save()
    return path


def _count(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return connection.execute("SELECT count(*) FROM stakeholders").fetchone()[0]
    finally:
        connection.close()


def _leftovers(path: Path) -> list[str]:
    names = [p.name for p in path.parent.iterdir()]
    return [n for n in names if n.startswith(f".{path.name}.") or n.endswith(("-journal", "-wal"))]


@pytest.mark.parametrize("room_for_backup", [False, True], ids=["no-room-for-backup", "no-room-to-grow"])
def test_save_on_a_full_disk_keeps_the_work_and_the_file(template, small_disk, room_for_backup):
    size = template.stat().st_size
    disk = small_disk(int(size * (2.6 if room_for_backup else 1.5)))
    path = disk / template.name
    shutil.copyfile(template, path)
    with Project.open(path) as project:
        project.stack.push(edits.AddStakeholders(_rows(STARTING * 3, "Nuevo")))
        with pytest.raises(ProjectFileError, match="disk is full") as failed:
            project.save()
        assert "another drive" in str(failed.value)
        assert project.is_dirty and len(project.stakeholder_points()) == STARTING * 4
        assert _count(path) == STARTING
        assert _leftovers(path) == []
        if backup_path(path).exists():
            assert _count(backup_path(path)) == STARTING
        # Save As elsewhere still works
        elsewhere = project.save(template.parent / "elsewhere.gpkg")
        assert _count(elsewhere) == STARTING * 4


def test_command_line_save_on_a_full_disk_says_it_in_one_line(template, small_disk, tmp_path):
    disk = small_disk(int(template.stat().st_size * 1.5))
    path = disk / template.name
    shutil.copyfile(template, path)
    table = tmp_path / "new.csv"
    table.write_text(
        "name,latitude,longitude\n" + "".join(f"Nuevo {i},0.34,-78.21\n" for i in range(STARTING * 3)),
        encoding="utf-8",
    )
    finished = subprocess.run(
        [sys.executable, "-m", "clusterdesk.cli.main", "import-stakeholders", str(path), str(table)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert finished.returncode == 1
    lines = finished.stderr.strip().splitlines()
    assert len(lines) == 1 and "disk is full" in lines[0], finished.stderr
    assert _count(path) == STARTING
    assert _leftovers(path) == []


def test_save_as_into_a_folder_that_cannot_be_written(template, tmp_path):
    if os.geteuid() == 0:
        folder = Path("/proc")  # even root cannot create files there
    else:
        folder = tmp_path / "locked"
        folder.mkdir()
        folder.chmod(0o555)
    with Project.open(template) as project:
        project.stack.push(edits.AddStakeholders(_rows(1, "Nuevo")))
        with pytest.raises(ProjectFileError, match="folder you can write to") as failed:
            project.save(folder / "copy.gpkg")
        assert "cannot be written" in str(failed.value) or "permission denied" in str(failed.value)
        assert project.is_dirty


@pytest.mark.parametrize("where", ["unwritable", "through-a-file"])
def test_new_project_where_it_cannot_be_written_says_so_in_one_line(tmp_path, where):
    if where == "through-a-file":
        blocker = tmp_path / "notes.txt"
        blocker.write_text("not a folder", encoding="utf-8")
        target, expected = blocker / "cluster.gpkg", "is a file, not a folder"
    elif os.geteuid() == 0:
        target, expected = Path("/proc/cluster.gpkg"), "cannot be written"
    else:
        folder = tmp_path / "locked"
        folder.mkdir()
        folder.chmod(0o555)
        target, expected = folder / "cluster.gpkg", "permission denied"
    finished = subprocess.run(
        [sys.executable, "-m", "clusterdesk.cli.main", "new", str(target), "--name", "Atuntaqui"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert finished.returncode == 1, finished.stderr
    lines = finished.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0] and "Traceback" not in finished.stderr
