"""Shared start-up for the scripts in this folder, which run under the system Python that has QGIS
(Debian's python3-qgis), never under the project's virtualenv: QGIS brings its own Qt and PyQt.

Each script prints one line `RESULT_MARKER <json>` that the pytest side reads.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
from pathlib import Path

RESULT_MARKER = "CLUSTERDESK-QGIS-RESULT"
PLUGINS_DIR = Path(__file__).resolve().parents[2] / "plugins"


@contextlib.contextmanager
def qgis_application():
    """A headless QgsApplication for the duration of the block."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    # The pytest side points this at a temporary folder, so tests never touch the user's QGIS profile
    profile = os.environ.get("CLUSTERDESK_QGIS_PROFILE", "")
    application = QgsApplication([], False, profile)
    QgsApplication.setPrefixPath("/usr", True)
    application.initQgis()
    try:
        yield application
    finally:
        application.exitQgis()


@contextlib.contextmanager
def captured_native_stderr(lines: list[str]):
    """Collect what GDAL and QGIS write to the process's stderr (file descriptor 2) inside the block.

    GDAL reports problems such as an unsupported GeoPackage version there, below Python's sys.stderr.
    """
    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile(mode="w+b") as sink:
        os.dup2(sink.fileno(), 2)
        try:
            yield lines
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)
            sink.seek(0)
            text = sink.read().decode("utf-8", errors="replace")
            lines.extend(line for line in text.splitlines() if line.strip())


def use_plugin_from(folder: str | Path | None = None) -> None:
    """Make `import clusterdesk_qgis` find the plugin in `folder` (default: the checkout's plugins/)."""
    sys.path.insert(0, str(Path(folder) if folder else PLUGINS_DIR))


def emit(result) -> None:
    print(RESULT_MARKER, json.dumps(result, ensure_ascii=False), flush=True)
