"""A drawing that fails half-way raises an exception the caller can handle; it never takes the process
down (a painter left active on an image that is then destroyed ends it with SIGSEGV)."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import SAMPLES

SCRIPT = """
import gc, sqlite3, sys
from clusterdesk.core.project import Project
from clusterdesk.render.export import ensure_gui_application, viewport_for
from clusterdesk.render.renderer import MapRenderer

ensure_gui_application()
project = Project.open(sys.argv[1])
renderer = MapRenderer(project)
viewport = viewport_for(renderer, 400, 300, None, 96.0)
project.connection.execute("DROP TABLE relations")  # the relations layer fails while the map is drawn
try:
    renderer.render(viewport)
except sqlite3.OperationalError as error:
    print("raised:", error)
gc.collect()
print("still running")
"""


def test_an_error_while_drawing_leaves_the_process_running(tmp_path):
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(SAMPLES / "ambato_footwear.gpkg")],
        capture_output=True, text=True, timeout=120, env=environment, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, (result.returncode, result.stderr)
    assert result.stdout.splitlines() == ["raised: no such table: relations", "still running"]
    assert "Cannot destroy paint device" not in result.stderr
