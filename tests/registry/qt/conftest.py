"""The registry's widget tests share the GUI tests' guards: dialogs recorded instead of shown, no leaked
windows, and the small Atuntaqui project."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_GUI_CONFTEST = Path(__file__).resolve().parents[2] / "gui" / "conftest.py"
_spec = importlib.util.spec_from_file_location("clusterdesk_gui_test_helpers", _GUI_CONFTEST)
_helpers = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = _helpers
_spec.loader.exec_module(_helpers)

dialogs = _helpers.dialogs
no_leaked_windows = _helpers.no_leaked_windows
make_window = _helpers.make_window
small_project_template = _helpers.small_project_template
small_project = _helpers.small_project
assert_valid = _helpers.assert_valid


@pytest.fixture
def window(make_window, small_project, qtbot):
    """The main window with the small project open and its map shown."""
    window = make_window()
    assert window.documents.open_path(small_project)
    qtbot.waitUntil(lambda: window.central.currentWidget() is window.canvas, timeout=5000)
    return window
