"""The built wheel carries everything the application needs outside src/: resources/, ui/ and the QGIS
plugin, and an install of that wheel (not the editable checkout) runs and finds its resources."""

from __future__ import annotations

import json
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from clusterdesk import __version__
from conftest import REPO, TEST_DATA

pytestmark = pytest.mark.slow

# Folders outside src/ that pyproject.toml force-includes, and where they land in the wheel
FORCED_FOLDERS = {
    "resources": "clusterdesk/resources",
    "ui": "clusterdesk/ui",
    "plugins/clusterdesk_qgis": "clusterdesk/qgis_plugin/clusterdesk_qgis",
}


def _files_under(folder: Path) -> set[str]:
    return {
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    }


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", str(out), str(REPO)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (built,) = out.glob("clusterdesk-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh virtualenv with only the wheel installed; dependencies come from the running environment
    through a .pth file, so the install is quick and cannot see the checkout's src/."""
    root = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=False, system_site_packages=False).create(root)
    python = root / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--quiet", str(wheel)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    dependencies = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    # A plain path line: the .pth files of the running environment (its editable install of the
    # checkout among them) are not processed, so clusterdesk can only come from the wheel.
    (Path(site) / "zz_dependencies.pth").write_text("\n".join(sorted(dependencies)) + "\n", encoding="utf-8")
    return python


def test_wheel_contains_resources_ui_and_plugin(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for source, target in FORCED_FOLDERS.items():
        expected = {f"{target}/{name}" for name in _files_under(REPO / source)}
        assert expected, f"{source}/ is empty in the checkout"
        missing = sorted(expected - names)
        assert not missing, f"missing from the wheel: {missing[:10]}"
    assert "clusterdesk/__init__.py" in names
    assert "clusterdesk/core/project.py" in names
    assert not [n for n in names if n.startswith(("tests/", "sample_projects/", "benchmarks/"))]


def test_installed_wheel_runs_and_finds_its_resources(installed):
    scripts = installed.parent
    console = scripts / ("clusterdesk.exe" if sys.platform == "win32" else "clusterdesk")
    result = subprocess.run([str(console), "--version"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"ClusterDesk {__version__}"

    probe = (
        "import clusterdesk, json, pathlib\n"
        "from clusterdesk import resources_path\n"
        "package = pathlib.Path(clusterdesk.__file__).parent\n"
        "print(json.dumps({'package': str(package),\n"
        "  'resources': str(resources_path.resources_dir()), 'ui': str(resources_path.ui_dir()),\n"
        "  'resource_files': sorted(p.relative_to(resources_path.resources_dir()).as_posix()\n"
        "      for p in resources_path.resources_dir().rglob('*') if p.is_file())}))\n"
    )
    result = subprocess.run([str(installed), "-c", probe], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    package = Path(found["package"])
    assert REPO not in package.parents, f"imported the checkout, not the wheel: {package}"
    assert Path(found["resources"]) == package / "resources"
    assert Path(found["ui"]) == package / "ui"
    assert set(found["resource_files"]) == _files_under(REPO / "resources")


def test_installed_wheel_renders_a_map_and_packs_the_qgis_plugin(installed, tmp_path):
    """Commands that need bundled files (the basemap, fonts, the plugin) work from the wheel alone."""
    console = installed.parent / ("clusterdesk.exe" if sys.platform == "win32" else "clusterdesk")
    image = tmp_path / "map.png"
    project = TEST_DATA / "project_v2.gpkg"
    result = subprocess.run(
        [str(console), "render-map", str(project), "-o", str(image), "--size", "400x300"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert image.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    archive = tmp_path / "clusterdesk_qgis.zip"
    result = subprocess.run(
        [str(console), "qgis-plugin", "--zip", str(archive)], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    names = zipfile.ZipFile(archive).namelist()
    assert "clusterdesk_qgis/metadata.txt" in names
    assert {f"clusterdesk_qgis/{n}" for n in _files_under(REPO / "plugins" / "clusterdesk_qgis")} <= set(
        names
    )
