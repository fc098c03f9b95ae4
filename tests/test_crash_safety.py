"""A save killed at any moment leaves the old project or the new one, never a corrupt or partial file.

The test runs `clusterdesk import-stakeholders PROJECT FILE.csv` (import and save) many times and kills it
with SIGKILL: half of the kills at a random moment of the whole run, half while the save writes (its backup
copy or SQLite's journal exists: the dangerous few milliseconds). After every kill the file must open in
SQLite, which rolls back an interrupted write as any SQLite program does, pass the integrity check and hold
exactly the stakeholders of before or of after the import.
"""

from __future__ import annotations

import csv
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from clusterdesk.core import edits
from clusterdesk.core.project import Project
from clusterdesk.core.safe_write import backup_path
from conftest import assert_valid_project

pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")]

ITERATIONS = 30
OLD_COUNT = 5_000  # stakeholders before the import: enough that copying the file takes a few milliseconds
IMPORTED = 2_000
NEW_COUNT = OLD_COUNT + IMPORTED


def import_command(path: Path, table: Path) -> list[str]:
    return [sys.executable, "-m", "clusterdesk.cli.main", "import-stakeholders", str(path), str(table)]


def write_table(path: Path) -> None:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "latitude", "longitude", "employees"])
        for i in range(IMPORTED):
            writer.writerow(
                [f"Taller Imbabura {i:05d}", f"{0.30 + i * 1e-5:.6f}", f"{-78.25 + i * 1e-5:.6f}", i % 80]
            )


def make_old_project(path: Path) -> None:
    rows = [
        {"name": f"Confecciones {i:05d}", "lon": -78.22 + (i % 100) * 1e-4, "lat": 0.33 + (i // 100) * 1e-4}
        for i in range(OLD_COUNT)
    ]
    with Project.new(path, "Atuntaqui garments", country="EC") as project:
        project.stack.push(edits.AddStakeholders(rows))
        project.save()


def stakeholders_on_disk(path: Path) -> int:
    """Stakeholder count of the file; fails the test if it is not an intact SQLite database."""
    connection = sqlite3.connect(path)  # read-write, so that SQLite may roll back an interrupted save
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return connection.execute("SELECT count(*) FROM stakeholders").fetchone()[0]
    finally:
        connection.close()


def is_saving(path: Path, pid: int) -> bool:
    """Whether process `pid` is writing the backup copy or the file itself (SQLite's journal exists)."""
    return (
        path.with_name(f".{path.name}.backup-{pid}").exists()
        or path.with_name(f"{path.name}-journal").exists()
    )


def run_and_kill(command: list[str], environment: dict, path: Path, delay: float | None, rng) -> bool:
    """Start the import; kill it after `delay` seconds, or (delay None) while its save is under way.

    Returns whether the save's temporary file existed at the moment of the kill.
    """
    process = subprocess.Popen(command, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    started = time.monotonic()
    try:
        if delay is not None:
            while process.poll() is None and time.monotonic() - started < delay:
                time.sleep(0.001)
        else:
            while process.poll() is None and not is_saving(path, process.pid):
                time.sleep(0.0005)
            time.sleep(rng.uniform(0, 0.01))  # a save of this project takes a few tens of ms
        during_save = is_saving(path, process.pid)
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
    finally:
        _out, errors = process.communicate(timeout=60)
    if process.returncode not in (0, -signal.SIGKILL):
        pytest.fail(
            f"the import failed by itself (exit {process.returncode}):\n{errors.decode(errors='replace')}"
        )
    return during_save


def test_killed_import_leaves_old_or_new_project(tmp_path):
    rng = random.Random(20240521)
    pristine = tmp_path / "pristine.gpkg"
    make_old_project(pristine)
    path = tmp_path / "atuntaqui.gpkg"
    shutil.copyfile(pristine, path)
    table = tmp_path / "new_firms.csv"
    write_table(table)
    # Killed processes leave their working copies behind: keep those inside tmp_path
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    environment = {**os.environ, "TMPDIR": str(scratch)}
    command = import_command(path, table)

    started = time.monotonic()
    finished = subprocess.run(command, env=environment, capture_output=True, text=True, timeout=120)
    assert finished.returncode == 0, f"the import failed:\n{finished.stdout}\n{finished.stderr}"
    full_run = time.monotonic() - started
    assert stakeholders_on_disk(path) == NEW_COUNT, "an import that is not killed must add every row"

    outcomes = {"old": 0, "new": 0}
    killed_while_saving = 0
    for iteration in range(ITERATIONS):
        if stakeholders_on_disk(path) != OLD_COUNT:
            shutil.copyfile(pristine, scratch / "restore.gpkg")
            os.replace(scratch / "restore.gpkg", path)
        delay = rng.uniform(0, full_run * 1.1) if iteration % 2 == 0 else None
        killed_while_saving += run_and_kill(command, environment, path, delay, rng)
        count = stakeholders_on_disk(path)
        assert count in (OLD_COUNT, NEW_COUNT), f"iteration {iteration}: {count} stakeholders, a partial file"
        with Project.open(path) as reopened:  # and the application opens it as a project
            assert len(reopened.stakeholder_points()) == count
        outcomes["old" if count == OLD_COUNT else "new"] += 1
        if backup_path(path).exists():
            assert stakeholders_on_disk(backup_path(path)) in (OLD_COUNT, NEW_COUNT)
    assert killed_while_saving >= 3, f"only {killed_while_saving} kills hit a save: the test lost its aim"
    print(f"outcomes after {ITERATIONS} kills: {outcomes}, {killed_while_saving} during a save")

    # A later save still works and removes what the killed saves left behind
    with Project.open(path) as project:
        project.stack.push(
            edits.AddStakeholders([{"name": "Bordados Natabuela", "lon": -78.19, "lat": 0.34}])
        )
        project.save()
    assert not list(path.parent.glob(f".{path.name}.*")), "temporaries of killed saves were not removed"
    assert stakeholders_on_disk(path) in (OLD_COUNT + 1, NEW_COUNT + 1)
    assert_valid_project(path)


AUTOSAVING = """
import sys
from clusterdesk.core import edits
from clusterdesk.core.project import Project
project = Project.open(sys.argv[1])
for round_number in range(1000):
    rows = [{"name": f"Autosaved {round_number}-{i}", "lon": -78.2, "lat": 0.33} for i in range(200)]
    project.stack.push(edits.AddStakeholders(rows))
    project.autosave()
    print(round_number, flush=True)
"""


def test_kill_during_autosave_leaves_a_usable_copy_and_no_leftovers(tmp_path, private_user_dirs):
    from clusterdesk.core.recovery import recovery_copies
    from clusterdesk.core.userdirs import recovery_dir

    path = tmp_path / "atuntaqui.gpkg"
    make_old_project(path)
    environment = {**os.environ, "TMPDIR": str(tmp_path), "CLUSTERDESK_DATA_DIR": str(private_user_dirs)}
    rng = random.Random(7)
    hits = 0
    for _attempt in range(8):
        process = subprocess.Popen(
            [sys.executable, "-c", AUTOSAVING, str(path)], env=environment, stdout=subprocess.PIPE, text=True
        )
        process.stdout.readline()  # one autosave is complete
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not list(recovery_dir().glob(f".*.saving-{process.pid}")):
            time.sleep(0.0005)
        time.sleep(rng.uniform(0, 0.005))
        hits += bool(list(recovery_dir().glob(f".*.saving-{process.pid}")))
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=60)

        copies = recovery_copies()  # the next start: half-written autosaves go, complete copies stay
        assert not list(recovery_dir().glob(".*")), "a half-written autosave was left behind"
        assert len(copies) == 1 and copies[0].original == path
        with Project.recover(copies[0]) as recovered:
            assert len(recovered.stakeholder_points()) > OLD_COUNT
        copies[0].discard()
    assert hits >= 2, f"only {hits} kills hit an autosave: the test lost its aim"
