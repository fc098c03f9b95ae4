"""The pytest side of the QGIS checks: runs the scripts of this folder under the system Python that has
QGIS (never in the test process, which has PySide6) and compares what QGIS saw with ClusterDesk's view.

Any test can use `assert_opens_in_qgis(path)` on a project file it wrote.
"""

from __future__ import annotations

import functools
import json
import os
import subprocess
import tempfile
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
RESULT_MARKER = "CLUSTERDESK-QGIS-RESULT"
# Versions QGIS 3.22 opens without a warning; it warns on 1.4.
QUIET_GEOPACKAGE_VERSIONS = (10200, 10300)


def qgis_python() -> str:
    return os.environ.get("CLUSTERDESK_QGIS_PYTHON", "/usr/bin/python3")


@functools.lru_cache(maxsize=1)
def qgis_unavailable_reason() -> str | None:
    """None when the QGIS interpreter can import qgis.core, else why not."""
    try:
        probe = subprocess.run(
            [qgis_python(), "-c", "import qgis.core"], capture_output=True, text=True, timeout=60,
            env=_qgis_environment(),
        )  # fmt: skip
    except (OSError, subprocess.TimeoutExpired) as error:
        return f"{qgis_python()} cannot run ({error}); install python3-qgis (see .ci/run)"
    if probe.returncode != 0:
        last = (probe.stderr.strip().splitlines() or ["no output"])[-1]
        return f"{qgis_python()} cannot import qgis.core ({last}); install python3-qgis (see .ci/run)"
    return None


def requires_qgis():
    """Skip the calling test, with the reason, when QGIS is not installed for the system Python."""
    reason = qgis_unavailable_reason()
    if reason:
        pytest.skip(reason)


def _qgis_environment(settings_folder: Path | None = None) -> dict[str, str]:
    environment = {
        k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")
    }
    environment["QT_QPA_PLATFORM"] = "offscreen"
    environment["LC_ALL"] = environment["LANG"] = "C.UTF-8"  # English messages, whatever the machine's
    if settings_folder is not None:
        # QGIS settings and profile in a throw-away folder, not in the user's home
        environment["XDG_CONFIG_HOME"] = str(settings_folder / "config")
        environment["CLUSTERDESK_QGIS_PROFILE"] = str(settings_folder / "profile")
        environment["XDG_RUNTIME_DIR"] = str(settings_folder / "runtime")
        (settings_folder / "runtime").mkdir(mode=0o700)
    return environment


def run_qgis_script(script: str, *args: str | Path, timeout: float = 180, environment: dict | None = None):
    """Run tests/qgis/<script> under QGIS's Python and return the JSON it reported.

    `environment` adds variables (e.g. a time zone) to the script's environment.
    """
    requires_qgis()
    with tempfile.TemporaryDirectory(prefix="clusterdesk-qgis-") as settings_folder:
        variables = {**_qgis_environment(Path(settings_folder)), **(environment or {})}
        completed = subprocess.run(
            [qgis_python(), str(HERE / script), *map(str, args)],
            capture_output=True, text=True, timeout=timeout, env=variables,
        )  # fmt: skip
    for line in completed.stdout.splitlines():
        if line.startswith(RESULT_MARKER + " "):
            return json.loads(line[len(RESULT_MARKER) + 1 :])
    raise AssertionError(
        f"{script} reported nothing (exit code {completed.returncode}).\n"
        f"stdout:\n{completed.stdout[-3000:]}\nstderr:\n{completed.stderr[-3000:]}"
    )


def clusterdesk_counts(path: Path) -> dict[str, int]:
    """Rows per registered table as ClusterDesk counts them."""
    from clusterdesk.core.project import Project

    with Project.open(path) as project:
        return project.counts()


def qgis_problems(report: dict, expected_counts: dict[str, int]) -> list[str]:
    """Everything in one file's check_project report that a QGIS user would trip over."""
    from clusterdesk.core.symbology import BOUNDARY_FILL, RELATION_STYLES, STAKEHOLDER_STYLES

    name = Path(report["path"]).name
    problems = []
    if report["user_version"] not in QUIET_GEOPACKAGE_VERSIONS:
        problems.append(f"{name}: GeoPackage user_version {report['user_version']} makes QGIS 3.22 warn")
    problems += [f"{name}: GDAL said: {message}" for message in report["gdal_messages"]]
    layers = report["layers"]
    for table, count in expected_counts.items():
        layer = layers.get(table)
        if layer is None:
            problems.append(f"{name}: table {table} is not a QGIS layer")
        elif not layer["valid"]:
            problems.append(f"{name}: layer {table} is invalid in QGIS: {layer.get('error')}")
        elif layer["feature_count"] != count:
            problems.append(
                f"{name}: QGIS counts {layer['feature_count']} rows in {table}, ClusterDesk {count}"
            )
    expected_colours = {
        "stakeholders": {kind: style.colour for kind, style in STAKEHOLDER_STYLES.items()},
        "relations": {kind: style.colour for kind, style in RELATION_STYLES.items()},
    }
    for table in ("stakeholders", "relations", "cluster_boundaries"):
        layer = layers.get(table, {})
        if not layer.get("valid"):
            continue
        if "ClusterDesk default" not in layer["styles_in_database"]["names"]:
            problems.append(f"{name}: QGIS finds no ClusterDesk default style for {table} in layer_styles")
        if not layer["default_style"]["loaded"]:
            problems.append(
                f"{name}: QGIS did not load the default style of {table}: {layer['default_style']}"
            )
        renderer = layer["renderer"]
        if table in expected_colours:
            if renderer["type"] != "categorizedSymbol" or renderer.get("attribute") != "kind":
                problems.append(f"{name}: {table} is drawn by {renderer}, not categorized by kind")
                continue
            seen = {value: category["colour"] for value, category in renderer["categories"].items()}
            if seen != expected_colours[table]:
                problems.append(f"{name}: {table} colours in QGIS {seen} differ from ClusterDesk's")
            if table == "stakeholders":
                problems += _marker_problems(name, renderer["categories"])
        elif renderer.get("colour") != BOUNDARY_FILL:
            problems.append(f"{name}: {table} is drawn in {renderer}, not ClusterDesk's boundary colour")
    return problems


def _marker_problems(name: str, categories: dict) -> list[str]:
    """Stakeholder markers in QGIS have ClusterDesk's shape and size for each kind."""
    from clusterdesk.core.qgis_styles import qgis_marker_shape
    from clusterdesk.core.symbology import STAKEHOLDER_STYLES

    problems = []
    for kind, style in STAKEHOLDER_STYLES.items():
        seen = categories.get(kind, {})
        expected = (qgis_marker_shape(style.shape), style.size_mm)
        if (seen.get("shape"), seen.get("size_mm")) != expected:
            problems.append(
                f"{name}: {kind} is drawn as {seen.get('shape')} {seen.get('size_mm')} mm, not {expected}"
            )
    return problems


def assert_opens_in_qgis(*paths: Path) -> None:
    """Each project opens in QGIS with all tables, ClusterDesk's counts, its default styles and no warning."""
    result = run_qgis_script("check_project.py", *paths)
    problems = []
    for path, report in zip(paths, result["files"], strict=True):
        problems += qgis_problems(report, clusterdesk_counts(path))
    assert problems == [], "\n".join(problems)


class LiveQgis:
    """A QGIS process that keeps running beside the test and obeys commands (tests/qgis/<script>)."""

    def __init__(self, script: str, *args: str | Path) -> None:
        requires_qgis()
        self._settings = tempfile.TemporaryDirectory(prefix="clusterdesk-qgis-")
        self.process = subprocess.Popen(
            [qgis_python(), str(HERE / script), *map(str, args)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
            env=_qgis_environment(Path(self._settings.name)),
        )  # fmt: skip

    def ask(self, command: str) -> dict:
        """Send one command and return the result it reported."""
        if command:
            self.process.stdin.write(command + "\n")
            self.process.stdin.flush()
        seen = []
        for line in self.process.stdout:
            if line.startswith(RESULT_MARKER + " "):
                return json.loads(line[len(RESULT_MARKER) + 1 :])
            seen.append(line)
        raise AssertionError(f"QGIS ended (exit {self.process.wait()}) without answering {command!r}: {seen}")

    def quit(self) -> dict:
        self.process.stdin.write("quit\n")
        self.process.stdin.close()
        result = self.ask("")
        self.process.wait(timeout=120)
        self._settings.cleanup()
        return result

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self._settings.cleanup()
