"""Test configuration shared by every test: offscreen Qt, a private per-user data folder, and helpers
for checking files written by the tests."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Test modules take these helpers with `from conftest import ...`, but pytest keeps only the most recently
# loaded conftest under that name (tests/gui and tests/reports have their own). Point the name back at
# this file before each test module is imported, so a whole-suite run sees the same helpers as a single
# test file does.
_SHARED_HELPERS = sys.modules[__name__]


def pytest_collectstart(collector):
    if isinstance(collector, pytest.Module):
        sys.modules["conftest"] = _SHARED_HELPERS


REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "sample_projects"
TEST_DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session", autouse=True)
def widget_application():
    """One QApplication for the whole run. Code that renders makes a windowless QGuiApplication when none
    exists, and no widget can be made on one of those: a widget test after a rendering test would abort."""
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


@pytest.fixture(autouse=True)
def messages_restored():
    """Whatever language a test leaves the Qt-free messages and argparse's words in (main() sets both from
    the environment), the next test starts in the language it found."""
    import argparse

    from clusterdesk.core.catalogue import messages_language, set_messages_language

    language, argparse_hook = messages_language(), argparse._
    yield
    set_messages_language(language)
    argparse._ = argparse_hook


@pytest.fixture(autouse=True)
def private_user_dirs(tmp_path_factory, monkeypatch):
    """Recovery copies, logs and settings go to a fresh folder for every test."""
    folder = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("CLUSTERDESK_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def new_project(tmp_path):
    """A saved, empty project; closed after the test."""
    from clusterdesk.core.project import Project

    project = Project.new(tmp_path / "cluster.gpkg", "Test cluster", country="EC", sector_code="1410")
    yield project
    project.close()


def assert_valid_project(path: Path) -> None:
    """The file passes SQLite's integrity and foreign-key checks, our own checks and GDAL's validator."""
    from clusterdesk.core.validation import validate_file

    report = validate_file(path)
    assert report.gdal_validator_ran, "gdal-utils is not installed (pip install --no-deps gdal-utils)"
    assert report.ok, "\n".join(report.errors)


@pytest.fixture
def small_disk(tmp_path):
    """A folder on a tmpfs of the given size in bytes, like a nearly full USB stick; skipped where this
    process may not mount (the tests need root, as in CI)."""
    import subprocess

    mounted: list[Path] = []

    def make(size: int) -> Path:
        folder = tmp_path / f"disk{len(mounted)}"
        folder.mkdir()
        result = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True
        )
        if result.returncode != 0:
            pytest.skip(f"cannot mount a small tmpfs here: {result.stderr.decode(errors='replace').strip()}")
        mounted.append(folder)
        return folder

    yield make
    for folder in mounted:
        subprocess.run(["umount", "-l", str(folder)], check=False)


# Names and abbreviations that stay as they are in every language of the interface
PROPER_NAMES = {
    "ClusterDesk", "QGIS", "CSV", "Excel", "Shapefile", "GeoJSON", "GeoPackage", "PNG", "SVG", "PDF", "HTML",
    "XLSX", "XML", "ISIC", "UUID", "UNIDO", "SWOT", "OpenStreetMap", "Natural", "Earth", "Enter", "Esc",
    "Shift", "Ctrl", "Alt", "MBTiles", "iCalendar", "Project", "Microsoft", "Gantt", "KoboToolbox", "JSON",
    "WGS", "ODK", "XLSForm", "PostgreSQL", "PostGIS", "Primavera", "GanttProject",
}  # fmt: skip


def english_words(text: str) -> list[str]:
    """Latin-script words of three letters or more in `text`, other than proper names: in a Russian
    window these are English left untranslated."""
    import re

    return [w for w in re.findall(r"[A-Za-z]{3,}", text.replace("&", "")) if w not in PROPER_NAMES]


@pytest.fixture
def interface_language(qapp):
    """Switch the window's language for one test: `interface_language("ru")`; English again afterwards."""
    from clusterdesk.gui.i18n import install_translations

    def switch(language: str) -> None:
        assert install_translations(qapp, language) == language

    yield switch
    install_translations(qapp, "en")


@pytest.fixture
def russian_messages():
    """Messages of the Qt-free layers in Russian for one test; the previous language afterwards (and
    argparse's own words, which cli.main() puts into the language it reads from the environment)."""
    import argparse

    from clusterdesk.core.catalogue import messages_language, set_messages_language

    previous, argparse_hook = messages_language(), argparse._
    set_messages_language("ru")
    yield
    set_messages_language(previous)
    argparse._ = argparse_hook


@pytest.fixture
def samara_workspace(tmp_path):
    """A workspace on a copy of the Russian Samara sample (the sample itself is never written): any Latin
    word a translated panel shows for it comes from the code, not from the data."""
    from clusterdesk.core.workspace import RecentFiles, Workspace

    sample = SAMPLES / "samara_automotive.gpkg"
    if not sample.exists():
        pytest.skip(f"{sample.name} not built (python tools/build_samples.py)")
    copy = tmp_path / sample.name
    copy.write_bytes(sample.read_bytes())
    space = Workspace(RecentFiles(tmp_path / "recent.json"))
    space.open(copy)
    yield space
    space.close(discard=True)
