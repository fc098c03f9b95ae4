"""Handing a project to QGIS (File > Open in QGIS, `clusterdesk qgis`): finding QGIS on each platform,
the start-up script QGIS runs, and what the user is told when QGIS is missing."""

from __future__ import annotations

from pathlib import Path

import pytest
from project_builder import CLUSTER_NAME, build_project
from qgis_process import run_qgis_script

from clusterdesk import qgis_bridge
from clusterdesk.cli.main import main as cli_main


@pytest.fixture
def project_file(tmp_path):
    return build_project(tmp_path / "atuntaqui.gpkg")


@pytest.mark.qgis
def test_startup_script_given_to_qgis_opens_the_project(project_file):
    script = qgis_bridge.write_startup_script(project_file)
    try:
        result = run_qgis_script("run_startup_script.py", script)
    finally:
        script.unlink()
    assert list(result["groups"]) == [CLUSTER_NAME]
    assert result["groups"][CLUSTER_NAME][:3] == ["Stakeholders", "Relations", "Cluster boundaries"]
    assert result["counts"]["Stakeholders"] == 10


def test_qgis_is_started_with_the_startup_script(tmp_path):
    command = qgis_bridge.qgis_command(Path("/opt/qgis/bin/qgis"), tmp_path / "open.py")
    assert command == ["/opt/qgis/bin/qgis", "--code", str(tmp_path / "open.py")]


def _touch(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"")
    return path


def test_find_qgis_in_windows_install_folders(tmp_path):
    program_files = tmp_path / "Program Files"
    osgeo = tmp_path / "OSGeo4W"
    _touch(program_files / "QGIS 3.22.16" / "bin" / "qgis-ltr-bin.exe")
    newest = _touch(program_files / "QGIS 3.34.1" / "bin" / "qgis-bin.exe")
    bat = _touch(osgeo / "bin" / "qgis-ltr.bat")
    environ = {"PATH": str(tmp_path / "empty")}
    found = qgis_bridge.find_qgis(platform="win32", environ=environ, search_roots=[program_files, osgeo])
    assert found == newest
    assert qgis_bridge.find_qgis(platform="win32", environ=environ, search_roots=[osgeo]) == bat
    assert qgis_bridge.find_qgis(platform="win32", environ=environ, search_roots=[tmp_path / "none"]) is None
    explicit = _touch(tmp_path / "elsewhere" / "qgis.exe")
    assert (
        qgis_bridge.find_qgis(platform="win32", environ={**environ, "CLUSTERDESK_QGIS": str(explicit)})
        == explicit
    )


def test_find_qgis_on_macos_and_on_the_path(tmp_path):
    app = _touch(tmp_path / "Applications" / "QGIS-LTR.app" / "Contents" / "MacOS" / "QGIS")
    environ = {"PATH": str(tmp_path / "empty")}
    assert (
        qgis_bridge.find_qgis(platform="darwin", environ=environ, search_roots=[tmp_path / "Applications"])
        == app
    )
    on_path = _touch(tmp_path / "bin" / "qgis")
    on_path.chmod(0o755)
    assert qgis_bridge.find_qgis(platform="linux", environ={"PATH": str(tmp_path / "bin")}) == on_path


def test_open_in_qgis_without_qgis_says_how_to_install_it(project_file, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.delenv("CLUSTERDESK_QGIS", raising=False)
    if qgis_bridge.find_qgis() is not None:
        pytest.skip("QGIS is installed in a standard folder of this machine")
    assert cli_main(["qgis", str(project_file)]) == 1
    message = capsys.readouterr().out
    assert "QGIS was not found" in message and "https://qgis.org/download/" in message
    with pytest.raises(qgis_bridge.QgisNotFoundError, match="CLUSTERDESK_QGIS"):
        qgis_bridge.open_in_qgis(project_file)


def test_open_in_qgis_refuses_a_file_that_is_not_a_project(tmp_path, capsys):
    other = tmp_path / "survey.gpkg"
    other.write_text("not a database", encoding="utf-8")
    assert cli_main(["qgis", str(other)]) == 1
    assert "survey.gpkg is not a ClusterDesk project" in capsys.readouterr().err
