"""Killing `clusterdesk import-stakeholders` at random moments never leaves a damaged or partial project."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import time

import pytest

from clusterdesk.core.project import Project
from conftest import assert_valid_project

ROWS = 3000
KILLS = 6


def _count(path) -> int:
    project = Project.open(path)
    try:
        return project.counts()["stakeholders"]
    finally:
        project.close()


def _start(project_path, source, environment):
    command = [
        sys.executable,
        "-m",
        "clusterdesk.cli.main",
        "import-stakeholders",
        str(project_path),
        str(source),
    ]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=environment)


@pytest.mark.slow
def test_sigkill_during_import_and_save_leaves_old_or_new_project(tmp_path, new_project):
    lines = ["name;lat;lon;employees"] + [
        f"Taller {i};0,{3000 + i};-78,{2000 + i};{i % 90}" for i in range(ROWS)
    ]
    source = tmp_path / "talleres.csv"
    source.write_text("\n".join(lines), encoding="utf-8")
    original = tmp_path / "original.gpkg"
    shutil.copy(new_project.path, original)
    environment = dict(os.environ)

    # One undisturbed run tells how long an import takes on this machine
    target = tmp_path / "run.gpkg"
    shutil.copy(original, target)
    started = time.perf_counter()
    finished = _start(target, source, environment)
    assert finished.wait(timeout=300) == 0, finished.stderr.read().decode()
    duration = time.perf_counter() - started
    assert _count(target) == ROWS

    rng = random.Random(20241127)
    for attempt in range(KILLS):
        target = tmp_path / f"killed{attempt}.gpkg"
        shutil.copy(original, target)
        process = _start(target, source, environment)
        # Most of a run is start-up; aim the kills at its second half, where the import and save happen
        time.sleep(rng.uniform(0.5, 1.05) * duration)
        process.kill()
        process.wait(timeout=60)
        count = _count(target)
        assert count in (0, ROWS), f"attempt {attempt}: {count} stakeholders, a partial import"
        assert_valid_project(target)
