"""Handing a project to QGIS (File > Open in QGIS, `clusterdesk qgis`): finding QGIS on each platform,
the start-up script QGIS runs, and what the user is told when QGIS is missing."""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import tempfile
from pathlib import Path

import pytest
from project_builder import CLUSTER_NAME, build_project
from qgis_process import run_qgis_script

from clusterdesk import qgis_bridge
from clusterdesk.cli.main import main as cli_main
from clusterdesk.core.errors import ClusterDeskError


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
    assert result["counts"]["Stakeholders"] == 11


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


def test_open_in_qgis_refuses_a_damaged_project_and_names_the_repair(project_file, capsys, monkeypatch):
    import sqlite3

    connection = sqlite3.connect(project_file)
    connection.execute("DROP TABLE relations")
    connection.commit()
    connection.close()
    started = []
    monkeypatch.setattr(qgis_bridge.subprocess, "Popen", lambda *a, **k: started.append(a))
    assert cli_main(["qgis", str(project_file)]) == 1
    error = capsys.readouterr().err
    assert "relations" in error and "clusterdesk repair" in error
    assert started == []  # QGIS was not started on the damaged file


def test_plugin_archive_through_a_file_says_so(tmp_path, capsys):
    blocker = tmp_path / "notes.txt"
    blocker.write_text("not a folder", encoding="utf-8")
    assert cli_main(["qgis-plugin", "--zip", str(blocker / "clusterdesk_qgis.zip")]) == 1
    assert "is a file, not a folder" in capsys.readouterr().err


posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes, links and /bin/sh are POSIX")


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


@posix_only
def test_startup_script_is_private_to_the_user(project_file, private_user_dirs):
    digest = hashlib.sha1(str(project_file).encode("utf-8")).hexdigest()[:12]
    planted = Path(tempfile.gettempdir()) / f"clusterdesk-open-in-qgis-{digest}.py"
    planted.write_text("import os  # planted by another user\n", encoding="utf-8")
    try:
        script = qgis_bridge.write_startup_script(project_file)
        assert planted.read_text(encoding="utf-8") == "import os  # planted by another user\n"
    finally:
        planted.unlink()
    assert script.parent == private_user_dirs / "qgis" and script != planted
    assert _mode(script.parent) == 0o700 and _mode(script) == 0o600
    assert repr(str(project_file)) in script.read_text(encoding="utf-8")
    assert [p.name for p in script.parent.iterdir()] == [script.name]  # no temporary left behind


@posix_only
def test_a_link_or_file_planted_at_the_script_is_replaced_not_written_through(project_file, tmp_path):
    first = qgis_bridge.write_startup_script(project_file)
    victim = tmp_path / "victim.py"
    victim.write_text("print('kept')\n", encoding="utf-8")
    first.unlink()
    first.symlink_to(victim)
    script = qgis_bridge.write_startup_script(project_file)
    assert script == first and not script.is_symlink() and _mode(script) == 0o600
    assert victim.read_text(encoding="utf-8") == "print('kept')\n"
    assert "ClusterDeskPlugin" in script.read_text(encoding="utf-8")


@posix_only
def test_a_shared_or_linked_script_folder_is_private_or_refused(project_file, private_user_dirs, tmp_path):
    folder = private_user_dirs / "qgis"
    folder.mkdir(mode=0o777)
    folder.chmod(0o777)
    qgis_bridge.write_startup_script(project_file)
    assert _mode(folder) == 0o700
    shutil.rmtree(folder)
    shared = tmp_path / "shared"
    shared.mkdir()
    folder.symlink_to(shared, target_is_directory=True)
    with pytest.raises(ClusterDeskError, match="should be a folder but is a link or a file"):
        qgis_bridge.write_startup_script(project_file)
    assert list(shared.iterdir()) == []


@posix_only
def test_qgis_is_started_on_the_private_script(project_file, tmp_path):
    arguments = tmp_path / "arguments.txt"
    fake_qgis = tmp_path / "qgis"
    fake_qgis.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{arguments}"\n', encoding="utf-8")
    fake_qgis.chmod(0o755)
    qgis_bridge.open_in_qgis(project_file, fake_qgis).wait(timeout=30)
    option, script = arguments.read_text(encoding="utf-8").splitlines()
    assert option == "--code" and Path(script) == qgis_bridge.write_startup_script(project_file)
    assert _mode(Path(script)) == 0o600 and _mode(Path(script).parent) == 0o700
