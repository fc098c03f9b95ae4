"""Helpers of the window benchmarks: a current-schema synthetic project, and one measured start of
`clusterdesk gui PROJECT` that quits after its first painted map (CLUSTERDESK_QUIT_AFTER_PAINT=1).

Each start is a whole process with its own empty settings and data folders, so that no saved window
layout, recent list or recovery copy of another run changes what it does.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PAINTED = re.compile(
    r"first map paint: ([0-9.]+) s after process start \((\d+) stakeholders, ([0-9.]+) s of processor time\)"
)


def current_synthetic_project(folder: Path, stakeholders: int) -> Path:
    """A synthetic project of `stakeholders`, made once per folder and brought to the current schema, so
    that opening it measures opening rather than a migration."""
    path = folder / f"synthetic-{stakeholders}.gpkg"
    if not path.exists():
        sys.path.insert(0, str(REPO / "tools"))
        from synthetic import make_synthetic_project

        make_synthetic_project(path, stakeholders, seed=1)
    from clusterdesk.core.project import Project

    project = Project.open(path)
    try:
        if project.migrated_from is not None:
            project.save()
            path.with_name(path.name + ".bak").unlink(missing_ok=True)
    finally:
        project.close()
    return path


def first_paint_seconds(project: Path, language: str = "en", timeout: float = 120) -> tuple[float, float]:
    """Seconds from the start of a `clusterdesk gui PROJECT` process to its first painted map, and the
    processor time the process had used by then."""
    home = Path(tempfile.mkdtemp(prefix="clusterdesk-window-run-"))
    try:
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            CLUSTERDESK_QUIT_AFTER_PAINT="1",
            CLUSTERDESK_DATA_DIR=str(home / "data"),
            XDG_CONFIG_HOME=str(home / "config"),
        )
        command = [sys.executable, "-m", "clusterdesk.cli.main", "gui", str(project), "--language", language]
        result = subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=timeout, check=False
        )
        found = PAINTED.search(result.stdout)
        if found is None:
            raise SystemExit(f"the window did not report its first paint:\n{result.stdout}\n{result.stderr}")
        return float(found.group(1)), float(found.group(3))
    finally:
        shutil.rmtree(home, ignore_errors=True)


def load_note() -> str:
    load = os.getloadavg()[0]
    return (
        f"machine load average {load:.1f} on {os.cpu_count()} cores: the machine is shared, figures taken "
        "while other programs compete for the processor are slower"
    )
