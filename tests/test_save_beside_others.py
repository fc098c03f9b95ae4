"""Saving while other SQLite programs hold the project file: a sqlite3 shell in WAL mode (as QGIS keeps a
GeoPackage), a program holding a lock, and a second ClusterDesk saving at the same moment.

Every scenario ends with both sides' edits kept or a clear refusal, and a file that SQLite, GDAL's
validator and the other program still read without "database disk image is malformed"."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from clusterdesk.core import edits
from clusterdesk.core.errors import FileChangedOnDiskError, ProjectInUseError
from clusterdesk.core.project import Project
from clusterdesk.core.safe_write import backup_path
from conftest import assert_valid_project
from sqlite_shell import SqliteShell, needs_sqlite3_shell


def _add(project: Project, name: str) -> None:
    project.stack.push(edits.AddStakeholders([{"name": name, "lon": -78.2, "lat": 0.33}]))


def _region(path: Path) -> str | None:
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return connection.execute("SELECT region FROM project_info").fetchone()[0]
    finally:
        connection.close()


def _names(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {row[0] for row in connection.execute("SELECT name FROM stakeholders")}
    finally:
        connection.close()


@needs_sqlite3_shell
def test_save_stops_before_overwriting_a_commit_that_sits_in_the_wal(new_project):
    path = new_project.path
    new_project.close()
    project = Project.open(path)
    with SqliteShell(path) as shell:
        assert shell.run("PRAGMA journal_mode=WAL;") == ["wal"]
        shell.run("UPDATE project_info SET region = 'Imbabura';")  # committed, still in the -wal file
        assert Path(f"{path}-wal").stat().st_size > 0
        assert project.changed_on_disk()
        _add(project, "Textiles Imbabura")
        with pytest.raises(FileChangedOnDiskError, match="Nothing was saved"):
            project.save()
        assert project.is_dirty  # the work is still open
        assert shell.run("SELECT region FROM project_info;") == ["Imbabura"]
        assert _region(path) == "Imbabura"

        # Reload to take the other program's edit, redo ours, save with the shell still open
        project.close()
        project = Project.open(path)
        assert project.info().region == "Imbabura"
        _add(project, "Textiles Imbabura")
        project.save()
        # The shell reads the saved file through its WAL: both edits, no damage
        assert shell.run("PRAGMA integrity_check;") == ["ok"]
        assert shell.run("SELECT region, (SELECT count(*) FROM stakeholders) FROM project_info;") == [
            "Imbabura|1"
        ]
        shell.run("UPDATE project_info SET region = 'Imbabura, Ecuador';")
        assert project.changed_on_disk()
    project.close()
    assert not Path(f"{path}-wal").exists()  # the last program to close folded the WAL into the file
    assert_valid_project(path)
    assert _region(path) == "Imbabura, Ecuador" and _names(path) == {"Textiles Imbabura"}


@needs_sqlite3_shell
def test_overwrite_beside_an_open_wal_reader_leaves_a_file_both_can_read(new_project):
    path = new_project.path
    with SqliteShell(path) as shell:
        shell.run("PRAGMA journal_mode=WAL;")
        shell.run("UPDATE project_info SET region = 'Imbabura';")
        _add(new_project, "Hilados del Norte")
        new_project.save(overwrite_changed=True)  # the user chose to replace the other edit
        assert shell.run("PRAGMA integrity_check;") == ["ok"]
        assert shell.run("SELECT name FROM stakeholders;") == ["Hilados del Norte"]
        assert shell.run("SELECT region IS NULL FROM project_info;") == ["1"]
        assert not new_project.changed_on_disk()
    assert_valid_project(path)
    with Project.open(path) as reopened:
        assert len(reopened.stakeholder_points()) == 1
    # The .bak holds the version that was replaced, the other program's edit included
    assert _region(backup_path(path)) == "Imbabura"


@needs_sqlite3_shell
def test_a_commit_made_while_the_save_waits_for_the_lock_stops_the_save(new_project):
    path = new_project.path
    _add(new_project, "Bordados Natabuela")
    with SqliteShell(path) as shell:
        shell.run("BEGIN IMMEDIATE; UPDATE project_info SET region = 'Imbabura';")  # holds the write lock
        outcome: list[object] = []

        def save() -> None:
            try:
                new_project.save()
                outcome.append("saved")
            except Exception as error:  # noqa: BLE001 - the test inspects it
                outcome.append(error)

        saver = threading.Thread(target=save)
        saver.start()
        time.sleep(0.5)  # the save has checked the file and waits for the lock
        shell.run("COMMIT;")
        saver.join(timeout=30)
    assert len(outcome) == 1 and isinstance(outcome[0], FileChangedOnDiskError), outcome
    assert _region(path) == "Imbabura" and _names(path) == set()
    assert new_project.is_dirty


@needs_sqlite3_shell
def test_a_file_locked_by_another_program_is_in_use_not_damaged(new_project, monkeypatch):
    from clusterdesk.core import file_link, opening

    monkeypatch.setattr(opening, "OPEN_LOCK_WAIT_SECONDS", 0.3)
    monkeypatch.setattr(file_link, "LOCK_WAIT_SECONDS", 0.3)
    path = new_project.path
    _add(new_project, "Textiles Imbabura")
    with SqliteShell(path) as shell:
        shell.run("BEGIN EXCLUSIVE; UPDATE project_info SET region = 'x';")
        with pytest.raises(ProjectInUseError) as opened:
            Project.open(path)
        assert "in use" in str(opened.value) and "damaged" not in str(opened.value)
        if Path("/proc").is_dir():
            assert f"sqlite3 shell (process {shell.pid})" in str(opened.value)
        with pytest.raises(ProjectInUseError, match="Try again"):
            new_project.save()
        assert new_project.is_dirty
        shell.run("ROLLBACK;")
    new_project.save()  # retrying once the other program is done works
    assert _names(path) == {"Textiles Imbabura"}
    assert not list(path.parent.glob(f".{path.name}.*"))


def _big_project(path: Path, count: int) -> None:
    rows = [{"name": f"Taller {i:06d}", "lon": -78.2 + i * 1e-6, "lat": 0.33} for i in range(count)]
    with Project.new(path, "Atuntaqui garments", country="EC") as project:
        project.stack.push(edits.AddStakeholders(rows))
        project.save()


def _table(path: Path, prefix: str, rows: int = 500) -> Path:
    lines = ["name,latitude,longitude"] + [f"{prefix} {i},0.34,-78.21" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.slow
def test_two_imports_saving_the_same_file_at_once_never_lose_one(tmp_path):
    path = tmp_path / "atuntaqui.gpkg"
    _big_project(path, 60_000)
    expected = 60_000
    command = [sys.executable, "-m", "clusterdesk.cli.main", "import-stakeholders", str(path)]
    imported = refused = 0
    for round_number, gap in enumerate((0.15, 0.2, 0.25, 0.3)):
        first = subprocess.Popen(
            [*command, str(_table(tmp_path / f"a{round_number}.csv", f"A{round_number}"))],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        time.sleep(gap)
        second = subprocess.Popen(
            [*command, str(_table(tmp_path / f"b{round_number}.csv", f"B{round_number}"))],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        for process in (first, second):
            out, err = process.communicate(timeout=300)
            if process.returncode == 0:
                assert "Imported 500" in out
                imported += 1
                expected += 500
            else:
                assert process.returncode == 1, err
                assert "changed by another program" in err and "Traceback" not in err, err
                assert len(err.strip().splitlines()) == 1
                refused += 1
        connection = sqlite3.connect(path)
        assert connection.execute("SELECT count(*) FROM stakeholders").fetchone()[0] == expected
        connection.close()
    print(f"{imported} imports saved, {refused} refused")
    assert imported >= 4  # every round saved at least one of the two
    assert_valid_project(path)


def _locks_held_by_us(path: Path) -> int:
    """POSIX locks this process holds on `path` (Linux /proc/locks)."""
    import os

    inode = path.stat().st_ino
    count = 0
    for line in Path("/proc/locks").read_text().split("\n"):
        fields = line.split()
        if len(fields) > 5 and fields[4] == str(os.getpid()) and fields[5].endswith(f":{inode}"):
            count += 1
    return count


@needs_sqlite3_shell
@pytest.mark.skipif(not Path("/proc/locks").exists(), reason="lock table from /proc (Linux)")
def test_reading_the_file_elsewhere_keeps_sqlites_locks(new_project):
    """Closing any descriptor of a file drops the process's locks on it: checks that read the file's
    header must not, or another program could switch the journal mode under the open project."""
    from clusterdesk import qgis_bridge
    from clusterdesk.core.workspace import Workspace

    path = new_project.path
    new_project.close()
    with SqliteShell(path) as shell:
        shell.run("PRAGMA journal_mode=WAL;")
    workspace = Workspace()
    workspace.open(path)
    try:
        held = _locks_held_by_us(path)
        assert held >= 1  # SQLite's shared lock of a WAL-mode connection
        qgis_bridge.check_is_project(path)
        assert _locks_held_by_us(path) == held
        workspace.reload()  # the fresh project opens before the old one closes
        assert _locks_held_by_us(path) == held
        with SqliteShell(path) as shell:
            refused = shell.run("PRAGMA journal_mode=DELETE;")  # refused: we still hold the file
            assert "locked" in " ".join(refused) and shell.run("PRAGMA journal_mode;") == ["wal"]
    finally:
        workspace.shutdown()


def test_saving_a_file_with_large_pages_is_not_taken_for_another_programs_change(tmp_path):
    path = tmp_path / "large_pages.gpkg"
    with Project.new(None, "Atuntaqui garments") as project:
        project.connection.execute("PRAGMA page_size = 65536")
        project.connection.execute("VACUUM")
        project.save(path)
    with Project.open(path) as project:
        rows = [{"name": f"Taller {i}", "lon": -78.2, "lat": 0.33, "notes": "x" * 400} for i in range(4000)]
        project.stack.push(edits.AddStakeholders(rows))
        project.save()
        project.stack.push(edits.AddStakeholders([{"name": "Otro", "lon": -78.2, "lat": 0.33}]))
        project.save()
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA page_size").fetchone()[0] == 65536
    connection.close()
    assert len(_names(path)) == 4001


def test_a_file_replaced_by_another_program_is_asked_about_then_saved(new_project, tmp_path):
    path = new_project.path
    elsewhere = tmp_path / "elsewhere.gpkg"
    with Project.open(path) as other:
        _add(other, "Written by another program")
        other.save(elsewhere)
    elsewhere.replace(path)  # an editor or sync tool puts a new file in place
    _add(new_project, "Ours")
    with pytest.raises(FileChangedOnDiskError):
        new_project.save()
    new_project.save(overwrite_changed=True)
    assert _names(path) == {"Ours"}
    assert _names(backup_path(path)) == {"Written by another program"}
    _add(new_project, "Ours again")
    new_project.save()  # the project now follows the new file
    assert _names(path) == {"Ours", "Ours again"}


@needs_sqlite3_shell
def test_save_as_over_a_locked_project_says_it_is_in_use(new_project, tmp_path, monkeypatch):
    from clusterdesk.core import file_link, opening

    monkeypatch.setattr(opening, "OPEN_LOCK_WAIT_SECONDS", 0.3)
    monkeypatch.setattr(file_link, "LOCK_WAIT_SECONDS", 0.3)
    other = tmp_path / "other.gpkg"
    Project.new(other, "Other").close()
    _add(new_project, "Ours")
    with SqliteShell(other) as shell:
        shell.run("BEGIN EXCLUSIVE; UPDATE project_info SET region = 'x';")
        with pytest.raises(ProjectInUseError):
            new_project.save(other)
        shell.run("ROLLBACK;")
    assert new_project.is_dirty


@needs_sqlite3_shell
def test_repair_of_a_locked_file_says_it_is_in_use_not_damaged(new_project, monkeypatch):
    from clusterdesk.core import opening
    from clusterdesk.core.repair import repair_project

    monkeypatch.setattr(opening, "OPEN_LOCK_WAIT_SECONDS", 0.3)
    path = new_project.path
    new_project.close()
    with SqliteShell(path) as shell:
        shell.run("BEGIN EXCLUSIVE; DELETE FROM project_info;")
        with pytest.raises(ProjectInUseError):
            repair_project(path)


def test_repair_into_a_place_it_cannot_write_says_so(new_project, tmp_path):
    from clusterdesk.cli.main import main as cli_main

    path = new_project.path
    new_project.close()
    connection = sqlite3.connect(path)
    connection.execute("DROP TABLE relations")
    connection.commit()
    connection.close()
    target = Path("/proc/repaired.gpkg") if Path("/proc").is_dir() else tmp_path / "x" / "y.gpkg"
    assert cli_main(["repair", str(path), "-o", str(target)]) == 1
