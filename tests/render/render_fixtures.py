"""Fixtures of the render tests; the project itself is in tests/map_test_project.py."""

from __future__ import annotations

import pytest

from map_test_project import ASSOCIATION_AT, ENTERPRISE_AT, EXTENT, small_project  # noqa: F401


@pytest.fixture
def qt_app(qapp):
    """pytest-qt's application (a full QApplication, so widget tests can run in the same process)."""
    return qapp
