"""GUI test helpers: no modal dialog may block a test, no test may leak a window, and a small project."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from clusterdesk.core import edits
from clusterdesk.core.project import Project

UNEXPECTED = ("save_discard_cancel", "restore_or_discard", "reload_or_keep", "confirm", "choose",
              "open_file_name", "save_file_name", "text")  # fmt: skip


class Dialogs:
    """Records the messages the window showed; tests set answers for the questions they expect."""

    def __init__(self) -> None:
        self.errors: list[tuple[str, str | None]] = []
        self.infos: list[tuple[str, str | None]] = []
        self.questions: list[str] = []


@pytest.fixture(autouse=True)
def dialogs(monkeypatch, qapp) -> Dialogs:
    """Messages are recorded instead of shown; an unexpected question fails the test instead of hanging."""
    from clusterdesk.gui import ask
    from clusterdesk.gui import dialogs as window_dialogs

    recorder = Dialogs()
    monkeypatch.setattr(ask, "show_error", lambda _parent, message, details=None: recorder.errors.append(
        (message, details)))  # fmt: skip
    monkeypatch.setattr(ask, "show_info", lambda _parent, message, details=None: recorder.infos.append(
        (message, details)))  # fmt: skip

    def unexpected(name):
        def fail(*args, **kwargs):
            raise AssertionError(f"unexpected question {name}{args[1:]}")

        return fail

    for name in UNEXPECTED:
        monkeypatch.setattr(ask, name, unexpected(name))
    for name in ("ask_new_project", "ask_new_stakeholder", "ask_export_view", "ask_preferences"):
        monkeypatch.setattr(window_dialogs, name, unexpected(name))
    return recorder


@pytest.fixture(autouse=True)
def no_leaked_windows(qapp):
    """Fails a test that leaves a top-level window behind (it would slow and confuse the next tests)."""
    before = set(QApplication.topLevelWidgets())
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    leaked = [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]
    for widget in leaked:
        widget.hide()
        widget.deleteLater()
    assert not leaked, f"test leaked top-level windows: {[type(w).__name__ for w in leaked]}"


@pytest.fixture
def make_window(qtbot):
    """Creates main windows and disposes of them without questions at the end of the test."""
    from clusterdesk.gui.main_window import MainWindow

    made = []

    def make(workspace=None, show: bool = True):
        window = MainWindow(workspace)
        made.append(window)
        if show:
            window.resize(1200, 800)
            window.show()
            qtbot.waitExposed(window)
        return window

    yield make
    for window in made:
        window.workspace.shutdown()
        window.close()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def build_small_project(path: Path) -> Path:
    """Three stakeholders around Atuntaqui (Ecuador) and one relation, saved at `path`."""
    project = Project.new(path, "Atuntaqui garments", country="EC", sector_code="1410")
    add = edits.AddStakeholders(
        [
            {"name": "Textiles Imbabura", "lon": -78.214, "lat": 0.332, "employees": 40},
            {"name": "Hilados del Norte", "kind": "supplier", "lon": -78.130, "lat": 0.360},
            {"name": "Cámara de Comercio", "kind": "business_association", "lon": -78.262, "lat": 0.234},
        ]
    )
    project.stack.push(add)
    source, target = add.added_fids[1], add.added_fids[0]
    project.stack.push(edits.AddRelations([{"source_id": source, "target_id": target, "kind": "supplies"}]))
    project.save()
    project.close()
    return path


@pytest.fixture(scope="session")
def small_project_template(tmp_path_factory) -> Path:
    return build_small_project(tmp_path_factory.mktemp("template") / "atuntaqui.gpkg")


@pytest.fixture
def small_project(small_project_template, tmp_path) -> Path:
    """A fresh copy per test (building it each time costs a second on a busy machine)."""
    target = tmp_path / "atuntaqui.gpkg"
    shutil.copyfile(small_project_template, target)
    return target


@pytest.fixture
def assert_valid():
    """The same check as tests/conftest.py's assert_valid_project, as a fixture for the GUI tests."""
    from clusterdesk.core.validation import validate_file

    def check(path: Path) -> None:
        report = validate_file(path)
        assert report.gdal_validator_ran, "gdal-utils is not installed (pip install --no-deps gdal-utils)"
        assert report.ok, "\n".join(report.errors)

    return check
